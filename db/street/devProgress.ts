// 发展党员计划完成情况 at the street (issue 30): one row per community that sent the year's package, its 完成 as the
// package carries it (the community's 发展计划 page's own count) against the quota the street gave it (street_dev_quotas;
// the package's own plan when the street set none), and the 合计 from sums.
import { devProgress, sumDevProgress } from '../../api/rules/devProgress';
import type { StreetView } from '../../api/schemas/street';
import type { DevProgressFigures } from '../../api/schemas/streetPlan';
import type { Ledger } from '../open';
import { livePackages, notReported, rowHead } from './live';
import { quotasOfYear } from './plan';

export function streetDevProgress(ledger: Ledger, year: number): StreetView<DevProgressFigures> {
  const quotas = quotasOfYear(ledger, year);
  const rows = livePackages(ledger, year, null).map((p) => {
    const dev = p.data.development;
    const done = dev?.done ?? { applied: 0, activists: 0, candidates: 0, admitted: 0 };
    return { ...rowHead(p), ...devProgress(quotas.get(p.communityId) ?? dev?.quota ?? null, done), carried: dev !== undefined && dev !== null };
  });
  return { rows, total: sumDevProgress(rows), notReported: notReported(ledger, year, null) };
}
