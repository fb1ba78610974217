// 上报包: the one file a community sends its street for a year or a quarter (docs/package.md).
import { z } from 'zod';
import { write } from '../callSpec';
import { yearField } from '../schemas/points';
import type { ExportedFile } from '../schemas/reports';

export const reportPackageInput = z.object({
  year: yearField,
  /** null = the whole year. */
  quarter: z.number().int().min(1).max(4).nullable().default(null),
  /** 包含完整身份证号: off by default, so every 身份证号 in the package is masked. */
  fullIdNumbers: z.boolean().default(false),
});

/** The package made, and where its kept copy is (exports/上报包/ in the data folder). */
export type PackageMade = ExportedFile & { keptPath: string };

export const reportPackageCalls = {
  /**
   * Writes exports/<社区><年>[第N季度]上报包.zip; hand it to files.deliver. A write: the year's first
   * package as of 12-31 records its 党内统计 as reported (docs/census.md). A copy stays in exports/上报包/.
   */
  'reports.reportPackage': write<PackageMade>()('生成上报包', ['census', 'street'], reportPackageInput),
} as const;
