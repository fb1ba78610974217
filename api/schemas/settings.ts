import { z } from 'zod';
import { optionalText, phone } from './fields';

/** Who reports: every form's header and footer lines come from here. */
export const settingsInput = z.object({
  communityName: optionalText('社区名称', 60),
  streetName: optionalText('所属街道', 60),
  preparer: optionalText('填报人', 30),
  reviewer: optionalText('审核人', 30),
  phone: phone('联系电话'),
  /** 当前操作人: written into the audit log unless someone unlocked the app under another name. */
  operator: optionalText('当前操作人', 30),
});
export type Settings = z.output<typeof settingsInput>;
export const SETTING_KEYS = Object.keys(settingsInput.shape) as (keyof Settings)[];
