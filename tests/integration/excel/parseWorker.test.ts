// The parse worker the host keeps started (excel/import/parseFile.ts): each file still gets a
// worker of its own, used once; the limits hold for the warm one as for a fresh one.
import { afterEach, describe, expect, it } from 'vitest';
import { keepParserWarm, parseInWorker, stopWarmParser } from '../../../excel/import/parseFile';
import { readLegacy } from '../../../excel/import/readLegacy';
import { asXls, bigRoster } from '../../fixtures/rosterFixtures';
import { PARSE_WORKER } from '../../support/testLedger';

const csv = (text: string) => new TextEncoder().encode(text);

describe('the warm parse worker', () => {
  afterEach(() => stopWarmParser());

  it('reads one file after another, each in its own worker', async () => {
    keepParserWarm(PARSE_WORKER);
    const first = await parseInWorker(csv('姓名,身份证号\n张三,1\n'), 'csv', { workerPath: PARSE_WORKER });
    // Right after: the next warm worker is not started yet, so this one starts fresh.
    const second = await parseInWorker(csv('姓名\n李四\n'), 'csv', { workerPath: PARSE_WORKER });
    expect(first.ok && first.book.sheets[0].rows).toEqual([
      ['姓名', '身份证号'],
      ['张三', '1'],
    ]);
    expect(second.ok && second.book.sheets[0].rows).toEqual([['姓名'], ['李四']]);
  });

  it('times out a file in the warm worker and answers in Chinese', async () => {
    keepParserWarm(PARSE_WORKER);
    // Not a zip at all but called xlsx: refused quickly with the damaged-file message.
    const refused = await parseInWorker(csv('not a workbook'), 'xlsx', { workerPath: PARSE_WORKER });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('另存为') });
    const slow = await parseInWorker(csv('a\n'.repeat(2_000_000)), 'csv', { workerPath: PARSE_WORKER, timeoutMs: 1 });
    expect(slow).toMatchObject({ ok: false, message: expect.stringContaining('秒内未能读完') });
  });

  it('reads an .xls alike whether the waiting worker had loaded its reader or loads it for the file', async () => {
    const xls = new Uint8Array(asXls(await bigRoster(3)));
    const expected = readLegacy(xls);
    // Given at once: the reader is loaded for this file.
    const atOnce = await parseInWorker(xls, 'xls', { workerPath: PARSE_WORKER });
    // Given after the worker waited past its preload (parseWorker.ts, 2 s): already loaded.
    keepParserWarm(PARSE_WORKER);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const waited = await parseInWorker(xls, 'xls', { workerPath: PARSE_WORKER });
    expect(atOnce).toEqual({ ok: true, book: { sheets: expected } });
    expect(waited).toEqual({ ok: true, book: { sheets: expected } });
    expect(expected[0].rows.length).toBeGreaterThan(3);
  });
});
