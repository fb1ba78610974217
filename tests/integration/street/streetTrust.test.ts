// Issue 31, the street's half: each row can be trusted. A community keeps one record through a
// rename (its ledger's stable id rides in every package); a hand-added community is matched by its
// first package; a street name worded differently is recognised by identity or asked; an older
// file needs a confirmation that says so; a package made before its period ended is marked in the
// preview, every view and every street form; a file edited and re-checksummed by hand fails its
// 接入码 signature; two records merge and a package is voided with a reason, nothing deleted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackagePeriod } from '../../../api/schemas/reportPackage';
import type { AppraisalFigures, DualFigures } from '../../../api/schemas/street';
import { percentText } from '../../../api/rules/streetSums';
import { getSettings, saveSettings } from '../../../db/settings';
import { newAccessCode } from '../../../db/street/accessCode';
import { writePackage } from '../../../excel/package/write';
import { snapshot, tempDir } from '../../support/testLedger';
import { community, packageOf, rewritePackage, sheetRows, streetLedger, YEAR, type Community } from './streetFixture';

type Street = ReturnType<typeof streetLedger>;
type File = { fileName: string; bytes: Buffer };

let a: Community;
let b: Community;

beforeAll(() => {
  a = community('幸福里社区', 11);
  b = community('和平社区', 22);
}, 120_000);

/** The package as the community writes it on `today`. */
async function packageOn(c: Community, today: string, period: PackagePeriod = { year: YEAR, quarter: null }): Promise<File> {
  const dir = tempDir('dangwu-pkg-');
  const file = await writePackage(c.ledger, dir, period, today, { appVersion: 'test', fullIdNumbers: false });
  return { fileName: file.fileName, bytes: readFileSync(path.join(dir, file.fileName)) };
}

async function preview(s: Street, files: File[], decisions: object[] = []) {
  const ids = await s.upload(files);
  const withIds = decisions.map((d, i) => ({ uploadId: ids[i], ...d }));
  return { ids, preview: await s.call('street.previewPackages', { files: ids, decisions: withIds }), decisions: withIds };
}

async function importFiles(s: Street, files: File[], decisions: object[] = []) {
  const p = await preview(s, files, decisions);
  return s.call('street.importPackages', { files: p.ids, decisions: p.decisions });
}

const communities = (s: Street) => s.call('street.communities', {});
const members = (s: Street, year = YEAR) => s.call('street.members', { year });

function setName(c: Community, communityName: string, extra: object = {}) {
  saveSettings(c.ledger, { ...getSettings(c.ledger), communityName, ...extra });
}

describe('街道: the 党员队伍情况汇总表 (issue 31’s false/true)', () => {
  it('prints each community’s 党员总数 and the 合计, cell by cell as the view shows them, with each row’s 截至日期', async () => {
    const s = streetLedger();
    await importFiles(s, [await packageOf(a), await packageOf(b)]);
    const view = await members(s);
    const rows = sheetRows((await s.workbook('street.exportForm', { measure: 'members', year: YEAR })).worksheets[0]);
    const expected = [
      ...view.rows.map((r, i) => [i + 1, r.community, r.total, r.full, r.probationary, r.female, r.minority, r.suspended, r.branches, r.asOf]),
      [
        null,
        '合计',
        view.total.total,
        view.total.full,
        view.total.probationary,
        view.total.female,
        view.total.minority,
        view.total.suspended,
        view.total.branches,
        '',
      ],
    ];
    // Every cell of the 10 columns, holes (an empty cell) as null.
    const cells = (r: unknown[]) => Array.from({ length: 10 }, (_, i) => (r[i] === undefined || r[i] === '' ? null : r[i]));
    expect(rows.slice(0, 3).map(cells)).toEqual(expected.map(cells));
    expect(typeof rows[0][2]).toBe('number');
    expect(view.rows[0].total).toBeGreaterThan(0);
  });
});

