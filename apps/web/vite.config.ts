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
        // What every page needs (React and the protocol modules the first paint reads, with zod/mini) in
        // one chunk: left to itself the bundler splits it into several small ones the first paint loads
        // anyway, each compressed on its own (1 KB more against the initial-JS budget). Only the modules
        // the first paint reads: a group takes every module it matches, so a schema only lazy pages read
        // (challenge attempts, policy history, workshop answers) would load at start too.
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: /preload-helper|node_modules[\\/](react|react-dom|scheduler)[\\/]|packages[\\/]protocol[\\/]src[\\/](labEvent|playgroundConfig|sandboxAddress|controlGuard|appPaths|policyChangeLabel)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
