// 党费's calls, spread into the contract (api/contract.ts).
import { give, read, write } from '../callSpec';
import {
  copyDuesSchemeInput,
  duesArrearsInput,
  duesBasesInput,
  duesMemberInput,
  duesMonthInput,
  duesStatsInput,
  duesYearInput,
  handoverInput,
  payBranchMonthInput,
  payInput,
  reverseHandoverInput,
  reversePaymentInput,
  saveBaseInput,
  saveSchemeInput,
  voidBaseInput,
  type DuesArrears,
  type DuesBase,
  type DuesBasesPage,
  type DuesHandovers,
  type DuesMemberYear,
  type DuesMonthPage,
  type DuesScheme,
  type DuesStats,
  type PayResult,
} from '../schemas/dues';
import { bulkBasesInput, duesOpeningInput, saveBasesInput, saveDuesOpeningInput, type BulkBasesResult, type DuesOpening } from '../schemas/duesOpening';
import { duesNoticeInput, duesRegisterInput, type ExportedFile } from '../schemas/reports';

/** A dues write changes 党费; 首页's arrears, a member's 党费交纳至 and 按时交纳党费 derive from it (api/staleness.ts). */
export const DUES_TOUCHES = ['dues'] as const;

export const duesCalls = {
  'dues.scheme': read<DuesScheme>()('查看党费标准', duesYearInput),
  'dues.bases': read<DuesBasesPage>()('查看党费基数', duesBasesInput),
  'dues.month': read<DuesMonthPage>()('查看党费月度收缴', duesMonthInput),
  'dues.arrears': read<DuesArrears>()('查看欠交党费', duesArrearsInput),
  'dues.member': read<DuesMemberYear>()('查看个人党费', duesMemberInput),
  'dues.handovers': read<DuesHandovers>()('查看党费上缴', duesYearInput),
  'dues.stats': read<DuesStats>()('查看党费收缴统计', duesStatsInput),
  'dues.opening': read<DuesOpening>()('查看党费建账', duesOpeningInput),
  'dues.saveScheme': write<DuesScheme>()('修改党费标准', DUES_TOUCHES, saveSchemeInput),
  'dues.copyScheme': write<DuesScheme>()('复制党费标准', DUES_TOUCHES, copyDuesSchemeInput),
  'dues.saveBase': write<DuesBase>()('核定党费基数', DUES_TOUCHES, saveBaseInput),
  'dues.voidBase': write<DuesBase>()('作废党费基数', DUES_TOUCHES, voidBaseInput),
  // 'settings': the opening stores the 党费 start month (ledger.duesStartMonth), which 建账日期 shows.
  'dues.saveOpening': write<DuesOpening>()('党费建账', ['dues', 'settings'], saveDuesOpeningInput),
  'dues.saveBases': write<BulkBasesResult>()('批量核定党费基数', DUES_TOUCHES, saveBasesInput),
  'dues.setBasesFor': write<BulkBasesResult>()('统一设置党费基数', DUES_TOUCHES, bulkBasesInput),
  'dues.pay': write<PayResult>()('登记交纳党费', DUES_TOUCHES, payInput),
  'dues.payBranchMonth': write<PayResult>()('登记支部整月党费', DUES_TOUCHES, payBranchMonthInput),
  'dues.reverse': write<PayResult>()('冲销党费交纳', DUES_TOUCHES, reversePaymentInput),
  'dues.handover': write<DuesHandovers>()('登记党费上缴', DUES_TOUCHES, handoverInput),
  'dues.reverseHandover': write<DuesHandovers>()('冲销党费上缴', DUES_TOUCHES, reverseHandoverInput),
  'reports.duesRegister': give<ExportedFile>()('导出党费收缴登记表', duesRegisterInput),
  'reports.duesStats': give<ExportedFile>()('导出党费收缴情况统计表', duesStatsInput),
  'reports.duesNotice': give<ExportedFile>()('导出党费收缴公示', duesNoticeInput),
  'reports.duesCertificate': give<ExportedFile>()('导出党费交纳证明', duesMemberInput),
} as const;
