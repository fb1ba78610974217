// The renderer's CSP forbids eval and zod probes for it as schemas are built, so a renderer file
// takes only types from api/ files that load zod (eslint.zodFree.js, docs/lint.md). This lints
// made-up renderer files through the project's own config and expects each finding.
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const RULE = 'dangwu/renderer-zod-free';

// The rule needs no type information, and a file linted from a string belongs to no program.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function findings(file: string, lines: string[]): Promise<string[]> {
  const [result] = await eslint.lintText(lines.join('\n'), { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => `${m.line}`);
}

describe('renderer imports from api/ that load zod', { timeout: 60_000 }, () => {
  it('reports a value import, re-export or import() of a schema file, of a file that loads one, and of zod', async () => {
    const lines = [
      "import { CARE_OCCASIONS } from '../../api/schemas/care';",
      "import { careCalls } from '../../api/contract/care';",
      "import { z } from 'zod';",
      "export { memberInput } from '../../api/schemas/members';",
      "export const lazy = () => import('../../api/contract');",
      'export const all = [CARE_OCCASIONS, careCalls, z];',
    ];
    expect(await findings('renderer/pages/zzProbe.tsx', lines)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('allows types from them, and values from zod-free api/ files', async () => {
    const lines = [
      "import type { CareOccasion } from '../../api/schemas/care';",
      "import { type VisitRow } from '../../api/schemas/care';",
      "export type { MemberInput } from '../../api/schemas/members';",
      "import { GENDERS } from '../../api/enums';",
      "import { todayIso } from '../../api/rules/dates';",
      'export const all: [CareOccasion | null, VisitRow | null, unknown, unknown] = [null, null, GENDERS, todayIso];',
    ];
    expect(await findings('renderer/pages/zzProbe.tsx', lines)).toEqual([]);
  });

  it('leaves the contract door alone: contractValue.ts sets zod jitless before it builds the schemas', async () => {
    expect(await findings('renderer/contractValue.ts', ["import './zodJitless';", "export { contract } from '../api/contract';"])).toEqual([]);
  });
});
