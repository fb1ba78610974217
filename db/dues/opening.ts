// 党费 opening in one step (shared/DOMAIN.md "A ledger's start"): the month the ledger starts
// keeping dues ('ledger.duesStartMonth', start.ts) and, for everyone at once, the month up to
// which each member had paid before it (members.dues_paid_through, the 期初 党费交纳至). Moving
// the start back later makes the earlier months count again: nothing else is written.
import type { DuesOpening, SaveDuesOpeningInput } from '../../api/schemas/duesOpening';
import { nowStamp } from '../clock';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { getSetting, putSettings } from '../settings';
import { monthIndex } from './months';
import { allOwed } from './owed';
import { orgName, orgNodes } from './orgTree';
import { followDuesPoints } from './pointsFollow';
import { DUES_START_KEY, LEDGER_START_KEY } from './start';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The members owing month `m` (index): whose 党费交纳至 the opening asks. */
function owersOfMonth(ledger: Ledger, m: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [id, owed] of allOwed(ledger, m, m)) if (owed[0]) out.set(id, owed[0]);
  return out;
}

/** Members in branch order, then as entered. `month` ('YYYY-MM'): whose opening to list; null = the saved start, else the 建账 month, else today's month. */
export function duesOpening(ledger: Ledger, month: string | null, today: string): DuesOpening {
  return ledger.tx(() => {
    const saved = getSetting(ledger, DUES_START_KEY);
    const ledgerStart = getSetting(ledger, LEDGER_START_KEY)?.slice(0, 7) ?? null;
    const startMonth = saved !== null && MONTH.test(saved) ? saved : null;
    const ledgerStartMonth = ledgerStart !== null && MONTH.test(ledgerStart) ? ledgerStart : null;
    const listed = month ?? startMonth ?? ledgerStartMonth ?? today.slice(0, 7);
    const owers = owersOfMonth(ledger, monthIndex(listed));
    const nodes = orgNodes(ledger);
    const people = ledger
      .prepare('SELECT id, name, dues_paid_through AS paidThrough FROM members WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...owers.keys()])) as { id: number; name: string; paidThrough: string | null }[];
    const members = people
      .map((p) => ({ memberId: p.id, name: p.name, branchName: orgName(nodes, owers.get(p.id)!), paidThrough: p.paidThrough }))
      .sort((a, b) => owers.get(a.memberId)! - owers.get(b.memberId)! || a.memberId - b.memberId);
    return { startMonth, ledgerStartMonth, members };
  });
}

/** Saves the start and everyone's 党费交纳至 in one transaction: the listed members keep their own value, the rest owing the start month get the default. */
export function saveDuesOpening(ledger: Ledger, input: SaveDuesOpeningInput, today: string): DuesOpening {
  return ledger.tx(() => {
    putSettings(ledger, { [DUES_START_KEY]: input.startMonth });
    const own = new Map(input.members.map((m) => [m.memberId, m.paidThrough]));
    const exists = ledger.prepare('SELECT id FROM members WHERE id = ?');
    for (const id of own.keys()) if (!exists.get(id)) throw notFound('党员');
    const at = nowStamp();
    const write = ledger.prepare('UPDATE members SET dues_paid_through = ?, updated_at = ? WHERE id = ?');
    const touched: number[] = [];
    for (const [id, paidThrough] of own) {
      write.run(paidThrough, at, id);
      touched.push(id);
    }
    if (input.defaultPaidThrough !== null) {
      for (const id of owersOfMonth(ledger, monthIndex(input.startMonth)).keys()) {
        if (own.has(id)) continue;
        write.run(input.defaultPaidThrough, at, id);
        touched.push(id);
      }
    }
    // 按时交纳党费 reads which months are on the ledger: the start's year is derived again.
    followDuesPoints(ledger, Number(input.startMonth.slice(0, 4)), touched);
    return duesOpening(ledger, input.startMonth, today);
  });
}
