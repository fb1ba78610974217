import type { CensusTable } from '../../../../api/schemas/census';

/** A figure as the user reads it: money tables carry 分, shown as 元 with two decimals. */
export function figureText(unit: CensusTable['unit'], value: number): string {
  return unit === '元' ? (value / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(value);
}

/** The value column's heading for a table's unit. */
export function unitHeading(unit: CensusTable['unit']): string {
  return unit === '元' ? '金额（元）' : unit === '个' ? '个数' : '人数';
}

/** Year-end figures are as of 12-31; while the year still runs they are today's, and say so. */
export function asOfText(year: number, asOf: string): string {
  return asOf === `${year}-12-31` ? `统计截止：${asOf}` : `统计截止：${asOf}（截至今天，本年度尚未结束）`;
}
