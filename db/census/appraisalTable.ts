// 民主评议 results for the 党内统计 (shared/DOMAIN.md, 民主评议党员): the year's batches of every
// branch, counted as the 民主评议党员情况汇总表 counts them (db/appraisal.ts getAppraisal: grades for
// 正式党员 only, 预备党员 take part ungraded, 不合格 with its 处置), each figure with its people.
// Read in one statement rather than through getAppraisal, which also works out each member's
// attendance, points and suggested grade (seconds for a street's 200 batches after a write).
import { APPRAISAL_GRADES, DISPOSALS } from '../../api/points';
import { isFullMemberOn } from '../../api/rules/member';
import type { CensusPerson } from '../../api/schemas/census';
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

export interface Entry {
  memberId: number;
  name: string;
  gender: string;
  category: string;
  fullMemberOn: string | null;
  orgName: string;
  heldOn: string | null;
  absentReason: string | null;
  grade: string | null;
  reason: string | null;
  disposal: string | null;
  disposalNote: string | null;
}

/** The batches appraisalOverview lists (branches open in the year), members in getAppraisal's order. */
const ENTRIES = `
  SELECT e.member_id AS memberId, m.name, m.gender, m.category, m.full_member_on AS fullMemberOn, o.name AS orgName, a.held_on AS heldOn,
    e.absent_reason AS absentReason, e.grade, e.reason, e.disposal, e.disposal_note AS disposalNote
  FROM appraisals a JOIN orgs o ON o.id = a.org_id JOIN appraisal_entries e ON e.appraisal_id = a.id JOIN members m ON m.id = e.member_id
  WHERE a.year = @year AND o.kind IN ('党支部', '联合党支部') AND (o.closed_on IS NULL OR o.closed_on >= @from)
  ORDER BY o.id, m.id`;

/** One person behind a figure: the entry and the line the list shows. */
export type AppraisalItem = readonly [entry: Entry, detail: string];

/** As the list shows the person: made only when a figure is opened. */
export const appraisalPerson = ([r, detail]: AppraisalItem): CensusPerson => ({
  memberId: r.memberId,
  name: r.name,
  gender: r.gender,
  branchName: r.orgName,
  detail,
});

/** Each row's people for `year`'s 民主评议 (branches that held none add nobody). */
export function appraisalPeople(ledger: Ledger, year: number): Map<string, AppraisalItem[]> {
  const out = new Map<string, AppraisalItem[]>(APPRAISAL_ROWS.map(([k]) => [k, []]));
  for (const r of ledger.prepare(ENTRIES).all({ year, from: `${year}-01-01` }) as Entry[]) {
    const add = (key: string, detail: string) => out.get(key)!.push([r, detail]);
    // 预备党员 on the appraisal's day (its date, or the year's end), as getAppraisal decides.
    const probationary = !isFullMemberOn({ category: r.category, fullMemberOn: r.fullMemberOn }, r.heldOn ?? `${year}-12-31`);
    add('members', r.absentReason ? `未参加：${r.absentReason}` : probationary ? '预备党员' : (r.grade ?? '未评定等次'));
    if (r.absentReason) {
      add('absent', r.absentReason);
      continue;
    }
    add('appraised', probationary ? '预备党员' : (r.grade ?? '未评定等次'));
    if (probationary) add('probationary', '预备党员参加评议，不评定等次');
    else if (!r.grade) add('ungraded', '未评定等次');
    else {
      add(`grade:${r.grade}`, r.reason ? `${r.grade}（${r.reason}）` : r.grade);
      if (r.grade === '不合格' && r.disposal) add(`disposal:${r.disposal}`, `${r.disposal}${r.disposalNote ? `：${r.disposalNote}` : ''}`);
    }
  }
  return out;
}
