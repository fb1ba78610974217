// Placeholder for the four 发展党员 forms: wt-k replaces this file with the real exports.
import type { z } from 'zod';
import type { devProgressInput, devRecordExportInput, devRosterInput, devStatsInput } from '../api/schemas/development';
import type { ExportedFile } from '../api/schemas/reports';
import { refuse } from '../db/ledgerError';
import type { Ledger } from '../db/open';

const notYet = (): never => {
  throw refuse('该报表尚未提供');
};
export const exportDevRoster = (_l: Ledger, _dir: string, _i: z.output<typeof devRosterInput>, _today: string): ExportedFile => notYet();
export const exportDevProgress = (_l: Ledger, _dir: string, _i: z.output<typeof devProgressInput>, _today: string): ExportedFile => notYet();
export const exportDevStats = (_l: Ledger, _dir: string, _i: z.output<typeof devStatsInput>, _today: string): ExportedFile => notYet();
export const exportDevRecord = (_l: Ledger, _dir: string, _i: z.output<typeof devRecordExportInput>, _today: string): ExportedFile => notYet();
