import { verifyPackage } from '../../excel/package/verify';
import { closeCommunity, addCommunity, listCommunities, updateCommunity } from '../../db/street/communities';
import { issueAccessCode, mergeCommunities, voidPackage } from '../../db/street/identity';
import { ledgerKindInfo, setLedgerKind } from '../../db/street/kind';
import { listPackages } from '../../db/street/packages';
import { streetAppraisal, streetCensus, streetDual, streetDues, streetMeetings, streetMembers, streetPoints, streetRanking } from '../../db/street/views';
import { streetCare, streetFlows, streetHonor, streetLost, streetTerms } from '../../db/street/registers';
import { exportStreetForm } from '../../excel/street/exportForm';
import { exportStreetRegister } from '../../excel/street/exportRegister';
import { importPackages, previewPackages } from '../../excel/street/importPackages';
import { exportPackageForm, listPackageForms } from '../../excel/street/packageForms';
import { keepPackageUpload } from '../../excel/street/uploads';
import { todayOf } from '../context';
import { streetDevProgress } from '../../db/street/devProgress';
import { duesCheck, recordDuesReceived } from '../../db/street/duesReceived';
import { setDeadline, setQuota, streetPlan } from '../../db/street/plan';
import { nextDeadline } from '../../db/streetDown';
import { getSettings } from '../../db/settings';
import { exportDevProgress, exportDuesCheck, exportDuesMonth, exportMeetingsMonth } from '../../excel/street/exportPlanForms';
import { streetMeetingsMonth } from '../../db/street/meetingsMonthly';
import { streetDuesMonth } from '../../db/street/duesMonthly';
import { importStreetFile } from '../../excel/streetFile/import';
import { writeStreetFiles } from '../../excel/streetFile/write';
import type { HandlersFor } from '../handlerTypes';

export const street: HandlersFor<'street'> = {
  'street.kind': (ctx) => ledgerKindInfo(ctx.ledger),
  'street.setKind': (ctx, { kind }) => setLedgerKind(ctx.ledger, kind),
  'street.communities': (ctx) => listCommunities(ctx.ledger),
  'street.addCommunity': (ctx, input) => addCommunity(ctx.ledger, input),
  'street.updateCommunity': (ctx, input) => updateCommunity(ctx.ledger, input),
  'street.closeCommunity': (ctx, input) => closeCommunity(ctx.ledger, input),
  'street.issueAccessCode': (ctx, { id }) => issueAccessCode(ctx.ledger, id),
  'street.mergeCommunities': (ctx, input) => mergeCommunities(ctx.ledger, input),
  'street.upload': (_ctx, { fileName, data }) => keepPackageUpload(fileName, data),
  'street.previewPackages': (ctx, { files, decisions }) => previewPackages(ctx.ledger, files, verifyPackage, todayOf(ctx), decisions),
  'street.importPackages': (ctx, { files, decisions }) => importPackages(ctx.ledger, files, verifyPackage, todayOf(ctx), decisions),
  'street.packages': (ctx, input) => listPackages(ctx.ledger, input),
  'street.voidPackage': (ctx, input) => (voidPackage(ctx.ledger, input), { id: input.id }),
  'street.packageForms': (ctx, { id }) => listPackageForms(ctx.ledger, id),
  'street.exportPackageForm': (ctx, input) => exportPackageForm(ctx.ledger, ctx.exportsDir, input),
  'street.members': (ctx, { year, quarter }) => streetMembers(ctx.ledger, year, quarter),
  'street.meetings': (ctx, { year, quarter, communityId }) => streetMeetings(ctx.ledger, year, quarter, communityId),
  'street.dual': (ctx, { year, quarter }) => streetDual(ctx.ledger, year, quarter),
  'street.dues': (ctx, { year, quarter }) => streetDues(ctx.ledger, year, quarter),
  'street.appraisal': (ctx, { year }) => streetAppraisal(ctx.ledger, year),
  'street.points': (ctx, { year }) => streetPoints(ctx.ledger, year),
  'street.pointsRanking': (ctx, input) => streetRanking(ctx.ledger, input),
  'street.census': (ctx, { year }) => streetCensus(ctx.ledger, year),
  'street.exportForm': (ctx, input) => exportStreetForm(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  // The registers the packages carry (issue 30, api/contract/streetRegisters.ts).
  'street.honor': (ctx, { year, quarter }) => streetHonor(ctx.ledger, year, quarter),
  'street.care': (ctx, { year, quarter }) => streetCare(ctx.ledger, year, quarter),
  'street.lost': (ctx, { year, quarter }) => streetLost(ctx.ledger, year, quarter),
  'street.flows': (ctx, { year, quarter }) => streetFlows(ctx.ledger, year, quarter),
  'street.terms': (ctx, { year, quarter }) => streetTerms(ctx.ledger, year, quarter),
  'street.exportRegister': (ctx, input) => exportStreetRegister(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  // Issue 30: what goes down to the communities and is checked coming up (api/contract/streetPlan.ts).
  'street.plan': (ctx, { year }) => streetPlan(ctx.ledger, year, todayOf(ctx)),
  'street.setQuota': (ctx, input) => setQuota(ctx.ledger, input, todayOf(ctx)),
  'street.setDeadline': (ctx, input) => setDeadline(ctx.ledger, input, todayOf(ctx)),
  'street.exportDownFile': (ctx, input) => writeStreetFiles(ctx.ledger, ctx.exportsDir, input, ctx.info.version),
  'street.devProgress': (ctx, { year }) => streetDevProgress(ctx.ledger, year),
  'street.exportDevProgress': (ctx, { year }) => exportDevProgress(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'street.duesCheck': (ctx, { year }) => duesCheck(ctx.ledger, year),
  'street.recordDuesReceived': (ctx, input) => recordDuesReceived(ctx.ledger, input, getSettings(ctx.ledger).operator, todayOf(ctx)),
  'street.exportDuesCheck': (ctx, { year }) => exportDuesCheck(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'street.duesMonth': (ctx, { year, month }) => streetDuesMonth(ctx.ledger, year, month),
  'street.exportDuesMonth': (ctx, { year, month }) => exportDuesMonth(ctx.ledger, ctx.exportsDir, year, month, todayOf(ctx)),
  'street.meetingsMonth': (ctx, { year, month }) => streetMeetingsMonth(ctx.ledger, year, month),
  'street.exportMeetingsMonth': (ctx, { year, month }) => exportMeetingsMonth(ctx.ledger, ctx.exportsDir, year, month, todayOf(ctx)),
  'street.importDownFile': (ctx, input) => importStreetFile(ctx.ledger, input),
  'street.nextDeadline': (ctx) => ({ next: nextDeadline(ctx.ledger, todayOf(ctx)) }),
};
