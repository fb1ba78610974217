// 街道 mode's calls: the ledger kind, the street's communities, importing their 上报包, the
// views that sum them and the street's own forms (docs/street.md).
import { give, none, read, write } from '../callSpec';
import type { ExportedFile } from '../schemas/reports';
import {
  communityCloseInput,
  communityIdInput,
  communityInput,
  communityMergeInput,
  communityUpdateInput,
  ledgerKindInput,
  packageFilesInput,
  packageFormInput,
  packageIdInput,
  packageListInput,
  packageVoidInput,
  pointsRankingInput,
  streetExportInput,
  streetMeetingsInput,
  streetPeriodInput,
  streetUploadInput,
  streetYearInput,
  type AppraisalFigures,
  type DualFigures,
  type DuesFigures,
  type LedgerKindInfo,
  type MembersFigures,
  type PackageForms,
  type PackagesImported,
  type PackagesPreview,
  type PointsFigures,
  type StreetCensusView,
  type StreetCommunity,
  type StreetMeetingsView,
  type StreetPackageRow,
  type StreetRankingPage,
  type StreetUpload,
  type StreetView,
} from '../schemas/street';

export const streetCalls = {
  'street.kind': read<LedgerKindInfo>()('查看台账类型', none),
  /** Refused on a ledger that holds organisations, members or packages. */
  'street.setKind': write<LedgerKindInfo>()('选择台账类型', ['street', 'app', 'settings'], ledgerKindInput),

  'street.communities': read<StreetCommunity[]>()('查看街道所辖社区', none),
  'street.addCommunity': write<StreetCommunity>()('新增社区', ['street'], communityInput),
  'street.updateCommunity': write<StreetCommunity>()('修改社区信息', ['street'], communityUpdateInput),
  'street.closeCommunity': write<StreetCommunity>()('撤销社区', ['street'], communityCloseInput),
  /** The community's 接入码, made the first time and the same ever after (it signs the community's packages). */
  'street.issueAccessCode': write<StreetCommunity>()('发放接入码', ['street'], communityIdInput),
  /** Two records of one community: the packages move, the merged record closes; nothing is deleted. */
  'street.mergeCommunities': write<StreetCommunity>()('合并社区记录', ['street'], communityMergeInput),

  /** Holds the bytes in memory for preview and import; a restart asks for the file again. */
  'street.upload': read<StreetUpload>()('上传上报包', streetUploadInput),
  'street.previewPackages': read<PackagesPreview>()('预览导入上报包', packageFilesInput),
  /** Every accepted file in one transaction; any refused file stops the whole batch. */
  'street.importPackages': write<PackagesImported>()('导入上报包', ['street'], packageFilesInput),
  'street.packages': read<StreetPackageRow[]>()('查看已导入的上报包', packageListInput),
  /** Kept and listed, out of every view; the package it had replaced stands again. */
  'street.voidPackage': write<{ id: number }>()('作废上报包', ['street'], packageVoidInput),
  'street.packageForms': read<PackageForms>()('查看上报包中的报表', packageIdInput),
  /** One of the community's own workbooks from the package (花名册, 年报 …), as it printed it. */
  'street.exportPackageForm': give<ExportedFile>()('导出上报包中的报表', packageFormInput),

  'street.members': read<StreetView<MembersFigures>>()('查看街道党员队伍情况', streetPeriodInput),
  'street.meetings': read<StreetMeetingsView>()('查看街道三会一课情况', streetMeetingsInput),
  'street.dual': read<StreetView<DualFigures>>()('查看街道双报到情况', streetPeriodInput),
  'street.dues': read<StreetView<DuesFigures>>()('查看街道党费收缴情况', streetPeriodInput),
  'street.appraisal': read<StreetView<AppraisalFigures>>()('查看街道民主评议情况', streetYearInput),
  'street.points': read<StreetView<PointsFigures>>()('查看街道积分情况', streetYearInput),
  /** Names people (masked ID numbers): audited. */
  'street.pointsRanking': give<StreetRankingPage>()('查看街道积分排名', pointsRankingInput),
  'street.census': read<StreetCensusView>()('查看街道党内统计', streetYearInput),

  'street.exportForm': give<ExportedFile>()('导出街道汇总表', streetExportInput),
} as const;
