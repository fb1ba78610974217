// Attachments' calls, spread into the contract (api/contract.ts).
import { read, write } from '../callSpec';
import { type Attachment, attachInput, attachmentRefInput } from '../schemas/reports';

export const attachmentsCalls = {
  /** Attachments of a meeting or an activity: kind + that record's id. */
  'attachments.list': read<Attachment[]>()('查看附件', attachmentRefInput),
  'attachments.add': write<Attachment[]>()('添加附件', ['attachments', 'meetings', 'dual', 'development'], attachInput),
  'attachments.remove': write<Attachment[]>()('移除附件', ['attachments', 'meetings', 'dual', 'development'], attachmentRefInput),
} as const;
