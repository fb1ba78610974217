// Nothing is deleted (issue 29), through the UI: a wrong meeting record is voided with a reason
// from the 会议记录 list — kept and shown as 作废 — and no longer counts in a member's attendance
// or points.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { todayIso } from '../../api/rules/dates';
import type { MeetingDetail } from '../../api/schemas/meetings';
import type { MemberRow } from '../../api/schemas/members';
import { addFullMembers, createCommunity, freshDataDir, launchBrowser, openApp, startHost, type RunningHost } from './harness';

const YEAR = Number(todayIso().slice(0, 4));
const WAIT = { timeout: 10_000 };

describe('voiding a meeting record', () => {
  let browser: Browser;
  let host: RunningHost;
  const dir = freshDataDir();

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost(dir);
    const { branchId } = await createCommunity(host);
    await addFullMembers(host, branchId, ['赵一', '钱二']);
    const ids = (await host.api<{ rows: MemberRow[] }>('members.list', {})).rows.map((r) => r.id);
    for (const place of ['活动室', '录错的会议室']) {
      await host.api('meetings.save', { orgId: branchId, heldOn: `${YEAR}-01-1${place.length}`, types: ['主题党日'], place, attendance: ids.map((memberId) => ({ memberId, status: '出席' })) });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('asks for a reason, keeps the record marked 作废, and takes it out of the member’s attendance', async () => {
    const list = await host.api<{ id: number; place: string }[]>('meetings.list', { year: YEAR });
    const wrong = list.find((m) => m.place === '录错的会议室')!.id;
    const zhao = (await host.api<{ rows: MemberRow[] }>('members.list', {})).rows.find((r) => r.name === '赵一')!.id;
    expect((await host.api<{ expected: number }>('members.attendance', { id: zhao, year: YEAR })).expected).toBe(2);

    const { page, problems } = await openApp(browser, host);
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId(`meeting-void-${wrong}`).click();
    await page.getByTestId('meeting-void-ok').click();
    await page.locator('.ant-modal:visible').getByText('请填写作废原因').waitFor();
    await page.getByTestId('meeting-void-reason').fill('会议室录错，已重新登记');
    await page.getByTestId('meeting-void-ok').click();
    await page.getByTestId(`meeting-voided-${wrong}`).waitFor(WAIT);
    // Kept in the list, no longer offered for editing or voiding.
    expect(await page.getByTestId('meeting-table').getByText('录错的会议室').count()).toBe(1);
    expect(await page.getByTestId(`meeting-void-${wrong}`).count()).toBe(0);

    const stored = await host.api<MeetingDetail>('meetings.get', { id: wrong });
    expect(stored).toMatchObject({ voidReason: '会议室录错，已重新登记', place: '录错的会议室' });
    expect(stored.voidedAt).not.toBeNull();
    expect((await host.api<{ expected: number }>('members.attendance', { id: zhao, year: YEAR })).expected).toBe(1);
    expect(problems).toEqual([]);
  });
});
