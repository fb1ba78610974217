// npm run manual: builds the app, takes every page's screenshot (tests/e2e/manual.test.ts) and
// then runs this, which puts the 使用说明 texts and those screenshots into dist/manual/操作手册.html and
// prints that to dist/manual/操作手册.pdf (scripts/manualPdf.ts).
import fs from 'node:fs';
import path from 'node:path';
import { HELP_TEXTS } from '../renderer/help/texts';
import { todayIso } from '../api/rules/dates';
import { manualHtml, type ManualPage } from './manualHtml';
import { manualPdf } from './manualPdf';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHOTS = process.env.MANUAL_SHOTS ?? path.join(ROOT, 'dist', 'manual', 'shots');
const OUT = path.join(ROOT, 'dist', 'manual', '操作手册.html');
const PDF = path.join(ROOT, 'dist', 'manual', '操作手册.pdf');

const pages: ManualPage[] = Object.entries(HELP_TEXTS).map(([key, text]) => {
  const file = path.join(SHOTS, `${key}.png`);
  return { key, text, shot: fs.existsSync(file) ? fs.readFileSync(file) : null };
});
const missing = pages.filter((p) => !p.shot).map((p) => p.text.title);
if (missing.length) {
  console.error(`缺少这些页面的截图：${missing.join('、')}。请运行 npm run manual（先由 e2e 截图，再生成手册）。`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
const html = manualHtml(pages, todayIso());
fs.writeFileSync(OUT, html);
fs.writeFileSync(PDF, await manualPdf(html));
console.log(`操作手册已生成：${path.relative(ROOT, PDF)}（可直接打印），以及 ${path.relative(ROOT, OUT)}（在浏览器或 WPS 中打开）`);
