// 民主评议党员: a yearly batch per branch. The app prepares each member's year (出勤率,
// points, star, activities, a suggested grade); the secretary records the results and decides.
import { and, eq } from 'drizzle-orm';
import { excellentShareWarning, suggestAppraisal, type AppraisalGrade } from '../api/points';
import { isFullMemberOn } from '../api/rules/member';
import type { AppraisalBatch, AppraisalEntryInput, AppraisalOverview } from '../api/schemas/points';
import { nowStamp } from './clock';
import { LedgerError, notFound, refuse } from './ledgerError';
import type { Ledger } from './open';
import { appraisalEntries, appraisals, orgs } from './schema';
import { yearStandings } from './points/views';
import { holdsOn } from './members/facts';

const BRANCH_KINDS = ['党支部', '联合党支部'];

/**
 * Who is appraised in a branch: its members on the appraisal's day if it falls within the
 * year, else on 12-31, from the dated facts (the branch they were in then, not today's);
 * members under 停止党籍 that day are not appraised.
 */
function branchMembers(ledger: Ledger, orgId: number, year: number, heldOn: string | null = null) {
  const yearEnd = `${year}-12-31`;
  const day = heldOn && heldOn < yearEnd ? heldOn : yearEnd;
  return ledger
    .prepare(
      `SELECT m.id, m.name FROM member_facts b JOIN members m ON m.id = b.member_id
       JOIN member_facts ps ON ps.member_id = m.id AND ps.fact = 'party_status' AND ${holdsOn('ps')}
       WHERE b.fact = 'branch' AND b.value = @orgId AND ${holdsOn('b')} AND ps.value <> '停止党籍' ORDER BY m.id`,
    )
    .all({ orgId: String(orgId), day }) as { id: number; name: string }[];
}

export function appraisalOverview(ledger: Ledger, year: number): AppraisalOverview {
  const branches = ledger.db
    .select()
    .from(orgs)
    .all()
    .filter((o) => BRANCH_KINDS.includes(o.kind) && (!o.closedOn || o.closedOn >= `${year}-01-01`));
  return {
    year,
    branches: branches.map((b) => ({
      orgId: b.id,
      orgName: b.name,
      members: branchMembers(ledger, b.id, year).length,
      batch: getAppraisal(ledger, year, b.id),
    })),
  };
}

export function createAppraisal(ledger: Ledger, input: { year: number; orgId: number; heldOn: string | null }): AppraisalBatch {
  return ledger.tx(() => {
    const org = ledger.db.select().from(orgs).where(eq(orgs.id, input.orgId)).get();
    if (!org) throw notFound('党支部');
    if (!BRANCH_KINDS.includes(org.kind)) throw refuse('民主评议按党支部开展，请选择党支部', 'orgId');
    if (input.heldOn && input.heldOn.slice(0, 4) !== String(input.year) && input.heldOn.slice(0, 4) !== String(input.year + 1))
      throw refuse('评议日期应在评议年度或次年年初', 'heldOn');
    const exists = ledger.db
      .select({ id: appraisals.id })
      .from(appraisals)
      .where(and(eq(appraisals.year, input.year), eq(appraisals.orgId, input.orgId)))
      .get();
    if (exists) throw new LedgerError('CONFLICT', `${org.name}${input.year}年的民主评议已经建立`);
    const people = branchMembers(ledger, input.orgId, input.year, input.heldOn);
    if (people.length === 0) throw refuse(`${org.name}${input.year}年没有党员`);
    const id = ledger.db
      .insert(appraisals)
      .values({ ...input, createdAt: nowStamp() })
      .returning({ id: appraisals.id })
      .get().id;
    const stmt = ledger.sqlite.prepare('INSERT INTO appraisal_entries (appraisal_id, member_id, updated_at) VALUES (?, ?, ?)');
    for (const p of people) stmt.run(id, p.id, nowStamp());
    return getAppraisal(ledger, input.year, input.orgId)!;
  });
}

