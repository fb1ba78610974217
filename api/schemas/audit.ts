import { z } from 'zod';
import { optionalDate, optionalText } from './fields';

export const auditFilterInput = z.object({
  from: optionalDate('开始日期'),
  to: optionalDate('结束日期'),
  call: optionalText('操作', 40),
  operator: optionalText('操作人', 30),
  page: z.number().int().min(1).max(1_000_000, '页码太大').default(1),
  pageSize: z.number().int().min(1).max(5000).default(50),
});
export type AuditFilter = z.output<typeof auditFilterInput>;

export interface AuditRow {
  id: number;
  at: string;
  operator: string | null;
  call: string;
  target: string | null;
}
