// Which families' answers are worked out from which other families' data, declared once. A write
// names only the families whose data it changes itself (api/contract/*.ts); `write()` in
// api/callSpec.ts adds every family derived from those, through any chain (a 发展 step that admits
// a person changes members, so 党费, 积分 and then 民主评议 are stale too). Zod-free: the renderer
// may read it. tests/integration/contract/staleness.test.ts is the oracle that checks the table:
// for every write it asks every cached read before and after, and any answer that changed must
// be in a family the write's touches name.
// A type-only import: the family names are the contract's, checked here by the compiler.
import type { Family } from './contract';

/** Family → the families whose data its reads show or count. */
export const DERIVED_FROM: { readonly [F in Family]?: readonly Family[] } = {
  // 首页: figures, reminders of every ledger, the 开始使用清单 (settings, backups, start password).
  home: ['settings', 'backups', 'lock', 'orgs', 'members', 'meetings', 'dual', 'points', 'dues', 'development', 'care'],
  // 党内统计 counts the roster, its organisations, 三会一课, 党费, 发展党员, care and 民主评议.
  census: ['members', 'orgs', 'meetings', 'dues', 'development', 'care', 'appraisal'],
  // A member's page: branch names, attendance, 党费交纳至, the 发展 file behind a 预备党员, care flags.
  members: ['orgs', 'meetings', 'dues', 'development', 'care'],
  // Organisations show their member counts and 支委 from the roster.
  orgs: ['members'],
  // Who is expected at a meeting (the roster by branch, 流出 guests), and compliance by organisation.
  meetings: ['members', 'orgs', 'care'],
  // 党费 is owed by the roster's members, summed by branch.
  dues: ['members', 'orgs'],
  // 积分 is earned from attendance, 双报到 activities, 五单 and 按时交纳党费, by member and branch.
  points: ['members', 'orgs', 'meetings', 'dual', 'dues'],
  // 民主评议 lists the branch's members with their 积分 and stars.
  appraisal: ['points', 'members', 'orgs'],
  // 发展党员: the branch's name, its 正式党员 who vote at the 支部大会.
  development: ['members', 'orgs'],
  // 双报到 activities name the members who took part.
  dual: ['members'],
  // Care registers list members by branch; 流出 members come to meetings as guests.
  care: ['members', 'orgs', 'meetings'],
};

/**
 * The families a write makes stale: what it changes itself, every family derived from those
 * (transitively), and the audit log (every write is a line of 操作日志).
 */
export function staleAfter(direct: readonly string[]): string[] {
  const out = [...direct];
  for (let i = 0; i < out.length; i++) {
    for (const [family, sources] of Object.entries(DERIVED_FROM) as [string, readonly string[]][]) {
      if (!out.includes(family) && sources.includes(out[i])) out.push(family);
    }
  }
  if (!out.includes('audit')) out.push('audit');
  return out;
}
