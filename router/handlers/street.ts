import { addCommunity, closeCommunity, listCommunities, updateCommunity } from '../../db/street/communities';
import { issueAccessCode, mergeCommunities, voidPackage } from '../../db/street/identity';
import { ledgerKindInfo, setLedgerKind } from '../../db/street/kind';
import { listPackages } from '../../db/street/packages';
import { streetAppraisal, streetCensus, streetDual, streetDues, streetMeetings, streetMembers, streetPoints, streetRanking } from '../../db/street/views';
import { verifyPackage } from '../../excel/package/verify';
import { exportStreetForm } from '../../excel/street/exportForm';
import { importPackages, previewPackages } from '../../excel/street/importPackages';
import { exportPackageForm, listPackageForms } from '../../excel/street/packageForms';
import { keepPackageUpload } from '../../excel/street/uploads';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { streetCalls } from '../../api/contract/street';

export const street: HandlersOf<typeof streetCalls> = {
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
};
