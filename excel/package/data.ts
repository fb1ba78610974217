// data.json of a 上报包: the period's figures for the street's app, each taken from the function
// the community's own form is made from, so the street reads the numbers the community printed.
import { maskIdNumber } from '../../api/rules/idNumber';
import type { PackageData, PackagePeriod } from '../../api/schemas/reportPackage';
import { appraisalOverview } from '../../db/appraisal';
import { countedMembers } from '../../db/census/members';
import { suspendedOn } from '../../db/census/counted';
import { censusReport } from '../../db/census/report';
import { totalsBetween } from '../../db/dualReg/figures';
import { ledgerCoverage } from '../../db/ledgerStart';
import { refuse } from '../../db/ledgerError';
import { complianceMatrix } from '../../db/meetings/compliance';
import { idNumbersById } from '../../db/members/idNumbers';
import type { Ledger } from '../../db/open';
import { yearStandings } from '../../db/points/views';
import { duesStatsData, periodLabel } from '../duesStatsData';
import { ratesFor } from '../exportMeetings';
import { SCOPE_LABEL, statsRows, type StatsScope } from '../forms/meetingStats';
import { registersData } from './sections/registers';
import { developmentSection } from './sections/development';
import { duesMonthsSection } from './sections/duesMonths';
import { meetingMonthsSection } from './sections/meetingMonths';

