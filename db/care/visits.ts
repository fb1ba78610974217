// 关怀慰问: one row per visit, its money in 分 summed once (a visit by three people is one
// row). A wrong visit is voided with a reason and listed, never summed.
import { ageAtYearEnd } from '../../api/rules/care';
import type { CareGroup, NotVisitedPage, NotVisitedRow, VisitInput, VisitRow, VisitsPage } from '../../api/schemas/care';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { requireMember } from './memberCache';
import { careRules } from './rules';

const VISIT_SQL = `
  SELECT v.id, v.member_id AS memberId, m.name, o.name AS branchName, v.visited_on AS visitedOn, v.occasion, v.visitors,
         v.money_fen AS moneyFen, v.goods, v.fund_source AS fundSource, v.note, v.voided_at AS voidedAt, v.void_reason AS voidReason
  FROM care_visits v JOIN members m ON m.id = v.member_id JOIN orgs o ON o.id = m.branch_id`;

export function listVisits(ledger: Ledger, q: { year: number; memberId: number | null }): VisitsPage {
  const rows = ledger.sqlite
    .prepare(`${VISIT_SQL} WHERE v.visited_on BETWEEN @from AND @to AND (@memberId IS NULL OR v.member_id = @memberId) ORDER BY v.visited_on, v.id`)
    .all({ from: `${q.year}-01-01`, to: `${q.year}-12-31`, memberId: q.memberId }) as VisitRow[];
  // The sums come from SQL over live rows, so a visit is counted once whatever the page shows.
  const sums = ledger.sqlite
    .prepare(
      `SELECT count(*) AS count, count(DISTINCT member_id) AS members, coalesce(sum(money_fen), 0) AS totalFen FROM care_visits
       WHERE voided_at IS NULL AND visited_on BETWEEN @from AND @to AND (@memberId IS NULL OR member_id = @memberId)`,
    )
    .get({ from: `${q.year}-01-01`, to: `${q.year}-12-31`, memberId: q.memberId }) as { count: number; members: number; totalFen: number };
  return { year: q.year, rows, ...sums };
}

export function visitById(ledger: Ledger, id: number): VisitRow {
  const row = ledger.sqlite.prepare(`${VISIT_SQL} WHERE v.id = ?`).get(id) as VisitRow | undefined;
  if (!row) throw notFound('慰问记录');
  return row;
}

export function saveVisit(ledger: Ledger, input: VisitInput, today: string): VisitRow {
  return ledger.tx(() => {
    requireMember(ledger, input.memberId);
    if (input.visitedOn > today) throw refuse('慰问日期不能晚于今天', 'visitedOn');
    if (input.moneyFen === 0 && input.goods === null) throw refuse('请填写慰问金或慰问物品', 'moneyFen');
    const id = ledger
      .prepare(
        `INSERT INTO care_visits (member_id, visited_on, occasion, visitors, money_fen, goods, fund_source, note, created_at)
         VALUES (@memberId, @visitedOn, @occasion, @visitors, @moneyFen, @goods, @fundSource, @note, @at)`,
      )
      .run({ ...input, at: nowStamp() }).lastInsertRowid;
    return visitById(ledger, Number(id));
  });
}

export function voidVisit(ledger: Ledger, input: { id: number; reason: string }): VisitRow {
  return ledger.tx(() => {
    const row = visitById(ledger, input.id);
    if (row.voidedAt) throw refuse('该慰问记录已作废', 'id');
    ledger.prepare('UPDATE care_visits SET voided_at = ?, void_reason = ? WHERE id = ?').run(nowStamp(), input.reason, input.id);
    return visitById(ledger, input.id);
  });
}

/**
 * 困难党员, 老党员 (the 老党员 flag, or aged ≥ the local age on 12-31) and 年老体弱 members on
 * the roster today with no live visit in the year.
 */
export function notVisited(ledger: Ledger, year: number): NotVisitedPage {
  const { veteranAge } = careRules(ledger);
  const latestBirth = `${year - veteranAge}-12-31`;
  const raw = ledger.sqlite
    .prepare(
      `SELECT m.id AS memberId, m.name, o.name AS branchName, m.birth_date AS birthDate, m.phone,
              m.is_in_difficulty AS difficulty, m.is_veteran AS veteran, m.is_frail AS frail
       FROM members m JOIN orgs o ON o.id = m.branch_id
       WHERE m.left_on IS NULL AND (m.is_in_difficulty = 1 OR m.is_veteran = 1 OR m.is_frail = 1 OR m.birth_date <= @latestBirth)
         AND NOT EXISTS (SELECT 1 FROM care_visits v WHERE v.member_id = m.id AND v.voided_at IS NULL AND v.visited_on BETWEEN @from AND @to)
       ORDER BY o.name, m.birth_date, m.id`,
    )
    .all({ latestBirth, from: `${year}-01-01`, to: `${year}-12-31` }) as (Omit<NotVisitedRow, 'age' | 'groups'> & {
    difficulty: number;
    veteran: number;
    frail: number;
  })[];
  const rows = raw.map(({ difficulty, veteran, frail, ...r }): NotVisitedRow => {
    const age = ageAtYearEnd(r.birthDate, year);
    const groups: CareGroup[] = [];
    if (difficulty) groups.push('困难党员');
    if (veteran || (age !== null && age >= veteranAge)) groups.push('老党员');
    if (frail) groups.push('年老体弱');
    return { ...r, age, groups };
  });
  return { year, veteranAge, rows };
}
