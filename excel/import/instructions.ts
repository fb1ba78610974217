// The lines a template carries above, inside or under its table to tell people how to fill it in
// (填写说明, 注意事项, numbered notes in one long merged cell). They are not people: the preview
// lists them as skipped, so a row with a real problem is never hidden among them.
import type { RawCell } from './book';
import { cellText } from './findHeader';

const INSTRUCTION_LABEL = /^(填写说明|填表说明|填报说明|填写注意事项|注意事项|温馨提示|特别提示|填报要求|填写要求|说明|备注|注)\s*[:：、.．]?/;
/** A note long enough to be prose, not a value: at least this many characters. */
const PROSE_LENGTH = 15;
const HAN = /[\u3400-\u9FFF]/;
const ID_LIKE = /^\d{15}(\d{2}[\dXx])?$/;

/**
 * The line's text when it is an instruction or note rather than a person; null otherwise.
 * `nameColumn`: where the 姓名 column is (a note has no name there, or has the note itself).
 */
export function instructionText(cells: RawCell[], nameColumn: number | null | undefined): string | null {
  const texts: string[] = [];
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    const text = cellText(cell);
    if (text !== '' && texts.push(text) > 2) return null; // a person's row fills several columns
  }
  // A 身份证号 makes it a person's row, whatever else it says.
  if (texts.length === 0 || texts.some((t) => ID_LIKE.test(t))) return null;
  const first = texts[0];
  const name = nameColumn === null || nameColumn === undefined ? '' : cellText(cells[nameColumn] ?? null);
  // 说明/注意事项 …, as the line's first words (a 备注 column's value sits beside a name, not alone).
  if (INSTRUCTION_LABEL.test(first) && first.length > 2 && (name === '' || name === first)) return texts.join(' ');
  // One long sentence where no name is, or filling the name cell itself ("1. 身份证号请填写18位……").
  const prose = texts.find((t) => t.length >= PROSE_LENGTH && HAN.test(t));
  if (prose !== undefined && texts.length === 1 && (name === '' || name === prose)) return prose;
  return null;
}
