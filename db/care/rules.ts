// The local rules of the care registers: kept in settings, shipped defaults until changed
// (系统设置 says 本地默认值 while `isDefault`).
import { DEFAULT_LOST_MONTHS, DEFAULT_VETERAN_AGE } from '../../api/rules/care';
import type { CareRules } from '../../api/schemas/care';
import type { Ledger } from '../open';
import { getSettingValues, putSettings } from '../settings';

const KEYS = ['care.lostMonths', 'care.veteranAge'] as const;

export function careRules(ledger: Ledger): CareRules {
  const v = getSettingValues(ledger, KEYS);
  const lost = v['care.lostMonths'] === null ? null : Number(v['care.lostMonths']);
  const age = v['care.veteranAge'] === null ? null : Number(v['care.veteranAge']);
  return {
    lostMonths: lost ?? DEFAULT_LOST_MONTHS,
    veteranAge: age ?? DEFAULT_VETERAN_AGE,
    isDefault: { lostMonths: lost === null, veteranAge: age === null },
  };
}

export function saveCareRules(ledger: Ledger, input: { lostMonths: number; veteranAge: number }): CareRules {
  return ledger.tx(() => {
    putSettings(ledger, { 'care.lostMonths': String(input.lostMonths), 'care.veteranAge': String(input.veteranAge) });
    return careRules(ledger);
  });
}
