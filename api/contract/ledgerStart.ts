// 建账日期 (docs/ledgerStart.md): read by 首页 and 系统设置; moving it changes what every page
// and report counts as owed, so a write makes those stale.
import { none, read, write } from '../callSpec';
import { ledgerStartInput, type LedgerStartInfo } from '../schemas/ledgerStart';

export const ledgerStartCalls = {
  'settings.ledgerStart': read<LedgerStartInfo>()('查看建账日期', none),
  /** Refused when it would move past recorded meetings or 党费 months. */
  'settings.setLedgerStart': write<LedgerStartInfo>()('设置建账日期', ['settings', 'meetings', 'dues'], ledgerStartInput),
  /** "暂不设置": 首页 stops asking; the ledger keeps covering everything. */
  'settings.declineLedgerStart': write<LedgerStartInfo>()('暂不设置建账日期', ['settings'], none),
} as const;
