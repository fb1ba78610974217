// The figures a secretary opens the app for: who the members are, this quarter's
// 三会一课 by branch, and the year's 双报到 totals.
import { COMMUNITY_CLASSES } from '../api/enums';
import { AGE_BANDS, countInBands, PARTY_YEAR_BANDS, yearsSince } from '../api/rules/bands';
import { periodOf } from '../api/rules/periods';
import type { HomeFigures } from '../api/schemas/home';
import { yearFigures } from './dualReg/figures';
import { complianceMatrix } from './meetings/compliance';
import type { Ledger } from './open';

export function homeFigures(ledger: Ledger, today: string): HomeFigures {
  const rows = ledger.sqlite
    .prepare(`SELECT community_class AS cls, birth_date AS birth, joined_on AS joined FROM members WHERE left_on IS NULL OR left_on > ?`)
    .raw()
    .all(today) as [string, string, string][];
  const byClass = COMMUNITY_CLASSES.map((label) => ({ label, count: rows.filter((r) => r[0] === label).length }));
  const year = Number(today.slice(0, 4));
  const quarter = periodOf(today, 'quarter');
  const matrix = complianceMatrix(ledger, year, today);
  // A 党小组's meetings count for its branch: the street asks about branches.
  const orgRows = ledger.sqlite.prepare('SELECT id, name, kind, parent_id AS parentId FROM orgs').all() as { id: number; name: string; kind: string; parentId: number | null }[];
  const byId = new Map(orgRows.map((o) => [o.id, o]));
  const branchOf = (orgId: number) => {
    const org = byId.get(orgId)!;
    return org.kind === '党小组' && org.parentId ? byId.get(org.parentId)! : org;
  };
  const branches = new Map<number, { orgId: number; orgName: string; required: number; held: number }>();
  for (const row of matrix.rows) {
    const cells = row.cells.filter((c) => c.period === quarter || (c.period.length === 7 && periodOf(`${c.period}-01`, 'quarter') === quarter && c.period <= today.slice(0, 7)));
    const branch = branchOf(row.orgId);
    const b = branches.get(branch.id) ?? { orgId: branch.id, orgName: branch.name, required: 0, held: 0 };
    for (const c of cells) {
      if (c.status === 'exempt' || c.status === 'notYet') continue;
      b.required += c.required;
      b.held += Math.min(c.held, c.required);
    }
    branches.set(branch.id, b);
  }
  const dual = yearFigures(ledger, year).totals;
  return {
    today,
    members: rows.length,
    byClass,
    byAge: countInBands(rows.map((r) => yearsSince(r[1], today)), AGE_BANDS),
    byPartyYears: countInBands(rows.map((r) => yearsSince(r[2], today)), PARTY_YEAR_BANDS),
    quarter: { period: quarter, branches: [...branches.values()].filter((b) => b.required > 0) },
    dual: { year, ...dual },
  };
}
