// A 支部党员大会 that holds an election needs more than four fifths of the 正式党员 present:
// 8 of 10 is exactly four fifths and is flagged when saved; 9 of 10 is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIso } from '../../api/rules/dates';
import { addFullMembers, pickOption, createCommunity, useApp } from './harness';

const NAMES = ['赵一', '钱二', '孙三', '李四', '周五', '吴六', '郑七', '王八', '冯九', '陈十'];
const WARNING = '到会有选举权的党员 8 人，未超过应到 10 人的五分之四，不能进行选举';

describe('选举 at a 支部党员大会 through the UI', () => {
  const app = useApp();
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, NAMES);
  });

  /** Fills an election 党员大会 with the given members absent and saves it. */
  async function recordElection(page: Page, topic: string, absent: string[]) {
    await page.getByTestId('meeting-add').click();
    const form = page.locator('.meeting-form-drawer');
    await pickOption(form, '组织', '幸福里社区党委 / 第一网格党支部');
    await form.getByLabel('主题党日').uncheck();
    await form.getByLabel('支部党员大会').check();
    await form.getByLabel('地点').fill('社区党群服务中心');
    await form.getByLabel('议题').fill(topic);
    await form.getByLabel('本次会议进行选举').check();
    for (const name of absent) {
      await form.getByTestId(`attendance-${name}`).getByText('请假').click();
      await form.getByLabel(`${name}的原因`).fill('外出');
    }
    const present = NAMES.length - absent.length;
    expect(await form.getByTestId('attendance-summary').textContent()).toContain(`应到 10 人，实到 ${present} 人`);
    await form.getByTestId('meeting-save').click();
  }

  async function warningsOf(topic: string): Promise<string[]> {
    const summaries = await app.host.api<{ id: number }[]>('meetings.list', { year: Number(todayIso().slice(0, 4)) });
    for (const { id } of summaries) {
      const detail = await app.host.api<{ agenda: string | null; isElection: boolean; warnings: string[] }>('meetings.get', { id });
      if (detail.agenda === topic) {
        expect(detail.isElection).toBe(true);
        return detail.warnings;
      }
    }
    throw new Error(`no meeting about ${topic}`);
  }

  it('flags 8 of 10 present and not 9 of 10', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('tab-records').click();

    await recordElection(page, '换届选举（八人到会）', ['钱二', '孙三']);
    await page.getByText(WARNING).waitFor();
    await page.getByRole('button', { name: /知道了|确定|OK/ }).click();
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count(), { timeout: 10_000 }).toBe(0);
    expect(await warningsOf('换届选举（八人到会）')).toEqual([WARNING]);

    await recordElection(page, '补选委员（九人到会）', ['钱二']);
    await page.getByText('已保存：应到 10 人，实到 9 人').waitFor();
    expect(await page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    expect(await warningsOf('补选委员（九人到会）')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
