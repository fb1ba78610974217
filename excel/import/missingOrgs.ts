// Branches and 党小组 a roster file names that the ledger does not have yet. The preview lists
// them; with `createMissingOrgs` their rows read as importable (under placeholder ids) and the
// commit creates them under the community's organisation, in the import's own transaction.
import type { MissingOrgList } from '../../api/schemas/imports';
import { communityOrg, createOrg } from '../../db/orgs';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';

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
      branches: [...this.branches.keys()],
      groups: [...this.groups].flatMap(([branchId, byName]) => [...byName.keys()].map((name) => ({ branch: this.branchNames.get(branchId)!, name }))),
    };
  }

  get empty(): boolean {
    return this.branches.size === 0 && this.groups.size === 0;
  }

  /** Creates every missing organisation; returns placeholder → real id. Runs inside the import's transaction. */
  createAll(ledger: Ledger): Map<number, number> {
    const real = new Map<number, number>();
    if (this.empty) return real;
    const parent = communityOrg(ledger);
    if (!parent) throw refuse('找不到唯一的社区党委或党总支，无法自动新建文件中的党支部；请先在“党组织”中建立后再导入');
    const blank = { branchType: null, secretary: null, contactName: null, contactPhone: null, foundedOn: null, electedOn: null, termYears: null, termEndsOn: null, note: null };
    for (const [name, placeholder] of this.branches) real.set(placeholder, createOrg(ledger, { ...blank, name, kind: '党支部', parentId: parent.id }).id);
    for (const [branchId, byName] of this.groups) {
      const parentId = real.get(branchId) ?? branchId;
      for (const [name, placeholder] of byName) real.set(placeholder, createOrg(ledger, { ...blank, name, kind: '党小组', parentId }).id);
    }
    return real;
  }
}
