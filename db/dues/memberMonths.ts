// One member's months over a range: owed or not, to which branch, 应交, 实交 and status. The
// member year view, arrears of one member, 党费交纳至 and payments all read it.
import type { DuesScheme, DuesStatus } from '../../api/schemas/dues';
import type { Ledger } from '../open';
import { assess, baseInForce } from './assess';
import { liveBasesOf, type LiveBase } from './bases';
import { fillOwed, memberPeriods } from './owed';
import { paidByMonth } from './paid';
import { monthIndex, monthText, yearOfMonth } from './months';
import { schemeCache } from './scheme';
import { duesStartIndex, memberStart } from './start';
import { settled, statusOf } from './status';

export interface MemberMonth {
  m: number;
  orgId: number | null;
  base: LiveBase | null;
  dueFen: number | null;
  paidFen: number;
  status: DuesStatus | null;
}

/** The typed 党费交纳至 from before the ledger kept dues, as a month index (or null). */
export function openingOf(ledger: Ledger, memberId: number): number | null {
  const row = ledger.prepare('SELECT dues_paid_through AS opening FROM members WHERE id = ?').get(memberId) as { opening: string | null } | undefined;
  return row?.opening ? monthIndex(row.opening) : null;
}

export function memberMonths(
  ledger: Ledger,
  memberId: number,
  lo: number,
  hi: number,
  schemes: (year: number) => DuesScheme = schemeCache(ledger),
  bases: LiveBase[] = liveBasesOf(ledger, memberId),
): MemberMonth[] {
  const owed = fillOwed(memberPeriods(ledger, memberId, lo, hi), lo, hi);
  const paid = paidByMonth(ledger, memberId, monthText(lo), monthText(hi));
  const opening = openingOf(ledger, memberId);
  const start = duesStartIndex(ledger) ?? -1;
  const out: MemberMonth[] = [];
  for (let m = lo; m <= hi; m++) {
    const orgId = owed[m - lo] || null;
    // Before the ledger's 党费 start the month is not on the ledger: no 应交, no status.
    const onLedger = orgId !== null && m >= start;
    const base = baseInForce(bases, m);
    const dueFen = onLedger ? assess(schemes(yearOfMonth(m)), base).dueFen : null;
    const paidFen = paid.get(m) ?? 0;
    out.push({ m, orgId, base, dueFen, paidFen, status: statusOf(onLedger, dueFen, paidFen, opening !== null && m <= opening) });
  }
  return out;
}

/** Where the ledger's months begin for a member (start.ts memberStart). */
export function ledgerStart(ledger: Ledger, memberId: number, bases: LiveBase[] = liveBasesOf(ledger, memberId)): number | null {
  return memberStart(duesStartIndex(ledger), openingOf(ledger, memberId), bases[0]?.fromIndex ?? null);
}

/**
 * Derived 党费交纳至: from the opening, the last month up to which every owed month is fully
 * paid (免交 counts as paid, months not owed are passed over). Null when nothing is known.
 */
export function paidThrough(ledger: Ledger, memberId: number, todayMonth: number): string | null {
  const bases = liveBasesOf(ledger, memberId);
  const opening = openingOf(ledger, memberId);
  const start = ledgerStart(ledger, memberId, bases);
  if (start === null) return null;
  const last = ledger.prepare('SELECT max(month) AS month FROM dues_payment_months WHERE member_id = ?').get(memberId) as { month: string | null };
  const until = Math.max(todayMonth, last.month ? monthIndex(last.month) : 0);
  let through = opening;
  // An opening that stops short of the 党费 start leaves months nobody knows about: the chain ends there.
  if (until >= start && (opening === null || opening + 1 >= start)) {
    for (const mm of memberMonths(ledger, memberId, start, until, schemeCache(ledger), bases)) {
      // A month not owed is passed over, unless paid ahead for (预交 by a member who has since left:
      // the 转出 record's 党费交纳至 counts it).
      if (mm.status === null) {
        if (mm.paidFen > 0 && mm.m >= start) through = mm.m;
        continue;
      }
      if (!settled(mm.status)) break;
      through = mm.m;
    }
  }
  return through === null ? null : monthText(through);
}
