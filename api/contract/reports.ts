// Cross-ledger reports' calls, spread into the contract (api/contract.ts).
import { give, read } from '../callSpec';
import type { ExportedFile } from '../schemas/reports';
import { z } from 'zod';

export const reportsCalls = {
  /** 年度台账: starts building, answers with a job id; poll reports.jobStatus. */
  'reports.yearBook': give<{ jobId: string }>()(
    '生成年度台账',
    z.object({ year: z.number().int().min(1949).max(2200), maskIdNumbers: z.boolean().default(false) }),
  ),
  'reports.jobStatus': read<{
    done: number;
    total: number;
    step: string;
    skipped: string[];
    finished: boolean;
    file: ExportedFile | null;
    error: string | null;
  }>()('查看生成进度', z.object({ jobId: z.string().min(1).max(100) })),
} as const;
