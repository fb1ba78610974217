// 首页's 发展党员 reminders: every step due by the end of this month or overdue, most urgent first.
import { daysInMonth } from '../../api/rules/dates';
import type { HomeDevReminders } from '../../api/schemas/development';
import type { Ledger } from '../open';
import { dueSteps } from './due';
import { liveSummaries, probationEndsOf, readPeople } from './read';
import { stepNames } from './steps';

export function developmentReminders(ledger: Ledger, today: string): HomeDevReminders {
  const [y, m] = today.split('-').map(Number);
  const monthEnd = `${today.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  const people = readPeople(ledger, 'WHERE p.left_on IS NULL');
  const live = liveSummaries(
    ledger,
    people.map((p) => p.id),
  );
  const names = stepNames(ledger);
  const ends = probationEndsOf(
    ledger,
    people.flatMap((p) => (p.memberId === null ? [] : [p.memberId])),
  );
  const items = people.flatMap((p) =>
    dueSteps(live.get(p.id)!, names, today, p.memberId === null ? null : (ends.get(p.memberId) ?? null))
      .filter((d) => d.dueOn <= monthEnd)
      .map((d) => ({ ...d, personId: p.id, personName: p.name, orgName: p.orgName })),
  );
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.personId - b.personId));
  return { asOf: today, items, total: items.length };
}
