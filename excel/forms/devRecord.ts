// 发展党员纪实表: one person's file on paper — who they are, then every recorded step of the
// 《发展党员工作细则》 in order with its date, the people involved and what was noted.
import type { Settings } from '../../api/schemas/settings';
import { chineseDate } from '../form/render';
import type { FormSpec } from '../form/spec';
import { footerOf } from './duesCommon';

export interface DevRecordStep {
  stageName: string;
  stepName: string;
  doneOn: string;
  endOn: string | null;
  /** 培养联系人, 志愿书编号, 学时, the vote, … already worded (api/devRecordText.ts). */
  details: string[];
  warning: string | null;
  note: string | null;
}

export interface DevRecordData {
  name: string;
  /** 性别, 民族, 出生日期, 学历, 所在支部 … as label/value pairs, in print order. */
  facts: [string, string][];
  stage: string;
  steps: DevRecordStep[];
  /** 退出发展程序 with its date and reason, when the person left. */
  left: string | null;
}

type Row = { stage: string; step: string; date: string; text: string; head: boolean };

function dateText(s: DevRecordStep): string {
  return s.endOn && s.endOn !== s.doneOn ? `${chineseDate(s.doneOn)}至${chineseDate(s.endOn)}` : chineseDate(s.doneOn);
}

export function devRecordRows(data: DevRecordData): Row[] {
  const head: Row[] = [
    { stage: '基本情况', step: '姓名', date: '', text: data.name, head: true },
    ...data.facts.map(([label, value]) => ({ stage: '基本情况', step: label, date: '', text: value, head: true })),
    { stage: '基本情况', step: '当前阶段', date: '', text: data.stage, head: true },
  ];
  const steps = data.steps.map((s) => ({
    stage: s.stageName,
    step: s.stepName,
    date: dateText(s),
    text: [...s.details, s.warning ? `提示：${s.warning}` : '', s.note ? `备注：${s.note}` : ''].filter(Boolean).join('\n'),
    head: false,
  }));
  const left = data.left ? [{ stage: '退出', step: '退出发展程序', date: '', text: data.left, head: false }] : [];
  return [...head, ...steps, ...left];
}

export function devRecordForm(data: DevRecordData, settings: Settings, reportDate: string): FormSpec<Row> {
  return {
    sheetName: '发展党员纪实表',
    title: `发展党员纪实表（${data.name}）`,
    unitName: data.facts.find(([l]) => l === '所在支部')?.[1] ?? settings.communityName ?? '',
    reportDate,
    footer: footerOf(settings),
    notes: data.steps.length === 0 ? ['尚未记录发展环节。'] : [],
    rows: devRecordRows(data),
    columns: [
      { header: '阶段', width: 14, kind: 'text', value: (r) => r.stage },
      { header: '环节', width: 20, kind: 'text', value: (r) => r.step },
      { header: '时间', width: 22, kind: 'text', value: (r) => r.date || null },
      { header: '情况记载', width: 40, kind: 'text', value: (r) => r.text || null },
    ],
  };
}
