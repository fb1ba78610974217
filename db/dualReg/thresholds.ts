// The local 社区评价 thresholds (DOMAIN.md: a local default the secretary may change).
import { DEFAULT_THRESHOLDS, type EvaluationThresholds } from '../../api/dualReg';
import type { Ledger } from '../open';
import { getSetting } from '../settings';
import { settings } from '../schema';

const KEY = 'dualReg.thresholds';

export function evaluationThresholds(ledger: Ledger): EvaluationThresholds {
  const raw = getSetting(ledger, KEY) ?? undefined;
  try {
    return raw ? { ...DEFAULT_THRESHOLDS, ...JSON.parse(raw) } : DEFAULT_THRESHOLDS;
  } catch {
    return DEFAULT_THRESHOLDS;
  }
}

export function saveThresholds(ledger: Ledger, t: EvaluationThresholds): EvaluationThresholds {
  const value = JSON.stringify(t);
  ledger.db.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return t;
}
