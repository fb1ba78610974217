// The street's side of what goes down (issue 30, docs/street.md "Down"): each community's yearly 发展计划 quota
// and the 报送 deadlines of each period. Set again in place; the audit log keeps every call with its input.
import { randomUUID } from 'node:crypto';
import type { DevQuota, StreetDeadline, StreetPlanView } from '../../api/schemas/streetPlan';
import { periodLabel } from '../../api/rules/streetPeriods';
import { nowStamp } from '../clock';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { getCommunity } from './communities';
import { notReported } from './live';

export function quotaOf(ledger: Ledger, communityId: number, year: number): DevQuota | null {
  return (
    (ledger.prepare('SELECT applied, activists, candidates, admitted FROM street_dev_quotas WHERE community_id = ? AND year = ?').get(communityId, year) as
      DevQuota | undefined) ?? null
  );
}

/** Every quota of the year by community id. */
export function quotasOfYear(ledger: Ledger, year: number): Map<number, DevQuota> {
  const rows = ledger
    .prepare('SELECT community_id AS id, applied, activists, candidates, admitted FROM street_dev_quotas WHERE year = ?')
    .all(year) as (DevQuota & {
    id: number;
  })[];
  return new Map(rows.map(({ id, ...q }) => [id, q]));
}

/** The year's deadlines and the quarters of the year; the year's own package (quarter NULL) first. */
export function deadlinesOf(ledger: Ledger, year: number): StreetDeadline[] {
  const rows = ledger.prepare('SELECT year, quarter, due_on AS dueOn FROM street_deadlines WHERE year = ? ORDER BY quarter').all(year) as StreetDeadline[];
  return rows.map((r) => ({ ...r, quarter: r.quarter === 0 ? null : r.quarter }));
}

/** `today`: deadlines before it list the communities that have not reported the period (逾期未报送). */
export function streetPlan(ledger: Ledger, year: number, today: string): StreetPlanView {
  const quotas = quotasOfYear(ledger, year);
  const communities = ledger
    .prepare(
      'SELECT id, name, closed_on AS closedOn, access_code AS accessCode FROM street_communities WHERE merged_into IS NULL ORDER BY closed_on IS NOT NULL, id',
    )
    .all() as { id: number; name: string; closedOn: string | null; accessCode: string | null }[];
  return {
    year,
    rows: communities.map((c) => ({
      communityId: c.id,
      community: c.name,
      closedOn: c.closedOn,
      hasAccessCode: c.accessCode !== null,
      quota: quotas.get(c.id) ?? null,
    })),
    deadlines: deadlinesOf(ledger, year).map((d) => ({ ...d, missing: d.dueOn < today ? notReported(ledger, d.year, d.quarter) : [] })),
  };
}

export function setQuota(ledger: Ledger, input: DevQuota & { communityId: number; year: number }, today: string): StreetPlanView {
  ledger.tx(() => {
    const c = getCommunity(ledger, input.communityId);
    if (c.closedOn) throw refuse(`“${c.name}”已于${c.closedOn}撤销，不能再下达发展计划`, 'communityId');
    // 发展 runs 申请人 → 积极分子 → 发展对象 → 党员: a plan that admits more than it has 发展对象 for cannot be met.
    if (input.admitted > input.candidates) throw refuse(`发展党员计划（${input.admitted}名）不能多于发展对象计划（${input.candidates}名）`, 'admitted');
    ledger
      .prepare(
        `INSERT INTO street_dev_quotas (community_id, year, applied, activists, candidates, admitted, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (community_id, year) DO UPDATE SET applied = excluded.applied, activists = excluded.activists,
           candidates = excluded.candidates, admitted = excluded.admitted, updated_at = excluded.updated_at`,
      )
      .run(input.communityId, input.year, input.applied, input.activists, input.candidates, input.admitted, nowStamp());
  });
  return streetPlan(ledger, input.year, today);
}

export function setDeadline(ledger: Ledger, input: { year: number; quarter: number | null; dueOn: string }, today: string): StreetPlanView {
  const period = { year: input.year, quarter: input.quarter };
  // A period's package cannot be made before the period begins (api/rules/streetPeriods.ts), so it cannot be due then.
  const start = input.quarter === null ? `${input.year}-01-01` : `${input.year}-${String(input.quarter * 3 - 2).padStart(2, '0')}-01`;
  if (input.dueOn < start) throw refuse(`${periodLabel(period)}上报包的截止日期不能早于该期间开始（${start}）`, 'dueOn');
  ledger.tx(() => {
    ledger
      .prepare(
        `INSERT INTO street_deadlines (year, quarter, due_on, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (year, quarter) DO UPDATE SET due_on = excluded.due_on, updated_at = excluded.updated_at`,
      )
      .run(input.year, input.quarter ?? 0, input.dueOn, nowStamp());
  });
  return streetPlan(ledger, input.year, today);
}

/** A community the street writes a 下发文件 for gets its ledger id now when no package brought one (the community adopts it). */
export function ensureCommunityUid(ledger: Ledger, id: number): void {
  ledger.prepare('UPDATE street_communities SET uid = ? WHERE id = ? AND uid IS NULL').run(randomUUID(), id);
}

export const openCommunityIds = (ledger: Ledger): number[] =>
  (ledger.prepare('SELECT id FROM street_communities WHERE closed_on IS NULL AND merged_into IS NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id);

/** Whether one of the community's packages carried this id (else the street assigned it for a 下发文件). */
export const uidFromPackage = (ledger: Ledger, id: number, uid: string): boolean =>
  ledger.prepare("SELECT 1 FROM street_packages WHERE community_id = ? AND json_extract(manifest, '$.communityUid') = ? LIMIT 1").get(id, uid) !== undefined;
