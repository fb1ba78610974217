// The organisation tree. Organisations are never deleted: closing is a dated status,
// refused while members or open sub-organisations remain.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { ALLOWED_PARENT_KINDS, DEFAULT_TERM_YEARS, isBranchKind, type OrgKind } from '../api/enums';
import { addYears } from '../api/rules/dates';
import type { CommitteeRow, OrgDetail, OrgInput, OrgRow } from '../api/schemas/orgs';
import { nowStamp } from './clock';
import { memberOnDay } from './members/fullMembers';
import { LedgerError, notFound, refuse } from './ledgerError';
import type { Ledger } from './open';
import { memberEvents, members, orgCommittee, orgs } from './schema';
import { setFact } from './members/facts';

// Written out qualified: drizzle renders ${orgs.id} as a bare "id" inside a subquery,
// which SQLite would resolve to the members table's own id.
const activeCountSql = sql<number>`(
  SELECT count(*) FROM members m
  WHERE m.left_on IS NULL AND (m.branch_id = "orgs"."id" OR m.group_id = "orgs"."id")
)`;

const orgColumns = {
  id: orgs.id,
  name: orgs.name,
  kind: orgs.kind,
  branchType: orgs.branchType,
  parentId: orgs.parentId,
  secretary: orgs.secretary,
  contactName: orgs.contactName,
  contactPhone: orgs.contactPhone,
  foundedOn: orgs.foundedOn,
  electedOn: orgs.electedOn,
  termYears: orgs.termYears,
  termEndsOn: orgs.termEndsOn,
  note: orgs.note,
  closedOn: orgs.closedOn,
  closedReason: orgs.closedReason,
  activeMembers: activeCountSql,
};

export function listOrgs(ledger: Ledger, includeClosed = true): OrgRow[] {
  const query = ledger.db.select(orgColumns).from(orgs);
  const rows = includeClosed ? query.all() : query.where(isNull(orgs.closedOn)).all();
  return rows.sort((a, b) => a.id - b.id);
}

/** The open organisations' names and places in the tree, without member counts (an import's lookup). */
export function openOrgNames(ledger: Ledger): { id: number; name: string; kind: OrgKind; parentId: number | null }[] {
  return ledger.db.select({ id: orgs.id, name: orgs.name, kind: orgs.kind, parentId: orgs.parentId }).from(orgs).where(isNull(orgs.closedOn)).all();
}

/** The community's own organisation: the one open 党委 or 党总支 at the top of the tree. */
export function communityOrg(ledger: Ledger): { id: number; name: string } | undefined {
  const tops = ledger.sqlite
    .prepare("SELECT id, name FROM orgs WHERE parent_id IS NULL AND closed_on IS NULL AND kind IN ('党委', '党总支') ORDER BY id")
    .all() as { id: number; name: string }[];
  return tops.length === 1 ? tops[0] : undefined;
}

/** Open organisations with no parent (a new ledger has none). */
export function topOrgCount(ledger: Ledger): number {
  return (ledger.sqlite.prepare('SELECT count(*) AS n FROM orgs WHERE parent_id IS NULL AND closed_on IS NULL').get() as { n: number }).n;
}

export function getOrg(ledger: Ledger, id: number): OrgRow {
  const row = ledger.db.select(orgColumns).from(orgs).where(eq(orgs.id, id)).get();
  if (!row) throw notFound('组织');
  return row;
}

export function getOrgDetail(ledger: Ledger, id: number): OrgDetail {
  const org = getOrg(ledger, id);
  const committee: CommitteeRow[] = ledger.db
    .select({
      id: orgCommittee.id,
      orgId: orgCommittee.orgId,
      memberId: orgCommittee.memberId,
      name: orgCommittee.name,
      role: orgCommittee.role,
      startOn: orgCommittee.startOn,
      endOn: orgCommittee.endOn,
      note: orgCommittee.note,
    })
    .from(orgCommittee)
    .where(eq(orgCommittee.orgId, id))
    .orderBy(orgCommittee.startOn, orgCommittee.id)
    .all();
  return { ...org, committee };
}

const parentKindText = (kinds: ReadonlyArray<OrgKind | null>) => kinds.map((k) => (k === null ? '不设上级（最高一级）' : k)).join('、');

