// The 合计 of each measure, one function per measure that both the community's own form and the
// street call: a community's row at the street is its form's 合计 row, cell by cell, because
// the same function made both. Rates come from sums (完成率 = Σ已按要求开 ÷ Σ应开, 平均出勤率 =
// Σ各次出勤率 ÷ Σ次数), never an average of averages: a branch of 3 meetings would weigh as much
// as one of 30.
import type { AppraisalFigures, DualFigures, DuesFigures, MeetingFigures, MembersFigures, PointsFigures } from '../schemas/street';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
/** Sums of floats rounded back to what the parts carried (hours to 0.1, rate sums to 1e-9). */
const roundTo = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** '87.5%', or '—' when there is nothing to divide by. The one format of a rate in these forms. */
export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

export interface MeetingParts {
  required: number;
  held: number;
  satisfied: number;
  rateSum: number;
  rateCount: number;
}

export function meetingFigures(rows: readonly MeetingParts[]): MeetingFigures {
  const required = sum(rows.map((r) => r.required));
  const satisfied = sum(rows.map((r) => r.satisfied));
  const rateSum = roundTo(sum(rows.map((r) => r.rateSum)), 9);
  const rateCount = sum(rows.map((r) => r.rateCount));
  return {
    required,
    held: sum(rows.map((r) => r.held)),
    satisfied,
    rateSum,
    rateCount,
    completion: required ? satisfied / required : null,
    attendance: rateCount ? rateSum / rateCount : null,
  };
}

export function sumMembers(rows: readonly MembersFigures[]): MembersFigures {
  return {
    total: sum(rows.map((r) => r.total)),
    full: sum(rows.map((r) => r.full)),
    probationary: sum(rows.map((r) => r.probationary)),
    female: sum(rows.map((r) => r.female)),
    minority: sum(rows.map((r) => r.minority)),
    suspended: sum(rows.map((r) => r.suspended)),
    branches: sum(rows.map((r) => r.branches)),
  };
}

export function sumDual(rows: readonly DualFigures[]): DualFigures {
  return {
    registered: sum(rows.map((r) => r.registered)),
    units: sum(rows.map((r) => r.units)),
    activities: sum(rows.map((r) => r.activities)),
    participations: sum(rows.map((r) => r.participations)),
    hours: roundTo(sum(rows.map((r) => r.hours)), 1),
  };
}

/** A branch's or a community's counts: the figures less what is worked out from them. */
export type AppraisalParts = Omit<AppraisalFigures, 'graded' | 'overThird'>;

/** The 1/3 check is db/appraisal.ts's (excellentShareWarning): 优秀 × 3 ≤ graded 正式党员. */
export function appraisalFigures(rows: readonly AppraisalParts[]): AppraisalFigures {
  const part = (k: keyof AppraisalParts) => sum(rows.map((r) => r[k]));
  const excellent = part('excellent');
  const graded = excellent + part('qualified') + part('basic') + part('unqualified');
  return {
    members: part('members'),
    appraised: part('appraised'),
    absent: part('absent'),
    probationary: part('probationary'),
    excellent,
    qualified: part('qualified'),
    basic: part('basic'),
    unqualified: part('unqualified'),
    graded,
    overThird: graded > 0 && excellent * 3 > graded,
  };
}

export interface DuesParts {
  community: boolean;
  owingMembers: number;
  dueFen: number;
  paidFen: number;
  arrearsMembers: number;
  arrearsFen: number;
  handedFen: number;
}

export interface DuesHeadParts {
  owingMembers: number;
  arrearsMembers: number;
}

/**
 * The 支部合计 of a 党费收缴情况统计表 (branch lines only: the 社区党委's own line collects from
 * them and would count the money twice), plus what the 社区党委 handed to the street. `heads`:
 * the 合计's own head counts (each person once at the community level); a package of an older
 * version has none, and the branch lines' heads are summed instead (headsSummed says so: a
 * member who moved between branches in the period is then counted in both).
 */
export function duesFigures(lines: readonly DuesParts[], heads?: DuesHeadParts): DuesFigures {
  const branches = lines.filter((l) => !l.community);
  return {
    owingMembers: heads?.owingMembers ?? sum(branches.map((l) => l.owingMembers)),
    dueFen: sum(branches.map((l) => l.dueFen)),
    paidFen: sum(branches.map((l) => l.paidFen)),
    arrearsMembers: heads?.arrearsMembers ?? sum(branches.map((l) => l.arrearsMembers)),
    arrearsFen: sum(branches.map((l) => l.arrearsFen)),
    handedFen: sum(branches.map((l) => l.handedFen)),
    toStreetFen: sum(lines.filter((l) => l.community).map((l) => l.handedFen)),
    headsSummed: heads === undefined,
  };
}

export function sumDues(rows: readonly DuesFigures[]): DuesFigures {
  const part = (k: Exclude<keyof DuesFigures, 'headsSummed'>) => sum(rows.map((r) => r[k]));
  return {
    owingMembers: part('owingMembers'),
    dueFen: part('dueFen'),
    paidFen: part('paidFen'),
    arrearsMembers: part('arrearsMembers'),
    arrearsFen: part('arrearsFen'),
    handedFen: part('handedFen'),
    toStreetFen: part('toStreetFen'),
    headsSummed: rows.some((r) => r.headsSummed),
  };
}

export interface PointsParts {
  total: number;
  rank: number | null;
  stars: number | null;
}

function pointsOf(people: number, ranked: number, pointsSum: number, highest: number | null, stars: number[]): PointsFigures {
  return {
    people,
    ranked,
    excluded: people - ranked,
    pointsSum: roundTo(pointsSum, 1),
    average: people ? Math.round((pointsSum / people) * 10) / 10 : null,
    highest,
    stars: [stars[0], stars[1], stars[2], stars[3], stars[4]],
  };
}

export function pointsFigures(rows: readonly PointsParts[]): PointsFigures {
  const stars = [1, 2, 3, 4, 5].map((s) => rows.filter((r) => r.stars === s).length);
  const highest = rows.length ? Math.max(...rows.map((r) => r.total)) : null;
  return pointsOf(rows.length, rows.filter((r) => r.rank !== null).length, sum(rows.map((r) => r.total)), highest, stars);
}

export function sumPoints(rows: readonly PointsFigures[]): PointsFigures {
  const highs = rows.flatMap((r) => (r.highest === null ? [] : [r.highest]));
  return pointsOf(
    sum(rows.map((r) => r.people)),
    sum(rows.map((r) => r.ranked)),
    sum(rows.map((r) => r.pointsSum)),
    highs.length ? Math.max(...highs) : null,
    [0, 1, 2, 3, 4].map((i) => sum(rows.map((r) => r.stars[i]))),
  );
}
