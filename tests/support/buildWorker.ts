// vitest globalSetup: the parse worker runs as its own file, so tests need it bundled
// exactly as the app ships it.
import { build } from 'esbuild';

export default async function setup() {
  await build({
    entryPoints: ['excel/import/parseWorker.ts'],
    outfile: 'dist/workers/parseWorker.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning',
  });
}
