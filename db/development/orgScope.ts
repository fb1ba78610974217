import type { Ledger } from '../open';

/** An organisation and every organisation under it (a 党委 scope covers its branches). */
export function orgSubtree(ledger: Ledger, orgId: number): number[] {
  const rows = ledger
    .prepare('WITH RECURSIVE t(id) AS (SELECT ? UNION ALL SELECT o.id FROM orgs o JOIN t ON o.parent_id = t.id) SELECT id FROM t')
    .all(orgId) as { id: number }[];
  return rows.map((r) => r.id);
}
