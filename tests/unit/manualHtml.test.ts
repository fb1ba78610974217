// The 操作手册 (scripts/manualHtml.ts): every page's text and its screenshot, in page order.
import { describe, expect, it } from 'vitest';
import { HELP_TEXTS } from '../../renderer/help/texts';
import { manualHtml } from '../../scripts/manualHtml';

describe('操作手册', () => {
  const pages = Object.entries(HELP_TEXTS).map(([key, text], i) => ({ key, text, shot: i === 1 ? null : new Uint8Array([137, 80, 78, 71, i]) }));
  const html = manualHtml(pages, '2026-12-07');

  it('has a section per page, in order, with its purpose, rules with sources and steps', () => {
    let at = 0;
    for (const [i, p] of pages.entries()) {
      const next = html.indexOf(`<h2>${i + 1}. ${p.text.title}</h2>`, at);
      expect(next, p.key).toBeGreaterThan(at);
      at = next;
      expect(html).toContain(p.text.purpose);
      for (const r of p.text.rules) expect(html).toContain(`（依据：${r.source}）`);
      for (const s of p.text.steps) expect(html).toContain(`<li>${s}</li>`);
    }
  });

  it('embeds each screenshot and says where one is missing', () => {
    expect(html.match(/<img [^>]*src="data:image\/png;base64,/g)).toHaveLength(pages.length - 1);
    expect(html).toContain(Buffer.from([137, 80, 78, 71, 0]).toString('base64'));
    expect(html.match(/本页截图缺失/g)).toHaveLength(1);
    expect(html).toContain('截图日期：2026-12-07');
  });

  it('prints one app page per sheet of A4', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/section \{ page-break-before: always;/);
  });
});
