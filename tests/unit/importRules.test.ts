// The folder boundaries of docs/ARCHITECTURE.md, checked on the real tree.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const NODE_ONLY = new Set(['electron', 'better-sqlite3', 'drizzle-orm', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export interface SourceFile {
  file: string;
  text: string;
}

/** Every `from '...'` / `import('...')` / `require('...')` target with its line. */
export function importsOf({ text }: SourceFile): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/g)) found.push({ target: m[1], line: i + 1 });
  });
  return found;
}

const topFolder = (file: string, target: string) =>
  target.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), target)).split(path.sep)[0] : null;
const packageName = (target: string) => (target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]);

/**
 * What each Node-side layer may import from this repo. db/ is the bottom (the ledger, and the
 * sample generator in db/sample/); excel/ builds on it; router/ wires calls to both; seed/ is a
 * developer's command on top of db/ that nothing imports.
 */
const LOCAL_IMPORTS: Record<string, string[]> = {
  db: ['api', 'db', 'resources'],
  excel: ['api', 'db', 'excel'],
  router: ['api', 'db', 'excel', 'router'],
  seed: ['api', 'db', 'seed'],
};
/** Tools around the app, never part of it. */
const NOT_APP = ['seed', 'bench', 'tests', 'scripts'];

export function violations(files: SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const folder = f.file.split('/')[0];
    if ((folder === 'router' || folder === 'excel') && /\.prepare\(/.test(f.text)) out.push(`${f.file} prepares SQL (SQL stays in db/)`);
    for (const { target, line } of importsOf(f)) {
      const local = topFolder(f.file, target);
      const where = `${f.file}:${line} imports ${target}`;
      if (folder === 'renderer') {
        if (local !== null && local !== 'renderer' && local !== 'api') out.push(`${where} (renderer/ may import only api/)`);
        if (local === null && NODE_ONLY.has(packageName(target))) out.push(`${where} (renderer/ must not import Node-side packages)`);
      }
      if (['db', 'api', 'router', 'host', 'web', 'excel'].includes(folder) && target === 'electron') out.push(`${where} (${folder}/ must run under plain Node)`);
      const allowed = LOCAL_IMPORTS[folder];
      if (allowed && local !== null && !allowed.includes(local)) out.push(`${where} (${folder}/ may import only ${allowed.filter((f) => f !== folder).map((f) => `${f}/`).join(', ')})`);
      else if (!NOT_APP.includes(folder) && local !== null && NOT_APP.includes(local)) out.push(`${where} (the app never imports ${local}/)`);
      if ((folder === 'router' || folder === 'excel') && (target === 'drizzle-orm' || /(^|\/)db\/schema(\/|$)/.test(path.posix.join(path.posix.dirname(f.file), target)))) {
        out.push(`${where} (SQL stays in db/)`);
      }
      if (folder === 'api') {
        if (local !== null && local !== 'api') out.push(`${where} (api/ imports nothing outside api/)`);
        if (local === null && NODE_ONLY.has(packageName(target))) out.push(`${where} (api/ is shared with the renderer)`);
      }
    }
  }
  return out;
}

function sourceFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx)$/.test(entry.name)) out.push({ file: rel, text: fs.readFileSync(path.join(ROOT, rel), 'utf8') });
    }
  };
  for (const dir of ['renderer', 'api', 'db', 'router', 'host', 'web', 'excel', 'electron', 'seed']) if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  return out;
}

describe('import rules between folders', () => {
  it('catches each kind of breach', () => {
    const found = violations([
      { file: 'renderer/pages/x.tsx', text: "import { openLedger } from '../../db/open';" },
      { file: 'renderer/y.ts', text: "import fs from 'node:fs';\nimport Database from 'better-sqlite3';" },
      { file: 'db/z.ts', text: "import { app } from 'electron';" },
      { file: 'api/w.ts', text: "import path from 'path';\nimport { x } from '../db/open';" },
      { file: 'renderer/ok.tsx', text: "import { Button } from 'antd';\nimport type { Result } from '../api/result';" },
      { file: 'router/handlers/x.ts', text: "import { exportRoster } from '../../excel/exportRoster';\nimport { seedLedger } from '../../seed/generate';" },
      { file: 'db/sample/y.ts', text: "import { handlers } from '../../router/handlers';" },
      { file: 'excel/v.ts', text: "import { startLedger } from '../host/startLedger';" },
      { file: 'host/u.ts', text: "import { rng } from '../seed/random';\nimport { createRouter } from '../router/router';" },
      { file: 'seed/cli.ts', text: "import { openLedger } from '../db/open';\nimport { loadSample } from '../router/sample';" },
      { file: 'excel/t.ts', text: "import { eq } from 'drizzle-orm';\nimport { settings } from '../db/schema';\nledger.sqlite.prepare('SELECT 1');" },
    ]);
    expect(found).toEqual([
      'renderer/pages/x.tsx:1 imports ../../db/open (renderer/ may import only api/)',
      'renderer/y.ts:1 imports node:fs (renderer/ must not import Node-side packages)',
      'renderer/y.ts:2 imports better-sqlite3 (renderer/ must not import Node-side packages)',
      'db/z.ts:1 imports electron (db/ must run under plain Node)',
      'api/w.ts:1 imports path (api/ is shared with the renderer)',
      'api/w.ts:2 imports ../db/open (api/ imports nothing outside api/)',
      'router/handlers/x.ts:2 imports ../../seed/generate (router/ may import only api/, db/, excel/)',
      'db/sample/y.ts:1 imports ../../router/handlers (db/ may import only api/, resources/)',
      'excel/v.ts:1 imports ../host/startLedger (excel/ may import only api/, db/)',
      'host/u.ts:1 imports ../seed/random (the app never imports seed/)',
      'seed/cli.ts:2 imports ../router/sample (seed/ may import only api/, db/)',
      'excel/t.ts prepares SQL (SQL stays in db/)',
      'excel/t.ts:1 imports drizzle-orm (SQL stays in db/)',
      'excel/t.ts:2 imports ../db/schema (SQL stays in db/)',
    ]);
  });

  it('holds on the real tree', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(30);
    expect(violations(files)).toEqual([]);
  });
});
