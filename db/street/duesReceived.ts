// 党费 the street received from each community (issue 30): dated amounts in 分, never edited or deleted; a correction
// is a new record naming the one it corrects, its amount the difference, counted in the corrected record's period.
// The view sets the year's received against what each community's year package says it handed to the street.
import { duesFigures } from '../../api/rules/streetSums';
import type { DuesCheckFigures, DuesCheckRow, DuesCheckView, DuesReceivedRecord } from '../../api/schemas/streetPlan';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { getCommunity } from './communities';
import { livePackages } from './live';

const RECORDS_SQL = `SELECT r.id, r.community_id AS communityId, c.name AS community, r.received_on AS receivedOn, r.amount_fen AS amountFen,
  r.note, r.corrects, r.created_at AS createdAt, r.operator FROM street_dues_received r JOIN street_communities c ON c.id = r.community_id`;

export function recordsOfYear(ledger: Ledger, year: number): DuesReceivedRecord[] {
  return ledger
    .prepare(`${RECORDS_SQL} WHERE r.received_on BETWEEN ? AND ? ORDER BY r.received_on, r.id`)
    .all(`${year}-01-01`, `${year}-12-31`) as DuesReceivedRecord[];
}

export function recordDuesReceived(
  ledger: Ledger,
  input: { communityId: number; receivedOn: string; amountFen: number; note: string | null; corrects: number | null },
  operator: string | null,
  today: string,
): DuesCheckView {
  const year = ledger.tx(() => {
    let { communityId, receivedOn } = input;
    if (input.corrects !== null) {
      const original = ledger.prepare(`${RECORDS_SQL} WHERE r.id = ?`).get(input.corrects) as DuesReceivedRecord | undefined;
      if (!original) throw notFound('到账记录');
      if (original.corrects !== null) throw refuse('请更正原始到账记录，不要更正一条更正记录', 'corrects');
      if (!input.note) throw refuse('更正到账记录须写明原因（备注）', 'note');
      // A correction belongs to the money it corrects: same community, same day, so the same period.
      ({ communityId, receivedOn } = original);
      const net = ledger.prepare('SELECT sum(amount_fen) AS n FROM street_dues_received WHERE id = ? OR corrects = ?').get(original.id, original.id) as {
        n: number;
      };
      if (net.n + input.amountFen < 0) throw refuse(`更正后该笔到账金额将为负数（原为${(net.n / 100).toFixed(2)}元），请核对更正金额`, 'amountFen');
    } else {
      if (input.amountFen < 0) throw refuse('到账金额应大于0；冲减请用“更正”', 'amountFen');
      if (receivedOn > today) throw refuse(`到账日期${receivedOn}晚于今天，请核对`, 'receivedOn');
      const c = getCommunity(ledger, communityId);
      if (c.mergedInto) throw refuse(`“${c.name}”已并入其他社区记录，请记在保留的记录下`, 'communityId');
    }
    ledger
      .prepare('INSERT INTO street_dues_received (community_id, received_on, amount_fen, note, corrects, created_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(communityId, receivedOn, input.amountFen, input.note, input.corrects, nowStamp(), operator);
    return Number(receivedOn.slice(0, 4));
  });
  return duesCheck(ledger, year);
}

export function duesCheck(ledger: Ledger, year: number): DuesCheckView {
  const records = recordsOfYear(ledger, year);
  const reported = new Map(livePackages(ledger, year, null).map((p) => [p.communityId, { fen: duesFigures(p.data.dues).toStreetFen, asOf: p.data.asOf }]));
  const received = new Map<number, number>();
  for (const r of records) received.set(r.communityId, (received.get(r.communityId) ?? 0) + r.amountFen);
  const communities = ledger.prepare('SELECT id, name, closed_on AS closedOn FROM street_communities WHERE merged_into IS NULL ORDER BY id').all() as {
    id: number;
    name: string;
    closedOn: string | null;
  }[];
  const rows: DuesCheckRow[] = communities
    .filter((c) => !c.closedOn || c.closedOn > `${year}-01-01` || reported.has(c.id) || received.has(c.id))
    .map((c) => {
      const rep = reported.get(c.id);
      const got = received.get(c.id) ?? 0;
      return {
        communityId: c.id,
        community: c.name,
        asOf: rep?.asOf ?? null,
        reportedFen: rep?.fen ?? null,
        receivedFen: got,
        differenceFen: rep ? got - rep.fen : null,
      };
    });
  const sumOf = (get: (r: DuesCheckRow) => number | null): number | null => {
    const values = rows.map(get).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const total: DuesCheckFigures = {
    reportedFen: sumOf((r) => r.reportedFen),
    receivedFen: sumOf((r) => r.receivedFen) ?? 0,
    differenceFen: sumOf((r) => r.differenceFen),
  };
  return { year, rows, total, records };
}
