// The figures a secretary opens the app for: who the members are, this quarter's
// 三会一课 by branch, and the year's 双报到 totals.
import { COMMUNITY_CLASSES } from '../api/enums';
import { AGE_BANDS, PARTY_YEAR_BANDS } from '../api/rules/bands';
import { periodOf } from '../api/rules/periods';
import type { HomeFigures } from '../api/schemas/home';
import { yearTotals } from './dualReg/figures';
import { complianceMatrix } from './meetings/compliance';
import type { Ledger } from './open';

export function homeFigures(ledger: Ledger, today: string): HomeFigures {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be an ISO date: ${today}`); // it is written into the SQL below
  // Counted by SQLite in one pass, grouped by class and band: 20,000 members come back as
  // at most a few hundred rows.
  // Whole years on `today` ≤ max ⇔ the date is after the same day (max + 1) years back; the
  // string comparison counts a birthday today, and 29 February from 1 March.
  const bandExpr = (column: string, bands: { max: number }[]) =>
    `CASE ${bands.map((b, i) => (Number.isFinite(b.max) ? `WHEN ${column} > '${Number(today.slice(0, 4)) - b.max - 1}${today.slice(4)}' THEN ${i}` : `ELSE ${i}`)).join(' ')} END`;
  const groups = ledger.sqlite
    .prepare(
      `SELECT community_class AS cls, ${bandExpr('birth_date', AGE_BANDS)} AS age, ${bandExpr('joined_on', PARTY_YEAR_BANDS)} AS party, count(*) AS n
       FROM members WHERE left_on IS NULL OR left_on > @today GROUP BY 1, 2, 3`,
    )
    .all({ today }) as { cls: string; age: number; party: number; n: number }[];
  const tally = (labels: readonly string[], pick: (g: (typeof groups)[number]) => string) =>
    labels.map((label) => ({ label, count: groups.filter((g) => pick(g) === label).reduce((a, g) => a + g.n, 0) }));
  const byClass = tally(COMMUNITY_CLASSES, (g) => g.cls);
  const byAge = tally(AGE_BANDS.map((b) => b.label), (g) => AGE_BANDS[g.age].label);
  const byPartyYears = tally(PARTY_YEAR_BANDS.map((b) => b.label), (g) => PARTY_YEAR_BANDS[g.party].label);
  const members = groups.reduce((a, g) => a + g.n, 0);
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
  // This quarter's cell, and its months up to this one.
  const counted = new Set([quarter]);
  for (let m = 1; m <= 12; m++) {
    const key = `${year}-${String(m).padStart(2, '0')}`;
    if (periodOf(`${key}-01`, 'quarter') === quarter && key <= today.slice(0, 7)) counted.add(key);
  }
  const branches = new Map<number, { orgId: number; orgName: string; required: number; held: number }>();
  for (const row of matrix.rows) {
    const cells = row.cells.filter((c) => counted.has(c.period));
    const branch = branchOf(row.orgId);
    const b = branches.get(branch.id) ?? { orgId: branch.id, orgName: branch.name, required: 0, held: 0 };
    for (const c of cells) {
      if (c.status === 'exempt' || c.status === 'notYet') continue;
      b.required += c.required;
      b.held += Math.min(c.held, c.required);
    }
    branches.set(branch.id, b);
  }
  const dual = yearTotals(ledger, year);
  return {
    today,
    members,
    byClass,
    byAge,
    byPartyYears,
    quarter: { period: quarter, branches: [...branches.values()].filter((b) => b.required > 0) },
    dual: { year, ...dual },
  };
}
