// 积分排名: every member the communities ranked, across the street (ties share a rank), the
// people a community left out of its ranking (一票否决, 不参加) listed after them.
import type { Settings } from '../../api/schemas/settings';
import type { StreetRankRow } from '../../api/schemas/street';
import type { FormSpec } from '../form/spec';

export function rankingStreetForm(frame: { title: string; settings: Settings; reportDate: string }, rows: StreetRankRow[]): FormSpec<StreetRankRow> {
  return {
    sheetName: '积分排名',
    title: frame.title,
    unitName: frame.settings.streetName ?? '（请在系统设置中填写街道名称）',
    reportDate: frame.reportDate,
    footer: { preparer: frame.settings.preparer, reviewer: frame.settings.reviewer, phone: frame.settings.phone },
    notes: ['身份证号按各社区上报包所载（未勾选“包含完整身份证号”时只显示前6位和后4位）。街道排名为空的党员未参与所在社区的排名。'],
    rows,
    columns: [
      { header: '街道排名', width: 8, kind: 'index', value: (r) => r.rank },
      { header: '社区', width: 16, kind: 'text', value: (r) => r.community },
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '身份证号', width: 20, kind: 'id', value: (r) => r.idNumber },
      { header: '所在支部', width: 18, kind: 'text', value: (r) => r.branchName },
      { header: '年度积分', width: 9, kind: 'number', value: (r) => r.total },
      { header: '社区排名', width: 8, kind: 'index', value: (r) => r.communityRank },
      { header: '星级', width: 6, kind: 'text', value: (r) => (r.stars ? `${'一二三四五'[r.stars - 1]}星` : '') },
    ],
  };
}
