// The 操作手册's PDF (scripts/manualPdf.ts): the HTML printed by Chromium on A4, a sheet per app page
// and the cover. Needs Chromium (CHROMIUM_PATH, else /usr/bin/chromium); one launch, about a second.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP_TEXTS } from '../../renderer/help/texts';
import { manualHtml } from '../../scripts/manualHtml';
import { CHROMIUM, manualPdf } from '../../scripts/manualPdf';

/** A 2×2 grey PNG, so the sections carry an image as the real ones do. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYAAAAAUAAXpeqz8AAAAASUVORK5CYII=', 'base64');

describe.skipIf(!fs.existsSync(CHROMIUM))('操作手册 PDF', () => {
  it('prints every section on its own A4 sheet after the cover', async () => {
    const pages = Object.entries(HELP_TEXTS)
      .slice(0, 3)
      .map(([key, text]) => ({ key, text, shot: PNG }));
    const pdf = await manualPdf(manualHtml(pages, '2026-12-07'));
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const sheets = text.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g) ?? [];
    // The cover and its 目录, then a sheet (or more) per section: @page A4 is 595×842 pt.
    expect(sheets.length).toBeGreaterThanOrEqual(1 + pages.length);
    for (const s of sheets) {
      const [, w, h] = /\[0 0 ([\d.]+) ([\d.]+)\]/.exec(s)!;
      expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842]);
    }
  }, 60_000);
});
