import { addManualEntry, reverseEntry, setExclusion } from '../../db/points/entries';
import { adoptDefaultScheme, copyScheme, listRules, saveRule, saveStars, starLevels } from '../../db/points/rules';
import { memberStatement, standingsPage, statementOfEntry } from '../../db/points/views';
import { recomputeOpenYear } from '../../db/yearClosing';
import { exportPointsSummary, exportStarResults, exportStatement } from '../../excel/exportPoints';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { pointsCalls } from '../../api/contract/points';

export const points: HandlersOf<typeof pointsCalls> = {
  'points.rules': (ctx, { year }) => listRules(ctx.ledger, year),
  'points.adoptDefault': (ctx, { year }) => adoptDefaultScheme(ctx.ledger, year),
  'points.copyScheme': (ctx, { from, to }) => copyScheme(ctx.ledger, from, to),
  'points.saveRule': (ctx, input) => saveRule(ctx.ledger, input),
  'points.stars': (ctx, { year }) => starLevels(ctx.ledger, year),
  'points.saveStars': (ctx, { year, levels }) => saveStars(ctx.ledger, year, levels),
  'points.standings': (ctx, input) => standingsPage(ctx.ledger, input),
  'points.statement': (ctx, { memberId, year }) => memberStatement(ctx.ledger, memberId, year, todayOf(ctx)),
  'points.addManual': (ctx, input) => {
    addManualEntry(ctx.ledger, input, todayOf(ctx));
    return memberStatement(ctx.ledger, input.memberId, Number(input.occurredOn.slice(0, 4)), todayOf(ctx));
  },
  'points.reverse': (ctx, input) => statementOfEntry(ctx.ledger, reverseEntry(ctx.ledger, input, todayOf(ctx)), todayOf(ctx)),
  'points.setExclusion': (ctx, input) => {
    setExclusion(ctx.ledger, input);
    return { memberId: input.memberId, excluded: input.reason !== null };
  },
  'points.recompute': (ctx, { year }) => recomputeOpenYear(ctx.ledger, year),
  'reports.pointsSummary': (ctx, { year }) => exportPointsSummary(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.pointsStatement': (ctx, { memberId, year }) => exportStatement(ctx.ledger, ctx.exportsDir, memberId, year, todayOf(ctx)),
  'reports.starResults': (ctx, { year }) => exportStarResults(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
};
