// 预备党员转正情况 (the official table beside the totals, shared/DOMAIN.md 党内统计): 本年转正 counted in
// the year of the 上级党委审批 (the 转正 event's approved_on; its own date when none was recorded),
// 延长预备期 and 取消预备党员资格 in the year of the decision (the event's date). 党内统计填报说明.
import type { CensusPerson } from '../../api/schemas/census';
import type { Ledger } from '../open';

export interface ProbationChanges {
  regular: CensusPerson[];
  extended: CensusPerson[];
  cancelled: CensusPerson[];
}

interface Row extends CensusPerson {
  kind: string;
  on: string;
  occurredOn: string;
  reason: string | null;
}

export function probationChanges(ledger: Ledger, from: string, to: string): ProbationChanges {
  const rows = ledger
    .prepare(
      `SELECT * FROM (
         SELECT e.member_id AS memberId, m.name, m.gender, b.name AS branchName, e.kind, e.occurred_on AS occurredOn, e.reason,
           CASE WHEN e.kind = '转正' THEN coalesce(e.approved_on, e.occurred_on) ELSE e.occurred_on END AS "on"
         FROM member_events e JOIN members m ON m.id = e.member_id LEFT JOIN orgs b ON b.id = m.branch_id
         WHERE e.kind IN ('转正', '延长预备期', '取消预备党员资格') AND e.occurred_on <= @to)
       WHERE "on" >= @from AND "on" <= @to ORDER BY "on", memberId`,
    )
    .all({ from, to }) as Row[];
  const out: ProbationChanges = { regular: [], extended: [], cancelled: [] };
  for (const { kind, on, occurredOn, reason, ...p } of rows) {
    if (kind === '转正') out.regular.push({ ...p, detail: on === occurredOn ? `${on} 转正` : `${on} 上级党委审批转正（预备期满${occurredOn}）` });
    else if (kind === '延长预备期') out.extended.push({ ...p, detail: `${on} 延长预备期${reason ? `（${reason}）` : ''}` });
    else out.cancelled.push({ ...p, detail: `${on} 取消预备党员资格` });
  }
  return out;
}
