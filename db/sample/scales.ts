// The sizes the generator fills (db/sample/generate.ts): 示例数据, a community, a street, and a
// street that keeps all its 43,000 members in one ledger (npm run seed -- --scale …, bench/).

export interface SeedShape {
  branches: number;
  groupsPerBranch: number;
  membersPerBranch: number;
  years: number[];
  /**
   * 'full': every branch keeps the 三会一课 of DOMAIN.md month by month (主题党日, with the
   * quarter's 支部党员大会 and 党课, 支委会, each 党小组's 党小组会, the year's 组织生活会 and
   * 民主评议), missing about one in thirty and making up half of those. 'branch': `meetingsPerYear`
   * branch meetings and nothing else, which keeps the street file at issue 8's million
   * attendance rows (full would be 2.4 million) at the price of poor compliance.
   */
  meetingPlan: 'full' | 'branch';
  meetingsPerYear: number;
  units: number;
  onjob: number;
  activities: number;
  /**
   * 示例数据 only: the cases a secretary should meet on a first look — the community's name in
   * 系统设置, a 预备党员 due for 转正 within the month, a member under 停止党籍 and one who
   * moved branch this year (both dated, through the app's own write path), and a last branch
   * of `smallBranch` members, too few 正式党员 to owe a 支委会.
   */
  story?: { smallBranch: number };
}

export type ScaleName = 'sample' | 'community' | 'street' | 'street43k';

/** Every scale `npm run seed -- --scale` knows, in the order its usage line names them. */
export const SCALE_NAMES: readonly ScaleName[] = ['sample', 'community', 'street', 'street43k'];

/** The shapes of issue 8, with their years ending in `today`'s year. */
export function scaleFor(name: ScaleName, today: string): SeedShape {
  const year = Number(today.slice(0, 4));
  const fiveYears = [year - 4, year - 3, year - 2, year - 1, year];
  if (name === 'sample')
    return {
      branches: 3,
      groupsPerBranch: 2,
      membersPerBranch: 20,
      years: [year],
      meetingPlan: 'full',
      meetingsPerYear: 10,
      units: 4,
      onjob: 12,
      activities: 20,
      story: { smallBranch: 6 },
    };
  if (name === 'community')
    return {
      branches: 12,
      groupsPerBranch: 3,
      membersPerBranch: 70,
      years: fiveYears,
      meetingPlan: 'full',
      meetingsPerYear: 10,
      units: 30,
      onjob: 300,
      activities: 1500,
    };
  // A street that keeps all its members in one ledger (the source reports describe a 43,000-member
  // street database): 430 branches of 100. Two years of meetings, this one and the last (what the
  // pages show and compare), so the file stays near the street file's two million rows of
  // attendance and points, not four and a half.
  if (name === 'street43k') {
    return {
      branches: 430,
      groupsPerBranch: 3,
      membersPerBranch: 100,
      years: [year - 1, year],
      meetingPlan: 'branch',
      meetingsPerYear: 11,
      units: 600,
      onjob: 6000,
      activities: 20000,
    };
  }
  // Eleven a year: members who joined during the five years attend only from then, and the
  // file stays at about the million attendance rows issue 8 asks for.
  return {
    branches: 200,
    groupsPerBranch: 3,
    membersPerBranch: 100,
    years: fiveYears,
    meetingPlan: 'branch',
    meetingsPerYear: 11,
    units: 300,
    onjob: 3000,
    activities: 20000,
  };
}