describe('街道: the other changed forms, cell by cell against their views', () => {
  it('双报到 and 民主评议: every cell of every row and the 合计, with 截至日期 last', async () => {
    const s = streetLedger();
    await importFiles(s, [await packageOf(a), await packageOf(b)]);
    const cells = (r: unknown[], n: number) => Array.from({ length: n }, (_, i) => (r[i] === undefined || r[i] === '' ? null : r[i]));
    const dual = await s.call('street.dual', { year: YEAR });
    const dualRows = sheetRows((await s.workbook('street.exportForm', { measure: 'dual', year: YEAR })).worksheets[0]);
    const dualLine = (r: DualFigures, head: unknown[], asOf: string | null) => [...head, r.registered, r.units, r.activities, r.participations, r.hours, asOf];
    expect(dualRows.slice(0, 3).map((r) => cells(r, 8))).toEqual(
      [...dual.rows.map((r, i) => dualLine(r, [i + 1, r.community], r.asOf)), dualLine(dual.total, [null, '合计'], null)].map((r) => cells(r, 8)),
    );
    const ap = await s.call('street.appraisal', { year: YEAR });
    const apRows = sheetRows((await s.workbook('street.exportForm', { measure: 'appraisal', year: YEAR })).worksheets[0]);
    const apLine = (r: AppraisalFigures, head: unknown[], asOf: string | null) => [
      ...head,
      r.members,
      r.appraised,
      r.absent,
      r.probationary,
      r.excellent,
      r.qualified,
      r.basic,
      r.unqualified,
      percentText(r.graded ? r.excellent / r.graded : null),
      r.overThird ? '超过三分之一' : '符合',
      asOf,
    ];
    expect(apRows.slice(0, 3).map((r) => cells(r, 13))).toEqual(
      [...ap.rows.map((r, i) => apLine(r, [i + 1, r.community], r.asOf)), apLine(ap.total, [null, '合计'], null)].map((r) => cells(r, 13)),
    );
  });
});

