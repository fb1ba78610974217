export interface ProbationReminder {
  memberId: number;
  name: string;
  branchName: string;
  joinedOn: string;
  dueOn: string;
  /** Negative when the 预备期 has already ended without a 转正 being recorded. */
  daysLeft: number;
  extended: boolean;
}

export interface PoliticalBirthday {
  memberId: number;
  name: string;
  branchName: string;
  joinedOn: string;
  /** Years since 入党日期 on this year's birthday. */
  years: number;
}

export interface TermReminder {
  orgId: number;
  name: string;
  kind: string;
  termEndsOn: string;
  daysLeft: number;
  /** Due within a month (or overdue): shown in red. */
  urgent: boolean;
}

export interface MeetingReminder {
  orgId: number;
  orgName: string;
  type: string;
  period: string;
  label: string;
}

export interface DuesReminder {
  memberId: number;
  name: string;
  branchName: string;
  /** Owed months not fully paid, up to the last month that is over. */
  unpaid: number;
  /** The longest run of months with nothing paid. */
  longestRun: number;
}

export interface HomeReminders {
  today: string;
  probation: ProbationReminder[];
  /** The first `limits.birthdays` of the month, by day; `birthdaysTotal` counts them all. */
  birthdays: PoliticalBirthday[];
  birthdaysTotal: number;
  terms: TermReminder[];
  counts: { members: number; probationary: number; branches: number; groups: number };
  /**
   * 三会一课 this year: periods that ended without the required meetings (latest first), and
   * ones open now; the first few of each, with totals (a street has thousands).
   */
  meetings: { overdue: MeetingReminder[]; overdueTotal: number; due: MeetingReminder[]; dueTotal: number };
}

/**
 * home.duesReminders — 党费 up to last month (this month is still being collected): members 3+
 * months behind (the first few, most behind first) and how many have 6+ consecutive months with
 * nothing paid (the 自行脱党 warning list on the 党费 page; never an automatic change). A call
 * of its own: the street's arrears take a few hundred ms, 首页 paints without them.
 */
export interface HomeDuesReminders {
  asOf: string;
  behind: DuesReminder[];
  behindTotal: number;
  lapseTotal: number;
}

export interface CountByLabel {
  label: string;
  count: number;
}

export interface HomeFigures {
  today: string;
  members: number;
  byClass: CountByLabel[];
  byAge: CountByLabel[];
  byPartyYears: CountByLabel[];
  /** This quarter's 三会一课 per branch: meetings required so far and held, over every type. */
  quarter: { period: string; branches: { orgId: number; orgName: string; required: number; held: number }[] };
  dual: { year: number; units: number; members: number; activities: number; participations: number; hours: number; demandsCompleted: number };
}

/** A step of 首页's 开始使用 list; `page` is where it is done. */
export interface StartStep {
  key: 'names' | 'start' | 'roster' | 'development' | 'dues' | 'password' | 'usb';
  title: string;
  page: 'settings' | 'members' | 'development' | 'dues';
  done: boolean;
}

export interface StartChecklist {
  /** A community ledger that has not done every step and has not put the list away. */
  show: boolean;
  steps: StartStep[];
}
