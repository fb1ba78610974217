// 三会一课 compliance for a year: for each organisation × type × period, required vs
// held, with exemptions and 补开. One query reads the year's meetings; the rest is counting.
import { COMMITTEE_MIN_FULL_MEMBERS, type MeetingRule, type MeetingType } from '../../api/meetingTypes';
import type { CellStatus, ComplianceCell, ComplianceMatrix, ComplianceRow } from '../../api/schemas/meetings';
import { periodOf, periodsOfYear } from '../../api/rules/periods';
import { meetingsFrom } from '../ledgerStart';
import { fullMemberShortfalls } from '../members/fullMembers';
import { memoUntilWrite } from '../memo';
import type { Ledger } from '../open';
import { meetingRules } from './rules';

interface OrgRow {
  id: number;
  name: string;
  kind: string;
  parent_id: number | null;
  founded_on: string | null;
  closed_on: string | null;
}

const appliesTo = (rule: MeetingRule, kind: string) => (rule.audience === 'group' ? kind === '党小组' : kind === '党支部' || kind === '联合党支部');

/**
 * The matrix is read by 首页 (figures and reminders, both on opening the app) and the
 * 三会一课 page; it is kept until the ledger changes (about 7 ms to compute at street scale here).
 */
export function complianceMatrix(ledger: Ledger, year: number, today: string): ComplianceMatrix {
  return memoUntilWrite(ledger, `compliance:${year}:${today}`, () => computeMatrix(ledger, year, today));
}

