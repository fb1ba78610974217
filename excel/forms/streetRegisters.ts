// The street's register forms (issue 30): one row per community and the 合计 through streetForm (the
// same frame as every street form), then a sheet of the names behind the figures. A row whose
// package predates the registers prints 该包无此项 and blank figures, and is not in the 合计.
import { LOST_STAGES } from '../../api/schemas/care';
import { FLOW_DIRECTIONS } from '../../api/schemas/packageRegisters';
import type {
  CareFigures,
  FlowFigures,
  HonorFigures,
  HonorName,
  LostFigures,
  LostName,
  RegisterView,
  TermFigures,
  TermName,
  FlowName,
} from '../../api/schemas/streetRegisters';
import { NOT_IN_PACKAGE } from '../../api/streetRegisters';
import type { FormColumn, FormSpec } from '../form/spec';
import { streetForm, type Frame } from './streetForms';

type Absent = { absent?: boolean };
type Col<R> = FormColumn<R & Absent & { community: string; sumRow: boolean; asOf: string | null }>;

const num = <R>(header: string, get: (r: R) => number, width = 9): Col<R> => ({ header, width, kind: 'number', value: (r) => (r.absent ? null : get(r)) });
const money = <R>(header: string, get: (r: R) => number, width = 12): Col<R> => ({ header, width, kind: 'money', value: (r) => (r.absent ? null : get(r)) });
const note = <R>(): Col<R> => ({ header: '备注', width: 12, kind: 'text', value: (r) => (r.absent ? NOT_IN_PACKAGE : '') });

const absentNote = (v: RegisterView<unknown, unknown>) =>
  v.rows.some((r) => r.absent) ? [`${NOT_IN_PACKAGE}：该社区的上报包由较早版本生成，不含此项，未计入合计。`] : [];

/** The names sheet: 序号, 社区, then the register's own columns. */
function namesForm<N>(
  sheetName: string,
  frame: Frame,
  title: string,
  names: (N & { community: string })[],
  columns: FormColumn<N & { community: string }>[],
  notes: string[] = [],
): FormSpec<N & { community: string }> {
  return {
    sheetName,
    title,
    unitName: frame.settings.streetName ?? '（请在系统设置中填写街道名称）',
    reportDate: frame.reportDate,
    footer: { preparer: frame.settings.preparer, reviewer: frame.settings.reviewer, phone: frame.settings.phone },
    rows: names,
    notes,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_r, i) => i + 1 },
      { header: '社区', width: 16, kind: 'text', value: (r) => r.community },
      ...columns,
    ],
  };
}

export function honorStreetForms(f: Frame, v: RegisterView<HonorFigures, HonorName>): FormSpec<never>[] {
  const sum = streetForm<HonorFigures & Absent>(
    '光荣在党50年汇总',
    f,
    v,
    [num('名单人数', (r) => r.listed), num('已颁发纪念章', (r) => r.presented, 12), num('待核对', (r) => r.toCheck), note()],
    ['名单：截至当年7月1日党龄满50年、当日在册且党籍正常的正式党员；待核对：入党满50年但未录入转正日期，党龄无法计算，请社区核实。', ...absentNote(v)],
  );
  const names = namesForm<HonorName>(
    '名单',
    f,
    `${f.title}——名单`,
    v.names,
    [
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '性别', width: 6, kind: 'text', value: (r) => r.gender },
      { header: '出生日期', width: 12, kind: 'date', value: (r) => r.birthDate },
      { header: '公民身份号码', width: 20, kind: 'id', value: (r) => r.idNumber },
      { header: '所在党支部', width: 18, kind: 'text', value: (r) => r.branchName },
      { header: '入党日期', width: 12, kind: 'date', value: (r) => r.joinedOn },
      { header: '党龄起算日', width: 12, kind: 'date', value: (r) => r.partyFrom },
      { header: '党龄（年）', width: 9, kind: 'number', value: (r) => r.partyYears },
      { header: '纪念章颁发日期', width: 14, kind: 'date', value: (r) => r.presentedOn },
      { header: '备注', width: 10, kind: 'text', value: (r) => (r.toCheck ? '待核对' : '') },
    ],
    ['身份证号按各社区上报包所载（未勾选“包含完整身份证号”时只显示前6位和后4位）。待核对人员的“党龄”为入党至7月1日的年数。'],
  );
  return [sum, names] as unknown as FormSpec<never>[];
}

