import { careReminders } from '../../db/care/reminders';
import { developmentReminders } from '../../db/development/reminders';
import { duesReminders } from '../../db/dues/reminders';
import { homeFigures } from '../../db/homeFigures';
import { memoUntilWrite } from '../../db/memo';
import { homeReminders } from '../../db/reminders';
import { dismissStartChecklist, startChecklist } from '../../db/startChecklist';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import { lockEnabled } from '../lock';
import type { homeCalls } from '../../api/contract/home';

// 首页 is opened again and again between writes: kept until the ledger changes (db/memo.ts).
export const home: HandlersOf<typeof homeCalls> = {
  'home.reminders': (ctx) => memoUntilWrite(ctx.ledger, `home.reminders:${todayOf(ctx)}`, () => homeReminders(ctx.ledger, todayOf(ctx))),
  // The street's dues arrears (~300 ms after a write at street scale): asked on its own so
  // 首页 paints first; keyed by today because its 'last month' moves with the date.
  'home.duesReminders': (ctx) => memoUntilWrite(ctx.ledger, `home.duesReminders:${todayOf(ctx)}`, () => duesReminders(ctx.ledger, todayOf(ctx))),
  'home.developmentReminders': (ctx) =>
    memoUntilWrite(ctx.ledger, `home.developmentReminders:${todayOf(ctx)}`, () => developmentReminders(ctx.ledger, todayOf(ctx))),
  'home.careReminders': (ctx) => memoUntilWrite(ctx.ledger, `home.careReminders:${todayOf(ctx)}`, () => careReminders(ctx.ledger, todayOf(ctx))),
  'home.checklist': (ctx) => startChecklist(ctx.ledger, lockEnabled(ctx)),
  'home.dismissChecklist': (ctx) => {
    dismissStartChecklist(ctx.ledger, todayOf(ctx));
    return startChecklist(ctx.ledger, lockEnabled(ctx));
  },
  'home.figures': (ctx) => memoUntilWrite(ctx.ledger, `home.figures:${todayOf(ctx)}`, () => homeFigures(ctx.ledger, todayOf(ctx))),
};
