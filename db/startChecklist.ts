// 首页's 开始使用 list on a new community ledger: each step ticks itself from what the ledger
// holds (never from a click), so a step done another way (an import, a setting) counts too.
import type { StartChecklist, StartStep } from '../api/schemas/home';
import { lastExternalCopy } from './backups/policy';
import { LEDGER_START_KEYS } from './ledgerStart';
import type { Ledger } from './open';
import { getSettings, getSettingValues, putSettings } from './settings';
import { ledgerKindInfo } from './street/kind';

const DISMISSED = 'home.checklistDismissed';

const exists = (ledger: Ledger, sql: string) => ledger.sqlite.prepare(`SELECT EXISTS (${sql}) AS x`).pluck().get() === 1;

/** `passwordSet`: the host knows whether a start password is on (router/lock.ts), the ledger does not. */
export function startChecklist(ledger: Ledger, passwordSet: boolean): StartChecklist {
  const kind = ledgerKindInfo(ledger);
  const s = getSettings(ledger);
  const keys = getSettingValues(ledger, [DISMISSED, LEDGER_START_KEYS.startDate, LEDGER_START_KEYS.declined]);
  const steps: StartStep[] = [
    { key: 'names', title: '填写社区名称和所属街道', page: 'settings', done: Boolean(s.communityName?.trim() && s.streetName?.trim()) },
    { key: 'start', title: '确定建账日期', page: 'settings', done: keys[LEDGER_START_KEYS.startDate] !== null || keys[LEDGER_START_KEYS.declined] !== null },
    { key: 'roster', title: '导入党员花名册（缺少的党支部随导入一并建立）', page: 'members', done: exists(ledger, 'SELECT 1 FROM members') },
    {
      key: 'development',
      title: '录入或导入发展党员名册（入党申请人、积极分子、发展对象）',
      page: 'development',
      done: exists(ledger, 'SELECT 1 FROM dev_people'),
    },
    { key: 'dues', title: '党费建账：起始月份、已交至何月和党费基数', page: 'dues', done: exists(ledger, 'SELECT 1 FROM dues_bases WHERE voided_at IS NULL') },
    { key: 'password', title: '设置启动密码，并打印或保存恢复码', page: 'settings', done: passwordSet },
    { key: 'usb', title: '把备份复制到U盘', page: 'settings', done: lastExternalCopy(ledger) !== null },
  ];
  const done = steps.every((step) => step.done);
  // Only a community ledger whose kind is settled, not yet through the list, not put away.
  const show = kind.kind === '社区' && (kind.chosen || !kind.canChange) && !done && keys[DISMISSED] === null;
  return { show, steps };
}

export function dismissStartChecklist(ledger: Ledger, today: string): void {
  putSettings(ledger, { [DISMISSED]: today });
}
