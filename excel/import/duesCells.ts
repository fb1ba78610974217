// Reading the cells of a 党费基数 file: an amount of 元 into integer 分, a month, a 缴费类别,
// 免交/减交. Each answers a value or a Chinese message for the row's problem list.
import { DUES_KINDS, DUES_RELIEFS, type DuesKind, type DuesRelief } from '../../api/dues';
import { parseYuan } from '../../api/rules/dues';
import type { RawCell } from './book';
import { cellText } from './findHeader';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * An amount of 元 → 分. A numeric cell is a binary float (3000.01 is 3000.0099999…): it goes
 * through toFixed(2) and parseYuan, never `* 100`, and more than two decimals is refused
 * rather than rounded. Empty → null.
 */
export function readYuan(cell: RawCell | undefined, label: string): Read<number | null> {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cellText(cell) === '')) return { ok: true, value: null };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, message: `${label}不是有效的数字` };
    if (cell < 0) return { ok: false, message: `${label}不能为负数（${cell}）` };
    const cents = cell * 100;
    if (Math.abs(cents - Math.round(cents)) > 1e-6) return { ok: false, message: `${label}最多保留两位小数（现在是${cell}）` };
    const fen = parseYuan(cell.toFixed(2));
    return fen === null ? { ok: false, message: `${label}过大（${cell}）` } : { ok: true, value: fen };
  }
  const text = typeof cell === 'object' ? cell.date : cellText(cell);
  const unsigned = text.replace(/^[-－−]\s*/, '');
  const fen = parseYuan(unsigned.replace(/^[¥￥]\s*/, ''));
  if (fen !== null && unsigned !== text) return { ok: false, message: `${label}不能为负数（${text}）` };
  if (fen === null) return { ok: false, message: `${label}“${text}”不是金额，请填写数字（单位元，最多两位小数）` };
  return { ok: true, value: fen };
}

const MONTH_TEXT = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$/;

/** '2026-03', '2026.3', '2026年3月', '202603', a date cell → '2026-03'. Empty → null. */
export function readMonth(cell: RawCell | undefined, label: string): Read<string | null> {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  const text = typeof cell === 'object' ? cell.date.slice(0, 7) : cellText(String(cell));
  if (text === '') return { ok: true, value: null };
  const m = MONTH_TEXT.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || Number(m[1]) < 1949) return { ok: false, message: `${label}“${text}”不是有效月份，请写成“2026-01”或“2026年1月”` };
  return { ok: true, value: `${m[1]}-${String(month).padStart(2, '0')}` };
}

const KIND_ALIASES: Record<string, DuesKind> = {
  在职人员: '在职',
  在岗: '在职',
  在职党员: '在职',
  离休: '离退休',
  退休: '离退休',
  离退休人员: '离退休',
  退休人员: '离退休',
  离退休党员: '离退休',
  农民党员: '农民',
  农村: '农民',
  学生党员: '学生',
  下岗: '下岗失业',
  失业: '下岗失业',
  下岗职工: '下岗失业',
  失业人员: '下岗失业',
  低保户: '低保',
  抚恤: '低保',
  救济: '低保',
  享受低保: '低保',
};

export function readKind(text: string): Read<DuesKind | null> {
  if (text === '') return { ok: true, value: null };
  const kind = (DUES_KINDS as readonly string[]).includes(text) ? (text as DuesKind) : KIND_ALIASES[text];
  return kind ? { ok: true, value: kind } : { ok: false, message: `缴费类别“${text}”无法识别，应为${DUES_KINDS.join('、')}之一` };
}

export function readRelief(text: string): Read<DuesRelief | null> {
  if (text === '' || text === '否' || text === '无') return { ok: true, value: null };
  const relief = text === '免' ? '免交' : text === '减' ? '减交' : text;
  return (DUES_RELIEFS as readonly string[]).includes(relief)
    ? { ok: true, value: relief as DuesRelief }
    : { ok: false, message: `“${text}”应为“免交”或“减交”，不免不减请留空` };
}
