import type { OrgRow } from '../../../api/schemas/orgs';

export interface OrgNode extends OrgRow {
  children: OrgNode[];
}

/** Flat rows to a forest, siblings in creation order. */
export function buildOrgTree(rows: OrgRow[]): OrgNode[] {
  const nodes = new Map(rows.map((r) => [r.id, { ...r, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** "幸福里社区党委 / 第一网格党支部" for a select list. */
export function orgPath(rows: OrgRow[], id: number): string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const names: string[] = [];
  for (let cur = byId.get(id); cur; cur = cur.parentId === null ? undefined : byId.get(cur.parentId)) names.unshift(cur.name);
  return names.join(' / ');
}

export const isBranch = (r: OrgRow) => r.kind === '党支部' || r.kind === '联合党支部';
