import { writePackage } from '../../excel/package/write';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import { keepPackage } from '../keptPackages';
import type { reportPackageCalls } from '../../api/contract/reportPackage';

export const reportPackage: HandlersOf<typeof reportPackageCalls> = {
  'reports.reportPackage': async (ctx, { year, quarter, fullIdNumbers }) =>
    keepPackage(
      ctx.exportsDir,
      await writePackage(ctx.ledger, ctx.exportsDir, { year, quarter }, todayOf(ctx), { fullIdNumbers, appVersion: ctx.info.version }),
    ),
};
