import { deliverExport, openAttachment } from '../deliver';
import type { HandlersOf } from '../handlerTypes';
import type { filesCalls } from '../../api/contract/files';

export const files: HandlersOf<typeof filesCalls> = {
  'files.deliver': (ctx, { fileName }) => deliverExport(ctx, fileName),
  'files.openAttachment': (ctx, { kind, id }) => openAttachment(ctx, kind, id),
};
