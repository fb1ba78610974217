// The folder boundaries of docs/ARCHITECTURE.md, as lint rules (listed in docs/lint.md).
// Folders are checked on the resolved file an import points at (import-x/no-restricted-paths),
// packages on the import's text (no-restricted-imports), so both `../db/open` and
// `../../db/open` are caught, and `node:fs` as well as `fs`.
import { builtinModules } from 'node:module';

const PRODUCT = ['api', 'db', 'router', 'excel', 'host', 'web', 'electron', 'renderer', 'seed'];
const DEV_ONLY = ['seed', 'bench', 'tests', 'scripts'];
const ALL = [...new Set([...PRODUCT, ...DEV_ONLY])];

/** For each folder, the folders of this repo it may import (besides itself). */
export const MAY_IMPORT = {
  api: [],
  // resources/: bundled data such as the points scheme.
  db: ['api', 'resources'],
  excel: ['api', 'db', 'resources'],
  router: ['api', 'db', 'excel', 'resources'],
  host: ['api', 'db', 'router', 'excel', 'resources'],
  web: ['api', 'db', 'router', 'excel', 'host', 'resources'],
  electron: ['api', 'db', 'router', 'excel', 'host', 'web', 'resources'],
  renderer: ['api'],
  // seed/ is a developer's command over db/sample/; the app never imports it (DEV_ONLY).
  seed: ['api', 'db'],
};

const builtins = builtinModules.filter((m) => !m.startsWith('_'));
/** Packages that only run under Node or Electron's main process. */
const NODE_SIDE = ['electron', 'better-sqlite3', 'drizzle-orm', 'exceljs', ...builtins, ...builtins.map((m) => `node:${m}`)];
const packageGroup = (names) => names.flatMap((n) => [n, `${n}/*`]);

const restrictPackages = (names, message, extraSyntax = []) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: packageGroup(names), message }] }],
  // no-restricted-imports does not see import(): the lazy pages use it, so a Node-side one would slip by.
  'no-restricted-syntax': [
    'error',
    {
      selector: `ImportExpression > Literal[value=/^(${names.map((n) => n.replace(/[/.-]/g, '\\$&')).join('|')})(\\/|$)/]`,
      message,
    },
    ...extraSyntax,
  ],
});

/** SQL stays in db/: router/ and excel/ reach the ledger through db/ functions only. */
const NO_SQL = 'SQL stays in db/: call a db/ function (docs/ARCHITECTURE.md).';

/** Flat-config blocks: one zone list for all folders, then the package bans per folder. */
export function boundaries(basePath) {
  const zones = Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
    target: `./${folder}`,
    from: ALL.filter((f) => f !== folder && !allowed.includes(f)).map((f) => `./${f}`),
    message: `${folder}/ may import ${allowed.length ? allowed.map((f) => `${f}/`).join(', ') : 'nothing else'} from this repo (docs/ARCHITECTURE.md).`,
  }));
  return [
    {
      files: PRODUCT.map((f) => `${f}/**/*.{ts,tsx}`),
      rules: { 'import-x/no-restricted-paths': ['error', { basePath, zones }] },
    },
    {
      files: ['renderer/**/*.{ts,tsx}', 'api/**/*.{ts,tsx}'],
      rules: restrictPackages(NODE_SIDE, 'renderer/ and api/ run in the browser: no Node built-ins, electron, better-sqlite3, drizzle-orm or exceljs.'),
    },
    {
      files: ['db', 'host', 'web'].map((f) => `${f}/**/*.{ts,tsx}`),
      rules: restrictPackages(['electron'], 'this folder runs under plain Node and vitest: no electron.'),
    },
    {
      files: ['router', 'excel'].map((f) => `${f}/**/*.{ts,tsx}`),
      rules: {
        ...restrictPackages(['electron', 'drizzle-orm'], 'this folder runs under plain Node and vitest, and holds no SQL: no electron, no drizzle-orm.', [
          { selector: "CallExpression[callee.property.name='prepare']", message: NO_SQL },
          { selector: 'ImportDeclaration[source.value=/(^|\\/)db\\/schema(\\/|$)/]', message: NO_SQL },
        ]),
      },
    },
  ];
}