export function getAppraisal(ledger: Ledger, year: number, orgId: number): AppraisalBatch | null {
  const batch = ledger.db
    .select()
    .from(appraisals)
    .where(and(eq(appraisals.year, year), eq(appraisals.orgId, orgId)))
    .get();
  if (!batch) return null;
  const org = ledger.db.select().from(orgs).where(eq(orgs.id, orgId)).get()!;
  const entries = ledger.sqlite
    .prepare(
      `SELECT e.*, m.name, m.category, m.full_member_on FROM appraisal_entries e JOIN members m ON m.id = e.member_id WHERE e.appraisal_id = ? ORDER BY m.id`,
    )
    .all(batch.id) as {
    member_id: number;
    name: string;
    category: string;
    full_member_on: string | null;
    absent_reason: string | null;
    self_result: string | null;
    peer_result: string | null;
    rating_result: string | null;
    grade: AppraisalGrade | null;
    reason: string | null;
    disposal: string | null;
    disposal_note: string | null;
  }[];
  const params = { id: batch.id, from: `${year}-01-01`, to: `${year}-12-31` };
  const attendance = new Map(
    (
      ledger.sqlite
        .prepare(
          `SELECT a.member_id AS id, count(*) AS expected, sum(a.status = '出席') AS present FROM attendance a JOIN meetings m ON m.id = a.meeting_id
           WHERE m.held_on BETWEEN @from AND @to AND m.voided_at IS NULL AND a.status <> '不计应到'
             AND a.member_id IN (SELECT member_id FROM appraisal_entries WHERE appraisal_id = @id) GROUP BY a.member_id`,
        )
        .all(params) as { id: number; expected: number; present: number }[]
    ).map((r) => [r.id, r.present / r.expected]),
  );
  const activities = new Map(
    (
      ledger.sqlite
        .prepare(
          `SELECT memberId AS id, count(DISTINCT activityId) AS n FROM (
             SELECT p.ref_id AS memberId, p.activity_id AS activityId FROM activity_participants p WHERE p.kind = 'member'
             UNION ALL SELECT o.member_id, p.activity_id FROM activity_participants p JOIN onjob_members o ON o.id = p.ref_id WHERE p.kind = 'onjob')
           JOIN activities a ON a.id = activityId
           WHERE a.held_on BETWEEN @from AND @to AND memberId IN (SELECT member_id FROM appraisal_entries WHERE appraisal_id = @id) GROUP BY memberId`,
        )
        .all(params) as { id: number; n: number }[]
    ).map((r) => [r.id, r.n]),
  );
  const standings = new Map(yearStandings(ledger, year).rows.map((r) => [r.memberId, r]));
  const hasScheme = ledger.sqlite.prepare('SELECT 1 FROM point_rules WHERE year = ?').get(year) !== undefined;
  // 预备党员 take part but are not graded: their path is 转正, 延长预备期 or 取消资格 (党章 art. 7).
  // Who is 预备 is read on the appraisal's day (its date, or the year's end).
  const appraisedOn = batch.heldOn ?? `${year}-12-31`;
  const rows = entries.map((e) => {
    const s = standings.get(e.member_id);
    const probationary = !isFullMemberOn({ category: e.category, fullMemberOn: e.full_member_on }, appraisedOn);
    const scored = hasScheme && s && !s.excludedReason;
    const attendanceRate = attendance.get(e.member_id) ?? null;
    return {
      memberId: e.member_id,
      name: e.name,
      absentReason: e.absent_reason,
      attendanceRate,
      points: scored ? s.total : null,
      stars: scored ? s.stars : null,
      activities: activities.get(e.member_id) ?? 0,
      probationary,
      suggested: probationary ? null : suggestAppraisal({ attendanceRate, stars: scored ? s.stars : null, vetoed: Boolean(s?.vetoed) }),
      selfResult: e.self_result,
      peerResult: e.peer_result,
      ratingResult: e.rating_result,
      grade: e.grade,
      reason: e.reason,
      disposal: e.disposal,
      disposalNote: e.disposal_note,
    };
  });
  const appraised = rows.filter((r) => !r.absentReason);
  // Grades are counted for 正式党员 only, so a grade left from before a member's status was
  // known never enters the figures or the one-third check.
  const gradable = appraised.filter((r) => !r.probationary);
  const graded = gradable.filter((r) => r.grade);
  const count = (g: AppraisalGrade) => graded.filter((r) => r.grade === g).length;
  const counts = {
    total: rows.length,
    appraised: appraised.length,
    absent: rows.length - appraised.length,
    probationary: appraised.length - gradable.length,
    优秀: count('优秀'),
    合格: count('合格'),
    基本合格: count('基本合格'),
    不合格: count('不合格'),
    ungraded: gradable.length - graded.length,
  };
  return { id: batch.id, year, orgId, orgName: org.name, heldOn: batch.heldOn, rows, counts, warning: excellentShareWarning(counts['优秀'], graded.length) };
}

/** Records one member's results; the grade needs a reason when it departs from the suggestion, 不合格 a 处置. */
export function saveAppraisalEntry(ledger: Ledger, input: AppraisalEntryInput): AppraisalBatch {
  return ledger.tx(() => {
    const batch = ledger.db.select().from(appraisals).where(eq(appraisals.id, input.appraisalId)).get();
    if (!batch) throw notFound('评议批次');
    const current = getAppraisal(ledger, batch.year, batch.orgId)!;
    const row = current.rows.find((r) => r.memberId === input.memberId);
    if (!row) throw refuse('该党员不在本次评议名单中', 'memberId');
    if (input.absentReason && input.grade) throw refuse('未参评的党员不评定等次；如已参评，请清空“未参评原因”', 'grade');
    if (row.probationary && input.grade)
      throw refuse(
        `${row.name}在${batch.heldOn ?? `${batch.year}-12-31`}是预备党员，参加评议但不评定等次（预备期满时办理转正、延长预备期或取消预备党员资格）`,
        'grade',
      );
    if (input.grade && input.grade !== row.suggested && !input.reason)
      throw new LedgerError('VALIDATION', `评定等次与建议等次（${row.suggested}）不同，请填写评定理由`, 'reason');
    if (input.grade === '不合格' && !input.disposal) throw new LedgerError('VALIDATION', '评为不合格的党员须选择处置方式（限期改正、劝退或除名）', 'disposal');
    if (input.grade !== '不合格' && input.disposal) throw refuse('只有评为不合格的党员才需要处置', 'disposal');
    const { appraisalId, memberId, ...fields } = input;
    ledger.db
      .update(appraisalEntries)
      .set({ ...fields, updatedAt: nowStamp() })
      .where(and(eq(appraisalEntries.appraisalId, appraisalId), eq(appraisalEntries.memberId, memberId)))
      .run();
    return getAppraisal(ledger, batch.year, batch.orgId)!;
  });
}
