// data.json's `development` (issue 30): the year's 发展计划 and its 完成, year packages only, so the street can set
// each community's 完成 against the quota it gave. 完成 is the 发展计划 page's own count (db/development/plan.ts
// yearCounts: first dates in the year; 发展党员 = the 年报's), so the street's row is the community's figure.
import type { PackagePeriod } from '../../../api/schemas/reportPackage';
import type { PackageDevelopment } from '../../../api/schemas/streetPlan';
import { yearCounts } from '../../../db/development/plan';
import type { Ledger } from '../../../db/open';
import { communityQuota } from '../../../db/streetDown';

export function developmentSection(ledger: Ledger, period: PackagePeriod, asOf: string): PackageDevelopment | null {
  if (period.quarter !== null) return null;
  const { counts } = yearCounts(ledger, period.year, asOf);
  return {
    quota: communityQuota(ledger, period.year),
    done: { applied: counts.applied, activists: counts.activists, candidates: counts.candidates, admitted: counts.admitted },
  };
}
