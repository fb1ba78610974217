// The lines under a table that close it: who filled it in, who checked it, the phone, the
// seal, notes. A roster's data ends at the first of them; they are not rows with problems.
import type { RawCell } from './book';
import { cellText } from './findHeader';

const FOOTER_LABEL = /^(填报人|填表人|制表人|审核人|审批人|负责人|经办人|联系人|联系电话|填报日期|填表日期|制表日期|报送日期|填报时间|注|说明)\s*([:：]|$)/;
const SEAL = /盖\s*章/;

export function isFooter(cells: RawCell[]): boolean {
  // Runs for every row of a 10,000-row file: a data row stops at its fifth text.
  const texts: string[] = [];
  for (const cell of cells) {
    if (typeof cell !== 'string') continue; // numbers and dates do not make a footer
    const text = cellText(cell);
    if (text !== '' && texts.push(text) > 4) break;
  }
  if (texts.length === 0) return false;
  // The first text of the line names it; a seal may stand anywhere on a short line.
  return FOOTER_LABEL.test(texts[0]) || (texts.length <= 4 && texts.some((t) => SEAL.test(t)));
}
