// vitest setup file (unit project): a failed test names the seed its fixtures were drawn with,
// so it can be replayed exactly (tests/support/seed.ts).
import { beforeEach } from 'vitest';
import { TEST_SEED } from './seed';

beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    console.error(`重现：TEST_SEED=${TEST_SEED} npx vitest run --project unit ${task.file.filepath}`);
  });
});
