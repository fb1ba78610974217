// 报表 → 党内统计 through the UI: last year's figures as of 12-31 with one of each change (a 转入,
// a member 发展 that year, a 转出, a death), a figure opened as its people, the identity line,
// this year's figures said to be as of today, and the 党内统计年报 read back with exceljs.
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIso } from '../../api/rules/dates';
import { idCheckChar } from '../../api/rules/idNumber';
import { addFullMembers, createCommunity, freshDataDir, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const TODAY = todayIso();
/** A closed year: its figures are as of 12-31 whatever day the test runs. */
const Y = Number(TODAY.slice(0, 4)) - 1;
const NAMES = ['赵一', '钱二', '孙三', '李四', '周五'] as const;
/** Who counts on Y-12-31: 钱二 moved out and 孙三 died during the year; 吴六 came in, 郑七 joined. */
const AT_END = ['赵一', '李四', '周五', '吴六', '郑七'];
const WAIT = { timeout: 15_000 };

describe('党内统计 in 报表', () => {
  let page: Page;
  let problems: string[];
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, NAMES);
    const first17 = (birth: string, n: string) => `110105${birth}${n}`;
    const id = (f: string) => f + idCheckChar(f);
    await app.host.api('members.create', {
      name: '吴六',
      gender: '女',
      birthDate: '1980-02-03',
      idNumber: id(first17('19800203', '002')),
      joinedOn: '2005-07-01',
      fullMemberOn: '2006-07-01',
      category: '正式党员',
      communityClass: '直管',
      branchId,
      transferIn: { occurredOn: `${Y}-03-15`, fromPlace: '东城区和平里社区党委' },
    });
    await app.host.api('members.create', {
      name: '郑七',
      gender: '女',
      birthDate: '1999-06-07',
      idNumber: id(first17('19990607', '004')),
      joinedOn: `${Y}-07-01`,
      category: '预备党员',
      communityClass: '直管',
      branchId,
    });
    const list = await app.host.api<{ rows: { id: number; name: string }[] }>('members.list', { pageSize: 50 });
    const idOf = (name: string) => list.rows.find((r) => r.name === name)!.id;
    await app.host.api('members.changeStatus', { id: idOf('钱二'), change: '转出', occurredOn: `${Y}-05-10`, place: '西城区展览路社区党委' });
    await app.host.api('members.changeStatus', { id: idOf('孙三'), change: '死亡', occurredOn: `${Y}-08-01` });
    ({ page, problems } = await app.open());
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('census-year').fill(String(Y));
    await page.getByTestId('census-year').press('Tab');
    await page.getByTestId('census-asof').getByText(`统计截止：${Y}-12-31`).waitFor(WAIT);
  });

  const figure = (table: string, key: string) => page.getByTestId(`census-figure-${table}-${key}`);

  it('shows last year’s figures as of 12-31 and the identity that holds', async () => {
    const expected: [string, string, string][] = [
      ['total', 'total', '5'],
      ['total', 'full', '4'],
      ['total', 'probationary', '1'],
      ['composition', 'female', '2'],
      ['changes', 'added', '2'],
      ['changes', 'in:developed', '1'],
      ['changes', 'in:transferIn', '1'],
      ['changes', 'removed', '2'],
      ['changes', 'out:death', '1'],
      ['changes', 'out:transferOut', '1'],
      ['changes', 'out:quit', '0'],
      ['orgs', 'committee', '1'],
      ['orgs', 'branch', '1'],
    ];
    for (const [table, key, value] of expected) expect(await figure(table, key).textContent(), `${table}/${key}`).toBe(value);
    // A zero has no one behind it: plain text, not a link.
    expect(await figure('changes', 'out:quit').textContent()).toBe('0');
    expect(await page.locator('a[data-testid="census-figure-changes-out:quit"]').count()).toBe(0);
    const identity = page.getByTestId('census-identity');
    expect(await identity.getAttribute('data-holds')).toBe('true');
    expect(await identity.textContent()).toContain('年初 5 人 + 增加 2 人 − 减少 2 人 = 年末 5 人，核对一致');
    expect(problems).toEqual([]);
  });

  it('opens a figure as the people behind it, as many as the figure', async () => {
    await figure('total', 'total').click();
    const people = page.getByTestId('census-people');
    await people.getByText('郑七').waitFor(WAIT);
    expect(await page.getByTestId('census-people-title').textContent()).toBe(`${Y}年 党员总数 · 年末党员总数：5 人`);
    const names = await people.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(names.sort()).toEqual([...AT_END].sort());
    await page.locator('.ant-drawer-close').click();
    await people.waitFor({ state: 'hidden' });

    await figure('changes', 'out:transferOut').click();
    await people.getByText('钱二').waitFor(WAIT);
    expect(await people.locator('tbody tr').count()).toBe(1);
    expect(await people.locator('tbody tr').textContent()).toContain('第一网格党支部');
    await page.locator('.ant-drawer-close').click();
    await people.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('says this year’s figures are as of today', async () => {
    await page.getByTestId('census-year').fill(String(Y + 1));
    await page.getByTestId('census-year').press('Tab');
    await page.getByTestId('census-asof').getByText(`统计截止：${TODAY}`).waitFor(WAIT);
    if (!TODAY.endsWith('-12-31')) expect(await page.getByTestId('census-asof').textContent()).toContain('本年度尚未结束');
    await page.getByTestId('census-year').fill(String(Y));
    await page.getByTestId('census-year').press('Tab');
    await page.getByTestId('census-asof').getByText(`统计截止：${Y}-12-31`).waitFor(WAIT);
  });

  it('exports the 党内统计年报 with one sheet per table and the balance check', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('census-export').click()]);
    const wb = await readWorkbook(await download.path());
    const sheets = wb.worksheets.map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(['党员总数', '性别与民族', '党员增减变化', '党组织', '平衡关系核对']));
    /** The number beside a row's label in a sheet (序号 | 项目 | value). */
    const valueOf = (sheet: string, label: string) => {
      let found: unknown;
      wb.getWorksheet(sheet)!.eachRow((row) => {
        const cells = (row.values as unknown[]).slice(1);
        const at = cells.indexOf(label);
        if (at >= 0 && found === undefined) found = cells[at + 1];
      });
      return found;
    };
    expect(wb.getWorksheet('党员总数')!.getCell('A1').value).toBe(`${Y}年党内统计年报：党员总数`);
    expect(valueOf('党员总数', '年末党员总数')).toBe(5);
    expect(valueOf('党员增减变化', '转入')).toBe(1);
    expect(valueOf('党员增减变化', '死亡')).toBe(1);
    expect(problems).toEqual([]);
  });

  it('names the record that breaks the identity when the file was edited outside the app', async () => {
    await app.host.stop();
    // As a hand edit of the file would leave it: 李四 on the roster only from March, with no 转入 or 发展.
    const db = new Database(path.join(dir, 'ledger.sqlite'));
    const liSi = (db.prepare("SELECT id FROM members WHERE name = '李四'").get() as { id: number }).id;
    db.prepare("UPDATE member_facts SET valid_from = ? WHERE member_id = ? AND fact = 'branch'").run(`${Y}-03-01`, liSi);
    db.close();
    await app.start();
    ({ page, problems } = await app.open());
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('census-year').fill(String(Y));
    await page.getByTestId('census-year').press('Tab');
    const identity = page.getByTestId('census-identity');
    await page.getByTestId('census-asof').getByText(`统计截止：${Y}-12-31`).waitFor(WAIT);
    expect(await identity.getAttribute('data-holds')).toBe('false');
    expect(await identity.textContent()).toContain('年初 4 人 + 增加 2 人 − 减少 2 人 = 4 人，与年末 5 人不符（相差 1 人）');
    const breaks = await page.getByTestId('census-breaks').locator('li').allTextContents();
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toContain('李四');
    expect(breaks[0]).toContain('本年没有发展、转入或恢复党籍的记录');
    expect(problems).toEqual([]);
  });
});
