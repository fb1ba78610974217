import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName, freshExportFileName } from '../../excel/saveWorkbook';

describe('export file names', () => {
  const now = new Date(2026, 11, 2, 9, 5, 7);

  it('sort by local time', () => expect(exportFileName('统计表', now)).toBe('统计表-2026-12-02-090507.xlsx'));

  it('two exports of one title in the same second get two names, before either is written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'names-'));
    const first = freshExportFileName(dir, '统计表', now);
    const second = freshExportFileName(dir, '统计表', now);
    expect([first, second]).toEqual(['统计表-2026-12-02-090507.xlsx', '统计表-2026-12-02-090507-2.xlsx']);
  });

  it('a file already on disk under that name is not replaced', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'names-'));
    writeFileSync(path.join(dir, '登记表-2026-12-02-090507.xlsx'), 'x');
    expect(freshExportFileName(dir, '登记表', now)).toBe('登记表-2026-12-02-090507-2.xlsx');
  });
});
