// 民主评议 results for the 党内统计 (shared/DOMAIN.md, 民主评议党员): the year's batches of every
// branch, counted as the 民主评议党员情况汇总表 counts them (db/appraisal.ts getAppraisal: grades for
// 正式党员 only, 预备党员 take part ungraded, 不合格 with its 处置), each figure with its people.
import { APPRAISAL_GRADES, DISPOSALS } from '../../api/points';
import type { CensusPerson } from '../../api/schemas/census';
import { appraisalOverview } from '../appraisal';
import type { Ledger } from '../open';

/** [key, label] of the table's rows, in print order. */
export const APPRAISAL_ROWS = [
  ['members', '应参加评议的党员'],
  ['appraised', '参加评议的党员'],
  ['absent', '未参加评议'],
  ['probationary', '其中：预备党员（不评定等次）'],
  ...APPRAISAL_GRADES.map((g) => [`grade:${g}`, `评定为${g}`] as const),
  ['ungraded', '正式党员未评定等次'],
  ...DISPOSALS.map((d) => [`disposal:${d}`, `不合格党员处置：${d}`] as const),
] as const;

/** Each row's people for `year`'s 民主评议 (branches that held none add nobody). */
export function appraisalPeople(ledger: Ledger, year: number): Map<string, CensusPerson[]> {
  const out = new Map<string, CensusPerson[]>(APPRAISAL_ROWS.map(([k]) => [k, []]));
  const add = (key: string, p: CensusPerson) => out.get(key)!.push(p);
  for (const { batch } of appraisalOverview(ledger, year).branches) {
    if (!batch) continue;
    for (const r of batch.rows) {
      const person = (detail: string): CensusPerson => ({ memberId: r.memberId, name: r.name, gender: null, branchName: batch.orgName, detail });
      add('members', person(r.absentReason ? `未参加：${r.absentReason}` : r.probationary ? '预备党员' : (r.grade ?? '未评定等次')));
      if (r.absentReason) {
        add('absent', person(r.absentReason));
        continue;
      }
      add('appraised', person(r.probationary ? '预备党员' : (r.grade ?? '未评定等次')));
      if (r.probationary) add('probationary', person('预备党员参加评议，不评定等次'));
      else if (!r.grade) add('ungraded', person('未评定等次'));
      else {
        add(`grade:${r.grade}`, person(r.reason ? `${r.grade}（${r.reason}）` : r.grade));
        if (r.grade === '不合格' && r.disposal) add(`disposal:${r.disposal}`, person(`${r.disposal}${r.disposalNote ? `：${r.disposalNote}` : ''}`));
      }
    }
  }
  return out;
}
