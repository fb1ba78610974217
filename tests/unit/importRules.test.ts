// The folder boundaries of docs/ARCHITECTURE.md are lint rules now (eslint.boundaries.js,
// listed in docs/lint.md), and `npm run lint` holds them on the real tree. This checks that
// the project's own ESLint config catches each kind of breach, on files that exist only here.
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const IMPORT_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'import-x/no-restricted-paths', 'import-x/no-cycle']);

// Import rules need no type information, and a file linted from a string belongs to no program.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function findings(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId !== null && IMPORT_RULES.has(m.ruleId)).map((m) => `${file}:${m.line} ${m.ruleId}`);
}

// The first lint loads the parser and plugins, and no-cycle reads every module a file reaches.
describe('import rules between folders', { timeout: 60_000 }, () => {
  it('keeps renderer/ to api/ and browser packages', async () => {
    expect(await findings('renderer/pages/zzProbe.tsx', "import { openLedger } from '../../db/open';\nexport const a = openLedger;")).toEqual([
      'renderer/pages/zzProbe.tsx:1 import-x/no-restricted-paths',
    ]);
    const nodeSide = [
      "import fs from 'node:fs';",
      "import path from 'path';",
      "import Database from 'better-sqlite3';",
      "import { eq } from 'drizzle-orm';",
      "import { ipcRenderer } from 'electron';",
      "export const lazy = () => import('node:os');",
      'export const all = [fs, path, Database, eq, ipcRenderer];',
    ].join('\n');
    expect(await findings('renderer/zzProbe.ts', nodeSide)).toEqual([
      'renderer/zzProbe.ts:1 no-restricted-imports',
      'renderer/zzProbe.ts:2 no-restricted-imports',
      'renderer/zzProbe.ts:3 no-restricted-imports',
      'renderer/zzProbe.ts:4 no-restricted-imports',
      'renderer/zzProbe.ts:5 no-restricted-imports',
      'renderer/zzProbe.ts:6 no-restricted-syntax',
    ]);
    const allowed =
      "import { Button } from 'antd';\nimport type { Result } from '../api/result';\nexport const b: [typeof Button, Result<number> | null] = [Button, null];";
    expect(await findings('renderer/zzProbe.tsx', allowed)).toEqual([]);
  });

  it('keeps api/ free of anything Node-side', async () => {
    expect(
      await findings('api/zzProbe.ts', "import path from 'path';\nimport { openLedger } from '../db/open';\nexport const a = [path, openLedger];"),
    ).toEqual(['api/zzProbe.ts:1 no-restricted-imports', 'api/zzProbe.ts:2 import-x/no-restricted-paths']);
  });

  it('keeps electron out of the folders that run under plain Node', async () => {
    for (const folder of ['db', 'router', 'excel', 'host', 'web']) {
      expect(await findings(`${folder}/zzProbe.ts`, "import { app } from 'electron';\nexport const a = app;")).toEqual([
        `${folder}/zzProbe.ts:1 no-restricted-imports`,
      ]);
    }
    expect(await findings('electron/zzProbe.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
  });

  it('lets each folder import only the folders below it', async () => {
    expect(await findings('router/zzProbe.ts', "import { exportRoster } from '../excel/exportRoster';\nexport const a = exportRoster;")).toEqual([]);
    expect(await findings('excel/zzProbe.ts', "import { createRouter } from '../router/router';\nexport const a = createRouter;")).toEqual([
      'excel/zzProbe.ts:1 import-x/no-restricted-paths',
    ]);
    expect(await findings('db/zzProbe.ts', "import { exportRoster } from '../excel/exportRoster';\nexport const a = exportRoster;")).toEqual([
      'db/zzProbe.ts:1 import-x/no-restricted-paths',
    ]);
    expect(await findings('web/zzProbe.ts', "import { routeOf } from '../renderer/route';\nexport const a = routeOf;")).toEqual([
      'web/zzProbe.ts:1 import-x/no-restricted-paths',
    ]);
  });

  it('keeps the app away from seed/ and SQL out of router/ and excel/', async () => {
    expect(await findings('router/zzProbe.ts', "import { main } from '../seed/cli';\nexport const a = main;")).toEqual([
      'router/zzProbe.ts:1 import-x/no-restricted-paths',
    ]);
    expect(await findings('seed/zzProbe.ts', "import { createRouter } from '../router/router';\nexport const a = createRouter;")).toEqual([
      'seed/zzProbe.ts:1 import-x/no-restricted-paths',
    ]);
    const sql = [
      "import { eq } from 'drizzle-orm';",
      "import { members } from '../db/schema';",
      "export const a = (l: { sqlite: { prepare(s: string): unknown } }) => [eq, members, l.sqlite.prepare('SELECT 1')];",
    ].join('\n');
    for (const folder of ['router', 'excel']) {
      expect(await findings(`${folder}/zzProbe.ts`, sql)).toEqual([
        `${folder}/zzProbe.ts:1 no-restricted-imports`,
        `${folder}/zzProbe.ts:2 no-restricted-syntax`,
        `${folder}/zzProbe.ts:3 no-restricted-syntax`,
      ]);
    }
    expect(await findings('db/zzProbe.ts', sql.replace("'../db/schema'", "'./schema'"))).toEqual([]);
  });

  it('finds an import cycle', async () => {
    // db/meetings/read.ts imports ./quorum; quorum importing read back closes the loop.
    expect(await findings('db/meetings/quorum.ts', "import { getMeeting } from './read';\nexport const a = getMeeting;")).toEqual([
      'db/meetings/quorum.ts:1 import-x/no-cycle',
    ]);
  });
});
