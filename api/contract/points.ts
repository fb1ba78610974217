// Points' calls, spread into the contract (api/contract.ts).
import { give, read, write } from '../callSpec';
import type { StarLevel } from '../points';
import { recordId } from '../schemas/fields';
import {
  type PointRule,
  type PointStatement,
  type StandingsPage,
  copySchemeInput,
  exclusionInput,
  manualEntryInput,
  pointRuleInput,
  reverseInput,
  standingsInput,
  starsInput,
  yearField,
  yearInput,
} from '../schemas/points';
import type { ExportedFile } from '../schemas/reports';
import { z } from 'zod';

export const pointsCalls = {
  'points.rules': read<PointRule[]>()('查看积分规则', yearInput),
  'points.adoptDefault': write<PointRule[]>()('使用默认积分方案', ['points'], yearInput),
  'points.copyScheme': write<PointRule[]>()('复制积分规则', ['points'], copySchemeInput),
  'points.saveRule': write<PointRule[]>()('保存积分规则', ['points'], pointRuleInput),
  'points.stars': read<StarLevel[]>()('查看星级标准', yearInput),
  'points.saveStars': write<StarLevel[]>()('修改星级标准', ['points'], starsInput),
  'points.standings': read<StandingsPage>()('查看积分排名', standingsInput),
  'points.statement': read<PointStatement>()('查看积分明细', z.object({ memberId: recordId('党员'), year: yearField })),
  'points.addManual': write<PointStatement>()('登记加减分', ['points'], manualEntryInput),
  'points.reverse': write<PointStatement>()('冲销积分', ['points'], reverseInput),
  'points.setExclusion': write<{ memberId: number; excluded: boolean }>()('设置不参加积分', ['points'], exclusionInput),
  'points.recompute': write<{ appended: number }>()('重新计算积分', ['points'], yearInput),
  'reports.pointsSummary': give<ExportedFile>()('导出积分汇总表', yearInput),
  'reports.pointsStatement': give<ExportedFile>()('导出积分明细', z.object({ memberId: recordId('党员'), year: yearField })),
  'reports.starResults': give<ExportedFile>()('导出评星定级结果表', yearInput),
} as const;
