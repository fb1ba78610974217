// What the member page asks the ledger, call by call: 党员花名册, a member's detail, and a
// saved edit. Nothing is asked with an id of 0, and a save refetches what is on screen once
// (the families the write touches), not a chain of reloads.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idCheckChar } from '../../api/rules/idNumber';
import { todayIso } from '../../api/rules/dates';
import { createCommunity, useApp } from './harness';

const YEAR = Number(todayIso().slice(0, 4));

interface Call {
  name: string;
  input: Record<string, unknown>;
}

/** Records every /api/<name> request the page makes, with its input. */
function recordCalls(page: Page, origin: string): Call[] {
  const calls: Call[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin || !url.pathname.startsWith('/api/')) return;
    calls.push({ name: url.pathname.slice('/api/'.length), input: JSON.parse(r.postData() ?? '{}') });
  });
  return calls;
}

/** Waits until the page has asked nothing new for a while, so a late chain of calls would be seen. */
async function settled(calls: Call[], quietMs = 1000) {
  let seen = -1;
  while (seen !== calls.length) {
    seen = calls.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

const names = (calls: Call[]) => calls.map((c) => c.name).sort();
/** The record ids the calls were asked with. */
const ids = (calls: Call[]) =>
  calls.flatMap((c) =>
    Object.entries(c.input)
      .filter(([k]) => k === 'id' || k === 'memberId')
      .map(([, v]) => v),
  );

describe('党员 page calls', () => {
  let memberId = 0;

  const app = useApp();
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    for (const [i, name] of ['周一', '吴二'].entries()) {
      const first17 = `1101051975020${i + 1}001`;
      const saved = await app.host.api<{ id: number }>('members.create', {
        name,
        gender: '男',
        birthDate: `1975-02-0${i + 1}`,
        idNumber: first17 + idCheckChar(first17),
        joinedOn: '2001-07-01',
        fullMemberOn: '2002-07-01',
        category: '正式党员',
        communityClass: '直管',
        branchId,
        workUnit: '街道办事处',
      });
      if (name === '周一') memberId = saved.id;
    }
  });

  it('asks for the roster and the organisations, then the member and their attendance; a save refetches each once', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('chart-class').waitFor();
    const calls = recordCalls(page, app.host.origin);

    // 党员花名册: the list and the organisations for the filters, nothing about any member.
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('吴二').waitFor();
    await settled(calls);
    expect(names(calls)).toEqual(['members.list', 'orgs.list']);
    expect(calls.find((c) => c.name === 'members.list')!.input).toMatchObject({ view: 'roster', page: 1, pageSize: 20 });

    // A member's detail: that member, their attendance and 党费 this year, their 变动历史 and their care records.
    calls.length = 0;
    await page.getByTestId('member-table').getByText('周一').click();
    await page.getByTestId('member-id-number').waitFor();
    await settled(calls);
    expect(calls.map((c) => [c.name, c.input]).sort()).toEqual([
      ['care.member', { memberId }],
      ['dues.member', { memberId, year: YEAR }],
      ['members.attendance', { id: memberId, year: YEAR }],
      ['members.get', { id: memberId }],
      ['members.history', { id: memberId }],
    ]);

    // Edit and save: the write, then every query on screen that it makes stale, once each.
    calls.length = 0;
    await page.getByTestId('member-edit').click();
    const form = page.locator('.member-form-drawer');
    await form.getByLabel('工作单位及职务').fill('区民政局');
    await page.getByTestId('member-save').click();
    await page.getByText('已保存', { exact: true }).waitFor();
    await form.waitFor({ state: 'hidden' });
    await settled(calls);
    // members.update touches 'dues' (who owes a month follows the member's facts) and 'care'
    // (the registers name the member's branch and flags): the drawer's 党费 and care refetch too.
    expect(names(calls)).toEqual([
      'care.member',
      'dues.member',
      'members.attendance',
      'members.get',
      'members.history',
      'members.list',
      'members.reveal',
      'members.update',
      'orgs.list',
    ]);
    expect(calls.map((c) => c.name).indexOf('members.update')).toBeLessThan(calls.map((c) => c.name).indexOf('members.list'));
    // The refetched detail is what the drawer shows, and what was stored.
    await page.locator('.ant-drawer').getByText('区民政局').waitFor();
    expect((await app.host.api<{ workUnit: string }>('members.get', { id: memberId })).workUnit).toBe('区民政局');

    // Closing the drawer asks nothing (no member: no call, and never one for id 0).
    calls.length = 0;
    await page.locator('.ant-drawer-close:visible').click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/members\??$/);
    await settled(calls);
    expect(calls).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('asks only with the member’s id, whether the page opens without a member or on one’s address', async () => {
    const { page, problems } = await app.open();
    const calls = recordCalls(page, app.host.origin);
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('周一').waitFor();
    await page.goto(new URL(`/#/members?member=${memberId}`, app.host.origin).href);
    await page.getByTestId('member-id-number').waitFor();
    await settled(calls);
    // The roster, then (after a fresh start on the member's address) the shell's calls, the
    // roster again and that member: every id asked with is the member's.
    expect(ids(calls).length).toBeGreaterThan(0);
    expect(new Set(ids(calls))).toEqual(new Set([memberId]));
    expect(problems).toEqual([]);
  });
});
