// 党内统计's calls: the year-end figures as of 12-31, the people behind one figure, the 年报.
import { give, read, write } from '../callSpec';
import { censusDiffReasonInput, censusInput, censusPeopleInput, type CensusPerson, type CensusReport } from '../schemas/census';
import type { ExportedFile } from '../schemas/reports';

export const censusCalls = {
  'census.report': read<CensusReport>()('查看党内统计', censusInput),
  /** Names people: audited like any list that hands out personal data. */
  'census.people': give<CensusPerson[]>()('查看党内统计名单', censusPeopleInput),
  'reports.census': give<ExportedFile>()('导出党内统计年报', censusInput),
  /** The reason for the year's 实有数与应有数之差 against last year's reported 年末: stored, and logged as this call. */
  'census.explainDifference': write<CensusReport>()('填写实有数与应有数之差原因', ['census'], censusDiffReasonInput),
} as const;
