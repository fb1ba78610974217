// 上缴: a branch hands collected dues to the 社区党委, the 社区党委 to the street (to_org_id NULL).
// Append-only: a wrong row is undone by a reversing row. Balances per organisation for a year:
// collected from members + received from below − handed up.
import type { DuesBalance, DuesHandoverRow, DuesHandovers, HandoverInput } from '../../api/schemas/dues';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { orgName, orgNodes } from './orgTree';

const COLUMNS = `h.id, h.from_org_id AS fromOrgId, h.to_org_id AS toOrgId, h.handed_on AS handedOn, h.period_from AS periodFrom, h.period_to AS periodTo,
  h.amount_fen AS amountFen, h.receipt_no AS receiptNo, h.note, h.reverses_id AS reversesId,
  (SELECT r.id FROM dues_handovers r WHERE r.reverses_id = h.id) AS reversedById`;

type Raw = Omit<DuesHandoverRow, 'fromOrgName' | 'toOrgName'>;

/** The year's 上缴 (by the year its period ends in) and every organisation's balance. */
export function handovers(ledger: Ledger, year: number): DuesHandovers {
  return ledger.tx(() => {
    const nodes = orgNodes(ledger);
    const raw = ledger
      .prepare(`SELECT ${COLUMNS} FROM dues_handovers h WHERE h.period_to >= ? AND h.period_to <= ? ORDER BY h.handed_on, h.id`)
      .all(`${year}-01`, `${year}-12`) as Raw[];
    const rows = raw.map((r) => ({ ...r, fromOrgName: orgName(nodes, r.fromOrgId), toOrgName: orgName(nodes, r.toOrgId) }));
    const collected = ledger
      .prepare('SELECT org_id AS orgId, sum(amount_fen) AS fen FROM dues_payment_months WHERE month >= ? AND month <= ? GROUP BY org_id')
      .all(`${year}-01`, `${year}-12`) as { orgId: number; fen: number }[];
    const balances = new Map<number, DuesBalance>();
    const of = (orgId: number): DuesBalance => {
      let b = balances.get(orgId);
      if (!b) balances.set(orgId, (b = { orgId, orgName: orgName(nodes, orgId), collectedFen: 0, receivedFen: 0, handedFen: 0, balanceFen: 0 }));
      return b;
    };
    for (const c of collected) of(c.orgId).collectedFen += c.fen;
    for (const r of rows) {
      of(r.fromOrgId).handedFen += r.amountFen;
      if (r.toOrgId !== null) of(r.toOrgId).receivedFen += r.amountFen;
    }
    for (const b of balances.values()) b.balanceFen = b.collectedFen + b.receivedFen - b.handedFen;
    return { year, rows, balances: [...balances.values()].sort((a, b) => a.orgId - b.orgId) };
  });
}

function insertHandover(ledger: Ledger, h: Omit<Raw, 'id' | 'reversedById'>): number {
  return Number(
    ledger
      .prepare(
        `INSERT INTO dues_handovers (from_org_id, to_org_id, handed_on, period_from, period_to, amount_fen, receipt_no, note, reverses_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(h.fromOrgId, h.toOrgId, h.handedOn, h.periodFrom, h.periodTo, h.amountFen, h.receiptNo, h.note, h.reversesId, nowStamp()).lastInsertRowid,
  );
}

export function addHandover(ledger: Ledger, input: HandoverInput, today: string): DuesHandovers {
  if (input.handedOn > today) throw refuse('上缴日期不能晚于今天', 'handedOn');
  if (input.periodFrom.slice(0, 4) !== input.periodTo.slice(0, 4)) throw refuse('所属期不能跨年度', 'periodTo');
  return ledger.tx(() => {
    const nodes = orgNodes(ledger);
    if (!nodes.has(input.fromOrgId)) throw notFound('上缴组织');
    if (input.toOrgId !== null && !nodes.has(input.toOrgId)) throw notFound('接收组织');
    if (input.toOrgId === input.fromOrgId) throw refuse('上缴组织和接收组织不能相同', 'toOrgId');
    insertHandover(ledger, { ...input, reversesId: null });
    return handovers(ledger, Number(input.periodTo.slice(0, 4)));
  });
}

export function reverseHandover(ledger: Ledger, input: { id: number; reason: string }, today: string): DuesHandovers {
  return ledger.tx(() => {
    const h = ledger.prepare(`SELECT ${COLUMNS} FROM dues_handovers h WHERE h.id = ?`).get(input.id) as Raw | undefined;
    if (!h) throw notFound('上缴记录');
    if (h.reversesId !== null) throw refuse('这是一条冲销记录，不能再冲销', 'id');
    if (h.reversedById !== null) throw refuse('该上缴记录已冲销', 'id');
    insertHandover(ledger, { ...h, handedOn: today, amountFen: -h.amountFen, note: `冲销：${input.reason}`, reversesId: h.id });
    return handovers(ledger, Number(h.periodTo.slice(0, 4)));
  });
}
