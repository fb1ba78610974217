// The 操作手册 as PDF (issue 33 asks for PDF or docx): the HTML printed by the same Chromium the e2e run
// uses, so the PDF is the HTML's own A4 layout (@page, one app page per sheet) with its screenshots.
import { chromium } from 'playwright-core';

/** Where Chromium is: CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Prints `html` (a whole self-contained document) to A4 PDF bytes. */
export async function manualPdf(html: string, executablePath = CHROMIUM): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // preferCSSPageSize: the manual's own @page (A4, its margins) rules, not Chromium's default Letter.
    return await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
