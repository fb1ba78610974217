// Dates as people type them into spreadsheets: 2021.7.1, 2021/07/01, 2021年7月1日,
// 20210701, 2021-7 (month only), Excel serial numbers. Shared with the import preview.
import { formatIsoDate, isRealDate } from './dates';
import { toHalfWidth } from './text';

/**
 * `tenthMonthToo`: a number such as 1965.1 may be 1965.10 typed into a General cell (Excel
 * drops the trailing zero): read as January, it could be October.
 */
export type LooseDate = { ok: true; iso: string; monthOnly: boolean; tenthMonthToo?: boolean } | { ok: false; message: string };

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * 86_400_000);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function fromParts(year: number, month: number, day: number | null): LooseDate {
  if (year < 1880 || year > 2200) return { ok: false, message: `年份 ${year} 不合理` };
  if (day === null) {
    if (month < 1 || month > 12) return { ok: false, message: `月份 ${month} 不存在` };
    return { ok: true, iso: formatIsoDate({ year, month, day: 1 }), monthOnly: true };
  }
  if (!isRealDate(year, month, day)) return { ok: false, message: `${year}年${month}月${day}日不存在` };
  return { ok: true, iso: formatIsoDate({ year, month, day }), monthOnly: false };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseLooseDate(value: string | number | { date: string }): LooseDate {
  if (typeof value === 'object') return { ok: true, iso: value.date, monthOnly: false };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 18800101 && value <= 22001231) return parseLooseDate(String(value));
    // 1965.03 typed as a number: a year and a month, not Excel day 1965 (1905-05-18).
    if (!Number.isInteger(value) && value >= 1880 && value < 2201) {
      const [year, fraction] = String(value).split('.');
      if (fraction.length <= 2) {
        const parsed = fromParts(Number(year), Number(fraction), null);
        return parsed.ok && fraction === '1' ? { ...parsed, tenthMonthToo: true } : parsed;
      }
    }
    const iso = fromExcelSerial(value);
    return iso ? { ok: true, iso, monthOnly: false } : { ok: false, message: `无法识别的日期数字 ${value}` };
  }
  // Most cells of an import are already 'YYYY-MM-DD': read without the clean-up and the patterns below.
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && ISO_DAY.test(value)) {
    return fromParts(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8)));
  }
  const text = toHalfWidth(value).replace(/\s+/g, '');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[.\-/年](\d{1,2})月?$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), null);
  m = /^(\d{4})(\d{2})$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), null);
  return { ok: false, message: `“${value}”不是可识别的日期（可写作 2021-07-01、2021.7.1 或 2021年7月1日）` };
}

/**
 * The year when a cell holds only a year (2001, "2001", "2001年"), null otherwise. Such a cell is
 * not a date: read as an Excel serial day, 2001 would silently become 1905-06-23.
 */
export function yearOnly(value: string | number | { date: string }): number | null {
  if (typeof value === 'object') return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2100 ? value : null;
  const m = /^\s*((?:19|20)\d{2})\s*年?\s*$/.exec(value);
  return m ? Number(m[1]) : null;
}

/** What an import says of a year-only cell: kept out, with what to do. */
export const yearOnlyNote = (year: number) => `只有年份（${year}），该日期未导入，请查明具体日期后在系统中补填`;
