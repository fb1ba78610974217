// Run by scripts/testDesktop.mjs only: the root config's projects never include tests/desktop,
// so `npm test` (which cannot start Electron here) does not pick it up.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/desktop/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
