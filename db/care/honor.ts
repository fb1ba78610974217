// 光荣在党50年: members reaching 50 years of 党龄 (from 转正日期) by 1 July of a year, and the
// 纪念章 presented (once per member).
import { fullYearsBetween } from '../../api/rules/dates';
import { honorReachedOn, reachesHonorBy } from '../../api/rules/care';
import type { HonorPage, HonorRow, MedalInput } from '../../api/schemas/care';
import { nowStamp } from '../clock';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { requireMember } from './memberCache';

type RawHonor = Omit<HonorRow, 'reachedOn' | 'partyYears'>;

/**
 * The year's list: on the roster on 07-01, 转正 + 50 years ≤ 07-01, and not awarded in an
 * earlier year (someone missed in an earlier year stays on the list until presented).
 */
export function honorList(ledger: Ledger, year: number): HonorPage {
  const day = `${year}-07-01`;
  // 转正 + 50 years ≤ Y-07-01 ⇔ 转正 ≤ (Y-50)-07-01 for every day but 29 Feb, which addYears
  // clamps; the SQL bound is loose by a day and the rule below decides.
  const raw = ledger.sqlite
    .prepare(
      `SELECT m.id AS memberId, m.name, m.gender, m.birth_date AS birthDate, o.name AS branchName, m.joined_on AS joinedOn,
              m.full_member_on AS fullMemberOn, h.year AS medalYear, h.presented_on AS presentedOn
       FROM members m JOIN orgs o ON o.id = m.branch_id LEFT JOIN honor_medals h ON h.member_id = m.id
       WHERE m.full_member_on IS NOT NULL AND m.full_member_on <= @bound
         AND m.joined_on <= @day AND (m.left_on IS NULL OR m.left_on > @day)
         AND (h.year IS NULL OR h.year >= @year)
       ORDER BY m.full_member_on, m.id`,
    )
    .all({ bound: `${year - 50}-07-02`, day, year }) as RawHonor[];
  const rows = raw
    .filter((r) => reachesHonorBy(r.fullMemberOn, year))
    .map((r): HonorRow => ({ ...r, reachedOn: honorReachedOn(r.fullMemberOn), partyYears: fullYearsBetween(r.fullMemberOn, day) ?? 0 }));
  return { year, rows };
}

export function saveMedal(ledger: Ledger, input: MedalInput, today: string): HonorPage {
  return ledger.tx(() => {
    requireMember(ledger, input.memberId);
    const m = ledger.prepare('SELECT full_member_on AS fullMemberOn FROM members WHERE id = ?').get(input.memberId) as { fullMemberOn: string | null };
    if (m.fullMemberOn === null || !reachesHonorBy(m.fullMemberOn, input.year)) throw refuse(`该党员到${input.year}年7月1日党龄不满50年，不在当年光荣在党50年名单中`, 'memberId');
    if (input.presentedOn > today) throw refuse('颁发日期不能晚于今天', 'presentedOn');
    ledger
      .prepare(
        `INSERT INTO honor_medals (member_id, year, presented_on, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (member_id) DO UPDATE SET year = excluded.year, presented_on = excluded.presented_on`,
      )
      .run(input.memberId, input.year, input.presentedOn, nowStamp());
    return honorList(ledger, input.year);
  });
}
