// 三会一课 and other organisational life (shared/DOMAIN.md). Frequencies are local
// defaults; 系统设置 may change them (stored as overrides, see db/meetingRules.ts).

export const MEETING_TYPES = ['支部党员大会', '支部委员会', '党小组会', '党课', '主题党日', '组织生活会', '民主评议党员'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<PeriodKind, string> = { month: '每月', quarter: '每季度', year: '每年' };

/** Who is expected: the whole branch, its committee, or the 党小组's members. */
export type Audience = 'branch' | 'committee' | 'group';

export interface MeetingRule {
  type: MeetingType;
  period: PeriodKind;
  minCount: number;
  audience: Audience;
  /** Where the rule comes from, shown beside it. */
  basis: string;
}

export const DEFAULT_MEETING_RULES: MeetingRule[] = [
  { type: '支部党员大会', period: 'quarter', minCount: 1, audience: 'branch', basis: '《中国共产党支部工作条例（试行）》第十一条' },
  { type: '支部委员会', period: 'month', minCount: 1, audience: 'committee', basis: '《中国共产党支部工作条例（试行）》第十二条' },
  { type: '党小组会', period: 'month', minCount: 1, audience: 'group', basis: '《中国共产党支部工作条例（试行）》第十三条' },
  { type: '党课', period: 'quarter', minCount: 1, audience: 'branch', basis: '本地默认，可修改' },
  { type: '主题党日', period: 'month', minCount: 1, audience: 'branch', basis: '本地默认，可修改' },
  { type: '组织生活会', period: 'year', minCount: 1, audience: 'branch', basis: '《中国共产党支部工作条例（试行）》第十七条' },
  { type: '民主评议党员', period: 'year', minCount: 1, audience: 'branch', basis: '每年一次' },
];

/**
 * 《中国共产党支部工作条例（试行）》第九条: a branch with 7 or more 正式党员 sets up a 支部委员会;
 * a smaller one has a 书记 (and perhaps a 副书记) and no 支委会 to hold.
 */
export const COMMITTEE_MIN_FULL_MEMBERS = 7;

/**
 * 不计应到: the secretary leaves the person out of this one meeting's 应到, with a reason
 * (重病, 长期外出务工, 出国半年以上, …). They count in neither 应到 nor 实到, have no vote
 * in its quorum, and lose no points for it. For an election, 《中国共产党基层组织选举工作条例》
 * allows that only with the 上级党组织's consent (`approvedByHigher`).
 */
export const ATTENDANCE_STATUSES = ['出席', '请假', '缺席', '不计应到'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const EXCLUDED = '不计应到' satisfies AttendanceStatus;
