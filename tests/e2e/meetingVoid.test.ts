// Nothing is deleted (issue 29), through the UI: a wrong meeting record is voided with a reason
// from the 会议记录 list — kept and shown as 作废 — and no longer counts in a member's attendance
// or points.
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../api/rules/dates';
import type { MeetingDetail } from '../../api/schemas/meetings';
import type { MemberRow } from '../../api/schemas/members';
import { addFullMembers, createCommunity, freshDataDir, useApp } from './harness';

const YEAR = Number(todayIso().slice(0, 4));
const WAIT = { timeout: 10_000 };

describe('voiding a meeting record', () => {
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, ['赵一', '钱二']);
    const ids = (await app.host.api<{ rows: MemberRow[] }>('members.list', {})).rows.map((r) => r.id);
    for (const place of ['活动室', '录错的会议室']) {
      await app.host.api('meetings.save', {
        orgId: branchId,
        heldOn: `${YEAR}-01-1${place.length}`,
        types: ['主题党日'],
        place,
        attendance: ids.map((memberId) => ({ memberId, status: '出席' })),
      });
    }
  });

  it('asks for a reason, keeps the record marked 作废, and takes it out of the member’s attendance', async () => {
    const list = await app.host.api<{ id: number; place: string }[]>('meetings.list', { year: YEAR });
    const wrong = list.find((m) => m.place === '录错的会议室')!.id;
    const zhao = (await app.host.api<{ rows: MemberRow[] }>('members.list', {})).rows.find((r) => r.name === '赵一')!.id;
    expect((await app.host.api<{ expected: number }>('members.attendance', { id: zhao, year: YEAR })).expected).toBe(2);

    const { page, problems } = await app.open();
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

    const stored = await app.host.api<MeetingDetail>('meetings.get', { id: wrong });
    expect(stored).toMatchObject({ voidReason: '会议室录错，已重新登记', place: '录错的会议室' });
    expect(stored.voidedAt).not.toBeNull();
    expect((await app.host.api<{ expected: number }>('members.attendance', { id: zhao, year: YEAR })).expected).toBe(1);
    expect(problems).toEqual([]);
  });
});
