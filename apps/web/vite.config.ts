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
        // What every page needs (React, and protocol's `/paths` entry: no schema, no zod) in one chunk:
        // left to itself the bundler splits it into several small ones the first paint loads anyway, each
        // compressed on its own. Nothing else: a group takes every module it matches, even one only lazy
        // code reads. zod and the schemas load beside the config request (controlConfigGet).
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: /preload-helper|node_modules[\\/](react|react-dom|scheduler)[\\/]|packages[\\/]protocol[\\/]src[\\/](appPaths|policyChangeLabel|sandboxAddress|paths)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
