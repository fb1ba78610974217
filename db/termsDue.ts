// 换届 due: open organisations whose 届满日期 falls within 6 months of a day (overdue ones too),
// soonest first. 首页 reminds the secretary of them; the 上报包 carries them to the street.
import { and, isNotNull, isNull, lte } from 'drizzle-orm';
import { addMonths } from '../api/rules/dates';
import type { Ledger } from './open';
import { orgs } from './schema';

export const TERM_HORIZON_MONTHS = 6;

export function termsDue(ledger: Ledger, day: string) {
  return ledger.db
    .select({ orgId: orgs.id, name: orgs.name, kind: orgs.kind, termEndsOn: orgs.termEndsOn })
    .from(orgs)
    .where(and(isNull(orgs.closedOn), isNotNull(orgs.termEndsOn), lte(orgs.termEndsOn, addMonths(day, TERM_HORIZON_MONTHS))))
    .orderBy(orgs.termEndsOn)
    .all()
    .map((t) => ({ ...t, termEndsOn: t.termEndsOn as string }));
}
