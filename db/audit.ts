// The audit log: written by the router after every call that is not read-only.
import type { AuditFilter, AuditRow } from '../api/schemas/audit';
import { nowStamp } from './clock';
import type { Ledger } from './open';

/** Numbers only (ids, years): personal values never reach the log. */
export function auditTarget(input: unknown, output: unknown): string | null {
  const parts: string[] = [];
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    for (const [k, v] of Object.entries(input)) {
      if (typeof v === 'number' && Number.isFinite(v) && (/id$/i.test(k) || k === 'year' || k === 'from' || k === 'to')) parts.push(`${k}=${v}`);
    }
  }
  const made = output && typeof output === 'object' ? (output as { id?: unknown }).id : undefined;
  if (typeof made === 'number' && !parts.some((p) => p.startsWith('id='))) parts.push(`新记录id=${made}`);
  return parts.length ? parts.join(' ') : null;
}

export function writeAudit(ledger: Ledger, call: string, operator: string | null, target: string | null): void {
  ledger.sqlite.prepare('INSERT INTO audit_log (at, operator, call, target) VALUES (?, ?, ?, ?)').run(nowStamp(), operator, call, target);
}

export function listAudit(ledger: Ledger, f: AuditFilter): { rows: AuditRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (condition: string, name: string, value: unknown) => {
    where.push(condition);
    params[name] = value;
  };
  if (f.from) add('at >= @from', 'from', new Date(`${f.from}T00:00:00`).toISOString());
  if (f.to) add('at < @to', 'to', new Date(new Date(`${f.to}T00:00:00`).getTime() + 86_400_000).toISOString());
  if (f.call) add('call = @call', 'call', f.call);
  if (f.operator) add('operator = @operator', 'operator', f.operator);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (ledger.sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = ledger.sqlite
    .prepare(`SELECT id, at, operator, call, target FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.pageSize, offset: (f.page - 1) * f.pageSize }) as AuditRow[];
  return { rows, total };
}
