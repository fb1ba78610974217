// 不计应到: a person left out of one meeting's 应到, with a reason. At an election the
// 上级党组织's consent is kept beside it (attendance.higher_approved, migration 0016).
import { EXCLUDED } from '../../api/meetingTypes';

/** An SQL condition on an attendance alias: the row counts in 应到. */
export const countsAsExpected = (alias: string) => `${alias}.status <> '${EXCLUDED}'`;
