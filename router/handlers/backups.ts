import { backupElsewhere, backupNow, backupStatus, restore } from '../backups';
import type { HandlersOf } from '../handlerTypes';
import type { backupsCalls } from '../../api/contract/backups';

export const backups: HandlersOf<typeof backupsCalls> = {
  'backups.status': (ctx) => backupStatus(ctx),
  'backups.create': (ctx) => backupNow(ctx),
  'backups.copyOut': (ctx) => backupElsewhere(ctx),
  'backups.restore': (ctx, { name, secret }) => restore(ctx, name, secret),
};
