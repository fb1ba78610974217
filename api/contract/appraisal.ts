// 民主评议's calls, spread into the contract (api/contract.ts).
import { give, read, write } from '../callSpec';
import { type AppraisalBatch, type AppraisalOverview, appraisalCreateInput, appraisalEntryInput, appraisalRef, yearInput } from '../schemas/points';
import type { ExportedFile } from '../schemas/reports';

export const appraisalCalls = {
  'appraisal.overview': read<AppraisalOverview>()('查看民主评议', yearInput),
  'appraisal.create': write<AppraisalBatch>()('建立民主评议名单', ['appraisal'], appraisalCreateInput),
  'appraisal.get': read<{ batch: AppraisalBatch | null }>()('查看民主评议', appraisalRef),
  'appraisal.saveEntry': write<AppraisalBatch>()('登记民主评议结果', ['appraisal'], appraisalEntryInput),
  'reports.appraisal': give<ExportedFile>()('导出民主评议汇总表', yearInput),
} as const;
