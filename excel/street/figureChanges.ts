// What a replacement changes (issue 31): every figure of data.json the street reads, by a label a
// person understands, before → after; only those that differ. Not a fixed few: a changed branch,
// meeting type, person's 积分 or 党内统计 figure is listed too.
import type { PackageData } from '../../api/schemas/reportPackage';
import type { FigureChange } from '../../api/schemas/street';
import { duesFigures, meetingFigures, percentText } from '../../api/rules/streetSums';
import { registerFigures } from './registerFigures';
import { developmentFigureList } from '../../api/rules/devProgress';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Every figure of a package, label → shown value, in the order the street's tabs show them. */
export function packageFigures(d: PackageData): Map<string, string> {
  const out = new Map<string, string>();
  const put = (label: string, value: string | number | null) => out.set(label, value === null ? '—' : String(value));
  const m = d.members;
  put('截至日期', d.asOf);
  put('党员总数', m.total);
  put('正式党员', m.full);
  put('预备党员', m.probationary);
  put('女党员', m.female);
  put('少数民族党员', m.minority);
  for (const b of m.branches) {
    put(`${b.orgName}：党员数`, b.total);
    put(`${b.orgName}：正式党员`, b.full);
    put(`${b.orgName}：预备党员`, b.probationary);
  }
  const mt = meetingFigures(d.meetings);
  put('三会一课应开次数', mt.required);
  put('三会一课实开次数', mt.held);
  put('三会一课完成率', percentText(mt.completion));
  put('三会一课平均出勤率', percentText(mt.attendance));
  for (const r of d.meetings) {
    const one = meetingFigures([r]);
    put(`${r.orgName}${r.type}：应开次数`, r.required);
    put(`${r.orgName}${r.type}：实开次数`, r.held);
    put(`${r.orgName}${r.type}：完成率`, percentText(one.completion));
    put(`${r.orgName}${r.type}：平均出勤率`, percentText(one.attendance));
  }
  put('双报到党员', d.dual.registered);
  put('双报到单位', d.dual.units);
  put('双报到活动次数', d.dual.activities);
  put('双报到参与人次', d.dual.participations);
  put('双报到服务时长（小时）', d.dual.hours);
  const du = duesFigures(d.dues, d.duesHeads);
  put('党费应交人数', du.owingMembers);
  put('党费应交（元）', yuan(du.dueFen));
  put('党费实交（元）', yuan(du.paidFen));
  put('党费欠交人数', du.arrearsMembers);
  put('党费欠交（元）', yuan(du.arrearsFen));
  put('支部上缴（元）', yuan(du.handedFen));
  put('社区上缴街道（元）', yuan(du.toStreetFen));
  for (const l of d.dues) {
    put(`${l.orgName}党费：应交（元）`, yuan(l.dueFen));
    put(`${l.orgName}党费：实交（元）`, yuan(l.paidFen));
    put(`${l.orgName}党费：欠交人数`, l.arrearsMembers);
  }
  if (d.points) {
    put('积分人数', d.points.length);
    for (const p of d.points) {
      const who = `积分：${p.name}（${p.branchName}${p.idNumber ? `，${p.idNumber.slice(-4)}` : ''}）`;
      put(`${who}年度总分`, p.total);
      put(`${who}排名`, p.rank);
    }
  }
  for (const a of d.appraisal ?? []) {
    const at = `民主评议 ${a.orgName}：`;
    put(`${at}参评人数`, a.appraised);
    put(`${at}优秀`, a.excellent);
    put(`${at}合格`, a.qualified);
    put(`${at}基本合格`, a.basic);
    put(`${at}不合格`, a.unqualified);
  }
  for (const [label, value] of developmentFigureList(d.development)) put(label, value);
  for (const t of d.census?.tables ?? []) for (const r of t.rows) put(`党内统计 ${t.title}：${r.label}`, r.value);
  registerFigures(d, put);
  return out;
}

/** The figures a replacement changes, before → after (a figure only one side has shows '—' on the other). */
export function figureChanges(before: PackageData, after: PackageData): FigureChange[] {
  const a = packageFigures(before);
  const b = packageFigures(after);
  const labels = [...new Set([...a.keys(), ...b.keys()])];
  return labels.flatMap((label) => {
    const x = a.get(label) ?? '—';
    const y = b.get(label) ?? '—';
    return x === y ? [] : [{ label, before: x, after: y }];
  });
}
