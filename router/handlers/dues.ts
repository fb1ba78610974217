import { arrears } from '../../db/dues/arrears';
import { saveBase, voidBase } from '../../db/dues/baseWrites';
import { basesPage } from '../../db/dues/basesPage';
import { saveBases, setBasesFor } from '../../db/dues/bulkBases';
import { addHandover, handovers, reverseHandover } from '../../db/dues/handovers';
import { memberYear } from '../../db/dues/memberYear';
import { monthPage } from '../../db/dues/monthPage';
import { duesOpening, saveDuesOpening } from '../../db/dues/opening';
import { pay, payBranchMonth, reversePayment } from '../../db/dues/pay';
import { copyScheme, readScheme, saveScheme } from '../../db/dues/scheme';
import { duesStats } from '../../db/dues/stats';
import { exportDuesCertificate, exportDuesNotice, exportDuesRegister, exportDuesStats } from '../../excel/exportDues';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { duesCalls } from '../../api/contract/dues';

export const dues: HandlersOf<typeof duesCalls> = {
  'dues.scheme': (ctx, { year }) => readScheme(ctx.ledger, year),
  'dues.bases': (ctx, input) => basesPage(ctx.ledger, input),
  'dues.month': (ctx, { orgId, month }) => monthPage(ctx.ledger, orgId, month),
  'dues.arrears': (ctx, { asOf, orgId }) => arrears(ctx.ledger, asOf, orgId),
  'dues.member': (ctx, { memberId, year }) => memberYear(ctx.ledger, memberId, year, todayOf(ctx)),
  'dues.handovers': (ctx, { year }) => handovers(ctx.ledger, year),
  'dues.stats': (ctx, { year, period }) => duesStats(ctx.ledger, year, period, todayOf(ctx)),
  'dues.opening': (ctx, { month }) => duesOpening(ctx.ledger, month, todayOf(ctx)),
  'dues.saveOpening': (ctx, input) => saveDuesOpening(ctx.ledger, input, todayOf(ctx)),
  'dues.saveBases': (ctx, input) => saveBases(ctx.ledger, input),
  'dues.setBasesFor': (ctx, input) => setBasesFor(ctx.ledger, input),
  'dues.saveScheme': (ctx, input) => saveScheme(ctx.ledger, input),
  'dues.copyScheme': (ctx, { fromYear, toYear }) => copyScheme(ctx.ledger, fromYear, toYear),
  'dues.saveBase': (ctx, input) => saveBase(ctx.ledger, input),
  'dues.voidBase': (ctx, input) => voidBase(ctx.ledger, input),
  'dues.pay': (ctx, input) => pay(ctx.ledger, input, todayOf(ctx)),
  'dues.payBranchMonth': (ctx, input) => payBranchMonth(ctx.ledger, input, todayOf(ctx)),
  'dues.reverse': (ctx, input) => reversePayment(ctx.ledger, input, todayOf(ctx)),
  'dues.handover': (ctx, input) => addHandover(ctx.ledger, input, todayOf(ctx)),
  'dues.reverseHandover': (ctx, input) => reverseHandover(ctx.ledger, input, todayOf(ctx)),
  'reports.duesRegister': (ctx, input) => exportDuesRegister(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.duesStats': (ctx, input) => exportDuesStats(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.duesNotice': (ctx, input) => exportDuesNotice(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.duesCertificate': (ctx, input) => exportDuesCertificate(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