/** The parent must exist, be open, be of an allowed kind, and not be the org itself or below it. */
function checkParent(ledger: Ledger, kind: OrgKind, parentId: number | null, selfId?: number): void {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  if (parentId === null) {
    if (!allowed.includes(null)) throw refuse(`${kind}必须有上级组织（可选：${parentKindText(allowed)}）`, 'parentId');
    return;
  }
  const parent = ledger.db.select().from(orgs).where(eq(orgs.id, parentId)).get();
  if (!parent) throw new LedgerError('NOT_FOUND', '找不到所选的上级组织', 'parentId');
  if (parent.closedOn) throw refuse(`上级组织“${parent.name}”已撤销，不能再添加下级组织`, 'parentId');
  if (!allowed.includes(parent.kind)) {
    throw refuse(`${kind}的上级应为${parentKindText(allowed)}，不能放在${parent.kind}“${parent.name}”下`, 'parentId');
  }
  if (selfId !== undefined) {
    for (let cursor: number | null = parentId; cursor !== null;) {
      if (cursor === selfId) throw refuse('不能把组织移到它自己或它的下级组织之下', 'parentId');
      cursor = ledger.db.select({ p: orgs.parentId }).from(orgs).where(eq(orgs.id, cursor)).get()?.p ?? null;
    }
  }
}

function checkNameFree(ledger: Ledger, name: string, parentId: number | null, selfId?: number): void {
  const same = ledger.db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.name, name), parentId === null ? isNull(orgs.parentId) : eq(orgs.parentId, parentId), isNull(orgs.closedOn)))
    .all()
    .filter((r) => r.id !== selfId);
  if (same.length > 0) throw new LedgerError('CONFLICT', `同一上级下已有名为“${name}”的组织`, 'name');
}

/**
 * 换届: 本届选举日期 + 任期 give 届满日期 (the election's anniversary after 任期 years). 任期
 * defaults to the kind's (DEFAULT_TERM_YEARS: five for a community's organisations). Without
 * an election date the 届满日期 is kept as entered, for records that know only that.
 */
export function termOf(kind: OrgKind, input: { electedOn: string | null; termYears: number | null; termEndsOn: string | null }) {
  if (!input.electedOn) return { electedOn: null, termYears: input.termYears, termEndsOn: input.termEndsOn };
  const termYears = input.termYears ?? DEFAULT_TERM_YEARS[kind];
  return { electedOn: input.electedOn, termYears, termEndsOn: termYears === null ? input.termEndsOn : addYears(input.electedOn, termYears) };
}

export function createOrg(ledger: Ledger, input: OrgInput): OrgRow {
  return ledger.tx(() => {
    checkParent(ledger, input.kind, input.parentId);
    checkNameFree(ledger, input.name, input.parentId);
    const at = nowStamp();
    const branchType = isBranchKind(input.kind) ? input.branchType : null;
    const { id } = ledger.db
      .insert(orgs)
      .values({ ...input, ...termOf(input.kind, input), branchType, createdAt: at, updatedAt: at })
      .returning({ id: orgs.id })
      .get();
    return getOrg(ledger, id);
  });
}

export function updateOrg(ledger: Ledger, id: number, input: Omit<OrgInput, 'parentId'>): OrgRow {
  return ledger.tx(() => {
    const current = getOrg(ledger, id);
    if (current.closedOn) throw refuse('该组织已撤销，如需修改请先恢复');
    if (input.kind !== current.kind) {
      checkParent(ledger, input.kind, current.parentId);
      const children = ledger.db.select({ kind: orgs.kind }).from(orgs).where(eq(orgs.parentId, id)).all();
      if (children.some((c) => !ALLOWED_PARENT_KINDS[c.kind].includes(input.kind))) {
        throw refuse(`该组织下有不能隶属于${input.kind}的下级组织，不能改为${input.kind}`, 'kind');
      }
      if (current.activeMembers > 0 && isBranchKind(current.kind) !== isBranchKind(input.kind)) {
        throw refuse('该组织下还有党员，不能改变它是否为党支部', 'kind');
      }
    }
    checkNameFree(ledger, input.name, current.parentId, id);
    const branchType = isBranchKind(input.kind) ? input.branchType : null;
    ledger.db
      .update(orgs)
      .set({ ...input, ...termOf(input.kind, input), branchType, updatedAt: nowStamp() })
      .where(eq(orgs.id, id))
      .run();
    return getOrg(ledger, id);
  });
}

/**
 * Moves an organisation under another parent. A 党小组 that moves takes its members
 * along: their 所在党支部 follows, and each gets a dated 支部调整 in their history.
 */
