// Year closing's calls, spread into the contract (api/contract.ts).
import { ALL, none, read, write } from '../callSpec';
import { type YearStatus, closeYearInput, reopenYearInput } from '../schemas/points';

export const yearsCalls = {
  'years.status': read<YearStatus>()('查看封账状态', none),
  'years.close': write<YearStatus>()('年度封账', ALL, closeYearInput),
  'years.reopen': write<YearStatus>()('重新开启年度', ALL, reopenYearInput),
} as const;
