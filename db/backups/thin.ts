// Which backups to keep: all of today, the newest of each day for 30 days, the newest of
// each month for a year. The newest backup overall is always kept.
const DAY = 24 * 60 * 60 * 1000;

const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}`;

export function backupsToRemove<T extends { name: string; date: Date }>(newestFirst: T[], now: Date): T[] {
  const today = dayKey(now);
  const days = new Set<string>();
  const months = new Set<string>();
  const remove: T[] = [];
  newestFirst.forEach((b, i) => {
    const age = now.getTime() - b.date.getTime();
    let keep = i === 0 || dayKey(b.date) === today || age < 0;
    if (!keep && age <= 30 * DAY && !days.has(dayKey(b.date))) keep = true;
    if (!keep && age <= 366 * DAY && !months.has(monthKey(b.date))) keep = true;
    days.add(dayKey(b.date));
    months.add(monthKey(b.date));
    if (!keep) remove.push(b);
  });
  return remove;
}
