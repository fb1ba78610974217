// The renderer's CSP forbids eval, and zod probes `new Function` as its schemas are built: a
// renderer file may take only types from an api/ file that loads zod when it runs (docs/lint.md).
// Which api/ files load zod is worked out here, once per lint, by following api/'s own value
// imports from the files that import 'zod' (so api/contract/care.ts counts through
// api/schemas/care.ts). Vocabularies and messages the pages need live in zod-free api/ files.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The renderer's one door to the contract's value, loaded after the first screen with zod set jitless first. */
export const ZOD_DOORS = ['renderer/contractValue.ts', 'renderer/zodJitless.ts'];

const EXTENSIONS = ['.ts', '.tsx', '/index.ts'];

function resolveFile(from, specifier) {
  if (!specifier.startsWith('.')) return specifier;
  const base = path.resolve(path.dirname(from), specifier);
  for (const ext of ['', ...EXTENSIONS]) {
    const file = base + ext;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return base;
}

/** An import or re-export that the compiled code keeps (`import type`, and `{ type A }` alone, are erased). */
function keepsValue(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return true;
    if (clause.isTypeOnly) return false;
    const bindings = clause.namedBindings;
    const onlyTypeNames =
      !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
    return !onlyTypeNames;
  }
  if (node.isTypeOnly) return false;
  const clause = node.exportClause;
  return !(clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
}

function valueImports(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  for (const node of source.statements) {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      keepsValue(node)
    ) {
      found.push(resolveFile(file, node.moduleSpecifier.text));
    }
  }
  return found;
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The api/ files (absolute paths) whose running loads zod, directly or through other api/ files. */
export function zodLoadingApiFiles(root) {
  const imports = new Map(listFiles(path.join(root, 'api')).map((f) => [f, valueImports(f)]));
  const loading = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [file, targets] of imports) {
      if (!loading.has(file) && targets.some((t) => t === 'zod' || t.startsWith('zod/') || loading.has(t))) {
        loading.add(file);
        grew = true;
      }
    }
  }
  return loading;
}

function ruleFor(root) {
  let loading;
  return {
    meta: {
      type: 'problem',
      docs: { description: 'renderer/ takes only types from zod and from api/ files that load zod (CSP forbids its eval probe)' },
      schema: [],
      messages: {
        zod:
          "{{what}} loads zod when it runs, and the renderer's CSP forbids zod's eval probe: " +
          'use `import type`, or move the value to a zod-free api/ file (docs/lint.md).',
      },
    },
    create(context) {
      loading ??= zodLoadingApiFiles(root);
      const file = context.filename;
      function check(node, specifier, keeps) {
        if (!keeps || typeof specifier !== 'string') return;
        const target = resolveFile(file, specifier);
        const isZod = target === 'zod' || target.startsWith('zod/');
        if (isZod || loading.has(target)) {
          context.report({ node, messageId: 'zod', data: { what: isZod ? `'${specifier}'` : path.relative(root, target).split(path.sep).join('/') } });
        }
      }
      const onlyTypes = (specifiers, kind) => specifiers.length > 0 && specifiers.every((s) => (s.importKind ?? s.exportKind ?? kind) === 'type');
      return {
        ImportDeclaration(node) {
          check(node, node.source.value, node.importKind !== 'type' && !onlyTypes(node.specifiers, node.importKind));
        },
        ExportNamedDeclaration(node) {
          if (node.source) check(node, node.source.value, node.exportKind !== 'type' && !onlyTypes(node.specifiers, node.exportKind));
        },
        ExportAllDeclaration(node) {
          check(node, node.source.value, node.exportKind !== 'type');
        },
        ImportExpression(node) {
          if (node.source.type === 'Literal') check(node, node.source.value, true);
        },
      };
    },
  };
}

/** Flat-config block: the rule on renderer/, but for its door to the contract (ZOD_DOORS). */
export function zodFree(root) {
  return [
    {
      files: ['renderer/**/*.{ts,tsx}'],
      ignores: ZOD_DOORS,
      plugins: { dangwu: { rules: { 'renderer-zod-free': ruleFor(root) } } },
      rules: { 'dangwu/renderer-zod-free': 'error' },
    },
  ];
}
