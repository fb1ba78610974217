// 党费收缴情况统计表's lines from dues.stats (应交, 实交, heads, per branch and period) and the
// year's 上缴 rows: what each branch handed up, what the 社区党委 received and handed to the
// street, and the balance each holds at the end of each period (this year's money only).
import type { DuesPeriod } from '../api/schemas/dues';
import { handovers } from '../db/dues/handovers';
import { orgNodes } from '../db/dues/orgTree';
import { throughMonthOf } from '../db/dues/months';
import { readScheme } from '../db/dues/scheme';
import { duesStartMonth } from '../db/dues/start';
import { duesStats } from '../db/dues/stats';
import type { Ledger } from '../db/open';
import type { DuesHeads, DuesStatsData, DuesStatsLine } from './forms/duesStats';

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];
const COMMUNITY_KINDS = new Set(['党委', '党总支']);

/** '2026-03' → '3月', '2026-Q2' → '第二季度', '2026' → '全年'. */
export function periodLabel(period: string): string {
  if (period.includes('-Q')) return QUARTERS[Number(period.slice(-1)) - 1]!;
  if (period.length === 4) return '全年';
  return `${Number(period.slice(5, 7))}月`;
}

/** The index among the stats periods of the period a month ('YYYY-MM') falls in. */
const periodIndexOf = (month: string, period: DuesPeriod): number =>
  period === '年' ? 0 : period === '季' ? Math.floor((Number(month.slice(5, 7)) - 1) / 3) : Number(month.slice(5, 7)) - 1;

export function duesStatsData(ledger: Ledger, year: number, period: DuesPeriod, today: string): DuesStatsData {
  return ledger.tx(() => {
    const stats = duesStats(ledger, year, period, today);
    const nodes = orgNodes(ledger);
    const moves = handovers(ledger, year).rows;
    const count = stats.periods.length;
    const perPeriod = (pick: (h: (typeof moves)[number]) => boolean) => {
      const out = new Array<number>(count).fill(0);
      for (const h of moves) if (pick(h)) out[periodIndexOf(h.periodTo, period)]! += h.amountFen;
      return out;
    };
    const lines: DuesStatsLine[] = [];
    const paidMembers: Record<string, number> = {};
    const heads: Record<string, DuesHeads> = {};
    const isCommunity = (orgId: number) => COMMUNITY_KINDS.has(nodes.get(orgId)?.kind ?? '');
    const communities = [...nodes.values()].filter((n) => isCommunity(n.id) && (n.closedOn === null || n.closedOn >= `${year}-01-01`));
    for (let p = 0; p < count; p++) {
      const label = periodLabel(stats.periods[p]!);
      // The 合计's heads are the community's: a member who moved between branches in the period is one person.
      const t = stats.total.cells[p]!;
      heads[label] = { owingMembers: t.owingCount, paidMembers: t.paidCount, arrearsMembers: t.arrearsCount };
      for (const row of stats.rows) {
        if (isCommunity(row.orgId)) continue;
        const handed = perPeriod((h) => h.fromOrgId === row.orgId);
        let balance = 0;
        for (let q = 0; q <= p; q++) balance += row.cells[q]!.paidFen - handed[q]!;
        const c = row.cells[p]!;
        paidMembers[`${label}|${row.orgName}`] = c.paidCount;
        lines.push({
          period: label,
          orgName: row.orgName,
          community: false,
          owingMembers: c.owingCount,
          dueFen: c.dueFen,
          paidFen: c.paidFen,
          arrearsMembers: c.arrearsCount,
          arrearsFen: c.arrearsFen,
          handedFen: handed[p]!,
          balanceFen: balance,
        });
      }
      for (const node of communities) {
        // Its own members' dues (if any report straight to it) plus what the branches handed it.
        const own = stats.rows.find((r) => r.orgId === node.id);
        const received = perPeriod((h) => h.toOrgId === node.id);
        const handed = perPeriod((h) => h.fromOrgId === node.id);
        let balance = 0;
        for (let q = 0; q <= p; q++) balance += received[q]! + (own?.cells[q]!.paidFen ?? 0) - handed[q]!;
        lines.push({
          period: label,
          orgName: node.name,
          community: true,
          owingMembers: 0,
          dueFen: 0,
          paidFen: received[p]! + (own?.cells[p]!.paidFen ?? 0),
          arrearsMembers: 0,
          arrearsFen: 0,
          handedFen: handed[p]!,
          balanceFen: balance,
        });
      }
    }
    return {
      year,
      period,
      lines,
      throughMonth: throughMonthOf(year, today),
      defaultScheme: readScheme(ledger, year).isDefault,
      paidMembers,
      heads,
      startMonth: duesStartMonth(ledger),
    };
  });
}
