import { z } from 'zod';

export interface BackupRow {
  name: string;
  /** Local time, 'YYYY-MM-DD HH:mm:ss'. */
  at: string;
  size: number;
  reason: string;
}

export interface BackupStatus {
  backupsDir: string;
  files: BackupRow[];
  lastExternalAt: string | null;
  warning: string | null;
}

export const backupNameInput = z.object({
  name: z.string({ error: '请选择备份' }).min(1, '请选择备份').max(200),
  /** The start password or recovery code of the backup's day, for a backup made under another password. */
  secret: z
    .string()
    .max(200)
    .nullish()
    .transform((v) => v ?? null),
});
