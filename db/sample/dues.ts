// 党费 in the generated ledgers (示例数据, `npm run seed`, the bench's street): the year's default
// scheme, a base for every member, payments for the months already over (up to November),
// monthly or by quarter, a few members in arrears — one 3 months behind, one 7 — one 免交 with
// its reason, and each branch's 上缴 to the 社区党委 and the 社区党委's to the street per quarter.
// Dates never pass `today`. Rows go in through prepared statements in one transaction.
import { DEFAULT_DUES_BANDS, DEFAULT_DUES_ROUNDING, monthlyDueFen } from '../../api/rules/dues';
import type { DuesKind } from '../../api/dues';
import type { Ledger } from '../open';
import { allOwed } from '../dues/owed';
import { decemberOf, januaryOf } from '../dues/months';
import type { Rng } from './random';

export interface DuesSeedResult {
  bases: number;
  payments: number;
  lines: number;
  handovers: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const FIXED_KINDS: DuesKind[] = ['农民', '学生', '下岗失业', '低保'];

/** Whether the ledger has the dues tables (the bench seeds one migration behind, then adds dues). */
export const hasDuesTables = (ledger: Ledger): boolean =>
  ledger.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dues_bases'").get() !== undefined;

export function seedDues(ledger: Ledger, today: string, r: Rng): DuesSeedResult {
  const db = ledger.sqlite;
  const year = Number(today.slice(0, 4));
  const now = `${today}T00:00:00.000Z`;
  const month = Number(today.slice(5, 7));
  /** The last month paid by those who keep up: the last month already over, at most November. */
  const lastPaid = Math.min(11, month - 1);
  const result: DuesSeedResult = { bases: 0, payments: 0, lines: 0, handovers: 0 };
  const insBase = db.prepare(
    `INSERT INTO dues_bases (member_id, from_month, kind, base_fen, relief, relief_fen, relief_reason, relief_approver, source, created_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, '录入', ?)`,
  );
  const insPay = db.prepare(
    `INSERT INTO dues_payments (member_id, paid_on, amount_fen, method, collector, receipt_no, note, reverses_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
  );
  const insLine = db.prepare('INSERT INTO dues_payment_months (payment_id, month, member_id, org_id, amount_fen) VALUES (?, ?, ?, ?, ?)');
  const insHand = db.prepare(
    `INSERT INTO dues_handovers (from_org_id, to_org_id, handed_on, period_from, period_to, amount_fen, receipt_no, note, reverses_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
  );
  const dayIn = (m: number, day: number) => {
    const d = `${year}-${pad(m)}-${pad(day)}`;
    return d > today ? today : d;
  };
  ledger.tx(() => {
    const members = db.prepare('SELECT id, community_class FROM members ORDER BY id').raw().all() as [number, string][];
    const owedOf = allOwed(ledger, januaryOf(year), decemberOf(year));
    // branch → quarter → collected, for the 上缴.
    const collected = new Map<number, number[]>();
    let behind3 = false;
    let behind7 = false;
    let exempt = false;
    for (const [id, cls] of members) {
      const owed = owedOf.get(id);
      if (!owed) continue;
      const retired = cls === '离退休';
      const kind: DuesKind = retired ? '离退休' : r.chance(0.9) ? '在职' : r.pick(FIXED_KINDS);
      const baseFen = kind === '在职' ? (2000 + r.int(13000)) * 100 : kind === '离退休' ? (2500 + r.int(6000)) * 100 : null;
      const owesAll = owed.every((o) => o !== 0);
      const isExempt = !exempt && owesAll && kind === '离退休';
      if (isExempt) {
        exempt = true;
        insBase.run(id, `${year}-01`, kind, baseFen, '免交', '家庭生活困难，享受最低生活保障', '社区党委', now);
        result.bases++;
        continue;
      }
      insBase.run(id, `${year}-01`, kind, baseFen, null, null, null, now);
      result.bases++;
      const due = monthlyDueFen(DEFAULT_DUES_BANDS, DEFAULT_DUES_ROUNDING, { kind, baseFen, relief: null, reliefFen: null }) ?? 0;
      // Who falls behind: one by 3 months, one by 7, and about one in fifty from a random month.
      let through = lastPaid;
      if (owesAll && !behind3 && lastPaid >= 4) {
        behind3 = true;
        through = lastPaid - 3;
      } else if (owesAll && !behind7 && lastPaid >= 8) {
        behind7 = true;
        through = lastPaid - 7;
      } else if (r.chance(0.02)) through = r.int(lastPaid + 1);
      const quarterly = r.chance(0.3);
      const method = r.pick(['现金', '微信', '微信', '支付宝', '银行转账'] as const);
      let group: number[] = [];
      const flush = () => {
        if (group.length === 0) return;
        const last = group[group.length - 1]!;
        const payment = Number(
          insPay.run(
            id,
            dayIn(last, 10 + r.int(15)),
            due * group.length,
            method,
            '支部组织委员',
            r.chance(0.5) ? `DF${year}${pad(last)}${String(id).padStart(5, '0')}` : null,
            now,
          ).lastInsertRowid,
        );
        result.payments++;
        for (const m of group) {
          const org = owed[m - 1]!;
          insLine.run(payment, `${year}-${pad(m)}`, id, org, due);
          result.lines++;
          let q = collected.get(org);
          if (!q) collected.set(org, (q = [0, 0, 0, 0]));
          q[Math.floor((m - 1) / 3)]! += due;
        }
        group = [];
      };
      for (let m = 1; m <= through; m++) {
        if (!owed[m - 1]) {
          flush();
          continue;
        }
        group.push(m);
        if (!quarterly || m % 3 === 0) flush();
      }
      flush();
    }
    // 上缴 of each quarter that is over: each branch what it collected, then the 社区党委 the sum.
    const root = db.prepare("SELECT id FROM orgs WHERE parent_id IS NULL AND kind IN ('党委', '党总支') ORDER BY id LIMIT 1").get() as
      { id: number } | undefined;
    if (!root) return;
    for (let q = 0; q < 4; q++) {
      const handMonth = q * 3 + 4;
      if (handMonth > month || handMonth > 12) break;
      let sum = 0;
      for (const [org, quarters] of [...collected].sort((a, b) => a[0] - b[0])) {
        if (quarters[q]! <= 0) continue;
        insHand.run(org, root.id, dayIn(handMonth, 5), `${year}-${pad(q * 3 + 1)}`, `${year}-${pad(q * 3 + 3)}`, quarters[q], null, now);
        result.handovers++;
        sum += quarters[q]!;
      }
      if (sum > 0) {
        insHand.run(root.id, null, dayIn(handMonth, 10), `${year}-${pad(q * 3 + 1)}`, `${year}-${pad(q * 3 + 3)}`, sum, `JD${year}Q${q + 1}`, now);
        result.handovers++;
      }
    }
  });
  return result;
}
