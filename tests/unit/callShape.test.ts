// Adding a call touches its domain's contract slice (api/contract/<domain>.ts), the handler
// module of the same name (router/handlers/<domain>.ts) and the UI, nothing else (docs/ipc.md). Checked on the real
// tree: every call has exactly one handler, in the module of its prefix, and no other
// Node-side file names calls (a second map of names, labels or read-only sets drifts from
// the contract the day a call is added and nobody remembers it).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../api/contract';
import * as slices from '../../api/contract/slices';
import { mergeSlices } from '../../api/mergeSlices';
import { handlerModules, handlers } from '../../router/handlers';

const ROOT = path.resolve(__dirname, '..', '..');
const HANDLERS_DIR = 'router/handlers';
const CONTRACT_DIR = 'api/contract';

/** Folders whose files may not name calls. renderer/ is the UI (its pages name the calls they make); tests and bench drive calls. */
const SCANNED = ['api', 'db', 'router', 'excel', 'host', 'web', 'electron', 'seed'];

/**
 * The only other places that name calls, and exactly which: the gates that let a few calls
 * through while the app is locked or its file damaged (a new call stays behind both), and
 * the start-up warm-up of 首页. Adding a name here is a decision to make in review.
 */
const ALLOWED: Record<string, string[]> = {
  'router/access.ts': ['app.info', 'backups.restore', 'backups.status', 'lock.recover', 'lock.status', 'lock.unlock'],
  'host/startLedger.ts': ['home.careReminders', 'home.developmentReminders', 'home.duesReminders', 'home.figures', 'home.reminders'],
};

interface SourceFile {
  file: string;
  text: string;
}

/** Every string literal in the file as the compiler reads it: comments, regexes and templates with substitutions are not names. */
function stringLiterals(text: string, file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  // Parsed as what it is: read as TSX, a generic arrow `<T>(…) =>` in a .ts file hides the rest of it.
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return found;
}

/** Each string literal that is exactly a call's name. */
export const callNamesIn = (text: string, file: string, names: ReadonlySet<string>): string[] => stringLiterals(text, file).filter((s) => names.has(s));

/** Files outside the contract and the handler modules that name calls they are not allowed to. */
export function strayCallNames(files: SourceFile[], names: ReadonlySet<string>, allowed: Record<string, string[]> = ALLOWED): string[] {
  const out: string[] = [];
  for (const { file, text } of files) {
    if (file === 'api/contract.ts' || file.startsWith('api/contract/') || file.startsWith(`${HANDLERS_DIR}/`)) continue;
    const stray = [...new Set(callNamesIn(text, file, names))].filter((n) => !(allowed[file] ?? []).includes(n)).sort();
    if (stray.length) out.push(`${file} names ${stray.join(', ')}`);
  }
  return out;
}

/** The calls a handler module's object literal declares (`'members.list': …`). */
export function handlerKeys(text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) found.push(node.name.text);
    node.forEachChild(visit);
  };
  visit(ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found;
}

function sourceFiles(dirs: string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'migrations') walk(rel);
      } else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name)) out.push({ file: rel, text: fs.readFileSync(path.join(ROOT, rel), 'utf8') });
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  return out;
}

const NAMES: ReadonlySet<string> = new Set(CALL_NAMES);

describe('one call = the contract, one handler module and the UI', () => {
  it('finds a parallel list of call names, and lets comments and other strings be', () => {
    const names = new Set(['members.list', 'members.reveal', 'app.info']);
    const found = strayCallNames(
      [
        { file: 'api/labels.ts', text: "export const LABELS = { 'members.list': '查看党员名单', \"members.reveal\": '查看' };" },
        { file: 'router/readOnly.ts', text: 'export const READ_ONLY = new Set([`members.list`]);' },
        { file: 'router/access.ts', text: "new Set(['app.info', 'members.reveal'])" },
        { file: 'db/ok.ts', text: "// members.list reads 'members.list'\n/* 'app.info' */ const key = 'lock.hash'; const url = 'http://x'; // 'app.info'" },
        { file: 'api/generic.ts', text: "export const ok = <T>(value: T) => ({ ok: true, value });\nexport const NAMES = ['app.info'];" },
        { file: 'router/handlers/members.ts', text: "'members.list': (ctx) => 1," },
        { file: 'api/contract.ts', text: "'members.list': read()" },
      ],
      names,
      { 'router/access.ts': ['app.info'] },
    );
    expect(found).toEqual([
      'api/labels.ts names members.list, members.reveal',
      'router/readOnly.ts names members.list',
      'router/access.ts names members.reveal',
      'api/generic.ts names app.info',
    ]);
  });

  it('has one handler module per contract slice, each holding exactly the calls of its slice', () => {
    const sliceFiles = fs.readdirSync(path.join(ROOT, CONTRACT_DIR)).filter((f) => f !== 'slices.ts');
    const handlerFiles = fs.readdirSync(path.join(ROOT, HANDLERS_DIR)).filter((f) => f !== 'index.ts' && f !== 'modules.ts');
    expect(handlerFiles.sort(), 'router/handlers/<x>.ts for each api/contract/<x>.ts').toEqual(sliceFiles.sort());
    // Every slice file is registered, and so is every handler module: a file left out of either list is a dead domain.
    expect(Object.keys(slices).length).toBe(sliceFiles.length);
    expect(Object.keys(handlerModules).length).toBe(handlerFiles.length);

    const seen: string[] = [];
    for (const file of sliceFiles) {
      const sliceKeys = handlerKeys(fs.readFileSync(path.join(ROOT, CONTRACT_DIR, file), 'utf8'));
      const keys = handlerKeys(fs.readFileSync(path.join(ROOT, HANDLERS_DIR, file), 'utf8'));
      expect([...keys].sort(), `router/handlers/${file} handles exactly the calls of api/contract/${file}`).toEqual([...sliceKeys].sort());
      seen.push(...keys);
    }
    expect(
      seen.filter((k, i) => seen.indexOf(k) !== i),
      'a call handled twice',
    ).toEqual([]);
    expect([...seen].sort()).toEqual([...CALL_NAMES].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('refuses a call declared in two slices', () => {
    expect(() => mergeSlices({ a: { 'x.y': 1 }, b: { 'x.y': 2 } })).toThrow('x.y is declared twice (again in b)');
  });

  it('no other Node-side file names calls', () => {
    const files = sourceFiles(SCANNED);
    expect(files.length).toBeGreaterThan(50);
    expect(strayCallNames(files, NAMES)).toEqual([]);
    // The allowance is exact: a name that left a file must leave the list too.
    for (const [file, names] of Object.entries(ALLOWED)) {
      const text = files.find((f) => f.file === file)?.text ?? '';
      expect([...new Set(callNamesIn(text, file, NAMES))].sort(), file).toEqual(names);
    }
  });
});
