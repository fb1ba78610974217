// How a recorded 发展党员 step reads besides its date, one line each: the same words in the
// person's file (renderer) and on the 纪实表 (excel/forms/devRecord.ts).
import type { DevRecord } from './schemas/development';

export function recordDetails(r: Pick<DevRecord, 'people' | 'hours' | 'docNo' | 'vote' | 'reason'>): string[] {
  const lines: string[] = [];
  for (const role of [...new Set(r.people.map((x) => x.role))])
    lines.push(
      `${role}：${r.people
        .filter((x) => x.role === role)
        .map((x) => x.name)
        .join('、')}`,
    );
  if (r.hours !== null) lines.push(`培训学时：${r.hours}`);
  if (r.docNo) lines.push(`志愿书编号：${r.docNo}`);
  if (r.vote) {
    const v = r.vote;
    lines.push(
      `应到会有表决权 ${v.dueVoting} 人（其中正式党员 ${v.dueFull} 人），实到 ${v.presentVoting} 人；赞成 ${v.inFavour} 票，反对 ${v.against} 票，弃权 ${v.abstain} 票`,
    );
  }
  if (r.reason) lines.push(`延长审批原因：${r.reason}`);
  return lines;
}