describe('街道: one record per community', () => {
  it('a rename keeps one row: the new name shown, the old noted, the old package replaced', async () => {
    const c = community('光明社区', 33);
    const s = streetLedger();
    await importFiles(s, [await packageOf(c)]);
    setName(c, '光明里社区');
    const p = await preview(s, [await packageOf(c)]);
    expect(p.preview.files[0]).toMatchObject({ accepted: true, newCommunity: false, renamedFrom: '光明社区', community: '光明里社区' });
    expect(p.preview.files[0].warnings.join()).toContain('社区已更名');
    await s.call('street.importPackages', { files: p.ids });
    const list = await communities(s);
    expect(list.map((x) => [x.name, x.formerNames.map((f) => f.name), x.packages])).toEqual([['光明里社区', ['光明社区'], 1]]);
    expect((await members(s)).rows.map((r) => r.community)).toEqual(['光明里社区']);
    const all = await s.call('street.packages', { withReplaced: true });
    expect(all.map((x) => [x.community, x.packageCommunity, x.replacedAt !== null])).toEqual([
      ['光明里社区', '光明里社区', false],
      ['光明里社区', '光明社区', true],
    ]);
    // Renamed by hand at the street: the old name is noted the same way.
    const byHand = await s.call('street.updateCommunity', { id: list[0].id, name: '光明里社区党委', contact: null, phone: null, note: null });
    expect(byHand.formerNames.map((f) => f.name)).toEqual(['光明社区', '光明里社区']);
  });

  it('a community added by hand is the first package that names it, or the one the user picks', async () => {
    const s = streetLedger();
    await s.call('street.addCommunity', { name: '幸福里社区', contact: '赵六', phone: null, note: null });
    const picked = await s.call('street.addCommunity', { name: '和平社区（手工）', contact: null, phone: null, note: null });
    const p = await preview(s, [await packageOf(a), await packageOf(b)]);
    expect(p.preview.files.map((f) => [f.community, f.newCommunity])).toEqual([
      ['幸福里社区', false],
      ['和平社区', true],
    ]);
    expect(p.preview.files[1].candidates.map((x) => x.name)).toEqual(['和平社区（手工）']);
    const done = await importFiles(s, [await packageOf(a), await packageOf(b)], [{}, { communityId: picked.id }]);
    expect(done).toMatchObject({ imported: 2, newCommunities: 0 });
    const list = await communities(s);
    // No second, forever 未上报 row: the hand-added records took the packages (and the picked one the package's name).
    expect(list.map((x) => [x.name, x.packages, x.uid !== null])).toEqual([
      ['幸福里社区', 1, true],
      ['和平社区', 1, true],
    ]);
    expect((await members(s)).notReported).toEqual([]);
  });

  it('a street name worded differently is recognised by the community’s identity, or the user is asked', async () => {
    const s = streetLedger();
    await importFiles(s, [await packageOf(a, { year: YEAR - 1, quarter: null })]);
    const known = await rewritePackage((await packageOf(a)).bytes, { manifest: { street: '幸福街道党工委' } });
    const stranger = await rewritePackage((await packageOf(b)).bytes, { manifest: { street: '幸福街道党工委' } });
    const p = await preview(s, [
      { fileName: 'a.zip', bytes: known },
      { fileName: 'b.zip', bytes: stranger },
    ]);
    expect(p.preview.files[0].accepted).toBe(true);
    expect(p.preview.files[0].warnings.join()).toContain('已按社区台账标识确认是本街道的社区');
    expect(p.preview.files[1].accepted).toBe(false);
    expect(p.preview.files[1].asks.map((x) => x.kind)).toEqual(['street']);
    const done = await importFiles(
      s,
      [
        { fileName: 'a.zip', bytes: known },
        { fileName: 'b.zip', bytes: stranger },
      ],
      [{}, { confirm: ['street'] }],
    );
    expect(done.imported).toBe(2);
  });

  it('merges two records of one community: packages move, the merged one closes, nothing is deleted', async () => {
    const s = streetLedger();
    const dup = await s.call('street.addCommunity', { name: '幸福里', contact: null, phone: null, note: null });
    // An older ledger's package (format 1: no ledger id) under the duplicate name.
    const old = await rewritePackage((await packageOf(a, { year: YEAR - 1, quarter: null })).bytes, {
      manifest: { community: '幸福里', communityUid: undefined },
    });
    await importFiles(s, [{ fileName: 'old.zip', bytes: old }, await packageOf(a)]);
    const before = await communities(s);
    expect(before.map((x) => x.name)).toEqual(['幸福里', '幸福里社区']);
    const kept = before[1];
    const merged = await s.call('street.mergeCommunities', { fromId: dup.id, intoId: kept.id, on: '2026-11-24' });
    expect(merged.formerNames.map((f) => f.name)).toEqual(['幸福里']);
    expect(merged.packages).toBe(2);
    const after = await communities(s);
    expect(after.find((x) => x.id === dup.id)).toMatchObject({ closedOn: '2026-11-24', mergedInto: kept.id, packages: 0 });
    expect((await members(s, YEAR - 1)).rows.map((r) => r.community)).toEqual(['幸福里社区']);
    expect((await members(s, YEAR - 1)).notReported).toEqual([]);
    expect(s.ledger.sqlite.prepare('SELECT count(*) AS n FROM street_packages').get()).toEqual({ n: 2 });
    expect(s.ledger.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE call = 'street.mergeCommunities'").get()).toEqual({ n: 1 });
  });
});

describe('街道: which package stands', () => {
  it('an older file than the one in use needs a confirmation that says it is older', async () => {
    const s = streetLedger();
    const newer = await packageOf(a);
    const older = {
      fileName: '旧.zip',
      bytes: await rewritePackage(newer.bytes, { manifest: { createdAt: '2026-01-05 09:00:00' }, data: (d) => ((d.members as { total: number }).total -= 3) }),
    };
    await importFiles(s, [newer]);
    const p = await preview(s, [older]);
    expect(p.preview.files[0].accepted).toBe(false);
    expect(p.preview.files[0].asks[0]).toMatchObject({ kind: 'older' });
    expect(p.preview.files[0].asks[0].text).toContain('比正在使用的上报包旧');
    const r = await s.router.handle('street.importPackages', { files: p.ids });
    expect(r.ok).toBe(false);
    const total = (await members(s)).rows[0].total;
    const done = await importFiles(s, [older], [{ confirm: ['older'] }]);
    expect(done.replaced).toBe(1);
    expect((await members(s)).rows[0].total).toBe(total - 3);
  });

  it('a package made on 11-20 for its year is marked: the preview warns, the views and forms show its 截至日期', async () => {
    const s = streetLedger();
    const early = await packageOn(a, '2026-11-20');
    const full = await packageOn(b, '2027-01-10');
    const p = await preview(s, [early, full]);
    expect(p.preview.files.map((f) => [f.asOf, f.early])).toEqual([
      ['2026-11-20', true],
      ['2026-12-31', false],
    ]);
    expect(p.preview.files[0].warnings.join()).toContain('截至2026-11-20生成');
    await s.call('street.importPackages', { files: p.ids });
    const view = await members(s);
    expect(view.rows.map((r) => [r.community, r.asOf, r.early])).toEqual([
      ['幸福里社区', '2026-11-20', true],
      ['和平社区', '2026-12-31', false],
    ]);
    for (const measure of ['members', 'meetings', 'dual', 'dues', 'appraisal', 'points', 'census'] as const) {
      const sheet = (await s.workbook('street.exportForm', { measure, year: YEAR })).worksheets[0];
      const header = (sheet.getRow(3).values as unknown[]).slice(1);
      const rows = sheetRows(sheet);
      const at = header.indexOf('截至日期');
      expect(at, measure).toBeGreaterThan(1);
      expect(
        rows.slice(0, 2).map((r) => [r[1], r[at]]),
        measure,
      ).toEqual([
        ['幸福里社区', '2026-11-20'],
        ['和平社区', '2026-12-31'],
      ]);
    }
  });
});

describe('街道: signed packages', () => {
  it('a package signed with the community’s 接入码 is accepted as 已签名; edited and re-checksummed by hand it is refused', async () => {
    const c = community('长安社区', 44);
    const s = streetLedger();
    const added = await s.call('street.addCommunity', { name: '长安社区', contact: null, phone: null, note: null });
    const given = await s.call('street.issueAccessCode', { id: added.id });
    expect(given.accessCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    // Given once: asking again shows the same code.
    expect((await s.call('street.issueAccessCode', { id: added.id })).accessCode).toBe(given.accessCode);
    // Typed in lower case with spaces: still the code.
    setName(c, '长安社区', { accessCode: given.accessCode!.toLowerCase().replace(/-/g, ' ') });
    const signed = await packageOf(c);
    const manifest = JSON.parse(await (await JSZip.loadAsync(signed.bytes)).file('manifest.json')!.async('string')) as { signature?: { keyId: string } };
    expect(manifest.signature?.keyId).toMatch(/^[0-9a-f]{16}$/);

    // The SHA-256 manifest recomputed by hand after a figure was changed: the HMAC no longer holds.
    const forged = await rewritePackage(signed.bytes, { data: (d) => ((d.members as { total: number }).total += 10) });
    const before = snapshot(s.ledger);
    const p = await preview(s, [{ fileName: '改过.zip', bytes: forged }]);
    expect(p.preview.files[0].accepted).toBe(false);
    expect(p.preview.files[0].reason).toContain('签名不符');
    expect((await s.router.handle('street.importPackages', { files: p.ids })).ok).toBe(false);
    expect(snapshot(s.ledger).street_packages).toEqual(before.street_packages);

    // Signature stripped: 未签名 from a community that has a code, imported only when the user confirms.
    const stripped = await rewritePackage(signed.bytes, { manifest: { signature: undefined } });
    const q = await preview(s, [{ fileName: '无签名.zip', bytes: stripped }]);
    expect(q.preview.files[0].asks.map((x) => x.kind)).toEqual(['unsigned']);

    const ok = await preview(s, [signed]);
    expect(ok.preview.files[0]).toMatchObject({ accepted: true, signed: true, communityId: added.id, warnings: [expect.stringContaining('截至')] });
    await s.call('street.importPackages', { files: ok.ids });
    expect((await members(s)).rows[0]).toMatchObject({ community: '长安社区', signed: true });
    const rows = await s.call('street.packages', {});
    expect(rows[0]).toMatchObject({ signed: true, hasFile: true });
  });

  it('a package signed with a code this street never gave is refused', async () => {
    const c = community('远方社区', 55);
    setName(c, '远方社区', { accessCode: newAccessCode() });
    const s = streetLedger();
    const p = await preview(s, [await packageOf(c)]);
    expect(p.preview.files[0].accepted).toBe(false);
    expect(p.preview.files[0].reason).toContain('接入码不是本街道发放的');
  });

  it('a package from a community without a code goes in marked 未签名, never silently', async () => {
    const s = streetLedger();
    const p = await preview(s, [await packageOf(b)]);
    expect(p.preview.files[0]).toMatchObject({ accepted: true, signed: false });
    expect(p.preview.files[0].warnings.join()).toContain('未签名');
  });
});

describe('街道: voids, replacements and the community’s own forms', () => {
  it('voiding the package in use brings back the one it replaced; the voided one stays listed with its reason', async () => {
    const s = streetLedger();
    const first = await packageOf(a);
    await importFiles(s, [first]);
    const second = {
      fileName: '更正.zip',
      bytes: await rewritePackage(first.bytes, { manifest: { createdAt: '2099-01-01 00:00:00' }, data: (d) => ((d.members as { total: number }).total += 7) }),
    };
    const p = await preview(s, [second]);
    // Every figure that changes, not a fixed few: 党员总数 and nothing else here.
    expect(p.preview.files[0].replaces!.changes.map((c) => c.label)).toEqual(['党员总数']);
    await s.call('street.importPackages', { files: p.ids });
    const live = (await s.call('street.packages', {}))[0];
    const total = (await members(s)).rows[0].total;
    await s.call('street.voidPackage', { id: live.id, reason: '社区误报，已电话核实' });
    expect((await members(s)).rows[0].total).toBe(total - 7);
    const all = await s.call('street.packages', { withReplaced: true });
    expect(all.find((x) => x.id === live.id)).toMatchObject({ voidReason: '社区误报，已电话核实' });
    expect(all.filter((x) => !x.replacedAt && !x.voidedAt)).toHaveLength(1);
    const again = await s.router.handle('street.voidPackage', { id: live.id, reason: '再次' });
    expect(again.ok).toBe(false);
  });

  it('the replacement preview names a branch’s and a 党费 line’s changes too', async () => {
    const s = streetLedger();
    const first = await packageOf(a);
    await importFiles(s, [first]);
    const second = await rewritePackage(first.bytes, {
      manifest: { createdAt: '2099-01-01 00:00:00' },
      data: (d) => {
        const m = d.members as { branches: { orgName: string; total: number }[] };
        m.branches[0].total += 1;
        const dues = d.dues as { orgName: string; paidFen: number }[];
        dues[0].paidFen += 100;
      },
    });
    const p = await preview(s, [{ fileName: 'x.zip', bytes: second }]);
    const labels = p.preview.files[0].replaces!.changes.map((c) => c.label);
    const data = JSON.parse(await (await JSZip.loadAsync(second)).file('data.json')!.async('string')) as { members: { branches: { orgName: string }[] } };
    expect(labels).toContain(`${data.members.branches[0].orgName}：党员数`);
    expect(labels).toContain('党费实交（元）');
    expect(labels.some((l) => l.endsWith('党费：实交（元）'))).toBe(true);
  });

  it('keeps the community’s own forms and exports its 花名册 byte for byte', async () => {
    const s = streetLedger();
    const file = await packageOf(a);
    await importFiles(s, [file]);
    const pkg = (await s.call('street.packages', {}))[0];
    const forms = await s.call('street.packageForms', { id: pkg.id });
    expect(forms.forms).toContain('报表/党员花名册.xlsx');
    expect(forms.forms).toContain('报表/党内统计年报.xlsx');
    const out = await s.call('street.exportPackageForm', { id: pkg.id, name: '报表/党员花名册.xlsx' });
    expect(out.fileName).toMatch(/^幸福里社区2026年党员花名册-/);
    const original = await (await JSZip.loadAsync(file.bytes)).file('报表/党员花名册.xlsx')!.async('nodebuffer');
    expect(readFileSync(path.join(s.exportsDir, out.fileName)).equals(original)).toBe(true);
    const roster = await s.workbook('street.exportPackageForm', { id: pkg.id, name: '报表/党员花名册.xlsx' });
    expect(roster.worksheets[0].rowCount).toBeGreaterThan(4);
    expect((await s.router.handle('street.exportPackageForm', { id: pkg.id, name: 'data.json' })).ok).toBe(false);
  });

  it('a community closed before a period leaves that period’s totals', async () => {
    const s = streetLedger();
    await importFiles(s, [await packageOf(a), await packageOf(b)]);
    const list = await communities(s);
    await s.call('street.closeCommunity', { id: list[1].id, closedOn: '2026-01-01' });
    expect((await members(s)).rows.map((r) => r.community)).toEqual(['幸福里社区']);
  });
});
