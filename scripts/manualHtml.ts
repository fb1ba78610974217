// The 操作手册 as one self-contained HTML file: the 使用说明 of every page (renderer/help/texts.ts)
// with the screenshots the e2e run took (tests/e2e/manual.test.ts), embedded as data: URLs so the
// file opens and prints anywhere (A4, one page of the app per printed page).
// HTML rather than .docx: the `docx` package is not among the project's dependencies, and the
// brief forbids adding one; scripts/manualPdf.ts prints this file to PDF, and any browser or WPS opens it.
import type { HelpText } from '../renderer/help/texts';

export interface ManualPage {
  key: string;
  text: HelpText;
  /** PNG bytes of the page at 1366×768, or null when no screenshot was taken. */
  shot: Uint8Array | null;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: 'SimSun', '宋体', 'Noto Serif CJK SC', serif; font-size: 12pt; line-height: 1.7; color: #000; max-width: 190mm; margin: 0 auto; }
  h1 { text-align: center; font-size: 22pt; margin: 40mm 0 8mm; }
  h2 { font-size: 16pt; border-bottom: 1px solid #999; padding-bottom: 2mm; }
  h3 { font-size: 13pt; margin: 4mm 0 1mm; }
  .cover p { text-align: center; }
  .toc { list-style: none; padding-left: 0; }
  .toc li { margin: 1mm 0; }
  section { page-break-before: always; break-before: page; }
  img { width: 100%; border: 1px solid #ccc; margin: 2mm 0; }
  .source { color: #555; }
  .missing { color: #a00; }
`;

function sectionHtml(page: ManualPage, index: number): string {
  const t = page.text;
  const shot = page.shot
    ? `<img alt="${escape(t.title)}页面截图" src="data:image/png;base64,${Buffer.from(page.shot).toString('base64')}">`
    : '<p class="missing">（本页截图缺失）</p>';
  const rules = t.rules.map((r) => `<li>${escape(r.text)}<span class="source">（依据：${escape(r.source)}）</span></li>`).join('');
  const steps = t.steps.map((s) => `<li>${escape(s)}</li>`).join('');
  return `<section id="p-${escape(page.key)}"><h2>${index + 1}. ${escape(t.title)}</h2><p>${escape(t.purpose)}</p>${shot}
<h3>依据的规定</h3><ul>${rules}</ul><h3>一般步骤</h3><ol>${steps}</ol></section>`;
}

/** The whole manual; `madeOn` is the 'YYYY-MM-DD' the screenshots were taken. */
export function manualHtml(pages: readonly ManualPage[], madeOn: string): string {
  const toc = pages.map((p, i) => `<li><a href="#p-${escape(p.key)}">${i + 1}. ${escape(p.text.title)}</a></li>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>社区党务台账 操作手册</title><style>${STYLE}</style></head>
<body><div class="cover"><h1>社区党务台账<br>操作手册</h1><p>截图日期：${escape(madeOn)}（截图使用示例数据）</p></div>
<h2>目录</h2><ol class="toc">${toc}</ol>
${pages.map(sectionHtml).join('\n')}
</body></html>
`;
}
