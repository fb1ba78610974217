// Backups' calls, spread into the contract (api/contract.ts).
import { ALL, none, read, write } from '../callSpec';
import { type BackupStatus, backupNameInput } from '../schemas/backups';
import type { Delivery } from '../schemas/reports';

export const backupsCalls = {
  'backups.status': read<BackupStatus>()('查看备份', none),
  'backups.create': write<BackupStatus>()('立即备份', ['backups'], none),
  'backups.copyOut': write<Delivery>()('备份到外部', ['backups'], none),
  'backups.restore': write<{ restoredFrom: string }>()('从备份恢复', ALL, backupNameInput),
} as const;
