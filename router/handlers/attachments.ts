import { attachFile, detachFile, listAttachments } from '../../db/meetings/attachments';
import type { HandlersOf } from '../handlerTypes';
import type { attachmentsCalls } from '../../api/contract/attachments';

export const attachments: HandlersOf<typeof attachmentsCalls> = {
  'attachments.list': (ctx, { kind, id }) => listAttachments(ctx.ledger, kind, id),
  'attachments.add': (ctx, { kind, ownerId, fileName, data }) =>
    attachFile(ctx.ledger, ctx.attachmentsDir, kind, ownerId, fileName, new Uint8Array(Buffer.from(data, 'base64'))),
  'attachments.remove': (ctx, { kind, id }) => detachFile(ctx.ledger, kind, id),
};
