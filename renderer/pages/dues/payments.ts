import type { DuesMonthRow } from '../../../api/schemas/dues';

/** The payments of a month row still standing: neither a reversal nor reversed by one (latest first). */
export const standingPayments = (r: DuesMonthRow) => r.payments.filter((p) => p.reversesId === null && !r.payments.some((q) => q.reversesId === p.id));
