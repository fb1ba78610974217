// Issue 30's calls: what a street sends down (发展计划 quota, 报送 deadlines, the 下发文件) and what it checks coming
// up (发展党员 完成, 党费 received); and the community's side: importing the 下发文件 and 首页's next deadline.
import { give, none, read, write } from '../callSpec';
import type { ExportedFile } from '../schemas/reports';
import type { DuesFigures, MeetingFigures, StreetView } from '../schemas/street';
import {
  duesReceivedInput,
  streetDeadlineInput,
  streetDuesInput,
  streetFileExportInput,
  streetFileImportInput,
  streetPlanYearInput,
  streetMonthInput,
  streetQuotaInput,
  type DevProgressFigures,
  type DuesCheckView,
  type NextDeadline,
  type StreetFileImported,
  type StreetPlanView,
} from '../schemas/streetPlan';

export const streetPlanCalls = {
  'street.plan': read<StreetPlanView>()('查看发展计划与报送期限', streetPlanYearInput),
  'street.setQuota': write<StreetPlanView>()('下达发展计划', ['street'], streetQuotaInput),
  'street.setDeadline': write<StreetPlanView>()('设置报送截止日期', ['street'], streetDeadlineInput),
  /** One community's .json, or every open community's in a .zip; gives a community its id and 接入码 when it has none. */
  'street.exportDownFile': give<ExportedFile>()('生成街道下发文件', streetFileExportInput),
  'street.devProgress': read<StreetView<DevProgressFigures>>()('查看发展党员计划完成情况', streetPlanYearInput),
  'street.exportDevProgress': give<ExportedFile>()('导出发展党员计划完成情况汇总表', streetPlanYearInput),
  'street.duesCheck': read<DuesCheckView>()('查看党费上缴核对', streetDuesInput),
  /** A new record; a correction names the record it corrects. Nothing is edited or deleted. */
  'street.recordDuesReceived': write<DuesCheckView>()('登记党费到账', ['street'], duesReceivedInput),
  'street.exportDuesCheck': give<ExportedFile>()('导出党费上缴核对表', streetDuesInput),
  /** 党费 of one month, from each community's quarter (else year) package. */
  'street.duesMonth': read<StreetView<DuesFigures>>()('查看街道党费月度情况', streetMonthInput),
  'street.exportDuesMonth': give<ExportedFile>()('导出街道党费月度汇总表', streetMonthInput),
  /** 三会一课 of one month (the types required monthly), from each community's quarter (else year) package. */
  'street.meetingsMonth': read<StreetView<MeetingFigures>>()('查看街道三会一课月度情况', streetMonthInput),
  'street.exportMeetingsMonth': give<ExportedFile>()('导出街道三会一课月度汇总表', streetMonthInput),

  /** The community's side: one transaction fills 系统设置 and the year's 发展计划. */
  'street.importDownFile': write<StreetFileImported>()('导入街道下发文件', ['settings', 'development', 'street'], streetFileImportInput),
  'street.nextDeadline': read<{ next: NextDeadline | null }>()('查看下一个报送期限', none),
} as const;
