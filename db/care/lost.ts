// 失联 records: dated, with the search made. Stages are reminders only; every change of 党籍
// (停止党籍, 取消预备党员资格, 除名) stays the secretary's, through members.changeStatus.
import { lostMilestones, lostStage } from '../../api/rules/care';
import type { LostPage, LostRow, LostSaveInput } from '../../api/schemas/care';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import { holdsOn } from '../members/facts';
import type { Ledger } from '../open';
import { refreshMemberCareCache, requireMember } from './memberCache';
import { careRules } from './rules';

type RawLost = Omit<LostRow, 'stage' | 'suspendFrom' | 'lapseFrom' | 'probationary'> & { probationary: number };

/**
 * Read with the facts of the list's day (@day): the branch then, the 人员类别 then (a 预备党员 gets
 * the 取消预备党员资格 path) and the 停止党籍 decision in force then, from which the 2 years run.
 */
const LOST_SQL = `
  SELECT l.id, l.member_id AS memberId, m.name, o.name AS branchName, coalesce(ps.value, m.party_status) AS partyStatus,
         l.lost_on AS lostOn, l.search_made AS searchMade, l.found_on AS foundOn, l.note,
         CASE WHEN ps.value = '停止党籍' THEN ps.valid_from END AS stoppedOn, coalesce(ca.value = '预备党员', 0) AS probationary
  FROM lost_contacts l JOIN members m ON m.id = l.member_id
  LEFT JOIN member_facts b ON b.member_id = m.id AND b.fact = 'branch' AND ${holdsOn('b')}
  JOIN orgs o ON o.id = coalesce(b.value, m.branch_id)
  LEFT JOIN member_facts ca ON ca.member_id = m.id AND ca.fact = 'category' AND ${holdsOn('ca')}
  LEFT JOIN member_facts ps ON ps.member_id = m.id AND ps.fact = 'party_status' AND ${holdsOn('ps')}`;

const finish = ({ probationary, ...r }: RawLost, months: number, asOf: string): LostRow => {
  const facts = { lostOn: r.lostOn, stoppedOn: r.stoppedOn, probationary: probationary === 1 };
  return { ...r, probationary: facts.probationary, ...lostMilestones(r.lostOn, months, r.stoppedOn), stage: lostStage(facts, months, asOf) };
};

/**
 * The 失联 on a day: members on the roster that day (a branch held) — one who left the roster
 * (转出, 出党, 死亡) drops off. With `includeFound` or a member's own view, every record.
 */
export function listLost(ledger: Ledger, q: { asOf: string; includeFound: boolean; memberId?: number | null }): LostPage {
  const { lostMonths } = careRules(ledger);
  const rows = ledger.sqlite
    .prepare(
      `${LOST_SQL}
       WHERE (@memberId IS NULL OR l.member_id = @memberId)
         AND (@all = 1 OR (l.lost_on <= @day AND (l.found_on IS NULL OR l.found_on > @day) AND (b.member_id IS NOT NULL OR @memberId IS NOT NULL)))
       ORDER BY l.lost_on, l.id`,
    )
    .all({ memberId: q.memberId ?? null, all: q.includeFound ? 1 : 0, day: q.asOf }) as RawLost[];
  return { asOf: q.asOf, lostMonths, rows: rows.map((r) => finish(r, lostMonths, q.asOf)) };
}

export function lostById(ledger: Ledger, id: number, asOf: string): LostRow {
  const raw = ledger.sqlite.prepare(`${LOST_SQL} WHERE l.id = @id`).get({ id, day: asOf }) as RawLost | undefined;
  if (!raw) throw notFound('失联记录');
  return finish(raw, careRules(ledger).lostMonths, asOf);
}

export function saveLost(ledger: Ledger, input: LostSaveInput, today: string): LostRow {
  return ledger.tx(() => {
    requireMember(ledger, input.memberId);
    if (input.lostOn > today) throw refuse('失联日期不能晚于今天', 'lostOn');
    if (input.foundOn !== null && input.foundOn > today) throw refuse('恢复联系日期不能晚于今天', 'foundOn');
    const open = ledger
      .prepare('SELECT id, lost_on AS lostOn FROM lost_contacts WHERE member_id = ? AND found_on IS NULL AND id IS NOT ?')
      .get(input.memberId, input.id) as { id: number; lostOn: string } | undefined;
    if (open && input.foundOn === null) throw refuse(`该党员自${open.lostOn}起的失联记录尚未恢复联系，请在原记录中填写`, 'memberId');
    const values = { ...input, at: nowStamp() };
    let id = input.id;
    if (id !== null) {
      const old = ledger.prepare('SELECT member_id AS memberId FROM lost_contacts WHERE id = ?').get(id) as { memberId: number } | undefined;
      if (!old) throw notFound('失联记录');
      if (old.memberId !== input.memberId) throw refuse('失联记录不能改到另一名党员名下', 'memberId');
      ledger
        .prepare('UPDATE lost_contacts SET lost_on = @lostOn, search_made = @searchMade, found_on = @foundOn, note = @note, updated_at = @at WHERE id = @id')
        .run(values);
    } else {
      id = Number(
        ledger
          .prepare(
            `INSERT INTO lost_contacts (member_id, lost_on, search_made, found_on, note, created_at, updated_at)
             VALUES (@memberId, @lostOn, @searchMade, @foundOn, @note, @at, @at)`,
          )
          .run(values).lastInsertRowid,
      );
    }
    refreshMemberCareCache(ledger, input.memberId, today);
    return lostById(ledger, id, today);
  });
}
