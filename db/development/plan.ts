// 发展计划: the street's yearly quota (for the community, or per branch) and the year's count
// against it. A closed year's quota is kept by the closing triggers of migration 0017.
import { PERSON_STAGES, type PersonStage } from '../../api/development';
import type { DevPlan, DevPlanRow, DevYearCounts } from '../../api/schemas/development';
import { nowStamp } from '../clock';
import type { Ledger } from '../open';
import { developedIn } from '../census/changes';
import { isYearClosed } from '../yearClosing';
import { checkBranch } from './people';
import { liveSummaries, probationEndsOf, readPeople, stageWithRoster } from './read';

/** Counts for the year: first live dates in it, and each person's stage at its end (or today). */
export function yearCounts(ledger: Ledger, year: number, today: string): { counts: DevYearCounts; byStage: Record<PersonStage, number> } {
  const inYear = (d: string | undefined) => d !== undefined && d.startsWith(`${year}-`);
  const people = readPeople(ledger);
  const live = liveSummaries(ledger, null);
  const counts: DevYearCounts = { applied: 0, activists: 0, candidates: 0, admitted: 0, regular: 0, left: 0 };
  for (const p of people) {
    const f = live.get(p.id)?.firstOn ?? {};
    if (inYear(f.apply)) counts.applied++;
    if (inYear(f.activist)) counts.activists++;
    if (inYear(f.candidate)) counts.candidates++;
    if (inYear(f.regularApprove)) counts.regular++;
    if (inYear(p.leftOn ?? undefined)) counts.left++;
  }
  const end = `${year}-12-31` < today ? `${year}-12-31` : today;
  // 完成 is the 年报's 发展党员, by the 上级党委审批 (党内统计填报说明): a member admitted on the roster
  // without a file here counts as well, so the plan, the 年报 and the 增减 tell one story (issue 31).
  counts.admitted = developedIn(ledger, `${year}-01-01`, end).length;
  const asOf = liveSummaries(ledger, null, end);
  const byStage = Object.fromEntries(PERSON_STAGES.map((s) => [s, 0])) as Record<PersonStage, number>;
  // The roster has the last word on 转正 and leaving (a file an older version left behind).
  const roster = probationEndsOf(
    ledger,
    people.flatMap((p) => (p.memberId === null ? [] : [p.memberId])),
  );
  for (const p of people) {
    const s = asOf.get(p.id);
    if (!s?.firstOn.apply || (p.leftOn && p.leftOn <= end)) continue;
    const r = p.memberId === null ? undefined : roster.get(p.memberId);
    const stage = stageWithRoster(s.stage, r, end);
    if (stage === '预备党员' && r?.leftOn && r.leftOn <= end) continue;
    byStage[stage]++;
  }
  return { counts, byStage };
}

export function readPlan(ledger: Ledger, year: number, today: string): DevPlan {
  const plans = ledger
    .prepare(
      `SELECT p.org_id AS orgId, coalesce(o.name, '全社区') AS orgName, p.quota, p.note FROM dev_plans p LEFT JOIN orgs o ON o.id = p.org_id
       WHERE p.year = ? ORDER BY p.org_id IS NOT NULL, o.name`,
    )
    .all(year) as DevPlanRow[];
  const whole = plans.find((p) => p.orgId === null);
  const quota = whole ? whole.quota : plans.reduce((sum, p) => sum + p.quota, 0);
  return { year, closed: isYearClosed(ledger, year), plans, quota, ...yearCounts(ledger, year, today) };
}

export function savePlan(ledger: Ledger, input: { year: number; orgId: number | null; quota: number; note: string | null }, today: string): DevPlan {
  ledger.tx(() => {
    if (input.orgId !== null) checkBranch(ledger, input.orgId);
    const existing = ledger.prepare('SELECT id FROM dev_plans WHERE year = ? AND org_id IS ?').get(input.year, input.orgId) as { id: number } | undefined;
    if (existing) ledger.prepare('UPDATE dev_plans SET quota = ?, note = ?, updated_at = ? WHERE id = ?').run(input.quota, input.note, nowStamp(), existing.id);
    else
      ledger
        .prepare('INSERT INTO dev_plans (year, org_id, quota, note, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.year, input.orgId, input.quota, input.note, nowStamp());
  });
  return readPlan(ledger, input.year, today);
}
