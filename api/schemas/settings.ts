import { z } from 'zod';
import { normalizeAccessCode } from '../rules/accessCode';
import { optionalText, phone } from './fields';

/** Who reports: every form's header and footer lines come from here. */
export const settingsInput = z.object({
  communityName: optionalText('社区名称', 60),
  streetName: optionalText('所属街道', 60),
  preparer: optionalText('填报人', 30),
  reviewer: optionalText('审核人', 30),
  phone: phone('联系电话'),
  /** The 接入码 the street gave this community (issue 31): every 上报包 is signed with it. Stored as typed, checked for shape. */
  accessCode: optionalText('接入码', 40).refine(
    (v) => v === null || normalizeAccessCode(v) !== null,
    '接入码应为街道发放的20位字母数字（可带短横线），请核对后重新输入',
  ),
  /** 当前操作人: written into the audit log unless someone unlocked the app under another name. */
  operator: optionalText('当前操作人', 30),
  /** 发展党员 公示期 in working days; null = the shipped 本地默认值 (DEFAULT_PUBLICITY_DAYS). */
  devPublicityDays: z
    .number({ error: '公示期应为工作日天数' })
    .int('公示期应为整数个工作日')
    .min(1, '公示期至少1个工作日')
    .max(30, '公示期不能超过30个工作日')
    .nullish()
    .transform((v) => v ?? null),
});
/** Settings kept as numbers (the table stores text). */
export const NUMBER_SETTING_KEYS: readonly string[] = ['devPublicityDays'];
export type Settings = z.output<typeof settingsInput>;
export const SETTING_KEYS = Object.keys(settingsInput.shape) as (keyof Settings)[];
