// Whether this ledger is a community's or a street's (settings key ledgerKind; absent = 社区,
// so every ledger made before 街道 mode stays a community). Chosen at first start or in 系统设置,
// and only while the ledger is empty: a street ledger holding a community's roster (or the
// reverse) would mix two kinds of figures in one file.
import type { LedgerKind, LedgerKindInfo } from '../../api/schemas/street';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { getSettingValues, putSettings } from '../settings';

export const LEDGER_KIND_KEY = 'ledgerKind';

export function ledgerKind(ledger: Ledger): LedgerKind {
  return getSettingValues(ledger, [LEDGER_KIND_KEY]).ledgerKind === '街道' ? '街道' : '社区';
}

function isEmpty(ledger: Ledger): boolean {
  const row = ledger
    .prepare(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM orgs LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM members LIMIT 1))
         + (SELECT count(*) FROM (SELECT 1 FROM street_packages LIMIT 1)) AS n`,
    )
    .get() as { n: number };
  return row.n === 0;
}

export function ledgerKindInfo(ledger: Ledger): LedgerKindInfo {
  const { streetName, ledgerKind: stored } = getSettingValues(ledger, ['streetName', LEDGER_KIND_KEY]);
  return { kind: stored === '街道' ? '街道' : '社区', canChange: isEmpty(ledger), chosen: stored !== null, streetName };
}

export function setLedgerKind(ledger: Ledger, kind: LedgerKind): LedgerKindInfo {
  ledger.tx(() => {
    // Choosing the kind it already is records the choice (首页 stops asking) and changes nothing else.
    if (ledgerKind(ledger) !== kind && !isEmpty(ledger)) {
      throw refuse(`台账中已有党组织、党员或上报包，不能改为${kind}台账。请新建一个空台账后再选择“${kind}”`, 'kind');
    }
    putSettings(ledger, { [LEDGER_KIND_KEY]: kind });
  });
  return ledgerKindInfo(ledger);
}
