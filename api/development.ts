// 发展党员 vocabulary (shared/DOMAIN.md "发展党员"; 《中国共产党发展党员工作细则》2014). The step
// catalogue is data (dev_steps, seeded by migration 0017, names editable); the codes below are
// fixed because the time rules (api/rules/development.ts) are keyed by them.

/** The 细则's five stages (第二章 … 第六章). */
export const DEV_STAGE_NAMES = ['入党申请人', '入党积极分子', '发展对象', '接收预备党员', '预备党员教育考察和转正'] as const;

/** Where a person stands in the register, derived from their live records (never stored). */
export const PERSON_STAGES = ['入党申请人', '入党积极分子', '发展对象', '预备党员', '已转正'] as const;
export type PersonStage = (typeof PERSON_STAGES)[number];
/** The stages with a 花名册 (people still on their way in; 预备党员 and after are on the roster). */
export const ROSTER_STAGES = ['入党申请人', '入党积极分子', '发展对象'] as const satisfies readonly PersonStage[];

/**
 * What a step's record carries besides its date:
 * date — one day; repeat — one day, recorded again and again (考察); range — from/to (公示);
 * training — from/to and 学时; people — roster members in a role; vote — the 支部大会 tally;
 * docNo — the 入党志愿书 number; approve — the 审批 (may need a reason when late).
 */
export const DEV_STEP_KINDS = ['date', 'repeat', 'range', 'training', 'people', 'vote', 'docNo', 'approve'] as const;
export type DevStepKind = (typeof DEV_STEP_KINDS)[number];

export const DEV_ROLES = ['培养联系人', '入党介绍人', '谈话人'] as const;
export type DevRole = (typeof DEV_ROLES)[number];

export const DEV_LEAVE_REASONS = ['本人撤回申请', '取消入党积极分子资格', '取消发展对象资格', '未被接收', '转往他处', '其他'] as const;

export interface DevStepDefault {
  code: string;
  stage: 1 | 2 | 3 | 4 | 5;
  seq: number;
  name: string;
  kind: DevStepKind;
  /** The role of the people this step records, if any. */
  role: DevRole | null;
}

/** The 25 steps shipped (seeded by migration 0017; keep in step with it). */
export const DEV_STEP_DEFAULTS: readonly DevStepDefault[] = [
  { code: 'apply', stage: 1, seq: 1, name: '递交入党申请书', kind: 'date', role: null },
  { code: 'talk', stage: 1, seq: 2, name: '党组织派人谈话', kind: 'people', role: '谈话人' },
  { code: 'activist', stage: 2, seq: 3, name: '推荐和确定入党积极分子', kind: 'date', role: null },
  { code: 'activistFiling', stage: 2, seq: 4, name: '上级党委备案', kind: 'date', role: null },
  { code: 'mentors', stage: 2, seq: 5, name: '指定培养联系人', kind: 'people', role: '培养联系人' },
  { code: 'inspect', stage: 2, seq: 6, name: '培养教育考察', kind: 'repeat', role: null },
  { code: 'candidate', stage: 3, seq: 7, name: '确定发展对象', kind: 'date', role: null },
  { code: 'candidateFiling', stage: 3, seq: 8, name: '报上级党委备案', kind: 'date', role: null },
  { code: 'sponsors', stage: 3, seq: 9, name: '确定入党介绍人', kind: 'people', role: '入党介绍人' },
  { code: 'politicalReview', stage: 3, seq: 10, name: '进行政治审查', kind: 'date', role: null },
  { code: 'training', stage: 3, seq: 11, name: '开展集中培训', kind: 'training', role: null },
  { code: 'publicity', stage: 4, seq: 12, name: '支部委员会审查并公示', kind: 'range', role: null },
  { code: 'preReview', stage: 4, seq: 13, name: '上级党委预审', kind: 'date', role: null },
  { code: 'volunteerForm', stage: 4, seq: 14, name: '填写入党志愿书', kind: 'docNo', role: null },
  { code: 'branchMeeting', stage: 4, seq: 15, name: '支部大会讨论', kind: 'vote', role: null },
  { code: 'higherTalk', stage: 4, seq: 16, name: '上级党委派人谈话', kind: 'people', role: '谈话人' },
  { code: 'approve', stage: 4, seq: 17, name: '上级党委审批', kind: 'approve', role: null },
  { code: 'approveFiling', stage: 4, seq: 18, name: '再上级党委组织部门备案', kind: 'date', role: null },
  { code: 'assign', stage: 5, seq: 19, name: '编入党支部和党小组', kind: 'date', role: null },
  { code: 'oath', stage: 5, seq: 20, name: '入党宣誓', kind: 'date', role: null },
  { code: 'probationInspect', stage: 5, seq: 21, name: '继续教育考察', kind: 'repeat', role: null },
  { code: 'regularApply', stage: 5, seq: 22, name: '提出转正申请', kind: 'date', role: null },
  { code: 'regularMeeting', stage: 5, seq: 23, name: '支部大会讨论转正', kind: 'vote', role: null },
  { code: 'regularApprove', stage: 5, seq: 24, name: '上级党委审批转正', kind: 'approve', role: null },
  { code: 'archive', stage: 5, seq: 25, name: '材料归档', kind: 'date', role: null },
] as const;

export const DEV_STEP_CODES = DEV_STEP_DEFAULTS.map((s) => s.code) as [string, ...string[]];
export type DevStepCode = (typeof DEV_STEP_DEFAULTS)[number]['code'];

/** 公示 lasts at least this many working days unless the 系统设置 says otherwise (本地默认值). */
export const DEFAULT_PUBLICITY_DAYS = 5;
