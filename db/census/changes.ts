// The year's 增加 and 减少 as the 党内统计 counts them, read from member_events and the dated
// facts (docs/census.md, "Changes"). A change counts only when it moves the member across the
// count of countedOn(): a 转出 or 死亡 of someone already 停止党籍 left the count when the
// 党籍 was stopped, and 恢复 from 保留党籍 changes nothing (保留党籍 still counts).
import { EXIT_KEYS, exitKindOf } from '../../api/rules/census';
import type { CensusPerson } from '../../api/schemas/census';
import type { Ledger } from '../open';
import { admissionApprovedOn, admissionCountedOn } from './approval';
import { STOPPED } from './counted';

export interface Change extends CensusPerson {
  memberId: number;
  key: string;
  on: string;
  added: boolean;
}

type Developed = Omit<EventRow, 'kind' | 'place' | 'reason' | 'statusBefore' | 'onRosterBefore'> & { joinedOn: string; approvedOn: string | null };

/**
 * 发展党员 of [from, to]: came onto the roster here on their 入党日期 (not by 转入), counted in the
 * year of the 上级党委审批 (db/census/approval.ts), with no approval recorded by the 入党日期. The one
 * list behind the 年报's 发展党员 (增减 and 发展党员工作) and the 发展计划's 完成 (db/development/plan.ts).
 */
export function developedIn(ledger: Ledger, from: string, to: string): Developed[] {
  return ledger
    .prepare(
      `SELECT * FROM (
         SELECT m.id AS memberId, m.name, m.gender, b.name AS branchName, ${admissionCountedOn('m')} AS "on", m.joined_on AS joinedOn,
           ${admissionApprovedOn('m')} AS approvedOn
         FROM members m LEFT JOIN orgs b ON b.id = m.branch_id
         WHERE m.joined_on <= @to AND EXISTS (SELECT 1 FROM member_facts f WHERE f.member_id = m.id AND f.fact = 'branch' AND f.valid_from = m.joined_on))
       WHERE "on" >= @from AND "on" <= @to
       ORDER BY "on", memberId`,
    )
    .all({ from, to }) as Developed[];
}

/** The rows of the 'changes' table, in print order: [key, label]. */
export const ADDED_ROWS = [
  ['in:developed', '发展党员'],
  ['in:restored', '恢复党籍'],
  ['in:transferIn', '转入'],
] as const;
export const REMOVED_ROWS = [
  ['out:death', '死亡'],
  ['out:expelled', '出党：开除党籍'],
  ['out:removed', '出党：除名'],
  ['out:persuaded', '出党：劝退'],
  ['out:quit', '出党：退党'],
  ['out:unspecified', '出党：未注明方式'],
  ['out:probationCancelled', '取消预备党员资格'],
  ['out:suspended', '停止党籍'],
  ['out:transferOut', '转出'],
] as const;

interface EventRow {
  memberId: number;
  name: string;
  gender: string;
  branchName: string | null;
  kind: string;
  on: string;
  place: string | null;
  reason: string | null;
  /** 党籍 the day before the event; null with no interval then. */
  statusBefore: string | null;
  /** On the roster the day before. */
  onRosterBefore: 0 | 1;
}

const LEAVING: Record<string, string> = { 转出: 'out:transferOut', 死亡: 'out:death', 取消预备党员资格: 'out:probationCancelled' };

const dayBefore = `date(e.occurred_on, '-1 day')`;

/** Every counted 增加 and 减少 dated from `from` to `to` (inclusive), in date order. */
export function yearChanges(ledger: Ledger, from: string, to: string): Change[] {
  const events = ledger
    .prepare(
      `SELECT e.member_id AS memberId, m.name, m.gender, b.name AS branchName, e.kind, e.occurred_on AS "on", e.place, e.reason,
         (SELECT ps.value FROM member_facts ps WHERE ps.member_id = e.member_id AND ps.fact = 'party_status'
            AND ps.valid_from <= ${dayBefore} AND (ps.valid_to IS NULL OR ps.valid_to > ${dayBefore})) AS statusBefore,
         EXISTS (SELECT 1 FROM member_facts br WHERE br.member_id = e.member_id AND br.fact = 'branch'
            AND br.valid_from <= ${dayBefore} AND (br.valid_to IS NULL OR br.valid_to > ${dayBefore})) AS onRosterBefore
       FROM member_events e JOIN members m ON m.id = e.member_id LEFT JOIN orgs b ON b.id = m.branch_id
       WHERE e.kind IN ('转入', '转出', '出党', '死亡', '停止党籍', '恢复', '取消预备党员资格') AND e.occurred_on >= ? AND e.occurred_on <= ?
       ORDER BY e.occurred_on, e.id`,
    )
    .all(from, to) as EventRow[];
  const out: Change[] = developedIn(ledger, from, to).map(({ joinedOn, approvedOn, ...d }) => ({
    ...d,
    key: 'in:developed',
    added: true,
    detail: approvedOn === null ? `${d.on} 发展党员（入党日期，未记录审批日期）` : `${d.on} 发展党员（支部大会${joinedOn}，上级党委${d.on}审批）`,
  }));
  for (const e of events) {
    const person = { memberId: e.memberId, name: e.name, gender: e.gender, branchName: e.branchName, on: e.on };
    const counted = e.onRosterBefore === 1 && e.statusBefore !== STOPPED;
    const push = (key: string, added: boolean, detail: string) => out.push({ ...person, key, added, detail: `${e.on} ${detail}` });
    if (e.kind === '转入') push('in:transferIn', true, `转入${e.place ? `，自${e.place}` : ''}`);
    else if (e.kind === '恢复') {
      if (e.statusBefore === STOPPED) push('in:restored', true, '恢复党籍');
    } else if (e.kind === '停止党籍') {
      if (e.statusBefore !== STOPPED) push('out:suspended', false, `停止党籍${e.reason ? `（${e.reason}）` : ''}`);
    } else if (e.kind === '出党') {
      const kind = exitKindOf(e.reason);
      if (counted) push(kind ? EXIT_KEYS[kind] : 'out:unspecified', false, `出党（${kind ?? '未注明方式'}）${e.reason && !kind ? `：${e.reason}` : ''}`);
    } else if (counted) push(LEAVING[e.kind]!, false, `${e.kind}${e.kind === '转出' && e.place ? `，转至${e.place}` : ''}`);
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
