// The figures of the 党内统计 that are not about the roster's members: 流动党员 (流入 people are
// not members), the 发展党员 pipeline, organisations, and 党费.
import { recordedDirection } from '../../api/rules/flowDirection';
import type { FlowDirection } from '../../api/schemas/care';
import { flowHome } from '../care/flowHome';
import type { CensusPerson } from '../../api/schemas/census';
import { duesStats } from '../dues/stats';
import { liveSummaries, readPeople } from '../development/read';
import { holdsOn } from '../members/facts';
import type { Ledger } from '../open';

/**
 * Mirrors flowCountsAsOf (db/care/counts.ts) with the people named, so a figure opens as its list;
 * `outDirection` is each 流出's 流向 (市内, 省内, 省外; null when neither chosen nor implied by its place).
 */
export function flowPeople(ledger: Ledger, day: string): { out: CensusPerson[]; in: CensusPerson[]; outDirection: (FlowDirection | null)[] } {
  const out = ledger
    .prepare(
      `SELECT m.id AS memberId, m.name, m.gender, b.name AS branchName, min(f.left_on) AS leftOn, f.place, f.direction
       FROM flow_outs f JOIN members m ON m.id = f.member_id
       JOIN member_facts br ON br.member_id = f.member_id AND br.fact = 'branch' AND ${holdsOn('br')} LEFT JOIN orgs b ON b.id = br.value
       WHERE f.voided_at IS NULL AND f.left_on <= @day AND (f.returned_on IS NULL OR f.returned_on > @day)
       GROUP BY m.id ORDER BY m.id`,
    )
    .all({ day }) as (CensusPerson & { leftOn: string; place: string; direction: FlowDirection | null })[];
  const home = flowHome(ledger);
  const ins = ledger
    .prepare(
      `SELECT NULL AS memberId, i.name, i.gender, b.name AS branchName, i.arrived_on AS arrivedOn, i.from_place AS fromPlace
       FROM flow_ins i LEFT JOIN orgs b ON b.id = i.org_id
       WHERE i.arrived_on <= @day AND (i.left_on IS NULL OR i.left_on > @day) ORDER BY i.id`,
    )
    .all({ day }) as (CensusPerson & { arrivedOn: string; fromPlace: string })[];
  return {
    out: out.map(({ leftOn, place, direction, ...p }) => ({ ...p, detail: `${leftOn}外出，${place}${direction ? `（${direction}）` : ''}` })),
    // The form's 流向, else the one its place implies (api/rules/flowDirection.ts); 未定 is 流向未注明.
    outDirection: out.map((o) => {
      const d = recordedDirection(o.direction, o.place, home);
      return d === '未定' ? null : d;
    }),
    in: ins.map(({ arrivedOn, fromPlace, ...p }) => ({ ...p, detail: `${arrivedOn}流入，自${fromPlace}` })),
  };
}

export interface Pipeline {
  applicants: CensusPerson[];
  activists: CensusPerson[];
  candidates: CensusPerson[];
}

/** The pipeline on `asOf` from the records dated by then (db/development), as yearCounts reads it. */
export function pipelineOn(ledger: Ledger, from: string, asOf: string): Pipeline {
  const people = readPeople(ledger);
  const then = liveSummaries(ledger, null, asOf);
  const p: Pipeline = { applicants: [], activists: [], candidates: [] };
  for (const person of people) {
    const s = then.get(person.id);
    if (!s) continue;
    const base = { memberId: person.memberId, name: person.name, gender: person.gender, branchName: person.orgName };
    if (!s.firstOn.apply || (person.leftOn !== null && person.leftOn <= asOf)) continue;
    if (s.stage === '入党申请人') p.applicants.push({ ...base, detail: `${s.firstOn.apply}递交入党申请书` });
    else if (s.stage === '入党积极分子') p.activists.push({ ...base, detail: `${s.firstOn.activist}确定为入党积极分子` });
    else if (s.stage === '发展对象') p.candidates.push({ ...base, detail: `${s.firstOn.candidate}确定为发展对象` });
  }
  return p;
}

interface OrgRow {
  id: number;
  kind: string;
  branchType: string | null;
  elected: 0 | 1;
}

export interface OrgCounts {
  byKind: Map<string, number>;
  byBranchType: Map<string, number>;
  elections: number;
}

/** Organisations open on `asOf` (founded by then, not closed), and those that held a 换届 in the period. */
export function orgCountsOn(ledger: Ledger, from: string, asOf: string): OrgCounts {
  const rows = ledger
    .prepare(
      `SELECT o.id, o.kind, o.branch_type AS branchType,
         (o.elected_on >= @from AND o.elected_on <= @asOf) OR EXISTS (SELECT 1 FROM meetings mt
           WHERE mt.org_id = o.id AND mt.is_election = 1 AND mt.voided_at IS NULL AND mt.held_on >= @from AND mt.held_on <= @asOf) AS elected
       FROM orgs o WHERE (o.founded_on IS NULL OR o.founded_on <= @asOf) AND (o.closed_on IS NULL OR o.closed_on > @asOf)`,
    )
    .all({ from, asOf }) as OrgRow[];
  const counts: OrgCounts = { byKind: new Map(), byBranchType: new Map(), elections: 0 };
  for (const r of rows) {
    counts.byKind.set(r.kind, (counts.byKind.get(r.kind) ?? 0) + 1);
    if (r.kind === '党支部') counts.byBranchType.set(r.branchType ?? '未分类', (counts.byBranchType.get(r.branchType ?? '未分类') ?? 0) + 1);
    if (r.elected === 1) counts.elections++;
  }
  return counts;
}

/** 应交, 实交 and the 社区党委's 上缴 to the street for the year, in 分 (the 党费收缴情况统计表's 合计). */
export function duesYear(ledger: Ledger, year: number, today: string): { dueFen: number; paidFen: number; handedFen: number } {
  const { dueFen, paidFen, handedFen } = duesStats(ledger, year, '年', today).total.total;
  return { dueFen, paidFen, handedFen };
}
