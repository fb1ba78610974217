// 不计应到: a person left out of one meeting's 应到, with a reason. The 上级党组织's consent an
// election needs has no column of its own: it is kept in `attendance.reason` as a fixed
// suffix, readable as it stands in the file and in any export, and split off again on reading.
import { EXCLUDED } from '../../api/meetingTypes';

export const APPROVAL_SUFFIX = '（已经上级党组织同意）';

/** An SQL condition on an attendance alias: the row counts in 应到. */
export const countsAsExpected = (alias: string) => `${alias}.status <> '${EXCLUDED}'`;

/** What goes into `attendance.reason` for one entry. */
export function storedReason(a: { status: string; reason: string | null; approvedByHigher: boolean }): string | null {
  if (a.status === '出席') return null;
  if (a.status !== EXCLUDED || !a.approvedByHigher) return a.reason;
  return `${a.reason ?? ''}${APPROVAL_SUFFIX}`;
}

/** The reason as the user wrote it, and whether the consent was recorded. */
export function readReason(status: string, stored: string | null): { reason: string | null; approvedByHigher: boolean } {
  if (status !== EXCLUDED || !stored?.endsWith(APPROVAL_SUFFIX)) return { reason: stored, approvedByHigher: false };
  return { reason: stored.slice(0, -APPROVAL_SUFFIX.length), approvedByHigher: true };
}
