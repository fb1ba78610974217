// Bases in bulk (基数核定): the page's editable column saves several members' bases at once, and
// 全部设为… gives one kind and base to every member of a scope (e.g. all 离退休) — each one
// transaction. A member's row of the same month is voided by the new one (重新核定), as when
// typed one by one; a 免交/减交 is never overwritten by 全部设为 (it has a reason and an approver).
import type { BulkBasesInput, BulkBasesResult, SaveBasesInput } from '../../api/schemas/duesOpening';
import type { Ledger } from '../open';
import { baseInForce } from './assess';
import { allLiveBases } from './bases';
import { insertBase } from './baseWrites';
import { decemberOf, januaryOf } from './months';
import { allOwed } from './owed';
import { orgAndBelow, orgNodes } from './orgTree';
import { followDuesPoints } from './pointsFollow';

export function saveBases(ledger: Ledger, input: SaveBasesInput): BulkBasesResult {
  return ledger.tx(() => {
    for (const r of input.rows)
      insertBase(ledger, {
        memberId: r.memberId,
        fromMonth: input.fromMonth,
        kind: r.kind,
        baseFen: r.baseFen,
        relief: null,
        reliefFen: null,
        reliefReason: null,
        reliefApprover: null,
        source: '录入',
      });
    followDuesPoints(
      ledger,
      Number(input.fromMonth.slice(0, 4)),
      input.rows.map((r) => r.memberId),
    );
    return { saved: input.rows.length, skipped: [] };
  });
}

export function setBasesFor(ledger: Ledger, input: BulkBasesInput): BulkBasesResult {
  return ledger.tx(() => {
    const lo = januaryOf(input.year);
    const hi = decemberOf(input.year);
    const under = orgAndBelow(orgNodes(ledger), input.orgId);
    const bases = allLiveBases(ledger, hi);
    const names = ledger.prepare('SELECT name FROM members WHERE id = ?');
    const chosen: number[] = [];
    const skipped: BulkBasesResult['skipped'] = [];
    for (const [memberId, owed] of allOwed(ledger, lo, hi)) {
      // As the bases page: the member's branch and base are those of the last owed month of the year.
      let last = -1;
      for (let i = 11; i >= 0; i--)
        if (owed[i]) {
          last = i;
          break;
        }
      if (last < 0 || (under !== null && !under.has(owed[last]!))) continue;
      const current = baseInForce(bases.get(memberId), lo + last);
      if ((current?.kind ?? '未核定') !== input.scope) continue;
      if (current?.relief) {
        skipped.push({ memberId, name: (names.get(memberId) as { name: string }).name, reason: `${current.relief}，未改动` });
        continue;
      }
      chosen.push(memberId);
    }
    for (const memberId of chosen)
      insertBase(ledger, {
        memberId,
        fromMonth: input.fromMonth,
        kind: input.kind,
        baseFen: input.baseFen,
        relief: null,
        reliefFen: null,
        reliefReason: null,
        reliefApprover: null,
        source: '录入',
      });
    followDuesPoints(ledger, input.year, chosen);
    return { saved: chosen.length, skipped };
  });
}
