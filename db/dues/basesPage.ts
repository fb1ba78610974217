// The bases table of a year (dues.bases): everyone who owes a month of the year (under an
// organisation, if one is given), their rows in force that year and the months lacking one.
import type { DuesBasesPage, DuesBasesQuery, DuesBaseRow } from '../../api/schemas/dues';
import type { Ledger } from '../open';
import { assess, baseInForce } from './assess';
import { liveBasesOf } from './bases';
import { allLiveBases } from './bases';
import { allOwed } from './owed';
import { decemberOf, januaryOf, monthIndex, monthText } from './months';
import { orgAndBelow, orgName, orgNodes } from './orgTree';
import { readScheme } from './scheme';
import { duesStartMonth } from './start';

export function basesPage(ledger: Ledger, q: DuesBasesQuery): DuesBasesPage {
  return ledger.tx(() => {
    const lo = januaryOf(q.year);
    const hi = decemberOf(q.year);
    const nodes = orgNodes(ledger);
    const under = orgAndBelow(nodes, q.orgId);
    const scheme = readScheme(ledger, q.year);
    const bases = allLiveBases(ledger, hi);
    // Months before the ledger's 党费 start need no base: nothing is owed for them.
    const startMonth = duesStartMonth(ledger);
    const start = startMonth === null ? lo : Math.max(lo, monthIndex(startMonth));
    const names = new Map((ledger.sqlite.prepare('SELECT id, name FROM members').raw().all() as [number, string][]).map(([id, name]) => [id, name]));
    const matched: { memberId: number; branchId: number; lastMonth: number; missing: number[] }[] = [];
    let missingCount = 0;
    for (const [memberId, owed] of allOwed(ledger, lo, hi)) {
      let branchId = 0;
      let lastMonth = -1;
      let inScope = under === null;
      const missing: number[] = [];
      const own = bases.get(memberId);
      for (let i = 0; i < 12; i++) {
        const org = owed[i]!;
        if (!org) continue;
        branchId = org;
        lastMonth = lo + i;
        if (under?.has(org)) inScope = true;
        if (lo + i >= start && baseInForce(own, lo + i) === null) missing.push(lo + i);
      }
      if (!inScope || branchId === 0) continue;
      if (q.keyword && !(names.get(memberId) ?? '').includes(q.keyword)) continue;
      if (missing.length > 0) missingCount++;
      if (q.missingOnly && missing.length === 0) continue;
      matched.push({ memberId, branchId, lastMonth, missing });
    }
    matched.sort((a, b) => a.branchId - b.branchId || a.memberId - b.memberId);
    const page = matched.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    const rows: DuesBaseRow[] = page.map((p) => {
      const live = liveBasesOf(ledger, p.memberId);
      const inYear = live.filter((b, i) => b.fromIndex <= hi && (b.fromIndex >= lo || (live[i + 1]?.fromIndex ?? Infinity) > lo));
      const current = baseInForce(live, p.lastMonth);
      return {
        memberId: p.memberId,
        name: names.get(p.memberId) ?? '',
        branchId: p.branchId,
        branchName: orgName(nodes, p.branchId),
        bases: inYear.map(({ fromIndex: _f, ...b }) => b),
        current: current ? (({ fromIndex: _f, ...b }) => b)(current) : null,
        monthlyDueFen: assess(scheme, current).dueFen,
        missingMonths: p.missing.map(monthText),
        // 每年核定一次: a base carried over from an earlier year is to be 核定 again.
        carried: current !== null && current.fromIndex < lo,
      };
    });
    return { year: q.year, startMonth, scheme: { rounding: scheme.rounding, isDefault: scheme.isDefault }, rows, total: matched.length, missingCount };
  });
}
