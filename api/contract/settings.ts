// Settings' calls, spread into the contract (api/contract.ts).
import { none, read, write } from '../callSpec';
import { type Settings, settingsInput } from '../schemas/settings';

export const settingsCalls = {
  'settings.get': read<Settings>()('查看设置', none),
  'settings.save': write<Settings>()('修改系统设置', ['settings'], settingsInput),
} as const;
