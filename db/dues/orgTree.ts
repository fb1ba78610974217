// The organisations a dues view names: every one's name and parent, and the set under one.
import type { Ledger } from '../open';
import { notFound } from '../ledgerError';

export interface OrgNode {
  id: number;
  name: string;
  kind: string;
  parentId: number | null;
  closedOn: string | null;
}

export function orgNodes(ledger: Ledger): Map<number, OrgNode> {
  const rows = ledger.prepare('SELECT id, name, kind, parent_id AS parentId, closed_on AS closedOn FROM orgs ORDER BY id').all() as OrgNode[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** `orgId` and every organisation below it; null when orgId is null (no filter). */
export function orgAndBelow(nodes: Map<number, OrgNode>, orgId: number | null): Set<number> | null {
  if (orgId === null) return null;
  if (!nodes.has(orgId)) throw notFound('组织');
  const under = new Set([orgId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes.values()) {
      if (n.parentId !== null && under.has(n.parentId) && !under.has(n.id)) {
        under.add(n.id);
        grew = true;
      }
    }
  }
  return under;
}

export const orgName = (nodes: Map<number, OrgNode>, id: number | null): string => (id === null ? '街道' : (nodes.get(id)?.name ?? `组织${id}`));
