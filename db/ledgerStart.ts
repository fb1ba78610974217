// 建账日期: from when this ledger knows what. Before it (and before each ledger's own start:
// 三会一课 from a day, 党费 from a month) nothing is owed, missed or reminded, and reports say
// what they cover (docs/ledgerStart.md). Kept in the settings table; a ledger with no start
// covers everything, as every ledger did before the start existed.
import { FULL_COVERAGE, dayText, monthText, type Coverage } from '../api/rules/coverage';
import type { LedgerStartInfo } from '../api/schemas/ledgerStart';
import { refuse } from './ledgerError';
import type { Ledger } from './open';
import { getSettingValues, putSettings, removeSettings } from './settings';
import { LEDGER_KIND_KEY } from './street/kind';

/** The keys, agreed with the 党费 side (db/dues reads 'ledger.duesStartMonth' with the same fallback). */
export const LEDGER_START_KEYS = {
  startDate: 'ledger.startDate',
  meetingsStart: 'ledger.meetingsStart',
  duesStartMonth: 'ledger.duesStartMonth',
  /** 首页's question put aside ("暂不设置"): the day it was. */
  declined: 'ledger.startDeclined',
} as const;

const KEYS = Object.values(LEDGER_START_KEYS);
const SAMPLE_MARKER = 'sample.backup';

function stored(ledger: Ledger) {
  const v = getSettingValues(ledger, [...KEYS, SAMPLE_MARKER, LEDGER_KIND_KEY]);
  return {
    startDate: v[LEDGER_START_KEYS.startDate],
    meetingsStart: v[LEDGER_START_KEYS.meetingsStart],
    duesStartMonth: v[LEDGER_START_KEYS.duesStartMonth],
    declined: v[LEDGER_START_KEYS.declined] !== null,
    sample: v[SAMPLE_MARKER] !== null,
    street: v[LEDGER_KIND_KEY] === '街道',
  };
}

/** The effective coverage: 三会一课 from ledger.meetingsStart or the 建账日期, 党费 from ledger.duesStartMonth or the 建账日期's month. */
export function ledgerCoverage(ledger: Ledger): Coverage {
  const s = stored(ledger);
  if (s.street) return FULL_COVERAGE;
  return { startDate: s.startDate, meetingsFrom: s.meetingsStart ?? s.startDate, duesFromMonth: s.duesStartMonth ?? s.startDate?.slice(0, 7) ?? null };
}

/** The first day 三会一课 are owed from, or null when they are owed from the beginning. */
export const meetingsFrom = (ledger: Ledger): string | null => ledgerCoverage(ledger).meetingsFrom;

interface Earliest {
  meeting: { heldOn: string; orgName: string } | null;
  duesMonth: string | null;
}

/** Meetings (by the day held) and paid 党费 months (a reversed payment pays nothing) from `from` on. */
function earliestFrom(ledger: Ledger, from: string, fromMonth: string): Earliest {
  const meeting = ledger
    .prepare(
      `SELECT m.held_on AS heldOn, o.name AS orgName FROM meetings m JOIN orgs o ON o.id = m.org_id
       WHERE m.held_on >= ? AND m.voided_at IS NULL ORDER BY m.held_on LIMIT 1`,
    )
    .get(from) as Earliest['meeting'] | undefined;
  const dues = ledger
    .prepare(
      `SELECT min(pm.month) AS month FROM dues_payment_months pm JOIN dues_payments p ON p.id = pm.payment_id
       WHERE pm.month >= ? AND p.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM dues_payments r WHERE r.reverses_id = p.id)`,
    )
    .get(fromMonth) as { month: string | null };
  return { meeting: meeting ?? null, duesMonth: dues.month };
}

