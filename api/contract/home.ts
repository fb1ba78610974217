// 首页's calls, spread into the contract (api/contract.ts).
import { none, read, write } from '../callSpec';
import type { CareReminders } from '../schemas/care';
import type { HomeDevReminders } from '../schemas/development';
import type { HomeDuesReminders, HomeFigures, HomeReminders, StartChecklist } from '../schemas/home';

export const homeCalls = {
  'home.reminders': read<HomeReminders>()('查看提醒', none),
  /** 党费 arrears of the street up to last month: its own call, slower than the rest of 首页. */
  'home.duesReminders': read<HomeDuesReminders>()('查看党费欠交提醒', none),
  'home.developmentReminders': read<HomeDevReminders>()('查看发展党员提醒', none),
  /** 流出 not contacted for 6 months, 失联 past the local rule, 纪念章 and visits due: its own call like 党费's. */
  'home.careReminders': read<CareReminders>()('查看关怀提醒', none),
  'home.figures': read<HomeFigures>()('查看首页统计', none),
  'home.checklist': read<StartChecklist>()('查看开始使用清单', none),
  'home.dismissChecklist': write<StartChecklist>()('关闭开始使用清单', ['home'], none),
} as const;
