// 光荣在党50年: members reaching 50 years of 党龄 by 1 July of a year, and the 纪念章 presented
// (once per member). Who is listed is read from the dated facts of 07-01 (shared/DOMAIN.md
// "流动党员, care"): on the roster that day (a branch held), 党籍 正常, 正式党员 — not today's
// member row, so a later 停止党籍 or a 转入 after 07-01 does not change a past list.
import { HONOR_YEARS, honorPartyYears, honorReachedOn, partyAgeFrom, reachesHonorBy } from '../../api/rules/care';
import type { HonorCheckRow, HonorList, HonorPage, HonorRow, MedalInput } from '../../api/schemas/care';
import { nowStamp } from '../clock';
import { refuse } from '../ledgerError';
import { holdsOn } from '../members/facts';
import type { Ledger } from '../open';
import { requireMember } from './memberCache';

type RawHonor = Omit<HonorRow, 'reachedOn' | 'partyYears' | 'partyFrom'>;

/**
 * Members joined by @bound (50+ years before 07-01: everyone whose 党龄 can reach 50 — the index
 * on joined_on picks them), on the roster on @day with 党籍 正常 and 正式党员 that day, with the
 * branch they held then. CROSS JOIN keeps members as the outer loop: SQLite otherwise starts
 * from the street's 20,000 branch facts (≈ 280 ms against ≈ 10 ms, bench/registers.ts).
 */
const ON_ROSTER_NORMAL_FULL = `
  FROM members m
  CROSS JOIN member_facts b ON b.member_id = m.id AND b.fact = 'branch' AND ${holdsOn('b')}
  JOIN orgs o ON o.id = b.value
  CROSS JOIN member_facts ca ON ca.member_id = m.id AND ca.fact = 'category' AND ${holdsOn('ca')} AND ca.value = '正式党员'
  LEFT JOIN member_facts ps ON ps.member_id = m.id AND ps.fact = 'party_status' AND ${holdsOn('ps')}
  LEFT JOIN honor_medals h ON h.member_id = m.id
  WHERE m.joined_on <= @bound AND coalesce(ps.value, '正常') = '正常'`;

/**
 * The year's list: 党龄 (from 转正, or from 入党 for those admitted without a 预备期) reaching 50
 * by 07-01, and not awarded in an earlier year (someone missed stays on the list until presented);
 * and the 待核对 list of 正式党员 joined 50+ years before with no 转正日期.
 */
export function honorList(ledger: Ledger, year: number): HonorList {
  const day = `${year}-07-01`;
  // start + 50 years ≤ Y-07-01 ⇔ start ≤ (Y-50)-07-01 for every day but 29 Feb, which addYears
  // clamps; the SQL bound is loose by a day and the rules below decide. One read serves both
  // lists: everyone who can reach 50 years joined by the bound.
  const bound = `${year - HONOR_YEARS}-07-02`;
  const raw = ledger
    .prepare(
      `SELECT m.id AS memberId, m.name, m.gender, m.birth_date AS birthDate, o.name AS branchName, m.joined_on AS joinedOn,
              m.full_member_on AS fullMemberOn, h.year AS medalYear, h.presented_on AS presentedOn
       ${ON_ROSTER_NORMAL_FULL}`,
    )
    .all({ day, bound }) as RawHonor[];
  const rows: HonorRow[] = [];
  const toCheck: HonorCheckRow[] = [];
  for (const r of raw) {
    const partyFrom = partyAgeFrom(r);
    if (partyFrom !== null) {
      if (reachesHonorBy(partyFrom, year) && (r.medalYear === null || r.medalYear >= year)) {
        rows.push({ ...r, partyFrom, reachedOn: honorReachedOn(partyFrom), partyYears: honorPartyYears(partyFrom, year) });
      }
    } else if (r.medalYear === null && reachesHonorBy(r.joinedOn, year)) {
      const { memberId, name, gender, birthDate, branchName, joinedOn } = r;
      toCheck.push({ memberId, name, gender, birthDate, branchName, joinedOn, joinedYears: honorPartyYears(joinedOn, year) });
    }
  }
  rows.sort((a, b) => (a.partyFrom < b.partyFrom ? -1 : a.partyFrom > b.partyFrom ? 1 : a.memberId - b.memberId));
  toCheck.sort((a, b) => (a.joinedOn < b.joinedOn ? -1 : a.joinedOn > b.joinedOn ? 1 : a.memberId - b.memberId));
  return { year, rows, toCheck };
}

/** Page `page` of the list: the street-scale list is ~5,000 people, the screen shows 50 at a time. */
export function honorPage(list: HonorList, page: number, pageSize: number): HonorPage {
  const presented = list.rows.reduce((n, r) => (r.presentedOn ? n + 1 : n), 0);
  const rows = list.rows.slice((page - 1) * pageSize, page * pageSize);
  return { year: list.year, rows, page, pageSize, total: list.rows.length, presented, toCheck: list.toCheck };
}

/** Records the 纪念章; answers the list's page that holds the member. */
export function saveMedal(ledger: Ledger, input: MedalInput, today: string, pageSize = 50): HonorPage {
  return ledger.tx(() => {
    requireMember(ledger, input.memberId);
    const listed = honorList(ledger, input.year).rows.some((r) => r.memberId === input.memberId);
    if (!listed) throw refuse(`该党员不在${input.year}年光荣在党50年名单中（截至7月1日党龄不满50年，或当日不在册、党籍不正常）`, 'memberId');
    if (input.presentedOn > today) throw refuse('颁发日期不能晚于今天', 'presentedOn');
    ledger
      .prepare(
        `INSERT INTO honor_medals (member_id, year, presented_on, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (member_id) DO UPDATE SET year = excluded.year, presented_on = excluded.presented_on`,
      )
      .run(input.memberId, input.year, input.presentedOn, nowStamp());
    const list = honorList(ledger, input.year);
    const at = list.rows.findIndex((r) => r.memberId === input.memberId);
    return honorPage(list, Math.floor(at / pageSize) + 1, pageSize);
  });
}
