// 街道 mode end to end on real ledgers: three seeded communities write their year packages, a
// street ledger imports them; each street form's community row equals that community's own
// form's 合计 row, cell by cell; refused files leave the street ledger as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { ledgerKindInfo, setLedgerKind } from '../../../db/street/kind';
import { memoryLedger, snapshot } from '../../support/testLedger';
import { community, communityWorkbook, packageOf, rewritePackage, sheetRows, streetLedger, YEAR, type Community } from './streetFixture';

let communities: Community[];
let packages: { fileName: string; bytes: Buffer }[];

beforeAll(async () => {
  communities = [community('幸福里社区', 11), community('和平社区', 22), community('光明社区', 33)];
  packages = [];
  for (const c of communities) packages.push(await packageOf(c));
}, 120_000);

async function importedStreet(files = packages) {
  const s = streetLedger();
  const ids = await s.upload(files);
  const done = await s.call('street.importPackages', { files: ids });
  return { ...s, done };
}

describe('街道: importing the communities’ packages', () => {
  it('previews, imports all three in one call and adds the communities it did not know', async () => {
    const s = streetLedger();
    const ids = await s.upload(packages);
    const preview = await s.call('street.previewPackages', { files: ids });
    expect(preview.refused).toBe(0);
    expect(preview.files.map((f) => [f.community, f.periodLabel, f.newCommunity])).toEqual([
      ['幸福里社区', '2026年', true],
      ['和平社区', '2026年', true],
      ['光明社区', '2026年', true],
    ]);
    const done = await s.call('street.importPackages', { files: ids });
    expect(done).toMatchObject({ imported: 3, replaced: 0, newCommunities: 3 });
    const list = await s.call('street.communities', {});
    expect(list.map((c) => [c.name, c.packages])).toEqual([
      ['幸福里社区', 1],
      ['和平社区', 1],
      ['光明社区', 1],
    ]);
    // Audited as a write under its contract label.
    expect(s.ledger.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE call = 'street.importPackages'").get()).toEqual({ n: 1 });
  });

  it('a community row of each view is that community’s figures; 合计 sums them; notReported names the silent ones', async () => {
    const s = await importedStreet(packages.slice(0, 2));
    await s.call('street.addCommunity', { name: '长安社区', contact: '赵六', phone: '13800000000', note: null });
    const members = await s.call('street.members', { year: YEAR });
    expect(members.rows.map((r) => r.community)).toEqual(['幸福里社区', '和平社区']);
    expect(members.total.total).toBe(members.rows[0].total + members.rows[1].total);
    expect(members.notReported.map((c) => c.name)).toEqual(['长安社区']);
    const q1 = await s.call('street.members', { year: YEAR, quarter: 1 });
    expect(q1.rows).toEqual([]);
    expect(q1.notReported.map((c) => c.name)).toEqual(['幸福里社区', '和平社区', '长安社区']);
    const meetings = await s.call('street.meetings', { year: YEAR, communityId: members.rows[0].communityId });
    expect(meetings.branches!.length).toBeGreaterThan(0);
    expect(meetings.branches!.reduce((a, b) => a + b.required, 0)).toBe(meetings.rows[0].required);
  });

  it('三会一课: the street’s row of each community equals that community’s own 统计表 合计 row, cell by cell', async () => {
    const s = await importedStreet();
    const street = sheetRows((await s.workbook('street.exportForm', { measure: 'meetings', year: YEAR })).worksheets[0]);
    expect(street.map((r) => r[1]).slice(0, 4)).toEqual(['幸福里社区', '和平社区', '光明社区', '合计']);
    for (const c of communities) {
      const own = sheetRows((await communityWorkbook(c, 'reports.meetingStats', { year: YEAR, scope: 'year' })).getWorksheet('三会一课统计')!);
      const total = own.find((r) => r[1] === '合计')!;
      expect(total[3]).toBeGreaterThan(0);
      const row = street.find((r) => r[1] === c.name)!;
      // 应开次数, 实开次数, 完成率, 平均出勤率.
      expect(row.slice(2, 6)).toEqual(total.slice(3, 7));
    }
    // The street's 合计 divides sums too: Σ实开 and the rate of the sums.
    const sum = street.slice(0, 3).reduce((a, r) => a + (r[3] as number), 0);
    expect(street[3][3]).toBe(sum);
  });

  it('党费: the street’s row equals the community’s 党费收缴情况统计表 支部合计 row, cell by cell', async () => {
    const s = await importedStreet();
    const street = sheetRows((await s.workbook('street.exportForm', { measure: 'dues', year: YEAR })).worksheets[0]);
    for (const c of communities) {
      const own = sheetRows((await communityWorkbook(c, 'reports.duesStats', { year: YEAR, period: '年' })).worksheets[0]);
      const total = own.find((r) => r[2] === '支部合计')!;
      const row = street.find((r) => r[1] === c.name)!;
      // 应交人数, 应交金额, 实交金额, 欠交人数, 欠交金额, 上缴金额.
      expect(row.slice(2, 8)).toEqual(total.slice(3, 9));
    }
  });

  it('every street form exports with one row per community and a 合计 row', async () => {
    const s = await importedStreet();
    for (const measure of ['members', 'dual', 'appraisal', 'points'] as const) {
      const wb = await s.workbook('street.exportForm', { measure, year: YEAR });
      const rows = sheetRows(wb.worksheets[0]);
      expect(rows.map((r) => r[1]).slice(0, 4), measure).toEqual(['幸福里社区', '和平社区', '光明社区', '合计']);
    }
    const ranking = await s.call('street.pointsRanking', { year: YEAR, pageSize: 10 });
    expect(ranking.rows).toHaveLength(10);
    expect(ranking.rows[0].rank).toBe(1);
    expect(ranking.rows.every((r, i) => i === 0 || r.total <= ranking.rows[i - 1].total)).toBe(true);
    // Masked as the community sent it.
    expect(ranking.rows[0].idNumber).toMatch(/^\d{6}\*+\d{3}[\dX]$/);
  });
});

describe('街道: refusals leave the ledger unchanged', () => {
  const cases: [string, () => Promise<Buffer>, RegExp][] = [
    ['another street’s', () => rewritePackage(packages[0].bytes, { manifest: { street: '长安街道' } }), /不是本街道的上报包（长安街道）/],
    [
      'a figure edited after it was made',
      async () => {
        const JSZip = (await import('jszip')).default;
        const zip = await JSZip.loadAsync(packages[0].bytes);
        const data = JSON.parse(await zip.file('data.json')!.async('string')) as { members: { total: number } };
        data.members.total += 1;
        zip.file('data.json', JSON.stringify(data));
        return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
      },
      /生成后被修改过/,
    ],
    [
      'damaged (one byte changed)',
      async () => Buffer.from(packages[0].bytes.map((b, i) => (i === Math.floor(packages[0].bytes.length / 2) ? b ^ 0xff : b))),
      /损坏|修改过|不是上报包/,
    ],
    ['from a newer app', () => rewritePackage(packages[0].bytes, { manifest: { format: 99, appVersion: '9.0.0' } }), /较新版本/],
    ['not a package', async () => Buffer.from('这不是压缩包'), /不是上报包/],
    [
      'a period not begun',
      () => rewritePackage(packages[0].bytes, { manifest: { period: { year: 2030, quarter: null } }, data: (d) => (d.period = { year: 2030, quarter: null }) }),
      /尚未开始/,
    ],
  ];
  for (const [what, make, reason] of cases) {
    it(what, async () => {
      const s = await importedStreet(packages.slice(1));
      const before = snapshot(s.ledger);
      const bad = { fileName: '坏.zip', bytes: await make() };
      const ids = await s.upload([bad, packages[0]]);
      const preview = await s.call('street.previewPackages', { files: ids });
      expect(preview.files[0].accepted).toBe(false);
      expect(preview.files[0].reason).toMatch(reason);
      expect(preview.files[1].accepted).toBe(true);
      // The batch with the bad file commits nothing of it, not even the good one.
      const r = await s.router.handle('street.importPackages', { files: ids });
      expect(r.ok).toBe(false);
      const after = snapshot(s.ledger);
      expect(after.street_packages).toEqual(before.street_packages);
      expect(after.street_communities).toEqual(before.street_communities);
    });
  }
});

describe('街道: a second package for the same community and period', () => {
  it('previews the totals that change and keeps the old one as replaced', async () => {
    const s = await importedStreet();
    const newer = await rewritePackage(packages[0].bytes, {
      // Made after the one in use (an older file needs a confirmation: streetTrust.test.ts).
      manifest: { createdAt: '2099-12-31 23:59:59' },
      data: (d) => ((d.members as { total: number }).total += 5),
    });
    const ids = await s.upload([{ fileName: '幸福里社区更正.zip', bytes: newer }]);
    const preview = await s.call('street.previewPackages', { files: ids });
    const change = preview.files[0].replaces!.changes.find((c) => c.label === '党员总数')!;
    expect(Number(change.after) - Number(change.before)).toBe(5);
    const done = await s.call('street.importPackages', { files: ids });
    expect(done).toMatchObject({ imported: 1, replaced: 1, newCommunities: 0 });
    const all = await s.call('street.packages', { withReplaced: true });
    const mine = all.filter((p) => p.community === '幸福里社区');
    expect(mine).toHaveLength(2);
    const old = mine.find((p) => p.replacedAt)!;
    expect(old.replacedBy).toBe(mine.find((p) => !p.replacedAt)!.id);
    const members = await s.call('street.members', { year: YEAR });
    expect(members.rows[0].total).toBe(Number(change.after));
  });

  it('two files for one community and period in a batch: the later-made wins, the other is refused and says so', async () => {
    const s = streetLedger();
    const older = await rewritePackage(packages[0].bytes, { manifest: { createdAt: '2026-01-01 08:00:00' } });
    const ids = await s.upload([packages[0], { fileName: '旧.zip', bytes: older }]);
    const preview = await s.call('street.previewPackages', { files: ids });
    expect(preview.files[0].accepted).toBe(true);
    expect(preview.files[1].accepted).toBe(false);
    expect(preview.files[1].reason).toContain('较新的上报包');
  });
});

describe('街道: the ledger kind', () => {
  it('is chosen only on an empty ledger', async () => {
    const c = communities[0];
    const r = await c.router.router.handle('street.setKind', { kind: '街道' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('不能改为街道台账');
    const s = await importedStreet(packages.slice(0, 1));
    expect(await s.call('street.kind', {})).toMatchObject({ kind: '街道', canChange: false, streetName: '幸福街道' });
  });

  it('remembers that it was asked: 首页 offers the choice once, and keeping 社区 changes nothing else', () => {
    const fresh = memoryLedger();
    expect(ledgerKindInfo(fresh)).toMatchObject({ kind: '社区', canChange: true, chosen: false });
    expect(setLedgerKind(fresh, '社区')).toMatchObject({ kind: '社区', chosen: true });
    // A ledger with data may still record the kind it already is (an old community ledger answering the card).
    const c = communities[0];
    expect(ledgerKindInfo(c.ledger)).toMatchObject({ kind: '社区', canChange: false });
    expect(setLedgerKind(c.ledger, '社区')).toMatchObject({ kind: '社区', chosen: true });
  });

  it('a community ledger refuses packages', async () => {
    const c = communities[0];
    const up = await c.router.router.handle('street.upload', { fileName: 'a.zip', data: packages[1].bytes.toString('base64') });
    if (!up.ok) throw new Error(up.error.message);
    const r = await c.router.router.handle('street.previewPackages', { files: [(up.value as { uploadId: string }).uploadId] });
    expect(r.ok).toBe(false);
  });
});

describe('街道: 党内统计 summed by table and figure key', () => {
  it('adds each figure of every community and names who has not reported', async () => {
    const census = (total: number, female: number) => ({
      year: YEAR,
      asOf: '2026-11-24',
      tables: [
        {
          key: 'total',
          title: '党员总数',
          unit: '人',
          rows: [
            { key: 'total', label: '党员总数', value: total, drill: true },
            { key: 'female', label: '女党员', value: female, drill: true },
          ],
        },
      ],
      identity: { start: total, added: 0, removed: 0, end: total, holds: true, breaks: [] },
    });
    const a = await rewritePackage(packages[0].bytes, { data: (d) => (d.census = census(60, 20)) });
    const b = await rewritePackage(packages[1].bytes, { data: (d) => (d.census = census(50, 30)) });
    const s = await importedStreet([
      { fileName: 'a.zip', bytes: a },
      { fileName: 'b.zip', bytes: b },
    ]);
    await s.call('street.addCommunity', { name: '长安社区', contact: null, phone: null, note: null });
    const view = await s.call('street.census', { year: YEAR });
    expect(view.total).toEqual({ 'total:total': 110, 'total:female': 50 });
    expect(view.rows.map((r) => r.community)).toEqual(['幸福里社区', '和平社区']);
    expect(view.notReported.map((c) => c.name)).toEqual(['长安社区']);
    const rows = sheetRows((await s.workbook('street.exportForm', { measure: 'census', year: YEAR })).worksheets[0]);
    expect(rows.slice(0, 3).map((r) => r.slice(1, 4))).toEqual([
      ['幸福里社区', 60, 20],
      ['和平社区', 50, 30],
      ['合计', 110, 50],
    ]);
  });
});
