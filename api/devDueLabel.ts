import type { DevDue } from './schemas/development';

/**
 * The short tag of a due step: 已超期, 'YYYY-MM-DD前' for a deadline, 'YYYY-MM-DD起' for the
 * day one may go on (one year as 积极分子 is a door that opens, not a deadline).
 */
export function dueLabel(d: Pick<DevDue, 'code' | 'dueOn' | 'overdue'>): string {
  if (d.overdue) return '已超期';
  return d.code === 'candidate' ? `${d.dueOn}起` : `${d.dueOn}前`;
}
