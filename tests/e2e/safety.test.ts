// Backups, restore, the recovery page and the start password, through the UI.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../../api/rules/idNumber';
import { freshDataDir, createCommunity, useApp } from './harness';

describe('数据安全 through the UI', () => {
  let branchId: number;
  const dataDir = freshDataDir();
  const member = (name: string, n: number) => {
    const first17 = `1101051970010${n}001`;
    return app.host.api('members.create', {
      name,
      gender: '男',
      birthDate: `1970-01-0${n}`,
      idNumber: first17 + idCheckChar(first17),
      joinedOn: '2000-07-01',
      fullMemberOn: '2001-07-01',
      category: '正式党员',
      communityClass: '直管',
      branchId,
    });
  };
  const names = async () => (await app.host.api<{ rows: { name: string }[] }>('members.list', {})).rows.map((r) => r.name);

  const app = useApp(dataDir);
  beforeAll(async () => {
    ({ branchId } = await createCommunity(app.host));
    await member('赵一', 1);
  });

  it('backs up now, then restores that backup: later changes are gone, the replaced data kept aside', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('backup-now').click();
    const row = page.getByTestId('backups-table').locator('tr', { hasText: '手动备份' });
    await row.waitFor();
    await member('钱二', 2);
    expect(await names()).toEqual(['赵一', '钱二']);
    await row.getByText('恢复').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /恢\s*复/ })
      .click();
    await page.getByText(/已恢复到 .* 的备份/).waitFor();
    expect(await names()).toEqual(['赵一']);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.endsWith('-恢复前备份.sqlite'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a password locks the app; the host refuses calls until the right password is given', async () => {
    const { page } = await app.open();
    await page.getByTestId('nav-settings').click();
    await page.getByLabel('新密码').fill('dangwu2026');
    await page.getByLabel('再输一次').fill('dangwu2026');
    await page.getByTestId('lock-save').click();
    // The recovery code, shown once, before anything else can be done.
    const code = await page.getByTestId('recovery-code').textContent();
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){5}$/);
    await page.getByTestId('recovery-code-done').click();
    await page.getByTestId('encryption-status').getByText('数据文件和备份均已加密').waitFor();
    await app.host.api('lock.lockNow', {});
    await expect(app.host.api('members.list', {})).rejects.toThrow('程序已锁定');
    await page.reload();
    await page.getByTestId('lock-screen').waitFor();
    await page.getByLabel('操作人').fill('孙书记');
    await page.getByLabel('密码', { exact: true }).fill('wrong-password');
    await page.getByTestId('unlock').click();
    await page.getByText('密码不正确').waitFor();
    await page.getByLabel('密码', { exact: true }).fill('dangwu2026');
    await page.getByTestId('unlock').click();
    await page.getByTestId('nav-home').waitFor();
    expect(await names()).toEqual(['赵一']);
    const log = await app.host.api<{ rows: { operator: string; call: string }[] }>('audit.list', { call: 'lock.unlock' });
    expect(log.rows[0]).toMatchObject({ operator: '孙书记', call: 'lock.unlock' });
  });

  it('after a restart the encrypted ledger waits for the password; wrong ones are slowed down after 5 tries', async () => {
    await app.host.stop();
    const file = path.join(dataDir, 'ledger.sqlite');
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    await app.start();
    await expect(app.host.api('members.list', {})).rejects.toThrow('程序已锁定');
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(app.host.url);
    await page.getByTestId('lock-screen').waitFor();
    await page.getByLabel('操作人').fill('孙书记');
    const failures = () => (fs.existsSync(`${file}.attempts`) ? (JSON.parse(fs.readFileSync(`${file}.attempts`, 'utf8')) as { failures: number }).failures : 0);
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('密码', { exact: true }).fill(`wrong-${i}`);
      await page.getByTestId('unlock').click();
      // Each try is counted before the next is typed (the unlock runs a slow KDF).
      await expect.poll(failures, { timeout: 20_000 }).toBe(i);
    }
    await page.getByText(/已连续输错 5 次，请 \d+ 秒后再试/).waitFor();
    // The right password waits its turn too; the count is kept beside the ledger, across restarts.
    await page.getByLabel('密码', { exact: true }).fill('dangwu2026');
    await page.getByTestId('unlock').click();
    await page
      .getByText(/密码连续输错多次，请 \d+ 秒后再试/)
      .first()
      .waitFor();
    await page.close();
    await app.host.stop();
    expect(JSON.parse(fs.readFileSync(`${file}.attempts`, 'utf8'))).toMatchObject({ failures: 5 });
    fs.writeFileSync(`${file}.attempts`, JSON.stringify({ failures: 5, lastAt: Date.now() - 31_000 }));
    await app.start();
    const again = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await again.goto(app.host.url);
    await again.getByLabel('操作人').fill('孙书记');
    await again.getByLabel('密码', { exact: true }).fill('dangwu2026');
    await again.getByTestId('unlock').click();
    await again.getByTestId('nav-home').waitFor();
    expect(await names()).toEqual(['赵一']);
    await again.close();
  });

  it('a damaged file opens the recovery page, and restoring the newest good backup brings the ledger back', async () => {
    await app.host.stop();
    const file = path.join(dataDir, 'ledger.sqlite');
    const bytes = fs.readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 97) bytes[i] ^= 0x5a;
    fs.writeFileSync(file, bytes);
    await app.start();
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(app.host.url);
    // Encrypted: the damage shows once the password has opened the key.
    await page.getByTestId('lock-screen').waitFor();
    await page.getByLabel('操作人').fill('孙书记');
    await page.getByLabel('密码', { exact: true }).fill('dangwu2026');
    await page.getByTestId('unlock').click();
    await page.getByTestId('recovery-page').waitFor();
    await expect(app.host.api('members.list', {})).rejects.toThrow('数据文件已损坏');
    await page.getByTestId('restore-newest').click();
    await page.getByTestId('nav-home').or(page.getByTestId('lock-screen')).waitFor();
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.endsWith('损坏的数据文件.damaged'))).toBe(true);
  });
});
