// How 首页 names a 报送 period: '2026年第四季度', '2026年全年'.
import { QUARTER_NAMES } from '../../../api/rules/streetPeriods';

export const periodText = (p: { year: number; quarter: number | null }): string => `${p.year}年${p.quarter === null ? '全年' : QUARTER_NAMES[p.quarter - 1]}`;
