// The import's reader parses each cell reference by hand (180,000 of them in a 10,000-row
// roster); it must accept exactly what the regex it replaced accepted.
import { describe, expect, it } from 'vitest';
import { cellRef } from '../../excel/import/readXlsx';

const byRegex = (ref: string): [number, number] | null => {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
};

describe('cell references', () => {
  it('reads rows and columns as Excel numbers them', () => {
    expect(cellRef('A1')).toEqual([1, 1]);
    expect(cellRef('R10001')).toEqual([10001, 18]);
    expect(cellRef('$AB$12')).toEqual([12, 28]);
    expect(cellRef('XFD1048576')).toEqual([1048576, 16384]);
    expect(cellRef(undefined)).toBeNull();
  });

  it('agrees with the regex on every edge and on random strings', () => {
    const edges = [
      '',
      '$',
      '$$',
      'A',
      '1',
      'a1',
      'A0',
      'A01',
      'AAAA1',
      'A12345678',
      'A1234567',
      '$A',
      'A$',
      'A$1$',
      'A1 ',
      ' A1',
      'A-1',
      'Z9',
      '@1',
      '[1',
      'A1B',
      '$$A1',
    ];
    const alphabet = 'AZ$19a@[ ';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const samples = Array.from({ length: 20_000 }, () =>
      Array.from({ length: Math.floor(random() * 9) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    );
    for (const ref of [...edges, ...samples]) expect(cellRef(ref), ref).toEqual(byRegex(ref));
  });
});