export function ledgerStartInfo(ledger: Ledger, today: string): LedgerStartInfo {
  const s = stored(ledger);
  const coverage = ledgerCoverage(ledger);
  const first = earliestFrom(ledger, '0000-00-00', '0000-00');
  const earliest = [first.meeting?.heldOn ?? null, first.duesMonth ? `${first.duesMonth}-01` : null].filter((d): d is string => d !== null).sort()[0] ?? null;
  const hasData = (ledger.prepare('SELECT EXISTS (SELECT 1 FROM orgs) OR EXISTS (SELECT 1 FROM members) AS n').get() as { n: number }).n === 1;
  return {
    ...coverage,
    meetingsStart: s.meetingsStart,
    duesStartMonth: s.duesStartMonth,
    earliestRecord: earliest,
    suggested: earliest !== null && earliest < today ? earliest : today,
    hasData,
    // The sample's five years of history are shown whole; a street ledger has no 三会一课 or 党费 of its own.
    ask: s.startDate === null && !s.declined && !s.sample && !s.street,
  };
}

/**
 * Sets the 建账日期 (and the 三会一课 start, null = the same day). Moving a start back is always
 * allowed (earlier records typed in from the binders then count); moving one forward past a
 * recorded meeting or 党费 month is refused, naming the record: it would stop counting.
 */
export function setLedgerStart(ledger: Ledger, input: { startDate: string; meetingsStart: string | null }, today: string): LedgerStartInfo {
  if (input.startDate > today) throw refuse(`建账日期不能晚于今天（${dayText(today)}）`, 'startDate');
  if (input.meetingsStart !== null && input.meetingsStart > today) throw refuse(`三会一课起始日期不能晚于今天（${dayText(today)}）`, 'meetingsStart');
  ledger.tx(() => {
    const s = stored(ledger);
    if (s.street) throw refuse('街道台账不记三会一课和党费，无需设置建账日期', 'startDate');
    const before = ledgerCoverage(ledger);
    const meetingsNew = input.meetingsStart ?? input.startDate;
    // Only what moves forward can leave a record uncovered: between the old start (or the beginning) and the new one.
    if (before.meetingsFrom === null || meetingsNew > before.meetingsFrom) {
      const { meeting } = earliestFrom(ledger, before.meetingsFrom ?? '0000-00-00', '9999-99');
      if (meeting && meeting.heldOn < meetingsNew) {
        const field = input.meetingsStart === null ? 'startDate' : 'meetingsStart';
        throw refuse(
          `${meeting.orgName}已有${dayText(meeting.heldOn)}召开的会议记录，三会一课的起始日期不能晚于该日。` +
            `请设为${meeting.heldOn}或更早；如该记录有误，请先在“三会一课”中更正`,
          field,
        );
      }
    }
    // 党费 follow the 建账日期's month unless the 党费 page set their own start month.
    if (s.duesStartMonth === null) {
      const duesNew = input.startDate.slice(0, 7);
      if (before.duesFromMonth === null || duesNew > before.duesFromMonth) {
        const { duesMonth } = earliestFrom(ledger, '9999-99-99', before.duesFromMonth ?? '0000-00');
        if (duesMonth && duesMonth < duesNew) {
          throw refuse(`已有${monthText(duesMonth)}的党费交纳记录，建账日期不能晚于${monthText(duesMonth)}。请设为${duesMonth}-01或更早`, 'startDate');
        }
      }
    }
    putSettings(ledger, { [LEDGER_START_KEYS.startDate]: input.startDate });
    if (input.meetingsStart === null) removeSettings(ledger, [LEDGER_START_KEYS.meetingsStart]);
    else putSettings(ledger, { [LEDGER_START_KEYS.meetingsStart]: input.meetingsStart });
  });
  return ledgerStartInfo(ledger, today);
}

/** "暂不设置": the ledger keeps covering everything and 首页 stops asking (系统设置 still can). */
export function declineLedgerStart(ledger: Ledger, today: string): LedgerStartInfo {
  putSettings(ledger, { [LEDGER_START_KEYS.declined]: today });
  return ledgerStartInfo(ledger, today);
}
