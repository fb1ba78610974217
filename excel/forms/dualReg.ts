// 双报到 forms: 登记表, 活动台账, and the 反馈表 each unit receives at year end.
import type { ActivityRow, OnjobRow, OnjobYearRow } from '../../api/schemas/dualReg';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';

const unitOf = (s: Settings) => s.communityName ?? '（请在系统设置中填写社区名称）';
const footer = (s: Settings) => ({ preparer: s.preparer, reviewer: s.reviewer, phone: s.phone });

export function registrationForm(rows: OnjobRow[], settings: Settings, reportDate: string, year: number): FormSpec<OnjobRow> {
  return {
    sheetName: '报到登记表',
    title: `${year}年在职党员到社区报到登记表`,
    unitName: unitOf(settings),
    reportDate,
    footer: footer(settings),
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '姓名', width: 9, kind: 'text', value: (r) => r.name },
      { header: '性别', width: 5, kind: 'text', value: (r) => r.gender },
      { header: '出生年月', width: 10, kind: 'text', value: (r) => r.birthDate.slice(0, 7).replace('-', '.') },
      { header: '公民身份号码', width: 20, kind: 'id', value: (r) => r.idNumber },
      { header: '工作单位及职务', width: 20, kind: 'text', value: (r) => r.workUnit },
      { header: '单位党组织', width: 18, kind: 'text', value: (r) => r.unitPartyOrg ?? r.unitName },
      { header: '居住小区/楼栋', width: 16, kind: 'text', value: (r) => r.residence },
      { header: '联系电话', width: 13, kind: 'phone', value: (r) => r.phone },
      { header: '专业特长', width: 12, kind: 'text', value: (r) => r.skills },
      { header: '认领岗位', width: 14, kind: 'text', value: (r) => r.posts.join('、') },
      { header: '报到日期', width: 11.5, kind: 'date', value: (r) => r.registeredOn },
    ],
  };
}

export function activityLedgerForm(rows: ActivityRow[], settings: Settings, reportDate: string, year: number): FormSpec<ActivityRow> {
  return {
    sheetName: '活动台账',
    title: `${year}年双报到活动台账`,
    unitName: unitOf(settings),
    reportDate,
    footer: footer(settings),
    rows: [...rows].sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '日期', width: 11.5, kind: 'date', value: (r) => r.heldOn },
      { header: '主题', width: 22, kind: 'text', value: (r) => r.theme },
      { header: '类别', width: 10, kind: 'text', value: (r) => r.category },
      { header: '地点', width: 16, kind: 'text', value: (r) => r.place },
      { header: '参加单位', width: 20, kind: 'text', value: (r) => r.unitNames.join('、') },
      { header: '参加人数', width: 9, kind: 'number', value: (r) => r.people },
      { header: '服务时长（小时）', width: 10, kind: 'number', value: (r) => r.hours },
      { header: '群众评价', width: 14, kind: 'text', value: (r) => r.publicRating },
    ],
  };
}

export function feedbackForm(
  unitName: string,
  rows: OnjobYearRow[],
  settings: Settings,
  reportDate: string,
  year: number,
  sheetName: string,
): FormSpec<OnjobYearRow> {
  return {
    sheetName,
    title: `${year}年度在职党员到社区报到服务表现反馈表`,
    unitName: unitOf(settings),
    reportDate,
    footer: footer(settings),
    notes: [`致：${unitName}党组织。以上为贵单位在职党员${year}年度在本社区报到服务情况，供年度考核、民主评议参考。（社区党组织盖章）`],
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '报到日期', width: 11.5, kind: 'date', value: (r) => r.registeredOn },
      { header: '参加活动次数', width: 10, kind: 'number', value: (r) => r.activities },
      { header: '服务时长（小时）', width: 10, kind: 'number', value: (r) => r.hours },
      { header: '主要服务内容', width: 30, kind: 'text', value: (r) => r.services },
      { header: '社区评价等次', width: 10, kind: 'text', value: (r) => r.grade },
      {
        header: '社区党组织意见',
        width: 24,
        kind: 'text',
        value: (r) => (r.grade === '不合格' ? '参加社区服务未达到要求' : r.grade === '优秀' ? '积极参加社区服务，表现突出' : '能够参加社区服务'),
      },
    ],
  };
}
