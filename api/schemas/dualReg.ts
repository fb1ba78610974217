import { z } from 'zod';
import { ID_NUMBER_NEEDED } from '../vocab/messages';
import {
  ACTIVITY_CATEGORIES,
  COMMUNITY_GRADES,
  DEMAND_KINDS,
  DEMAND_STEPS,
  SERVICE_POSTS,
  UNIT_CATEGORIES,
  type CommunityGrade,
  type DemandStep,
} from '../dualReg';
import { GENDERS } from '../enums';
import { normalizeIdNumber, checkIdNumber } from '../rules/idNumber';
import {
  optionalChoice,
  optionalDate,
  optionalLongText,
  optionalRecordId,
  optionalText,
  phone,
  recordId,
  requiredChoice,
  requiredDate,
  requiredText,
} from './fields';

export const unitInput = z.object({
  id: optionalRecordId('单位'),
  name: requiredText('单位名称', 100),
  partyOrgName: optionalText('党组织名称', 100),
  category: optionalChoice('类别', UNIT_CATEGORIES),
  contactName: optionalText('联系人', 30),
  contactPhone: phone('联系电话'),
  registeredOn: requiredDate('报到日期'),
  agreementSignedOn: optionalDate('共驻共建协议签订日期'),
  agreementContent: optionalLongText('协议内容', 2000),
  resources: optionalLongText('资源清单', 2000),
  projects: optionalLongText('认领项目', 2000),
  note: optionalLongText('备注', 1000),
});

export const onjobInput = z
  .object({
    id: optionalRecordId('在职党员'),
    name: requiredText('姓名', 30),
    gender: optionalChoice('性别', GENDERS),
    idNumber: z.string({ error: ID_NUMBER_NEEDED }).transform(normalizeIdNumber),
    phone: phone('联系电话'),
    workUnit: optionalText('工作单位及职务', 100),
    unitId: optionalRecordId('报到单位'),
    unitPartyOrg: optionalText('单位党组织', 100),
    residence: optionalText('居住小区/楼栋', 100),
    skills: optionalText('专业特长', 200),
    posts: z.array(z.enum(SERVICE_POSTS, { error: '请从列表中选择认领岗位' })).default([]),
    registeredOn: requiredDate('报到日期'),
  })
  .superRefine((v, ctx) => {
    const id = checkIdNumber(v.idNumber);
    if (!id.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: id.message });
  });
export type OnjobInput = z.output<typeof onjobInput>;

export const endInput = (label: string) => z.object({ id: recordId(label), on: requiredDate('日期'), reason: requiredText('原因', 200) });

export const demandInput = z.object({
  kind: requiredChoice('类型', DEMAND_KINDS),
  title: requiredText('标题', 100),
  content: optionalLongText('内容', 2000),
  requester: requiredText('点单居民', 30),
  requesterPhone: phone('联系电话'),
  doneOn: requiredDate('点单日期'),
  doneBy: requiredText('登记人', 30),
});

export const demandStepInput = z.object({
  demandId: recordId('需求'),
  step: requiredChoice('步骤', DEMAND_STEPS),
  doneOn: requiredDate('日期'),
  doneBy: requiredText('经办人（签名）', 30),
  note: optionalText('说明', 500),
  onjobId: optionalRecordId('接单党员'),
});

const participant = z.object({
  kind: z.enum(['onjob', 'member', 'unit']),
  refId: recordId('参加者'),
  hours: z.number({ error: '服务时长应为数字' }).min(0, '服务时长不能为负').max(24, '一次活动的服务时长不超过24小时'),
});

export const activityInput = z.object({
  id: optionalRecordId('活动'),
  heldOn: requiredDate('活动日期'),
  theme: requiredText('主题', 100),
  category: optionalChoice('类别', ACTIVITY_CATEGORIES),
  place: optionalText('地点', 100),
  organizer: optionalText('组织者', 50),
  content: optionalLongText('内容', 5000),
  publicRating: optionalText('群众评价', 200),
  demandId: optionalRecordId('完成的需求'),
  participants: z.array(participant).min(1, '请至少添加一名参加者'),
});
export type ActivityInput = z.output<typeof activityInput>;

export const evaluationInput = z.object({
  onjobId: recordId('在职党员'),
  year: z.number().int(),
  grade: requiredChoice('社区评价', COMMUNITY_GRADES),
  reason: requiredText('调整理由', 200),
});

export const thresholdsInput = z
  .object({
    basis: z.enum(['activities', 'hours']),
    pass: z.number().min(0, '合格标准不能为负'),
    excellent: z.number().min(0),
  })
  .refine((t) => t.excellent >= t.pass, { message: '优秀标准应不低于合格标准', path: ['excellent'] });

export interface UnitRow extends Omit<z.output<typeof unitInput>, 'id'> {
  id: number;
  cancelledOn: string | null;
  cancelReason: string | null;
  members: number;
}

export interface OnjobRow extends Omit<OnjobInput, 'id'> {
  id: number;
  birthDate: string;
  gender: '男' | '女';
  unitName: string | null;
  revokedOn: string | null;
  revokeReason: string | null;
  /** The roster member with the same 身份证号, if any. */
  memberId: number | null;
}

export interface DemandRow {
  id: number;
  kind: string;
  title: string;
  content: string | null;
  requester: string | null;
  steps: { step: DemandStep; doneOn: string; doneBy: string; note: string | null; onjobName: string | null }[];
  /** The next step to take, or null when 党群评单 is done. */
  next: DemandStep | null;
}

export interface ActivityRow extends Omit<ActivityInput, 'id' | 'participants'> {
  id: number;
  participants: { kind: 'onjob' | 'member' | 'unit'; refId: number; name: string; hours: number }[];
  people: number;
  hours: number;
  unitNames: string[];
}

export interface OnjobYearRow {
  onjobId: number;
  name: string;
  unitName: string | null;
  registeredOn: string;
  activities: number;
  hours: number;
  services: string;
  suggested: CommunityGrade;
  grade: CommunityGrade;
  reason: string | null;
}

/** The 在职党员 of a year, one page at a time: at street scale there are 3,000. */
export const onjobYearInput = z.object({
  year: z.number({ error: '请选择年度' }).int('请选择年度').min(1949, '年度不正确').max(2200, '年度不正确'),
  unitId: optionalRecordId('报到单位'),
  keyword: optionalText('姓名', 20),
  grade: optionalChoice('社区评价', COMMUNITY_GRADES),
  page: z.number().int().min(1, '页码应从1开始').default(1),
  pageSize: z.number().int().min(1).max(200, '每页最多200条').default(50),
});
export type OnjobYearQuery = z.output<typeof onjobYearInput>;

export interface OnjobYearPage {
  rows: OnjobYearRow[];
  /** People matching the whole filter, over all pages. */
  total: number;
  /** People per 社区评价 under the unit and name filter (the grade filter left out), for its tabs. */
  grades: Record<CommunityGrade, number>;
}

export interface YearFigures {
  year: number;
  units: { unitId: number; name: string; registered: number; activities: number; hours: number }[];
  totals: { units: number; members: number; activities: number; participations: number; hours: number; demandsCompleted: number };
}
