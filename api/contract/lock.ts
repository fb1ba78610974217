// The start password's and lock's calls, spread into the contract (api/contract.ts).
import { ALL, none, read, write } from '../callSpec';
import { requiredText } from '../schemas/fields';
import { NEW_PASSWORD_NEEDED, PASSWORD_NEEDED, RECOVERY_CODE_NEEDED } from '../vocab/messages';
import { z } from 'zod';

export interface LockStatus {
  /** A start password is set: the ledger and its backups are encrypted. */
  enabled: boolean;
  locked: boolean;
  idleMinutes: number;
  operator: string | null;
  /** Seconds before the next password may be tried (after 5 wrong ones), 0 when now. */
  waitSeconds: number;
  /** Only in the answer that set a password: the new recovery code, shown once. */
  recoveryCode?: string;
}

export const lockCalls = {
  'lock.status': read<LockStatus>()('查看锁定状态', none),
  'lock.unlock': write<LockStatus>()(
    '解锁',
    ALL,
    z.object({ password: z.string({ error: PASSWORD_NEEDED }).min(1, PASSWORD_NEEDED).max(200), operator: requiredText('操作人', 30) }),
  ),
  'lock.lockNow': write<LockStatus>()('锁定', ['lock'], none),
  'lock.set': write<LockStatus>()(
    '设置启动密码',
    ['lock', 'backups'],
    z.object({
      current: z
        .string()
        .max(200)
        .nullish()
        .transform((v) => v ?? null),
      password: z.string({ error: NEW_PASSWORD_NEEDED }).min(6, '密码至少6位').max(200, '密码太长'),
      idleMinutes: z.number({ error: '请填写自动锁定时间' }).int().min(1, '自动锁定时间为1到240分钟').max(240, '自动锁定时间为1到240分钟'),
    }),
  ),
  'lock.recover': write<LockStatus>()(
    '用恢复码重设密码',
    ALL,
    z.object({
      code: z.string({ error: RECOVERY_CODE_NEEDED }).min(1, RECOVERY_CODE_NEEDED).max(100),
      password: z.string({ error: NEW_PASSWORD_NEEDED }).min(6, '密码至少6位').max(200, '密码太长'),
      operator: requiredText('操作人', 30),
    }),
  ),
  'lock.disable': write<LockStatus>()(
    '取消启动密码',
    ['lock', 'backups'],
    z.object({ current: z.string({ error: '请输入当前密码' }).min(1, '请输入当前密码').max(200) }),
  ),
} as const;
