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

export function memberMonths(ledger: Ledger, memberId: number, lo: number, hi: number, schemes: (year: number) => DuesScheme = schemeCache(ledger), bases: LiveBase[] = liveBasesOf(ledger, memberId)): MemberMonth[] {
  const owed = fillOwed(memberPeriods(ledger, memberId, lo, hi), lo, hi);
  const paid = paidByMonth(ledger, memberId, monthText(lo), monthText(hi));
  const opening = openingOf(ledger, memberId);
  const out: MemberMonth[] = [];
  for (let m = lo; m <= hi; m++) {
    const orgId = owed[m - lo] || null;
    const base = baseInForce(bases, m);
    const dueFen = orgId === null ? null : assess(schemes(yearOfMonth(m)), base).dueFen;
    const paidFen = paid.get(m) ?? 0;
    out.push({ m, orgId, base, dueFen, paidFen, status: statusOf(orgId !== null, dueFen, paidFen, opening !== null && m <= opening) });
  }
  return out;
}

/** Where the ledger's months begin for a member: after the opening, or at the first base. */
export function ledgerStart(ledger: Ledger, memberId: number, bases: LiveBase[] = liveBasesOf(ledger, memberId)): number | null {
  const opening = openingOf(ledger, memberId);
  if (opening !== null) return opening + 1;
  return bases[0]?.fromIndex ?? null;
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
  if (until >= start) {
    for (const mm of memberMonths(ledger, memberId, start, until, schemeCache(ledger), bases)) {
      if (mm.status === null) continue;
      if (!settled(mm.status)) break;
      through = mm.m;
    }
  }
  return through === null ? null : monthText(through);
}
