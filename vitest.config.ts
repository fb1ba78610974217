import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/buildWorker.ts'],
          // A failed test prints the TEST_SEED that replays it (tests/support/seed.ts).
          setupFiles: ['tests/support/seedReport.ts'],
          // Seeding a community takes 2–3 s alone and three times that on a loaded 2-core
          // machine; the 5 s default failed there with nothing wrong.
          testTimeout: 30_000,
          // Each file re-imported drizzle, exceljs and zod in a fresh module graph: two thirds
          // of the suite's 5 minutes. The tests share no module state (each opens its own
          // ledger file; only the electron tests mock a module, and only `electron`), so the
          // files of a worker share one graph: the suite runs in under a minute.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/watchdog.ts'],
          // On a failed test: what the page showed and what the host printed.
          setupFiles: ['tests/e2e/failureDump.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
