import { deliverExport, openAttachment } from '../deliver';
import type { HandlersFor } from '../handlerTypes';

export const files: HandlersFor<'files'> = {
  'files.deliver': (ctx, { fileName }) => deliverExport(ctx, fileName),
  'files.openAttachment': (ctx, { kind, id }) => openAttachment(ctx, kind, id),
};
