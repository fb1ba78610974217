// The step catalogue (dev_steps): names are the user's, codes and rules are the 细则's.
import { DEV_STEP_DEFAULTS, type DevStepKind } from '../../api/development';
import type { DevStep } from '../../api/schemas/development';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';

const DEFAULTS = new Map(DEV_STEP_DEFAULTS.map((s) => [s.code, s]));

export function listSteps(ledger: Ledger): DevStep[] {
  const rows = ledger.prepare('SELECT code, stage, seq, name, kind FROM dev_steps ORDER BY seq').all() as {
    code: string;
    stage: number;
    seq: number;
    name: string;
    kind: DevStepKind;
  }[];
  // What a record carries is a rule (keyed by code), so the kind is the code's: migration 0017 seeded
  // 支部大会讨论转正 as a plain date before its vote tally was checked like the admission vote.
  return rows.map((r) => ({
    ...r,
    kind: DEFAULTS.get(r.code)?.kind ?? r.kind,
    defaultName: DEFAULTS.get(r.code)?.name ?? r.name,
    role: DEFAULTS.get(r.code)?.role ?? null,
  }));
}

/** code → the name the user sees. */
export function stepNames(ledger: Ledger): Map<string, string> {
  return new Map(listSteps(ledger).map((s) => [s.code, s.name]));
}

export function saveStepName(ledger: Ledger, code: string, name: string): DevStep[] {
  ledger.tx(() => {
    const changed = ledger.prepare('UPDATE dev_steps SET name = ? WHERE code = ?').run(name, code).changes;
    if (changed === 0) throw notFound('步骤');
  });
  return listSteps(ledger);
}
