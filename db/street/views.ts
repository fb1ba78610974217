// The street's views: one row per community that reported the period, the 合计 made by the
// same api/rules/streetSums.ts function as the community's own form, and who has not reported.
import type { PackageData } from '../../api/schemas/reportPackage';
import type {
  AppraisalFigures,
  BranchMeetingRow,
  DualFigures,
  DuesFigures,
  MembersFigures,
  PointsFigures,
  StreetCensusView,
  StreetMeetingsView,
  StreetRankingPage,
  StreetRankRow,
  StreetView,
} from '../../api/schemas/street';
import { appraisalFigures, duesFigures, meetingFigures, pointsFigures, sumDual, sumDues, sumMembers, sumPoints } from '../../api/rules/streetSums';
import type { Ledger } from '../open';
import { balanceOf, sumBalances, yearEnds } from './censusBalance';
import { duesBeforeStart, packageCoverageText } from './coverage';
import { livePackages, memoStreet, notReported, rowHead, type LivePackage } from './live';

/**
 * `uncovered`: a package whose whole period lies before the community's start for this kind of
 * record (建账前, docs/ledgerStart.md): its row shows, but the 合计 leaves it out rather than add zeros.
 */
function view<R>(
  ledger: Ledger,
  year: number,
  quarter: number | null,
  name: string,
  rowOf: (data: PackageData) => R,
  total: (rows: R[]) => R,
  uncovered: (data: PackageData) => boolean = () => false,
): StreetView<R> {
  return memoStreet(ledger, `${name}:${year}:${quarter}`, () => {
    const packages = livePackages(ledger, year, quarter);
    const rows = packages.map((p) => {
      const coverage = packageCoverageText(p.data);
      return { ...rowHead(p), ...(coverage ? { coverage } : {}), ...rowOf(p.data) };
    });
    return { rows, total: total(rows.filter((_, i) => !uncovered(packages[i].data))), notReported: notReported(ledger, year, quarter) };
  });
}

export const membersOf = (d: PackageData): MembersFigures => ({
  total: d.members.total,
  full: d.members.full,
  probationary: d.members.probationary,
  female: d.members.female,
  minority: d.members.minority,
  suspended: d.members.suspended,
  branches: d.members.branches.length,
});

export function streetMembers(ledger: Ledger, year: number, quarter: number | null): StreetView<MembersFigures> {
  return view(ledger, year, quarter, 'members', membersOf, sumMembers);
}

export function streetMeetings(ledger: Ledger, year: number, quarter: number | null, communityId: number | null): StreetMeetingsView {
  const base = view(ledger, year, quarter, 'meetings', (d) => meetingFigures(d.meetings), meetingFigures);
  if (communityId === null) return { ...base, branches: null };
  const pkg = livePackages(ledger, year, quarter).find((p) => p.communityId === communityId);
  if (!pkg) return { ...base, branches: [] };
  const byOrg = new Map<string, typeof pkg.data.meetings>();
  for (const row of pkg.data.meetings) byOrg.set(row.orgName, [...(byOrg.get(row.orgName) ?? []), row]);
  const branches: BranchMeetingRow[] = [...byOrg].map(([orgName, rows]) => ({ orgName, ...meetingFigures(rows) }));
  return { ...base, branches };
}

export const dualOf = (d: PackageData): DualFigures => ({ ...d.dual });

export function streetDual(ledger: Ledger, year: number, quarter: number | null): StreetView<DualFigures> {
  return view(ledger, year, quarter, 'dual', dualOf, sumDual);
}

export function streetDues(ledger: Ledger, year: number, quarter: number | null): StreetView<DuesFigures> {
  return view(ledger, year, quarter, 'dues', (d) => duesFigures(d.dues, d.duesHeads), sumDues, duesBeforeStart);
}

export function streetAppraisal(ledger: Ledger, year: number): StreetView<AppraisalFigures> {
  return view(ledger, year, null, 'appraisal', (d) => appraisalFigures(d.appraisal ?? []), appraisalFigures);
}

export function streetPoints(ledger: Ledger, year: number): StreetView<PointsFigures> {
  return view(ledger, year, null, 'points', (d) => pointsFigures(d.points ?? []), sumPoints);
}

/** Ranked people first by total (ties share a rank, as in a community's ranking), then the excluded. */
function ranking(packages: LivePackage[]): StreetRankRow[] {
  const rows: StreetRankRow[] = packages.flatMap((p) =>
    (p.data.points ?? []).map((r) => ({
      rank: null,
      communityRank: r.rank,
      community: p.community,
      name: r.name,
      idNumber: r.idNumber,
      branchName: r.branchName,
      total: r.total,
      stars: r.stars,
    })),
  );
  const ranked = rows.filter((r) => r.communityRank !== null).sort((a, b) => b.total - a.total);
  ranked.forEach((r, i) => (r.rank = i > 0 && ranked[i - 1].total === r.total ? ranked[i - 1].rank : i + 1));
  return [...ranked, ...rows.filter((r) => r.communityRank === null)];
}

export function streetRanking(ledger: Ledger, input: { year: number; communityId: number | null; page: number; pageSize: number }): StreetRankingPage {
  const all = memoStreet(ledger, `ranking:${input.year}:${input.communityId}`, () => {
    const packages = livePackages(ledger, input.year, null).filter((p) => input.communityId === null || p.communityId === input.communityId);
    return ranking(packages);
  });
  const start = (input.page - 1) * input.pageSize;
  return { rows: all.slice(start, start + input.pageSize), total: all.length, notReported: notReported(ledger, input.year, null) };
}

/** 党内统计 summed by table and figure key: the keys never change between versions (api/schemas/census.ts). */
export function streetCensus(ledger: Ledger, year: number): StreetCensusView {
  return memoStreet(ledger, `census:${year}`, () => {
    const packages = livePackages(ledger, year, null).filter((p) => p.data.census !== null);
    const previous = yearEnds(ledger, year - 1);
    const tables: StreetCensusView['tables'] = [];
    const total: Record<string, number> = {};
    const rows = packages.map((p) => {
      const values: Record<string, number> = {};
      for (const table of p.data.census!.tables) {
        let entry = tables.find((t) => t.key === table.key);
        if (!entry) tables.push((entry = { key: table.key, title: table.title, unit: table.unit, figures: [] }));
        for (const fig of table.rows) {
          if (!entry.figures.some((f) => f.key === fig.key)) entry.figures.push({ key: fig.key, label: fig.label });
          const k = `${table.key}:${fig.key}`;
          values[k] = (values[k] ?? 0) + fig.value;
          total[k] = (total[k] ?? 0) + fig.value;
        }
      }
      const balance = balanceOf(p.data.census!, previous.get(p.communityId) ?? null);
      return { ...rowHead(p), values, identityHolds: p.data.census!.identity.holds, balance };
    });
    return { tables, rows, total, balanceTotal: sumBalances(rows.map((r) => r.balance)), notReported: notReported(ledger, year, null) };
  });
}
