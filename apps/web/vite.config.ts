import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // What every page needs (React and the protocol's schemas, with zod/mini) in one chunk: left to
        // itself the bundler splits it into several small ones the first paint loads anyway, each
        // compressed on its own (1 KB more against the initial-JS budget).
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|packages[\\/]protocol[\\/]/,
            },
          ],
        },
      },
    },
  },
});
