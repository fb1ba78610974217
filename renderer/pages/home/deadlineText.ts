// How 首页 names a 报送 period: '2026年第四季度', '2026年全年'.
const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];
export const periodText = (p: { year: number; quarter: number | null }): string => `${p.year}年${p.quarter === null ? '全年' : QUARTERS[p.quarter - 1]}`;
