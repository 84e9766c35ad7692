import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {'@site': path.resolve(__dirname)},
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Mermaid's parser loads slowly the first time; the broken-content
    // suite runs whole builds of a temporary copy.
    testTimeout: 180_000,
  },
});
