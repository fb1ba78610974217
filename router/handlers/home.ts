import { homeFigures } from '../../db/homeFigures';
import { memoUntilWrite } from '../../db/memo';
import { homeReminders } from '../../db/reminders';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';

// 首页 is opened again and again between writes: kept until the ledger changes (db/memo.ts).
export const home: HandlersFor<'home'> = {
  'home.reminders': (ctx) => memoUntilWrite(ctx.ledger, `home.reminders:${todayOf(ctx)}`, () => homeReminders(ctx.ledger, todayOf(ctx))),
  'home.figures': (ctx) => memoUntilWrite(ctx.ledger, `home.figures:${todayOf(ctx)}`, () => homeFigures(ctx.ledger, todayOf(ctx))),
};