export function moveOrg(ledger: Ledger, id: number, parentId: number | null, today: string): OrgRow {
  return ledger.tx(() => {
    const current = getOrg(ledger, id);
    if (current.closedOn) throw refuse('该组织已撤销，不能移动');
    checkParent(ledger, current.kind, parentId, id);
    checkNameFree(ledger, current.name, parentId, id);
    const at = nowStamp();
    ledger.db.update(orgs).set({ parentId, updatedAt: at }).where(eq(orgs.id, id)).run();
    if (current.kind === '党小组' && parentId !== null) {
      const newBranch = getOrg(ledger, parentId);
      const moved = ledger.db
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.groupId, id), isNull(members.leftOn)))
        .all();
      for (const m of moved) {
        setFact(ledger, m.id, 'branch', parentId, today);
        ledger.db.update(members).set({ updatedAt: at }).where(eq(members.id, m.id)).run();
        ledger.db
          .insert(memberEvents)
          .values({
            memberId: m.id,
            kind: '支部调整',
            occurredOn: today,
            place: newBranch.name,
            reason: `党小组“${current.name}”整体调整到${newBranch.name}`,
            createdAt: at,
          })
          .run();
      }
    }
    return getOrg(ledger, id);
  });
}

export function closeOrg(ledger: Ledger, id: number, closedOn: string, reason: string): OrgRow {
  return ledger.tx(() => {
    const current = getOrg(ledger, id);
    if (current.closedOn) throw refuse(`该组织已于${current.closedOn}撤销`);
    if (current.activeMembers > 0) {
      throw refuse(`“${current.name}”还有${current.activeMembers}名在册党员，请先把他们调整到其他组织，再撤销`);
    }
    const openChildren = ledger.db
      .select({ name: orgs.name })
      .from(orgs)
      .where(and(eq(orgs.parentId, id), isNull(orgs.closedOn)))
      .all();
    if (openChildren.length > 0) {
      throw refuse(`“${current.name}”下还有未撤销的下级组织：${openChildren.map((c) => c.name).join('、')}`);
    }
    ledger.db.update(orgs).set({ closedOn, closedReason: reason, updatedAt: nowStamp() }).where(eq(orgs.id, id)).run();
    return getOrg(ledger, id);
  });
}

export function reopenOrg(ledger: Ledger, id: number): OrgRow {
  return ledger.tx(() => {
    const current = getOrg(ledger, id);
    if (!current.closedOn) throw refuse('该组织未撤销');
    if (current.parentId !== null) {
      const parent = getOrg(ledger, current.parentId);
      if (parent.closedOn) throw refuse(`上级组织“${parent.name}”已撤销，请先恢复上级组织`);
    }
    checkNameFree(ledger, current.name, current.parentId, id);
    ledger.db.update(orgs).set({ closedOn: null, closedReason: null, updatedAt: nowStamp() }).where(eq(orgs.id, id)).run();
    return getOrg(ledger, id);
  });
}

export interface CommitteeInput {
  orgId: number;
  memberId: number | null;
  name: string;
  role: string;
  startOn: string;
  note: string | null;
}

export function addCommitteeMember(ledger: Ledger, input: CommitteeInput): OrgDetail {
  return ledger.tx(() => {
    const org = getOrg(ledger, input.orgId);
    if (org.closedOn) throw refuse('该组织已撤销，不能再添加委员');
    if (input.memberId !== null) {
      // 支委, 书记 and 副书记 must be 正式党员 on the day they take office (党章 art. 7: 预备党员
      // 没有表决权、选举权和被选举权).
      const m = memberOnDay(ledger, input.memberId, input.startOn);
      if (!m) throw new LedgerError('NOT_FOUND', '找不到所选党员', 'memberId');
      if (!m.onRoster) throw refuse(`${m.name}在${input.startOn}不在本社区党员名册中，不能任${input.role}`, 'startOn');
      if (!m.full) {
        const when = m.fullMemberOn && m.fullMemberOn > input.startOn ? `（${m.fullMemberOn}转正）` : '';
        throw refuse(`${m.name}在${input.startOn}是预备党员${when}，${input.role}须由正式党员担任`, 'startOn');
      }
    }
    ledger.db
      .insert(orgCommittee)
      .values({ ...input, createdAt: nowStamp() })
      .run();
    return getOrgDetail(ledger, input.orgId);
  });
}

export function endCommitteeTerm(ledger: Ledger, id: number, endOn: string): OrgDetail {
  return ledger.tx(() => {
    const row = ledger.db.select().from(orgCommittee).where(eq(orgCommittee.id, id)).get();
    if (!row) throw notFound('任职记录');
    if (row.endOn) throw refuse(`该任职已于${row.endOn}结束`);
    if (endOn < row.startOn) throw refuse('离任日期不能早于任职日期', 'endOn');
    ledger.db.update(orgCommittee).set({ endOn }).where(eq(orgCommittee.id, id)).run();
    return getOrgDetail(ledger, row.orgId);
  });
}
