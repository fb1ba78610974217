// Issue 30, both ways, with three seeded communities: the street sets each one's 发展计划 quota and the 报送 deadlines
// and makes the 下发文件 (all at once, a .zip); each community imports it (系统设置, 发展计划, deadlines); each sends its
// year package, signed with the code the file brought; the street's 发展党员 row for each community equals the
// community's own 发展计划 count, the 合计 is the sum, and the street's form reads back cell by cell. Then 党费: the
// street's received records against each community's 上缴街道, a correction as a new record, and the form.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DevQuota } from '../../../api/schemas/streetPlan';
import { readPlan } from '../../../db/development/plan';
import { getSetting, getSettings } from '../../../db/settings';
import { communityQuota } from '../../../db/streetDown';
import { duesStatsData } from '../../../excel/duesStatsData';
import { TODAY } from '../../support/testLedger';
import { community, packageOf, sheetRows, STREET, streetLedger, YEAR, type Community } from './streetFixture';

const QUOTAS: Record<string, DevQuota> = {
  幸福里社区: { applied: 6, activists: 4, candidates: 3, admitted: 2 },
  和平社区: { applied: 5, activists: 3, candidates: 2, admitted: 1 },
  光明社区: { applied: 8, activists: 5, candidates: 4, admitted: 3 },
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rate = (done: number, plan: number) => `${Math.round((done / plan) * 1000) / 10}%`;

async function importFile(c: Community, fileName: string, bytes: Buffer) {
  return c.router.call('street.importDownFile', { fileName, data: bytes.toString('base64') });
}
async function refusal(c: Community, fileName: string, bytes: Buffer): Promise<string> {
  const r = await c.router.router.handle('street.importDownFile', { fileName, data: bytes.toString('base64') });
  if (r.ok) throw new Error('imported');
  return r.error.message;
}

describe('街道下发文件 down, 发展计划 完成 and 党费 up', () => {
  it('three communities: quota and deadlines down, package up, each street row the community’s own figure', async () => {
    const s = streetLedger();
    const names = Object.keys(QUOTAS);
    const ids: Record<string, number> = {};
    for (const name of names) ids[name] = (await s.call('street.addCommunity', { name, contact: null, phone: null, note: null })).id;
    for (const name of names) await s.call('street.setQuota', { communityId: ids[name], year: YEAR, ...QUOTAS[name] });
    await s.call('street.setDeadline', { year: YEAR, quarter: 4, dueOn: '2026-12-10' });
    const plan = await s.call('street.setDeadline', { year: YEAR, quarter: null, dueOn: '2027-01-15' });
    expect(plan.deadlines).toEqual([
      { year: YEAR, quarter: null, dueOn: '2027-01-15', missing: [] },
      { year: YEAR, quarter: 4, dueOn: '2026-12-10', missing: [] },
    ]);
    expect(plan.rows.map((r) => r.quota)).toEqual(names.map((n) => QUOTAS[n]));
    await expect(s.call('street.setQuota', { communityId: ids['和平社区'], year: YEAR, applied: 1, activists: 1, candidates: 1, admitted: 2 })).rejects.toThrow(
      '不能多于发展对象计划',
    );

    const all = await s.call('street.exportDownFile', { year: YEAR, communityId: null });
    expect(all).toEqual({ fileName: `${STREET}${YEAR}年街道下发文件（3个社区）.zip`, rows: 3 });
    const zip = readFileSync(path.join(s.exportsDir, all.fileName));

    const communities = names.map((n, i) => community(n, 300 + i));
    for (const c of communities) {
      expect(await importFile(c, all.fileName, zip)).toMatchObject({ street: STREET, community: c.name, year: YEAR, quota: QUOTAS[c.name], deadlines: 2 });
      const kept = (await s.call('street.communities', {})).find((r) => r.id === ids[c.name])!;
      expect(getSettings(c.ledger)).toMatchObject({ streetName: STREET, communityName: c.name, accessCode: kept.accessCode });
      expect(getSetting(c.ledger, 'communityUid')).toBe(kept.uid);
      expect(readPlan(c.ledger, YEAR, TODAY).quota).toBe(QUOTAS[c.name].admitted);
      expect(communityQuota(c.ledger, YEAR)).toEqual(QUOTAS[c.name]);
      // 首页: the Q4 deadline (2026-12-10) is next, the package not made yet.
      expect((await c.router.call('street.nextDeadline')).next).toEqual({
        year: YEAR,
        quarter: 4,
        dueOn: '2026-12-10',
        daysLeft: 16,
        madeAt: null,
        street: STREET,
      });
    }

    // The same file again is not newer: refused with both stamps; another community's file is refused naming both.
    const [a, b] = communities;
    expect(await refusal(a, all.fileName, zip)).toMatch(/生成于.*不晚于已导入的下发文件/);
    await pause(1100);
    const bOnly = await s.call('street.exportDownFile', { year: YEAR, communityId: ids['和平社区'] });
    const bBytes = readFileSync(path.join(s.exportsDir, bOnly.fileName));
    expect(bOnly.fileName).toBe(`和平社区${YEAR}年街道下发文件.json`);
    expect(await refusal(a, bOnly.fileName, bBytes)).toBe(`这是“${STREET}”发给“和平社区”的下发文件，本台账是“幸福里社区”（台账标识不同），不能导入`);
    // Edited by hand (the quota raised, the checksum recomputed): the signature does not hold.
    const edited = JSON.parse(bBytes.toString('utf8')) as Record<string, unknown> & { quota: DevQuota };
    edited.quota = { ...edited.quota, admitted: 9, candidates: 9 };
    const { canonicalJson, sha256Hex } = await import('../../../excel/package/checksum');
    const { sha256: _s, ...rest } = edited;
    const forged = Buffer.from(canonicalJson({ ...rest, sha256: sha256Hex(canonicalJson(rest)) }), 'utf8');
    expect(await refusal(b, bOnly.fileName, forged)).toContain('签名不符');
    expect(await refusal(b, bOnly.fileName, Buffer.from(bBytes.toString('utf8').replace('"admitted":1', '"admitted":5')))).toContain('生成后被修改过');
    expect(readPlan(b.ledger, YEAR, TODAY).quota).toBe(1);
    // A newer file for 和平社区 goes in; then the older zip is refused.
    expect((await importFile(b, bOnly.fileName, bBytes)).community).toBe('和平社区');
    expect(await refusal(b, all.fileName, zip)).toContain('不晚于已导入的下发文件');

    // Up: each community makes its Q4 package (首页 then says so) and its year package, signed with the code the file brought.
    const q4 = await packageOf(a, { year: YEAR, quarter: 4 });
    expect((await a.router.call('street.nextDeadline')).next?.madeAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const packages = [q4, ...(await Promise.all(communities.map((x) => packageOf(x))))];
    await s.call('street.importPackages', { files: await s.upload(packages) });
    const view = await s.call('street.devProgress', { year: YEAR });
    expect(view.rows.map((r) => [r.community, r.signed])).toEqual(names.map((n) => [n, true]));
    const own = Object.fromEntries(communities.map((x) => [x.name, readPlan(x.ledger, YEAR, TODAY).counts]));
    const keys = ['applied', 'activists', 'candidates', 'admitted'] as const;
    for (const r of view.rows) {
      for (const k of keys)
        expect(r[k]).toEqual({ plan: QUOTAS[r.community][k], done: own[r.community][k], rate: own[r.community][k] / QUOTAS[r.community][k] });
    }
    const sum = (f: (n: string) => number) => names.reduce((t, n) => t + f(n), 0);
    for (const k of keys)
      expect(view.total[k]).toEqual({ plan: sum((n) => QUOTAS[n][k]), done: sum((n) => own[n][k]), rate: sum((n) => own[n][k]) / sum((n) => QUOTAS[n][k]) });
    expect(sum((n) => own[n].applied + own[n].admitted)).toBeGreaterThan(0);

    const wb = await s.workbook('street.exportDevProgress', { year: YEAR });
    const sheet = wb.getWorksheet('发展党员计划完成情况')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '社区',
      ...['入党申请人', '入党积极分子', '发展对象', '发展党员'].flatMap((l) => [`${l}计划`, `${l}完成`, `${l}完成率`]),
      '截至日期',
    ]);
    const cells = (plan: (k: (typeof keys)[number]) => number, done: (k: (typeof keys)[number]) => number) =>
      keys.flatMap((k) => [plan(k), done(k), plan(k) ? rate(done(k), plan(k)) : '—']);
    expect(sheetRows(sheet).slice(0, 4)).toEqual([
      ...names.map((n, i) => [
        i + 1,
        n,
        ...cells(
          (k) => QUOTAS[n][k],
          (k) => own[n][k],
        ),
        view.rows[i].asOf,
      ]),
      [
        undefined,
        '合计',
        ...cells(
          (k) => sum((n) => QUOTAS[n][k]),
          (k) => sum((n) => own[n][k]),
        ),
      ],
    ]);
  }, 120_000);

  it('党费: received records (a correction is a new record) against each community’s 上缴街道, and the form', async () => {
    const s = streetLedger();
    const communities = ['幸福里社区', '和平社区', '光明社区'].map((n, i) => community(n, 400 + i));
    await s.call('street.importPackages', { files: await s.upload(await Promise.all(communities.map((x) => packageOf(x)))) });
    const list = await s.call('street.communities', {});
    const id = (name: string) => list.find((c) => c.name === name)!.id;
    const first = await s.call('street.recordDuesReceived', { communityId: id('幸福里社区'), receivedOn: '2026-07-02', amountFen: 123456, note: null });
    await s.call('street.recordDuesReceived', { communityId: id('和平社区'), receivedOn: '2026-10-08', amountFen: 50000, note: '上半年' });
    // Wrongly typed 1,234.56 for 1,200.00: corrected by −34.56, counted on the day of the money it corrects.
    await expect(
      s.call('street.recordDuesReceived', { communityId: id('幸福里社区'), receivedOn: TODAY, amountFen: -3456, note: null, corrects: first.records[0].id }),
    ).rejects.toThrow('须写明原因');
    const view = await s.call('street.recordDuesReceived', {
      communityId: id('光明社区'),
      receivedOn: TODAY,
      amountFen: -3456,
      note: '录入错误',
      corrects: first.records[0].id,
    });
    expect(view.records.map((r) => [r.community, r.receivedOn, r.amountFen, r.corrects])).toEqual([
      ['幸福里社区', '2026-07-02', 123456, null],
      ['幸福里社区', '2026-07-02', -3456, first.records[0].id],
      ['和平社区', '2026-10-08', 50000, null],
    ]);
    await expect(s.call('street.recordDuesReceived', { communityId: id('和平社区'), receivedOn: '2026-12-01', amountFen: 100, note: null })).rejects.toThrow(
      '晚于今天',
    );
    const handed = (c: Community) => duesStatsData(c.ledger, YEAR, '年', TODAY).lines.find((l) => l.community && l.period === '全年')?.handedFen ?? 0;
    const received: Record<string, number> = { 幸福里社区: 120000, 和平社区: 50000, 光明社区: 0 };
    expect(view.rows.map((r) => [r.community, r.reportedFen, r.receivedFen, r.differenceFen])).toEqual(
      communities.map((c) => [c.name, handed(c), received[c.name], received[c.name] - handed(c)]),
    );
    const reportedSum = communities.reduce((t, c) => t + handed(c), 0);
    expect(view.total).toEqual({ reportedFen: reportedSum, receivedFen: 170000, differenceFen: 170000 - reportedSum });

    const wb = await s.workbook('street.exportDuesCheck', { year: YEAR });
    const sheet = wb.getWorksheet('党费上缴核对')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '社区', '社区报上缴街道（元）', '街道实收（元）', '差额（元）', '截至日期']);
    const yuan = (fen: number) => fen / 100;
    expect(sheetRows(sheet).slice(0, 4)).toEqual([
      ...communities.map((c, i) => [i + 1, c.name, yuan(handed(c)), yuan(received[c.name]), yuan(received[c.name] - handed(c)), view.rows[i].asOf]),
      [undefined, '合计', yuan(reportedSum), 1700, yuan(170000 - reportedSum)],
    ]);
  }, 120_000);
});
