// 党员花名册 (shared/DOMAIN.md): the community's or one branch's roster on a chosen day.
import { maskIdNumber, maskPhone } from '../../api/rules/idNumber';
import type { MemberRow } from '../../api/schemas/members';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';

export interface RosterFormOptions {
  asOf: string;
  reportDate: string;
  branchName: string | null;
  maskIdNumbers: boolean;
  maskPhones: boolean;
}

const address = (m: MemberRow) => [m.residenceCommunity, m.building, m.room].filter(Boolean).join(' ') || null;
const partyStatus = (m: MemberRow) => (m.partyStatus === '正常' ? '正常' : `${m.partyStatus}${m.partyStatusOn ? `（${m.partyStatusOn}）` : ''}`);

export function rosterForm(rows: MemberRow[], settings: Settings, options: RosterFormOptions): FormSpec<MemberRow> {
  const community = settings.communityName ?? '（请在系统设置中填写社区名称）';
  const scope = options.branchName ?? community;
  return {
    sheetName: '党员花名册',
    title: `${scope}党员花名册`,
    unitName: community,
    reportDate: options.reportDate,
    footer: { preparer: settings.preparer, reviewer: settings.reviewer, phone: settings.phone },
    notes: [`统计截止日期：${options.asOf}；共 ${rows.length} 名党员。`],
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '姓名', width: 9, kind: 'text', value: (m) => m.name },
      { header: '性别', width: 5, kind: 'text', value: (m) => m.gender },
      { header: '民族', width: 7, kind: 'text', value: (m) => m.ethnicity },
      { header: '出生日期', width: 11.5, kind: 'date', value: (m) => m.birthDate },
      { header: '公民身份号码', width: 20, kind: 'id', value: (m) => (options.maskIdNumbers ? maskIdNumber(m.idNumber) : m.idNumber) },
      { header: '学历', width: 9, kind: 'text', value: (m) => m.education },
      { header: '入党日期', width: 11.5, kind: 'date', value: (m) => m.joinedOn },
      { header: '转正日期', width: 11.5, kind: 'date', value: (m) => m.fullMemberOn },
      { header: '人员类别', width: 9, kind: 'text', value: (m) => m.category },
      { header: '党籍状态', width: 9, kind: 'text', value: partyStatus },
      { header: '社区分类', width: 8, kind: 'text', value: (m) => m.communityClass },
      { header: '所在党支部', width: 16, kind: 'text', value: (m) => m.branchName },
      { header: '党小组', width: 12, kind: 'text', value: (m) => m.groupName },
      { header: '党内职务', width: 10, kind: 'text', value: (m) => m.partyPost },
      { header: '工作单位及职务', width: 18, kind: 'text', value: (m) => m.workUnit },
      { header: '现居住地址', width: 18, kind: 'text', value: address },
      { header: '联系电话', width: 13, kind: 'phone', value: (m) => (m.phone && options.maskPhones ? maskPhone(m.phone) : m.phone) },
      { header: '备注', width: 12, kind: 'text', value: (m) => m.note },
    ],
  };
}
