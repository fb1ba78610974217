// The 下发文件's edges (issue 30): refusals a community sees (another community by name, a zip without its file, not
// such a file, a newer format, a street ledger), 首页's choice of deadline (an overdue period not made comes first), and
// a replacement package's preview listing the 发展计划 it changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../db/development/plan';
import { getSetting, getSettings, saveSettings } from '../../../db/settings';
import { routerFor, TODAY } from '../../support/testLedger';
import { community, packageOf, STREET, streetLedger, YEAR } from './streetFixture';

async function setUp() {
  const s = streetLedger();
  const ids: Record<string, number> = {};
  for (const name of ['幸福里社区', '和平社区']) ids[name] = (await s.call('street.addCommunity', { name, contact: null, phone: null, note: null })).id;
  await s.call('street.setDeadline', { year: YEAR, quarter: 3, dueOn: '2026-10-10' });
  await s.call('street.setDeadline', { year: YEAR, quarter: 4, dueOn: '2026-12-10' });
  const file = async (communityId: number | null) => {
    const made = await s.call('street.exportDownFile', { year: YEAR, communityId });
    return { fileName: made.fileName, bytes: readFileSync(path.join(s.exportsDir, made.fileName)) };
  };
  return { s, ids, file };
}

const send = (router: ReturnType<typeof routerFor>['router'], f: { fileName: string; bytes: Buffer }) =>
  router.handle('street.importDownFile', { fileName: f.fileName, data: f.bytes.toString('base64') });
const reason = async (router: ReturnType<typeof routerFor>['router'], f: { fileName: string; bytes: Buffer }) => {
  const r = await send(router, f);
  return r.ok ? 'imported' : r.error.message;
};

describe('街道下发文件: refusals, 首页’s deadline, and the 发展计划 in a replacement', () => {
  it('refuses what is not this community’s, with the reason', async () => {
    const { s, ids, file } = await setUp();
    const heping = await file(ids['和平社区']);
    const all = await file(null);
    const c = community('幸福里社区', 501);
    const { router } = c.router;
    // No ledger id yet: known by its 社区名称.
    expect(await reason(router, heping)).toBe(
      `这是“${STREET}”发给“和平社区”的下发文件，本台账是“幸福里社区”，不能导入。如社区已更名，请先在系统设置中改正社区名称`,
    );
    saveSettings(c.ledger, { ...getSettings(c.ledger), communityName: '光明社区' });
    expect(await reason(router, all)).toBe(`“${all.fileName}”中没有发给“光明社区”的文件（其中有：幸福里社区、和平社区），请向街道核对社区名称`);
    expect(await reason(router, { fileName: 'a.json', bytes: Buffer.from('{"kind":"别的"}') })).toBe(
      '“a.json”不是街道下发文件，请选择街道发来的“……街道下发文件.json”',
    );
    const newer = JSON.parse(heping.bytes.toString('utf8')) as Record<string, unknown>;
    expect(await reason(router, { fileName: 'n.json', bytes: Buffer.from(JSON.stringify({ ...newer, format: 9 })) })).toBe(
      '“n.json”由较新版本的软件（test）生成，请先升级本软件再导入',
    );
    expect(await reason(s.router, heping)).toBe('这是街道台账：下发文件由社区导入，请在社区的台账中导入');
    // Nothing was taken by any refusal.
    expect(getSettings(c.ledger)).toMatchObject({ streetName: STREET, accessCode: null, communityName: '光明社区' });
  }, 60_000);

  it('首页: an overdue period not made comes first, then the next one', async () => {
    const { s, ids, file } = await setUp();
    // At the street: Q3 was due 2026-10-10 and nobody sent it: both communities 逾期未报送; Q4 is not due yet.
    const plan = await s.call('street.plan', { year: YEAR });
    expect(plan.deadlines.map((d) => [d.quarter, d.missing.map((m) => m.name)])).toEqual([
      [3, ['幸福里社区', '和平社区']],
      [4, []],
    ]);
    const c = community('幸福里社区', 502);
    expect((await send(c.router.router, await file(ids['幸福里社区']))).ok).toBe(true);
    const next = async () => (await c.router.call('street.nextDeadline')).next;
    expect(await next()).toMatchObject({ quarter: 3, dueOn: '2026-10-10', daysLeft: -45, madeAt: null });
    const q3 = await packageOf(c, { year: YEAR, quarter: 3 });
    await s.call('street.importPackages', { files: await s.upload([q3]) });
    expect((await s.call('street.plan', { year: YEAR })).deadlines[0]!.missing.map((m) => m.name)).toEqual(['和平社区']);
    expect(await next()).toMatchObject({ quarter: 4, dueOn: '2026-12-10', daysLeft: 16, madeAt: null });
  }, 60_000);

  it('a replacement package lists the 发展计划 it changes', async () => {
    const { s, ids, file } = await setUp();
    const c = community('幸福里社区', 503);
    await s.call('street.importPackages', { files: await s.upload([await packageOf(c)]) });
    // The community's own 发展计划 had only 发展党员 (the sample's): the other three go as 0 until the street sends them.
    const own = String(readPlan(c.ledger, YEAR, TODAY).quota);
    await s.call('street.setQuota', { communityId: ids['幸福里社区'], year: YEAR, applied: 5, activists: 4, candidates: 3, admitted: 2 });
    expect((await send(c.router.router, await file(ids['幸福里社区']))).ok).toBe(true);
    const preview = await s.call('street.previewPackages', { files: await s.upload([await packageOf(c)]) });
    const changes = preview.files[0]!.replaces!.changes;
    expect(changes.filter((ch) => ch.label.startsWith('发展计划'))).toEqual([
      { label: '发展计划 入党申请人：计划', before: '0', after: '5' },
      { label: '发展计划 入党积极分子：计划', before: '0', after: '4' },
      { label: '发展计划 发展对象：计划', before: '0', after: '3' },
      { label: '发展计划 发展党员：计划', before: own, after: '2' },
    ]);
  }, 60_000);

  it('a ledger that made its own id before the street knew it takes the street’s; one the street knows by a package is another ledger', async () => {
    const { s, ids, file } = await setUp();
    const c = community('幸福里社区', 504);
    await packageOf(c); // made, never sent: the ledger has an id of its own
    const own = getSetting(c.ledger, 'communityUid');
    const first = await file(ids['幸福里社区']);
    expect(JSON.parse(first.bytes.toString('utf8')).community.uidFromPackage).toBe(false);
    expect((await send(c.router.router, first)).ok).toBe(true);
    const street = (await s.call('street.communities', {})).find((r) => r.id === ids['幸福里社区'])!;
    expect(getSetting(c.ledger, 'communityUid')).toBe(street.uid);
    expect(street.uid).not.toBe(own);
    // Its next package goes to that record, signed; the street's next file says the id came from a package.
    await s.call('street.importPackages', { files: await s.upload([await packageOf(c)]) });
    expect((await s.call('street.communities', {})).find((r) => r.id === ids['幸福里社区'])!.packages).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    const second = await file(ids['幸福里社区']);
    expect(JSON.parse(second.bytes.toString('utf8')).community.uidFromPackage).toBe(true);
    // Another ledger of the same name with an id of its own: not this community's file.
    const twin = community('幸福里社区', 505);
    await packageOf(twin);
    expect(await reason(twin.router.router, second)).toBe(`这是“${STREET}”发给“幸福里社区”的下发文件，本台账是“幸福里社区”（台账标识不同），不能导入`);
  }, 60_000);
});
