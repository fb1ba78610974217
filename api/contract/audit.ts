// The audit log's calls, spread into the contract (api/contract.ts).
import { give, read } from '../callSpec';
import { type AuditRow, auditFilterInput } from '../schemas/audit';
import type { ExportedFile } from '../schemas/reports';

export const auditCalls = {
  'audit.list': read<{ rows: AuditRow[]; total: number }>()('查看操作日志', auditFilterInput),
  'reports.audit': give<ExportedFile>()('导出操作日志', auditFilterInput),
} as const;
