// Adding and editing roster members. Each call is one transaction. A new member's dated
// facts open on the day they came onto the roster (入党 here, or 转入); a change of 支部,
// 党小组, 人员类别 or 社区分类 made through the form takes effect on a date (default today),
// and a branch change is also written to the member's history as a dated 支部调整.
import { eq } from 'drizzle-orm';
import { isBranchKind } from '../../api/enums';
import { todayIso } from '../../api/rules/dates';
import { memberProblems } from '../../api/rules/member';
import type { MemberInput, SaveMemberResult } from '../../api/schemas/members';
import { recordCareFlags } from '../care/flags';
import { nowStamp } from '../clock';
import { LedgerError, notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { memberEvents, members } from '../schema';
import { insertRow } from '../insertRow';
import { findMemberByIdNumber } from './read';
import { openMemberFacts, setFacts } from './facts';
import { moveBoundary, moveJoinedOn } from './correct';
import { refuseInClosedYear } from '../closedDay';

export interface TransferIn {
  occurredOn: string;
  fromPlace: string;
  letterNo: string | null;
}

function orgById(ledger: Ledger, id: number) {
  return ledger.prepare('SELECT id, name, kind, parent_id AS parentId, closed_on AS closedOn FROM orgs WHERE id = ?').get(id) as
    { id: number; name: string; kind: string; parentId: number | null; closedOn: string | null } | undefined;
}

/** 所在党支部 must be an open branch; 党小组, when given, an open group of that branch. */
export function checkPlacement(ledger: Ledger, branchId: number, groupId: number | null): string {
  const branch = orgById(ledger, branchId);
  if (!branch) throw new LedgerError('NOT_FOUND', '找不到所选的党支部', 'branchId');
  if (!isBranchKind(branch.kind)) throw refuse(`“${branch.name}”是${branch.kind}，所在党支部应选择党支部或联合党支部`, 'branchId');
  if (branch.closedOn) throw refuse(`党支部“${branch.name}”已撤销，请选择其他党支部`, 'branchId');
  if (groupId !== null) {
    const group = orgById(ledger, groupId);
    if (!group || group.kind !== '党小组') throw new LedgerError('NOT_FOUND', '找不到所选的党小组', 'groupId');
    if (group.parentId !== branchId) throw refuse(`党小组“${group.name}”不属于“${branch.name}”`, 'groupId');
    if (group.closedOn) throw refuse(`党小组“${group.name}”已撤销`, 'groupId');
  }
  return branch.name;
}

function checkUniqueId(ledger: Ledger, idNumber: string, selfId?: number): void {
  const other = findMemberByIdNumber(ledger, idNumber, selfId ?? null);
  if (other) {
    const where = other.leftOn ? '（在历史党员中）' : '';
    throw new LedgerError('CONFLICT', `公民身份号码已登记为党员“${other.name}”${where}，同一人不能重复建档`, 'idNumber');
  }
}

const warningsOf = (input: MemberInput, today: string) =>
  memberProblems(input, today)
    .filter((p) => p.level === 'warning')
    .map((p) => p.message);

export function createMember(ledger: Ledger, input: MemberInput, transferIn: TransferIn | null, today = todayIso()): SaveMemberResult {
  return ledger.tx(() => {
    const id = insertMember(ledger, input, transferIn, today);
    return { id, warnings: warningsOf(input, today) };
  });
}

/**
 * createMember's checks and writes, for a caller that already holds the transaction and
 * abandons all of it on any error. The roster import writes a hundred members at a time
 * through memberInserter (insertMany.ts) instead.
 */
export function insertMember(ledger: Ledger, input: MemberInput, transferIn: TransferIn | null, today: string): number {
  if (!ledger.sqlite.inTransaction) throw new Error('insertMember belongs inside a transaction');
  checkPlacement(ledger, input.branchId, input.groupId);
  checkUniqueId(ledger, input.idNumber);
  if (transferIn && transferIn.occurredOn > today) throw refuse('转入日期不能晚于今天', 'transferIn.occurredOn');
  // The day they come onto this roster: a closed year's 党员 figures do not take a member back-dated into it.
  if (transferIn) refuseInClosedYear(ledger, transferIn.occurredOn, `${input.name}的转入记录`, 'transferIn.occurredOn');
  else refuseInClosedYear(ledger, input.joinedOn, `${input.name}的入党（新建党员档案）`, 'joinedOn');
  const at = nowStamp();
  const id = insertRow(ledger, members, {
    ...input,
    flowDestination: null,
    lostContactOn: null,
    isCenterHousehold: false,
    partyStatus: '正常',
    createdAt: at,
    updatedAt: at,
  });
  openMemberFacts(ledger, id, input, transferIn?.occurredOn ?? input.joinedOn);
  recordCareFlags(ledger, id, input, today);
  // Only a real 转入 goes into the history: the day someone was typed into the app is
  // not an event in their party life, and would sort above older, real ones.
  if (transferIn) {
    ledger.db
      .insert(memberEvents)
      .values({ memberId: id, kind: '转入', occurredOn: transferIn.occurredOn, place: transferIn.fromPlace, letterNo: transferIn.letterNo, createdAt: at })
      .run();
  }
  return id;
}

/**
 * Saves the form. 支部, 党小组 and 社区分类 change on `effectiveOn`; 人员类别 (预备 → 正式)
 * on the 转正日期 entered with it. An edited 入党日期 or 转正日期 moves the boundaries that
 * began on the old date, each move logged as a 更正.
 */
export function updateMember(ledger: Ledger, id: number, input: MemberInput, today = todayIso(), effectiveOn: string = today): SaveMemberResult {
  return ledger.tx(() => {
    const current = ledger.db.select().from(members).where(eq(members.id, id)).get();
    if (!current) throw notFound('党员');
    if (current.leftOn) throw refuse(`该党员已于${current.leftOn}${current.leftReason}，资料只读；如已转回，请先办理“转入”`);
    if (current.category === '正式党员' && input.category === '预备党员') {
      throw refuse('正式党员不能改回预备党员；如当初录入有误，请在备注中说明后联系上级组织核实', 'category');
    }
    if (effectiveOn > today) throw refuse('变动日期不能晚于今天', 'effectiveOn');
    const branchName = checkPlacement(ledger, input.branchId, input.groupId);
    checkUniqueId(ledger, input.idNumber, id);
    const at = nowStamp();
    const moveJoined = () => {
      if (input.joinedOn !== current.joinedOn) moveJoinedOn(ledger, id, current.joinedOn, input.joinedOn, '修改入党日期', today, 'joinedOn');
    };
    const moveFull = () => {
      if (current.category !== '正式党员' || !current.fullMemberOn || !input.fullMemberOn || input.fullMemberOn === current.fullMemberOn) return;
      moveBoundary(ledger, id, 'category', current.fullMemberOn, input.fullMemberOn, '修改转正日期', today, 'fullMemberOn');
    };
    // Both dates moving later: the 转正 boundary first, so the 预备 stretch is never empty on the way.
    if (input.joinedOn > current.joinedOn) {
      moveFull();
      moveJoined();
    } else {
      moveJoined();
      moveFull();
    }
    setFacts(ledger, id, { branch: input.branchId, group: input.groupId, community_class: input.communityClass }, effectiveOn);
    if (input.category !== current.category) setFacts(ledger, id, { category: input.category }, input.fullMemberOn ?? effectiveOn, { field: 'fullMemberOn' });
    // 流动去向, 失联日期 and 党员中心户 are written by the care registers (db/care/memberCache.ts).
    const { flowDestination: _flow, lostContactOn: _lost, isCenterHousehold: _center, ...own } = input;
    ledger.db
      .update(members)
      .set({ ...own, updatedAt: at })
      .where(eq(members.id, id))
      .run();
    if (current.branchId !== input.branchId) {
      const from = orgById(ledger, current.branchId)?.name ?? '';
      ledger.db
        .insert(memberEvents)
        .values({ memberId: id, kind: '支部调整', occurredOn: effectiveOn, place: branchName, reason: `由“${from}”调整到“${branchName}”`, createdAt: at })
        .run();
    }
    return { id, warnings: warningsOf(input, today) };
  });
}