export interface PackageOptions {
  /** 包含完整身份证号; otherwise every 身份证号 is masked (first 6 and last 4 kept). */
  fullIdNumbers: boolean;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** The first and last day of a year or a quarter. */
export function periodBounds({ year, quarter }: PackagePeriod): { from: string; to: string } {
  if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  return { from: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`, to: `${year}-${QUARTER_END[quarter - 1]}` };
}

export const scopeOf = (period: PackagePeriod): StatsScope => (period.quarter === null ? 'year' : (`Q${period.quarter}` as StatsScope));

/** '2026年' or '2026年第二季度'. */
export const periodText = (period: PackagePeriod): string => `${period.year}年${period.quarter === null ? '' : SCOPE_LABEL[scopeOf(period)]}`;

/** The day the figures are as of: the period's last day, or today while the period runs. A period not begun is refused. */
export function packageAsOf(period: PackagePeriod, today: string): string {
  const { from, to } = periodBounds(period);
  if (today < from) throw refuse(`${periodText(period)}尚未开始，不能生成上报包`, 'year');
  return today < to ? today : to;
}

/**
 * The members the 党内统计 counts on the day (db/census/counted.ts: on the roster, not 停止党籍, their
 * admission approved), so the package's 党员总数 is the census's 年末党员总数; 停止党籍 members still
 * on the roster are their own figure, so roster = total + suspended reconciles.
 */
function members(ledger: Ledger, asOf: string): PackageData['members'] {
  const counted = countedMembers(ledger, asOf);
  const branches = new Map<string, { orgName: string; total: number; full: number; probationary: number }>();
  let full = 0;
  let female = 0;
  let minority = 0;
  for (const m of counted) {
    const b = branches.get(m.branchName) ?? { orgName: m.branchName, total: 0, full: 0, probationary: 0 };
    b.total++;
    if (m.category === '正式党员') b.full++;
    else b.probationary++;
    branches.set(m.branchName, b);
    if (m.category === '正式党员') full++;
    if (m.gender === '女') female++;
    // An empty 民族 is unknown, not a minority.
    if (m.ethnicity && m.ethnicity !== '汉族') minority++;
  }
  return {
    total: counted.length,
    full,
    probationary: counted.length - full,
    female,
    minority,
    suspended: suspendedOn(ledger, asOf),
    branches: [...branches.values()],
  };
}

/** The rows of the period's 三会一课开展情况统计表, with the per-meeting rates behind 平均出勤率. */
function meetings(ledger: Ledger, year: number, scope: StatsScope, today: string): PackageData['meetings'] {
  // The form's own rows carry the sum and count of the rates behind 平均出勤率.
  return statsRows(complianceMatrix(ledger, year, today), scope, ratesFor(ledger, year, scope)).map((row) => ({
    orgName: row.orgName,
    type: row.type,
    required: row.required,
    held: row.held,
    satisfied: row.satisfied,
    rateSum: row.rateSum,
    rateCount: row.rateCount,
    note: row.note,
  }));
}

function dual(ledger: Ledger, period: PackagePeriod): PackageData['dual'] {
  const { from, to } = periodBounds(period);
  const t = totalsBetween(ledger, from, to);
  return { registered: t.members, units: t.units, activities: t.activities, participations: t.participations, hours: t.hours };
}

function points(ledger: Ledger, year: number, options: PackageOptions): PackageData['points'] {
  const standings = yearStandings(ledger, year);
  if (standings.rules.length === 0) return [];
  const ids = idNumbersById(ledger);
  return standings.rows.map((r) => {
    const id = ids.get(r.memberId) ?? null;
    return {
      name: r.name,
      idNumber: id === null ? null : options.fullIdNumbers ? id : maskIdNumber(id),
      branchName: r.branchName,
      total: r.total,
      rank: r.rank,
      stars: r.stars,
    };
  });
}

/** One row per branch that held its 民主评议, as the 民主评议党员情况汇总表 lists them. */
function appraisal(ledger: Ledger, year: number): PackageData['appraisal'] {
  return appraisalOverview(ledger, year).branches.flatMap(({ batch }) => {
    if (!batch) return [];
    const c = batch.counts;
    return [
      {
        orgName: batch.orgName,
        members: c.total,
        appraised: c.appraised,
        absent: c.absent,
        probationary: c.probationary,
        excellent: c['优秀'],
        qualified: c['合格'],
        basic: c['基本合格'],
        unqualified: c['不合格'],
      },
    ];
  });
}

/**
 * The period's lines of the 党费收缴情况统计表 ('全年' of the yearly form, or the quarter's line of the
 * quarterly one) and its 支部合计's heads, each person counted once at the community level.
 */
function dues(ledger: Ledger, period: PackagePeriod, today: string): Pick<PackageData, 'dues' | 'duesHeads'> {
  const stats = duesStatsData(ledger, period.year, period.quarter === null ? '年' : '季', today);
  const label = periodLabel(period.quarter === null ? String(period.year) : `${period.year}-Q${period.quarter}`);
  const lines = stats.lines
    .filter((l) => l.period === label)
    .map((l) => ({
      orgName: l.orgName,
      community: l.community,
      owingMembers: l.owingMembers,
      dueFen: l.dueFen,
      paidFen: l.paidFen,
      arrearsMembers: l.arrearsMembers,
      arrearsFen: l.arrearsFen,
      handedFen: l.handedFen,
    }));
  return { dues: lines, duesHeads: stats.heads?.[label] };
}

export function packageData(ledger: Ledger, period: PackagePeriod, today: string, options: PackageOptions): PackageData {
  const asOf = packageAsOf(period, today);
  const yearly = period.quarter === null;
  return ledger.tx(() => ({
    period,
    asOf,
    members: members(ledger, asOf),
    meetings: meetings(ledger, period.year, scopeOf(period), today),
    dual: dual(ledger, period),
    points: yearly ? points(ledger, period.year, options) : null,
    appraisal: yearly ? appraisal(ledger, period.year) : null,
    ...dues(ledger, period, today),
    census: yearly ? censusReport(ledger, period.year, today) : null,
    coverage: ledgerCoverage(ledger),
    registers: registersData(ledger, { year: period.year, from: periodBounds(period).from, asOf, fullIdNumbers: options.fullIdNumbers }),
    development: developmentSection(ledger, period, asOf),
    duesMonths: duesMonthsSection(ledger, period, asOf, today),
    meetingMonths: meetingMonthsSection(ledger, period, asOf, today),
  }));
}