/** The matrix computed afresh (the bench times this). */
export function computeMatrix(ledger: Ledger, year: number, today: string): ComplianceMatrix {
  const rules = meetingRules(ledger).filter((r) => r.minCount > 0);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  // 建账日期 (docs/ledgerStart.md): a period that ended before the ledger's 三会一课 start is
  // 建账前, neither owed nor missed; meetings typed in for it show but count once the start moves back.
  const coveredFrom = meetingsFrom(ledger);
  const orgs = ledger.sqlite
    .prepare(
      `SELECT id, name, kind, parent_id, founded_on, closed_on FROM orgs
       WHERE (closed_on IS NULL OR closed_on >= ?) AND (founded_on IS NULL OR founded_on <= ?) ORDER BY parent_id, id`,
    )
    .all(from, to) as OrgRow[];
  // Meetings held this year, and 补开 ones held up to a year later for this year's periods.
  const held = ledger.sqlite
    .prepare(
      `SELECT m.org_id AS orgId, t.type, m.held_on AS heldOn, m.make_up_for AS makeUpFor
       FROM meetings m JOIN meeting_types t ON t.meeting_id = m.id
       WHERE m.voided_at IS NULL
         AND ((m.held_on BETWEEN @from AND @to AND m.make_up_for IS NULL)
           OR (m.make_up_for >= @year AND m.make_up_for < @nextYear AND m.held_on <= @madeUpBy))`,
    )
    .all({ from, to, year: String(year), nextYear: String(year + 1), madeUpBy: `${year + 1}-12-31` }) as {
    orgId: number;
    type: MeetingType;
    heldOn: string;
    makeUpFor: string | null;
  }[];
  const exemptions = ledger.sqlite.prepare('SELECT org_id AS orgId, type, reason FROM meeting_exemptions WHERE year IS NULL OR year = ?').all(year) as {
    orgId: number;
    type: string;
    reason: string;
  }[];

  // Held meetings counted per organisation and type, then per period: the cells below look
  // their count up by period key (14,000 cells at street scale; one composite string key per
  // cell cost a third of the matrix).
  const counts = new Map<string, Map<string, { regular: number; makeUp: number }>>();
  const bump = (orgType: string, period: string, field: 'regular' | 'makeUp') => {
    let byPeriod = counts.get(orgType);
    if (!byPeriod) counts.set(orgType, (byPeriod = new Map()));
    const c = byPeriod.get(period) ?? { regular: 0, makeUp: 0 };
    c[field]++;
    byPeriod.set(period, c);
  };
  const ruleOf = new Map(rules.map((r) => [r.type, r]));
  const periodsOf = new Map(rules.map((r) => [r.type, periodsOfYear(year, r.period)]));
  const exemptionOf = new Map<string, (typeof exemptions)[number]>();
  for (const e of exemptions) if (!exemptionOf.has(`${e.orgId}|${e.type}`)) exemptionOf.set(`${e.orgId}|${e.type}`, e);
  for (const h of held) {
    const rule = ruleOf.get(h.type);
    if (!rule) continue;
    if (h.makeUpFor) {
      // A make-up named by month counts for that month's quarter or year too.
      const period = rule.period === 'month' ? h.makeUpFor : periodOf(`${h.makeUpFor.slice(0, 4)}-${monthOfKey(h.makeUpFor)}-01`, rule.period);
      bump(`${h.orgId}|${h.type}`, period, 'makeUp');
    } else bump(`${h.orgId}|${h.type}`, periodOf(h.heldOn, rule.period), 'regular');
  }

  // 支委会 is owed only by a branch with 7 or more 正式党员 (支部工作条例 art. 9), counted on
  // each period's first day: the period's requirement is settled when it begins. No
  // exemption needs entering for a small branch; one that grows to 7 owes it from the next period.
  const committeeStarts = [...new Set(rules.filter((r) => r.audience === 'committee').flatMap((r) => periodsOf.get(r.type)!.map((p) => p.start)))];
  const shortfalls = committeeStarts.length > 0 ? fullMemberShortfalls(ledger, committeeStarts, COMMITTEE_MIN_FULL_MEMBERS) : null;

  const none = { regular: 0, makeUp: 0 };
  const rows: ComplianceRow[] = [];
  const totals = { required: 0, held: 0, missing: 0, due: 0 };
  for (const org of orgs) {
    for (const rule of rules) {
      if (!appliesTo(rule, org.kind)) continue;
      const exemption = exemptionOf.get(`${org.id}|${rule.type}`);
      const counted = counts.get(`${org.id}|${rule.type}`);
      const row: ComplianceRow = {
        orgId: org.id,
        orgName: org.name,
        type: rule.type,
        rule,
        cells: [],
        required: 0,
        held: 0,
        exemptReason: exemption?.reason ?? null,
      };
      for (const p of periodsOf.get(rule.type)!) {
        const c = counted?.get(p.key) ?? none;
        const outside = (org.founded_on && p.end < org.founded_on) || (org.closed_on && p.start > org.closed_on);
        const beforeStart = coveredFrom !== null && p.end < coveredFrom;
        const fullCount = rule.audience === 'committee' ? shortfalls!.below(p.start, org.id) : null;
        let status: CellStatus;
        let note: string | undefined;
        if (exemption) status = 'exempt';
        else if (outside) {
          status = 'notYet';
          if (org.founded_on && p.end < org.founded_on) note = `成立前（成立日期${org.founded_on}），不计`;
        } else if (beforeStart) {
          status = 'beforeStart';
          note = `建账前（三会一课自${coveredFrom}起记录），不计`;
        } else if (fullCount !== null) {
          status = 'notRequired';
          note = `正式党员${fullCount}人，不足${COMMITTEE_MIN_FULL_MEMBERS}人，不设支部委员会（《中国共产党支部工作条例（试行）》第九条）`;
        } else if (c.regular >= rule.minCount) status = 'held';
        else if (c.regular + c.makeUp >= rule.minCount) status = 'makeUp';
        else if (p.end < today) status = 'missing';
        else if (p.start <= today) status = 'due';
        else status = 'notYet';
        const required = status === 'exempt' || status === 'notRequired' || status === 'beforeStart' || outside ? 0 : rule.minCount;
        const cell: ComplianceCell = { period: p.key, label: p.label, required, held: c.regular + c.makeUp, status };
        if (note) cell.note = note;
        row.cells.push(cell);
        // A period still under way or not begun asks nothing yet.
        if (status !== 'notYet' && status !== 'due') row.required += required;
        // Meetings of a period before the start show in their cell but are not reported as held.
        if (status !== 'beforeStart') row.held += cell.held;
        if (status === 'missing') totals.missing++;
        else if (status === 'due') totals.due++;
      }
      totals.required += row.required;
      totals.held += row.held;
      rows.push(row);
    }
  }
  return { year, today, rows, totals, meetingsFrom: coveredFrom };
}

/** "2026-Q2" → "04" (the quarter's first month); "2026-05" → "05"; "2026" → "01". */
function monthOfKey(key: string): string {
  const q = /-Q([1-4])$/.exec(key);
  if (q) return String((Number(q[1]) - 1) * 3 + 1).padStart(2, '0');
  return /-(\d{2})$/.exec(key)?.[1] ?? '01';
}
