// The figures a secretary opens the app for: who the members are, this quarter's
// 三会一课 by branch, and the year's 双报到 totals.
import { COMMUNITY_CLASSES } from '../api/enums';
import { AGE_BANDS, PARTY_YEAR_BANDS } from '../api/rules/bands';
import { periodOf } from '../api/rules/periods';
import type { HomeFigures } from '../api/schemas/home';
import { yearTotals } from './dualReg/figures';
import { complianceMatrix } from './meetings/compliance';
import { memoUntilWrite } from './memo';
import type { Ledger } from './open';

// The census reads one running sum per finite band and takes the rest as the last band.
for (const bands of [AGE_BANDS, PARTY_YEAR_BANDS]) {
  if (bands.findIndex((b) => !Number.isFinite(b.max)) !== bands.length - 1) throw new Error('bands must end with their only open-ended band');
}

export function homeFigures(ledger: Ledger, today: string): HomeFigures {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be an ISO date: ${today}`); // it is written into the SQL below
  // Counted by SQLite: per 社区分类, how many are younger than each band's upper age (and
  // each 党龄 band's), read in the census index's own order. Whole years on `today` ≤ max ⇔
  // the date is after the same day (max + 1) years back; the string comparison counts a
  // birthday today, and 29 February from 1 March. Members still on the roster and those who
  // leave after today are read as two ranges: one `OR` made SQLite collect 20,000 row ids and
  // visit the table for each (9 ms at street scale, against 6 ms for the two ranges).
  // 党龄 counts from 转正日期 (党章 art. 7): a 预备党员 (no 转正日期, or one after today) is in
  // no 党龄 band, as the roster's 党龄 column shows them blank.
  const bound = (max: number) => `'${Number(today.slice(0, 4)) - max - 1}${today.slice(4)}'`;
  const under = (column: string, bands: { max: number }[]) => bands.filter((b) => Number.isFinite(b.max)).map((b) => `total(${column} > ${bound(b.max)})`);
  const partyColumns = ['total(full_member_on > @today)', ...under('full_member_on', PARTY_YEAR_BANDS), 'count(full_member_on)'];
  const census = (where: string) =>
    ledger.sqlite
      .prepare(`SELECT community_class, count(*), ${[...under('birth_date', AGE_BANDS), ...partyColumns].join(', ')} FROM members WHERE ${where} GROUP BY 1`)
      .raw()
      .all({ today }) as [string, ...number[]][];
  const rows = [...census('left_on IS NULL'), ...census('left_on > @today')];
  const sumOf = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + pick(r), 0);
  const column = (i: number) => sumOf((r) => r[i] as number);
  /**
   * Band i holds those under band i's bound and not under band i − 1's (the first band: not
   * beyond `floor`, e.g. a 转正日期 still to come); the last band, those counted in `all` and
   * under no bound.
   */
  const banded = (labels: string[], floor: number, firstBound: number, all: number) => {
    const below = labels.slice(0, -1).map((_, i) => column(firstBound + i));
    return labels.map((label, i) => ({ label, count: (i < below.length ? below[i] : all) - (i > 0 ? below[i - 1] : floor) }));
  };
  const ageBounds = AGE_BANDS.length - 1;
  const byClass = COMMUNITY_CLASSES.map((label) => ({ label, count: sumOf((r) => (r[0] === label ? (r[1] as number) : 0)) }));
  const byAge = banded(
    AGE_BANDS.map((b) => b.label),
    0,
    2,
    column(1),
  );
  const partyFirst = 2 + ageBounds;
  const byPartyYears = banded(
    PARTY_YEAR_BANDS.map((b) => b.label),
    column(partyFirst),
    partyFirst + 1,
    column(partyFirst + PARTY_YEAR_BANDS.length),
  );
  const members = sumOf((r) => r[1] as number);
  const year = Number(today.slice(0, 4));
  const quarter = periodOf(today, 'quarter');
  const matrix = complianceMatrix(ledger, year, today);
  // A 党小组's meetings count for its branch: the street asks about branches.
  const orgRows = ledger.sqlite.prepare('SELECT id, name, kind, parent_id AS parentId FROM orgs').all() as {
    id: number;
    name: string;
    kind: string;
    parentId: number | null;
  }[];
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
      if (c.status === 'exempt' || c.status === 'notRequired' || c.status === 'notYet' || c.status === 'beforeStart') continue;
      b.required += c.required;
      b.held += Math.min(c.held, c.required);
    }
    branches.set(branch.id, b);
  }
  // Kept apart: an edit that changes the members or meetings leaves the 双报到 totals as they were.
  const dual = memoUntilWrite(ledger, `dual.totals:${year}`, () => yearTotals(ledger, year));
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
