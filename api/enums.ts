// Closed vocabularies of the domain (shared/DOMAIN.md). Stored as the Chinese words
// themselves: the SQLite file stays readable by anyone who opens it with another tool.

export const ORG_KINDS = ['党委', '党总支', '党支部', '联合党支部', '党小组'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const BRANCH_TYPES = ['网格党支部', '小区党支部', '离退休党支部', '功能型党支部', '其他'] as const;

/** Which kinds may stand directly under which (null = top of the tree). */
export const ALLOWED_PARENT_KINDS: Record<OrgKind, ReadonlyArray<OrgKind | null>> = {
  党委: [null, '党委'],
  党总支: [null, '党委'],
  党支部: ['党委', '党总支'],
  联合党支部: ['党委', '党总支'],
  党小组: ['党支部', '联合党支部'],
};

/**
 * 任期 of a community's party organisations when none is entered. 党章 art. 30 allows three to
 * five years for 基层委员会/总支部委员会/支部委员会; 村（社区）党组织 have been elected for five
 * years since 2018 (shared/DOMAIN.md). A 党小组 has no 换届.
 */
export const DEFAULT_TERM_YEARS: Record<OrgKind, number | null> = { 党委: 5, 党总支: 5, 党支部: 5, 联合党支部: 5, 党小组: null };

export const isBranchKind = (kind: string): boolean => kind === '党支部' || kind === '联合党支部';

export const COMMITTEE_ROLES = ['书记', '副书记', '组织委员', '宣传委员', '纪检委员', '青年委员', '统战委员', '委员'] as const;

export const GENDERS = ['男', '女'] as const;
export const MEMBER_CATEGORIES = ['正式党员', '预备党员'] as const;
export const PARTY_STATUSES = ['正常', '保留党籍', '停止党籍', '出党', '死亡'] as const;
export const COMMUNITY_CLASSES = ['直管', '离退休', '流动', '其他'] as const;
export const EDUCATIONS = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学及以下'] as const;
export const COMMON_ETHNICITIES = ['汉族', '回族', '满族', '蒙古族', '壮族', '藏族', '维吾尔族', '苗族', '彝族', '土家族', '朝鲜族'] as const;

/** Why a member left the roster; they then appear under 历史党员. */
export const LEAVE_REASONS = ['转出', '出党', '死亡', '取消预备党员资格'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/** Dated changes a user can make to a member; each is kept as history. */
export const STATUS_CHANGES = ['转出', '转入', '出党', '死亡', '停止党籍', '保留党籍', '恢复', '转正', '延长预备期', '取消预备党员资格'] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];

/**
 * Event kinds in a member's history: the user's changes plus ones the ledger writes itself
 * (a branch change made in the form; a corrected date, with the old and new dates).
 */
export type MemberEventKind = StatusChange | '支部调整' | '更正' | '入党';

/**
 * Facts of a member that change on a date: the ledger keeps every value with the dates it
 * held (member_facts), and answers any question about a day from them.
 */
export const MEMBER_FACTS = ['branch', 'group', 'category', 'party_status', 'community_class'] as const;
export type MemberFact = (typeof MEMBER_FACTS)[number];
export const MEMBER_FACT_LABELS: Record<MemberFact, string> = {
  branch: '所在党支部',
  group: '所在党小组',
  category: '人员类别',
  party_status: '党籍状态',
  community_class: '社区分类',
};

export const SORTABLE_MEMBER_FIELDS = ['id', 'name', 'birthDate', 'joinedOn', 'fullMemberOn', 'branch'] as const;
