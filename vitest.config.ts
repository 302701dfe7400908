import { defineConfig } from 'vitest/config';

// One vitest run covers every project; each runtime outside Node has its own script (hono-style).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'generator', include: ['generator/test/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'sandbox', include: ['packages/sandbox/test/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'runtime-node', include: ['runtime-tests/node/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
