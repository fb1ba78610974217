// Money on this page: amounts travel as integer 分 and are shown as 元 with two decimals
// (formatFen); a field takes 元 as text and turns it into 分 with parseYuan, so no amount
// ever passes through a floating-point number.
import type { Rule } from 'antd/es/form';
import { formatFen, parseYuan } from '../../../api/rules/dues';

/** 分 → "1,234.50", or a dash when the amount is not known (未核定). */
export const yuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '—' : formatFen(fen));

/** 分 → "1234.50" for a field to edit: no thousands separators to trip over. */
export const yuanField = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '' : formatFen(fen).replace(/,/g, ''));

/** The form rule of a field in 元: required or not, at most two decimals. */
export function yuanRule(required: boolean, label: string): Rule {
  return {
    validator: async (_, value: string | undefined) => {
      const text = (value ?? '').trim();
      if (text === '') {
        if (required) throw new Error(`请填写${label}`);
        return;
      }
      if (parseYuan(text) === null) throw new Error(`${label}应为金额（元），最多两位小数，如 3500.00`);
    },
  };
}

/** A field's 元 text → 分; null when empty (a rule has already refused anything else). */
export const toFen = (text: string | null | undefined): number | null => (text && text.trim() ? parseYuan(text) : null);

/** '2025-03' → '3月'. */
export const monthLabel = (month: string): string => `${Number(month.slice(5, 7))}月`;

/** The twelve months of a year as 'YYYY-MM'. */
export const monthsOf = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** Months of one year as runs, so a long list fits a cell: ['…-01','…-02','…-03','…-05'] → '1月至3月、5月'. */
export function monthRuns(months: string[]): string {
  const nums = months.map((m) => Number(m.slice(5, 7)));
  const runs: string[] = [];
  for (let i = 0; i < nums.length;) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    runs.push(
      j - i >= 2
        ? `${nums[i]}月至${nums[j]}月`
        : nums
            .slice(i, j + 1)
            .map((n) => `${n}月`)
            .join('、'),
    );
    i = j + 1;
  }
  return runs.join('、');
}
