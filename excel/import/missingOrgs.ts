// Branches and 党小组 a roster file names that the ledger does not have yet. The preview lists
// them; with `createMissingOrgs` their rows read as importable (under placeholder ids) and the
// commit creates them under the community's organisation, in the import's own transaction.
import type { MissingOrgList } from '../../api/schemas/imports';
import { communityOrg, createOrg, topOrgCount } from '../../db/orgs';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettings } from '../../db/settings';

/** 社区党委 or 党总支: what the user says the community organisation is when the import creates it. */
export type CommunityKind = '党委' | '党总支';

/**
 * On a new ledger there is no organisation yet: the community's own, named from 系统设置's 社区名称,
 * is proposed (幸福里社区 → 幸福里社区党委). Null when one exists or no name is set.
 */
function proposedCommunity(ledger: Ledger, kind: CommunityKind): string | null {
  if (topOrgCount(ledger) > 0) return null;
  const name = getSettings(ledger).communityName?.trim();
  return name ? `${name}${kind}` : null;
}

/** A branch whose name says 离退休 is a 离退休党支部 (DOMAIN.md, 党组织). */
const branchTypeOf = (name: string) => (name.includes('离退休') ? ('离退休党支部' as const) : null);

/** Above any real row id: a placeholder passes the input schema and is swapped at commit. */
const FIRST_PLACEHOLDER = 2 ** 40;

export class MissingOrgs {
  private next = FIRST_PLACEHOLDER;
  private readonly branches = new Map<string, number>();
  /** By branch id (real or placeholder), then group name. */
  private readonly groups = new Map<number, Map<string, number>>();
  private readonly branchNames = new Map<number, string>();

  constructor(readonly create: boolean) {}

  branch(name: string): number {
    let id = this.branches.get(name);
    if (id === undefined) this.branches.set(name, (id = this.next++));
    return id;
  }

  group(branchId: number, branchName: string, name: string): number {
    this.branchNames.set(branchId, branchName);
    let byName = this.groups.get(branchId);
    if (!byName) this.groups.set(branchId, (byName = new Map()));
    let id = byName.get(name);
    if (id === undefined) byName.set(name, (id = this.next++));
    return id;
  }

  isPlaceholder(id: number | null): boolean {
    return id !== null && id >= FIRST_PLACEHOLDER;
  }

  list(ledger: Ledger): MissingOrgList {
    return {
      parent: communityOrg(ledger)?.name ?? null,
      proposedParent: this.communityToCreate(ledger, '党委'),
      branches: [...this.branches.keys()],
      groups: [...this.groups].flatMap(([branchId, byName]) => [...byName.keys()].map((name) => ({ branch: this.branchNames.get(branchId)!, name }))),
    };
  }

  get empty(): boolean {
    return this.branches.size === 0 && this.groups.size === 0;
  }

  /** The community organisation createAll would make first (only a ledger with none gets one). */
  communityToCreate(ledger: Ledger, kind: CommunityKind): string | null {
    return this.branches.size > 0 ? proposedCommunity(ledger, kind) : null;
  }

  /** The names createAll would create, in that order. */
  names(): string[] {
    return [
      ...this.branches.keys(),
      ...[...this.groups].flatMap(([branchId, byName]) => [...byName.keys()].map((name) => `${this.branchNames.get(branchId)!} / ${name}`)),
    ];
  }

  /**
   * Creates every missing organisation (and, on a ledger with none, the community's own from
   * 系统设置's name); returns placeholder → real id. Runs inside the caller's transaction.
   */
  createAll(ledger: Ledger, communityKind: CommunityKind = '党委'): Map<number, number> {
    const real = new Map<number, number>();
    if (this.empty) return real;
    const blank = {
      branchType: null,
      secretary: null,
      contactName: null,
      contactPhone: null,
      foundedOn: null,
      electedOn: null,
      termYears: null,
      termEndsOn: null,
      note: null,
    };
    const proposed = this.communityToCreate(ledger, communityKind);
    const parent = communityOrg(ledger) ?? (proposed ? createOrg(ledger, { ...blank, name: proposed, kind: communityKind, parentId: null }) : undefined);
    if (!parent) {
      throw refuse(
        '找不到唯一的社区党委或党总支，无法自动新建文件中的党支部：请先在“系统设置”中填写社区名称（将据此新建社区党组织），或在“党组织”中建立后再导入',
      );
    }
    for (const [name, placeholder] of this.branches) {
      real.set(placeholder, createOrg(ledger, { ...blank, name, kind: '党支部', parentId: parent.id, branchType: branchTypeOf(name) }).id);
    }
    for (const [branchId, byName] of this.groups) {
      const parentId = real.get(branchId) ?? branchId;
      for (const [name, placeholder] of byName) real.set(placeholder, createOrg(ledger, { ...blank, name, kind: '党小组', parentId }).id);
    }
    return real;
  }
}
