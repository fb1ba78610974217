// 党内统计填报说明: 发展党员 and 预备党员转正 are counted in the year of the 上级党委审批, not by the
// 支部大会 (入党) or 预备期-end (转正) date. The dates live on member_events: the '入党' event a
// development file writes on 审批 carries approved_on, and so does a '转正' recorded with its
// 支部大会 and 审批 dates. A member entered on the roster directly has no such event; their 入党日期
// (or the 转正 event's own date) stands in for the approval (docs/census.md, "Counting by approval").
// 出党 is counted by its event date, which is the date of the decision.

/**
 * SQL true while `alias`'s admission is not yet approved on @day: the 支部大会 was held (the
 * roster interval begins then) but the 上级党委 approved after the day, so the 党内统计 does not
 * count them yet.
 */
export const admissionPendingOn = (alias: string, day = '@day') =>
  `EXISTS (SELECT 1 FROM member_events ap WHERE ap.member_id = ${alias} AND ap.kind = '入党' AND ap.approved_on > ${day})`;

/** SQL true while `alias`'s 转正 (dated at the 预备期's end) waits for its approval after @day: still a 预备党员 then. */
export const regularPendingOn = (alias: string, day = '@day') =>
  `EXISTS (SELECT 1 FROM member_events rp WHERE rp.member_id = ${alias} AND rp.kind = '转正' AND rp.occurred_on <= ${day} AND rp.approved_on > ${day})`;

/** SQL for the 审批 date of a member's '入党' event; null when none was recorded. */
export const admissionApprovedOn = (alias: string) => `(SELECT max(ap.approved_on) FROM member_events ap WHERE ap.member_id = ${alias}.id AND ap.kind = '入党')`;

/** SQL for the day a member's admission counts: the 审批 of their '入党' event, else their 入党日期. */
export const admissionCountedOn = (alias: string) => `coalesce(${admissionApprovedOn(alias)}, ${alias}.joined_on)`;
