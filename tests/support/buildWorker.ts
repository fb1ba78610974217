// vitest globalSetup: the parse worker runs as its own file, so tests need it bundled
// exactly as the app ships it.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', logLevel: 'warning' } as const;

export default async function setup() {
  await Promise.all([
    build({ ...common, entryPoints: ['excel/import/parseWorker.ts'], outfile: 'dist/workers/parseWorker.cjs' }),
    // The .xls/.et reader the worker requires beside itself (scripts/build.mjs).
    build({ ...common, entryPoints: ['excel/import/readLegacy.ts'], outfile: 'dist/workers/readLegacy.cjs' }),
  ]);
}
