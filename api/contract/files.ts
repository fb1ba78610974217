// File delivery's calls, spread into the contract (api/contract.ts).
import { give, read } from '../callSpec';
import { type Delivery, attachmentRefInput, deliverInput } from '../schemas/reports';

export const filesCalls = {
  'files.deliver': read<Delivery>()('保存导出文件', deliverInput),
  'files.openAttachment': give<Delivery>()('打开附件', attachmentRefInput),
} as const;
