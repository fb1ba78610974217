import { backupElsewhere, backupNow, backupStatus, restore } from '../backups';
import type { HandlersFor } from '../handlerTypes';

export const backups: HandlersFor<'backups'> = {
  'backups.status': (ctx) => backupStatus(ctx),
  'backups.create': (ctx) => backupNow(ctx),
  'backups.copyOut': (ctx) => backupElsewhere(ctx),
  'backups.restore': (ctx, { name, secret }) => restore(ctx, name, secret),
};
