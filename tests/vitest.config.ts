// Vitest configuration: node environment, every tests/**/*.test.ts, from the repo root.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Room tests boot real servers on fixed ports; files run one after another.
    fileParallelism: false,
  },
});