export function careStreetForms(f: Frame, v: RegisterView<CareFigures, never>): FormSpec<never>[] {
  const occasions = v.total.occasions.map((o) => o.occasion);
  const sum = streetForm<CareFigures & Absent>(
    '关怀慰问汇总',
    f,
    v,
    [
      ...occasions.flatMap((o, i) => [
        num<CareFigures>(`${o}\n人次`, (r) => r.occasions[i].visits, 7),
        money<CareFigures>(`${o}\n金额（元）`, (r) => r.occasions[i].moneyFen, 11),
      ]),
      num('合计人次', (r) => r.visits, 8),
      money('合计金额（元）', (r) => r.moneyFen, 13),
      note(),
    ],
    ['人次：慰问记录条数（作废的不计）；金额：慰问金，单位元。期间为上报包所属期间的首日至截至日期。', ...absentNote(v)],
  );
  return [sum] as unknown as FormSpec<never>[];
}

export function lostStreetForms(f: Frame, v: RegisterView<LostFigures, LostName>): FormSpec<never>[] {
  const sum = streetForm<LostFigures & Absent>(
    '失联党员汇总',
    f,
    v,
    [num('失联党员', (r) => r.total), ...LOST_STAGES.map((s, i) => num<LostFigures>(s, (r) => r.stages[i], Math.max(8, s.length * 2))), note()],
    ['阶段为提醒（党员教育管理工作条例第二十四条）：处置以党组织决定为准。', ...absentNote(v)],
  );
  const names = namesForm<LostName>('失联名单', f, `${f.title}——名单`, v.names, [
    { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
    { header: '所在党支部', width: 18, kind: 'text', value: (r) => r.branchName },
    { header: '失联日期', width: 12, kind: 'date', value: (r) => r.lostOn },
    { header: '可停止党籍日期', width: 14, kind: 'date', value: (r) => r.suspendFrom },
    { header: '停止党籍日期', width: 13, kind: 'date', value: (r) => r.stoppedOn },
    { header: '当前阶段', width: 16, kind: 'text', value: (r) => r.stage },
  ]);
  return [sum, names] as unknown as FormSpec<never>[];
}

export function flowsStreetForms(f: Frame, v: RegisterView<FlowFigures, FlowName>): FormSpec<never>[] {
  const sum = streetForm<FlowFigures & Absent>(
    '流动党员汇总',
    f,
    v,
    [
      num('流出党员', (r) => r.out),
      ...FLOW_DIRECTIONS.map((d, i) => num<FlowFigures>(`流出\n${d}`, (r) => r.outBy[i], 7)),
      num('流入党员', (r) => r.in),
      ...FLOW_DIRECTIONS.map((d, i) => num<FlowFigures>(`流入\n${d}`, (r) => r.inBy[i], 7)),
      note(),
    ],
    [
      '流出党员的流向以登记流出时选定的为准；未选定的及流入党员，按流向地点（流入为“来自”）与社区所在省、市比较判定：含本市为市内，含本省为省内，含其他省级行政区为省外，无法判定为未定。',
      ...absentNote(v),
    ],
  );
  const names = namesForm<FlowName>('流动党员名单', f, `${f.title}——名单`, v.names, [
    { header: '类别', width: 6, kind: 'text', value: (r) => r.kind },
    { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
    { header: '性别', width: 6, kind: 'text', value: (r) => r.gender },
    { header: '所在党支部', width: 18, kind: 'text', value: (r) => r.branchName },
    { header: '外出/流入日期', width: 13, kind: 'date', value: (r) => r.since },
    { header: '流向地点及单位/来自', width: 28, kind: 'text', value: (r) => r.place },
    { header: '流向', width: 6, kind: 'text', value: (r) => r.direction },
  ]);
  return [sum, names] as unknown as FormSpec<never>[];
}

export function termsStreetForms(f: Frame, v: RegisterView<TermFigures, TermName>): FormSpec<never>[] {
  const sum = streetForm<TermFigures & Absent>(
    '换届提醒汇总',
    f,
    v,
    [num('半年内届满', (r) => r.due, 11), num('已过届满日期', (r) => r.overdue, 12), note()],
    ['半年内届满：届满日期在截至日期后6个月内（含已届满未换届）的党组织。', ...absentNote(v)],
  );
  const names = namesForm<TermName>('换届名单', f, `${f.title}——名单`, v.names, [
    { header: '党组织', width: 24, kind: 'text', value: (r) => r.orgName },
    { header: '类别', width: 10, kind: 'text', value: (r) => r.kind },
    { header: '届满日期', width: 12, kind: 'date', value: (r) => r.termEndsOn },
    { header: '状态', width: 10, kind: 'text', value: (r) => (r.overdue ? '已届满' : '即将届满') },
  ]);
  return [sum, names] as unknown as FormSpec<never>[];
}
