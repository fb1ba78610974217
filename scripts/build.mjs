// Builds everything the app runs from: the Node-side entry points with esbuild (one
// file each; better-sqlite3 stays external because it carries a native addon) and the
// renderer with Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

await Promise.all([
  esbuild({ ...common, entryPoints: ['web/main.ts'], outfile: 'dist/web/main.cjs', external: ['better-sqlite3'] }),
  // Spreadsheets are parsed in a worker with a heap cap (excel/import/parseFile.ts).
  // Minified: a fresh worker compiles the whole bundle (exceljs) for every file it reads.
  esbuild({ ...common, minify: true, entryPoints: ['excel/import/parseWorker.ts'], outfile: 'dist/workers/parseWorker.cjs' }),
  // The .xls/.et reader (SheetJS), required by the worker only for those files.
  esbuild({ ...common, minify: true, entryPoints: ['excel/import/readLegacy.ts'], outfile: 'dist/workers/readLegacy.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3'] }),
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
]);
await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
// The first screen's calls, in a classic script of their own that runs before the main bundle
// is even fetched (renderer/early.ts). After Vite, which empties dist/renderer.
await esbuild({
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'chrome120',
  logLevel: 'warning',
  entryPoints: ['renderer/early.ts'],
  outfile: 'dist/renderer/early.js',
});
console.log('构建完成：dist/');
