import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../../api/schemas/meetings';
import { saveMeeting } from '../../../db/meetings/write';
import { basicTree, memoryLedger, routerFor } from '../../support/testLedger';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ffbf1e0005fe02fea7d6a4f80000000049454e44ae426082',
  'hex',
);

async function setup(openFile?: (file: string, name: string) => Promise<void>) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const meetingId = saveMeeting(
    ledger,
    meetingInput.parse({ orgId: tree.branchA.id, heldOn: '2026-05-01', types: ['主题党日'], attendance: [] }),
    '2026-11-24',
  );
  const ctx = routerFor(ledger, '2026-11-24', openFile ? { openFile } : {});
  return { ledger, meetingId, ...ctx };
}

describe('meeting attachments', () => {
  it('stores bytes once under their SHA-256 and lists each attachment', async () => {
    const { router, meetingId } = await setup();
    const data = PNG.toString('base64');
    await router.handle('attachments.add', { kind: 'meeting', ownerId: meetingId, fileName: '签到表.png', data });
    const result = await router.handle('attachments.add', { kind: 'meeting', ownerId: meetingId, fileName: '活动照片.PNG', data });
    if (!result.ok) throw new Error(result.error.message);
    const list = result.value as { sha256: string; fileName: string; size: number }[];
    expect(list.map((a) => a.fileName)).toEqual(['签到表.png', '活动照片.PNG']);
    expect(list[0].sha256).toBe(list[1].sha256);
    expect(list[0].size).toBe(PNG.length);
  });

  it('refuses other file types and empty files, in Chinese', async () => {
    const { router, meetingId } = await setup();
    expect(await router.handle('attachments.add', { kind: 'meeting', ownerId: meetingId, fileName: '病毒.exe', data: PNG.toString('base64') })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('照片') },
    });
    expect(await router.handle('attachments.add', { kind: 'meeting', ownerId: 999, fileName: 'a.png', data: PNG.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('opens with the system viewer on the desktop, downloads in the browser', async () => {
    const opened: string[] = [];
    const desktop = await setup(async (file, name) => void opened.push(`${name}:${fs.readFileSync(file).equals(PNG)}`));
    const added = (await desktop.router.handle('attachments.add', {
      kind: 'meeting',
      ownerId: desktop.meetingId,
      fileName: '签到表.png',
      data: PNG.toString('base64'),
    })) as { ok: true; value: { id: number }[] };
    expect(await desktop.router.handle('files.openAttachment', { kind: 'meeting', id: added.value[0].id })).toEqual({ ok: true, value: { kind: 'opened' } });
    expect(opened).toEqual(['签到表.png:true']);

    const browser = await setup();
    const again = (await browser.router.handle('attachments.add', {
      kind: 'meeting',
      ownerId: browser.meetingId,
      fileName: '签到表.png',
      data: PNG.toString('base64'),
    })) as { ok: true; value: { id: number; sha256: string }[] };
    const result = await browser.router.handle('files.openAttachment', { kind: 'meeting', id: again.value[0].id });
    expect(result).toEqual({ ok: true, value: { kind: 'download', url: `/attachments/${again.value[0].sha256}?name=${encodeURIComponent('签到表.png')}` } });
  });

  it('detaching removes the link and keeps the bytes', async () => {
    const { router, meetingId } = await setup();
    const added = (await router.handle('attachments.add', { kind: 'meeting', ownerId: meetingId, fileName: 'a.png', data: PNG.toString('base64') })) as {
      ok: true;
      value: { id: number; sha256: string }[];
    };
    expect(await router.handle('attachments.remove', { kind: 'meeting', id: added.value[0].id })).toEqual({ ok: true, value: [] });
  });
});

describe('activity photos', () => {
  it('attach to an activity and list separately from meetings', async () => {
    const { activityInput } = await import('../../../api/schemas/dualReg');
    const { saveActivity } = await import('../../../db/dualReg/activities');
    const { saveUnit } = await import('../../../db/dualReg/registry');
    const { unitInput } = await import('../../../api/schemas/dualReg');
    const { router, ledger, meetingId } = await setup();
    const unit = saveUnit(ledger, unitInput.parse({ name: '区税务局', registeredOn: '2026-01-01' }));
    const activityId = saveActivity(
      ledger,
      activityInput.parse({ heldOn: '2026-05-02', theme: '楼道清理', participants: [{ kind: 'unit', refId: unit, hours: 0 }] }),
      '2026-11-24',
    );
    const added = await router.handle('attachments.add', { kind: 'activity', ownerId: activityId, fileName: '现场.png', data: PNG.toString('base64') });
    expect(added).toMatchObject({ ok: true, value: [{ ownerId: activityId, fileName: '现场.png' }] });
    expect(await router.handle('attachments.list', { kind: 'meeting', id: meetingId })).toEqual({ ok: true, value: [] });
    expect(await router.handle('attachments.add', { kind: 'activity', ownerId: 9999, fileName: 'a.png', data: PNG.toString('base64') })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('活动') },
    });
  });
});
