// 按时交纳党费 follows the payments like the other automatic points follow their sources: a dues
// write re-derives the people it touched — only when the year's scheme has such a rule, so a
// branch month of 200 payments does not re-derive anything it need not.
import type { Ledger } from '../open';
import { followSources } from '../points/follow';

export function followDuesPoints(ledger: Ledger, year: number, memberIds: readonly number[]): void {
  if (memberIds.length === 0) return;
  const rule = ledger.prepare("SELECT 1 AS x FROM point_rules WHERE year = ? AND source = 'dues' AND active = 1 LIMIT 1").get(year);
  if (rule) followSources(ledger, [{ year, memberIds: [...memberIds] }]);
}
