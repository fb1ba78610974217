// 党内统计填报说明: 发展党员 and 预备党员转正 are counted in the year of the 上级党委审批, not by the
// 支部大会 (入党) or 预备期-end (转正) date. The dates live on member_events: the '入党' event a
// development file writes on 审批 carries approved_on, and so does a '转正' recorded with its
// 支部大会 and 审批 dates. A member entered on the roster directly has no such event; their 入党日期
// (or the 转正 event's own date) stands in for the approval (docs/census.md, "Counting by approval").
// 出党 is counted by its event date, which is the date of the decision.

/**
 * The 上级党委审批 of a member's admission: the '入党' event's approved_on, written when the 发展 file
 * approved them; else the 审批 step of the file that names them, for a member whose file was
 * imported or typed in after they were on the roster (no such event then). Null when neither exists.
 */
const approvalDate = (memberId: string) =>
  `coalesce((SELECT max(ap.approved_on) FROM member_events ap WHERE ap.member_id = ${memberId} AND ap.kind = '入党'), ` +
  `(SELECT min(dr.done_on) FROM dev_records dr JOIN dev_people dp ON dp.id = dr.person_id ` +
  `WHERE dp.member_id = ${memberId} AND dr.step_code = 'approve' AND dr.voided_at IS NULL))`;

/**
 * SQL true while `alias`'s admission is not yet approved on @day: the 支部大会 was held (the
 * roster interval begins then) but the 上级党委 approved after the day, so the 党内统计 does not
 * count them yet.
 */
export const admissionPendingOn = (alias: string, day = '@day') => `(ifnull(${approvalDate(alias)}, '') > ${day})`; // never null: it is negated

/** SQL true while `alias`'s 转正 (dated at the 预备期's end) waits for its approval after @day: still a 预备党员 then. */
export const regularPendingOn = (alias: string, day = '@day') =>
  `EXISTS (SELECT 1 FROM member_events rp WHERE rp.member_id = ${alias} AND rp.kind = '转正' AND rp.occurred_on <= ${day} AND rp.approved_on > ${day})`;

/** SQL for the 审批 date of a member's '入党' event; null when none was recorded. */
export const admissionApprovedOn = (alias: string) => approvalDate(`${alias}.id`);

/** SQL for the day a member's admission counts: the 审批 of their '入党' event, else their 入党日期. */
export const admissionCountedOn = (alias: string) => `coalesce(${admissionApprovedOn(alias)}, ${alias}.joined_on)`;
