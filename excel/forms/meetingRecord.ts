// 组织生活记录: one meeting as a two-column record (项目 | 内容), printable on A4 portrait.
import { EXCLUDED } from '../../api/meetingTypes';
import { makeUpPeriodLabel } from '../../api/rules/makeUpPeriod';
import type { MeetingDetail } from '../../api/schemas/meetings';
import type { Settings } from '../../api/schemas/settings';
import { chineseDate } from '../form/render';
import type { FormSpec } from '../form/spec';

type Line = [string, string];

export function recordLines(m: MeetingDetail): Line[] {
  const away = m.attendance.filter((a) => a.status === '请假' || a.status === '缺席').map((a) => `${a.name}（${a.status}：${a.reason ?? ''}）`);
  // Left out of 应到 (not absent): named with the reason, and the 上级党组织's consent when recorded.
  const excluded = m.attendance
    .filter((a) => a.status === EXCLUDED)
    .map((a) => `${a.name}（${a.reason ?? ''}${a.approvedByHigher ? '，已经上级党组织同意' : ''}）`);
  const lines: Line[] = [
    ['会议名称', `${m.orgName}${m.types.join('、')}${m.seq ? `（本年第${m.seq}次）` : ''}`],
    ['时间', `${chineseDate(m.heldOn)}${m.startTime ? ` ${m.startTime}` : ''}${m.durationMinutes ? `，${m.durationMinutes}分钟` : ''}`],
    ['地点', m.place ?? ''],
    ['主持人', m.host ?? ''],
    ['记录人', m.recorder ?? ''],
    ['应到人数', String(m.expected)],
    ['实到人数', `${m.present}（出勤率 ${m.expected ? Math.round((m.present / m.expected) * 1000) / 10 : 0}%）`],
    ['缺席人员及原因', away.join('；') || '无'],
    ...(excluded.length ? [['不计入应到人员及原因', excluded.join('；')] as Line] : []),
    ['列席人员', m.observers ?? ''],
    // 流入党员 take part here without counting in 应到/实到: named on a line of their own.
    ...(m.guests.length ? [['参加活动的流入党员', m.guests.map((g) => `${g.name}（组织关系在${g.homeOrg}）`).join('；')] as Line] : []),
  ];
  if (m.types.includes('党课')) lines.push(['授课人及题目', `${m.lecturer ?? ''}《${m.lectureTitle ?? ''}》`]);
  lines.push(['议题', m.agenda ?? ''], ['主要内容', m.content ?? ''], ['不同意见', m.dissent ?? '无'], ['决议', m.resolution ?? '']);
  if (m.makeUpFor) lines.push(['备注', `补开${makeUpPeriodLabel(m.makeUpFor)}的会议`]);
  for (const w of m.warnings) lines.push(['提示', w]);
  return lines;
}

export function meetingRecordForm(m: MeetingDetail, settings: Settings, reportDate: string, sheetName = '会议记录'): FormSpec<Line> {
  return {
    sheetName,
    title: `${m.orgName}${m.types[0]}记录`,
    unitName: m.orgName,
    reportDate,
    footer: { preparer: m.recorder ?? settings.preparer, reviewer: settings.reviewer, phone: settings.phone },
    rows: recordLines(m),
    columns: [
      { header: '项目', width: 16, kind: 'text', value: (l) => l[0] },
      { header: '内容', width: 70, kind: 'text', value: (l) => l[1] },
    ],
  };
}
