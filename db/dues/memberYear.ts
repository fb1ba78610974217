// One member's year of dues (dues.member): each month, the payments, the bases, 党费交纳至.
import type { DuesMemberYear } from '../../api/schemas/dues';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { liveBasesOf } from './bases';
import { memberMonths, openingOf, paidThrough } from './memberMonths';
import { decemberOf, januaryOf, monthIndex, monthText } from './months';
import { orgName, orgNodes } from './orgTree';
import { paymentsOfYear } from './paid';

export function memberYear(ledger: Ledger, memberId: number, year: number, today: string): DuesMemberYear {
  return ledger.tx(() => {
    const member = ledger.prepare('SELECT name FROM members WHERE id = ?').get(memberId) as { name: string } | undefined;
    if (!member) throw notFound('党员');
    const nodes = orgNodes(ledger);
    const bases = liveBasesOf(ledger, memberId);
    const months = memberMonths(ledger, memberId, januaryOf(year), decemberOf(year), undefined, bases).map((mm) => ({
      month: monthText(mm.m),
      orgId: mm.orgId,
      orgName: mm.orgId === null ? null : orgName(nodes, mm.orgId),
      dueFen: mm.dueFen,
      paidFen: mm.paidFen,
      status: mm.status,
    }));
    const inYear = bases.filter(
      (b, i) => b.fromIndex <= decemberOf(year) && (b.fromIndex >= januaryOf(year) || (bases[i + 1]?.fromIndex ?? Infinity) > januaryOf(year)),
    );
    const opening = openingOf(ledger, memberId);
    return {
      memberId,
      name: member.name,
      year,
      opening: opening === null ? null : monthText(opening),
      paidThrough: paidThrough(ledger, memberId, monthIndex(today.slice(0, 7))),
      months,
      payments: paymentsOfYear(ledger, memberId, year),
      bases: inYear.map(({ fromIndex: _f, ...b }) => b),
      dueFen: months.reduce((s, m) => s + (m.status === '期初已交' ? 0 : (m.dueFen ?? 0)), 0),
      paidFen: months.reduce((s, m) => s + m.paidFen, 0),
    };
  });
}
