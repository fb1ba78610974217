// The one write path for files the user relies on: the final name holds either the old file
// or the whole new one, and no temp file is left behind either way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFileAtomic, writeFileAtomic, writeFileAtomicWith } from '../../../db/writeFileAtomic';
import { tempDir } from '../../support/testLedger';

const names = (dir: string) => fs.readdirSync(dir).sort();

describe('writeFileAtomic', () => {
  it('writes, copies and streams into place, creating the folder, leaving no temp file', async () => {
    const dir = path.join(tempDir(), 'exports');
    writeFileAtomic(path.join(dir, 'a.xlsx'), new TextEncoder().encode('甲'));
    copyFileAtomic(path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx'));
    await writeFileAtomicWith(path.join(dir, 'c.xlsx'), async (temp) => {
      expect(path.dirname(temp)).toBe(dir);
      await fs.promises.writeFile(temp, '丙');
    });
    expect(names(dir)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(fs.readFileSync(path.join(dir, 'b.xlsx'), 'utf8')).toBe('甲');
    expect(fs.readFileSync(path.join(dir, 'c.xlsx'), 'utf8')).toBe('丙');
  });

  it('keeps the old file when the writer fails half way, and removes its temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, '花名册.xlsx');
    fs.writeFileSync(target, 'old');
    await expect(
      writeFileAtomicWith(target, async (temp) => {
        fs.writeFileSync(temp, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(() => copyFileAtomic(path.join(dir, 'missing.sqlite'), target)).toThrow();
    expect(names(dir)).toEqual(['花名册.xlsx']);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
  });
});
