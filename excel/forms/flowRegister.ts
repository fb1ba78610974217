// 流动党员登记表 (shared/DOMAIN.md forms table): the 流出 members out on a day, with the columns
// the street asks for, and the 流入 people taking part here on that day below them.
import { maskPhone } from '../../api/rules/idNumber';
import type { FlowInRow, FlowOutRow } from '../../api/schemas/care';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { footerOf } from './duesCommon';

export interface FlowRegisterData {
  asOf: string;
  unitName: string;
  outs: FlowOutRow[];
  ins: FlowInRow[];
  maskPhones: boolean;
}

interface Line {
  kind: '流出' | '流入';
  name: string;
  gender: string;
  birthMonth: string;
  branchName: string;
  date: string;
  where: string;
  phone: string | null;
  cardNo: string;
  joinsLife: string;
  lastContact: string;
}

const dateLabel = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

export function flowRegisterForm(data: FlowRegisterData, settings: Settings, reportDate: string): FormSpec<Line> {
  const phoneOf = (p: string | null) => (p && data.maskPhones ? maskPhone(p) : p);
  const lines: Line[] = [
    ...data.outs.map((r): Line => ({
      kind: '流出',
      name: r.name,
      gender: r.gender,
      birthMonth: r.birthDate.slice(0, 7),
      branchName: r.branchName,
      date: r.leftOn,
      where: [r.place, r.unit].filter(Boolean).join('，'),
      phone: phoneOf(r.contact),
      cardNo: r.cardNo ?? '',
      joinsLife: r.joinsLifeThere ? '是' : '否',
      lastContact: r.lastContactOn ?? '未联系',
    })),
    ...data.ins.map((r): Line => ({
      kind: '流入',
      name: r.name,
      gender: r.gender,
      birthMonth: '',
      branchName: r.orgName,
      date: r.arrivedOn,
      where: `来自${r.fromPlace}；组织关系在${r.homeOrg}`,
      phone: phoneOf(r.phone),
      cardNo: '',
      joinsLife: '是',
      lastContact: '',
    })),
  ];
  return {
    sheetName: '流动党员登记表',
    title: `流动党员登记表（截至${dateLabel(data.asOf)}）`,
    unitName: data.unitName,
    reportDate,
    footer: footerOf(settings),
    notes: [`流出党员${data.outs.length}名，流入党员${data.ins.length}名。流入党员的“所在支部”为参加组织生活的本社区支部，“外出日期”为流入日期。`],
    rows: lines,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_r, i) => i + 1 },
      { header: '类别', width: 6, kind: 'text', value: (r) => r.kind },
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '性别', width: 6, kind: 'text', value: (r) => r.gender },
      { header: '出生年月', width: 10, kind: 'text', value: (r) => r.birthMonth },
      { header: '所在支部', width: 18, kind: 'text', value: (r) => r.branchName },
      { header: '外出日期', width: 12, kind: 'date', value: (r) => r.date },
      { header: '流向地点及单位', width: 28, kind: 'text', value: (r) => r.where },
      { header: '联系电话', width: 14, kind: 'phone', value: (r) => r.phone },
      { header: '活动证编号', width: 14, kind: 'id', value: (r) => r.cardNo },
      { header: '是否参加流入地组织生活', width: 12, kind: 'text', value: (r) => r.joinsLife },
      { header: '最近联系日期', width: 12, kind: 'text', value: (r) => r.lastContact },
    ],
  };
}
