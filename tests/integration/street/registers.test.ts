// Issue 30, "Up": the registers three seeded communities carry in their 上报包 (光荣在党50年 名单 with
// 待核对, 慰问 by occasion, 失联 with stages, 流出/流入 by 流向, 换届 due), imported by a street ledger.
// Each street row equals that community's own register, the 合计 is their sum, and every street form
// says so cell by cell; a package of an older version (no registers) shows 该包无此项, not zeros.
import { beforeAll, describe, expect, it } from 'vitest';
import { CARE_OCCASIONS, LOST_STAGES } from '../../../api/schemas/care';
import { FLOW_DIRECTIONS } from '../../../api/schemas/packageRegisters';
import { flowDirection } from '../../../api/rules/flowDirection';
import { saveFlowHome, flowHome } from '../../../db/care/flowHome';
import { createMember } from '../../../db/members/write';
import { homeReminders } from '../../../db/reminders';
import { memberInput, TODAY } from '../../support/testLedger';
import { community, packageOf, rewritePackage, sheetRows, streetLedger, YEAR, type Community } from './streetFixture';
import type { CallInput } from '../../../api/contract';

let communities: Community[];
let packages: { fileName: string; bytes: Buffer }[];
const HOMES = [
  { province: null, city: null },
  { province: '广东省', city: '深圳市' },
  { province: '浙江省', city: '杭州市' },
];

beforeAll(async () => {
  communities = [community('幸福里社区', 11), community('和平社区', 22), community('光明社区', 33)];
  for (const [i, c] of communities.entries()) {
    const branch = c.ledger.prepare("SELECT id FROM orgs WHERE kind = '党支部' ORDER BY id LIMIT 1").get() as { id: number };
    // i + 1 members joined 1968 with no 转正日期: 待核对, each community a different count.
    for (let k = 0; k <= i; k++) {
      createMember(
        c.ledger,
        memberInput(branch.id, { name: `缺转正${i}${k}`, birthDate: `194${k}-01-0${i + 1}`, joinedOn: '1968-06-30', fullMemberOn: null }),
        null,
        TODAY,
      );
    }
    const honor = await c.router.call('care.honor50', { year: YEAR });
    if (i === 0) await c.router.call('care.saveMedal', { memberId: honor.rows[0].memberId, year: YEAR, presentedOn: '2026-07-01' });
    await c.router.call('care.saveVisit', {
      memberId: honor.rows[0].memberId,
      visitedOn: '2026-10-29',
      occasion: '重阳',
      visitors: '社区党委书记',
      moneyFen: 12345 * (i + 1),
      goods: null,
      fundSource: null,
      note: null,
    });
    saveFlowHome(c.ledger, HOMES[i]);
  }
  packages = [];
  for (const c of communities) packages.push(await packageOf(c));
}, 180_000);

async function importedStreet(files = packages) {
  const s = streetLedger();
  await s.call('street.importPackages', { files: await s.upload(files) });
  return s;
}

/** The street form's community rows and 合计 row (序号, 社区, figures…, 截至日期). */
async function streetSheet(s: Awaited<ReturnType<typeof importedStreet>>, register: CallInput<'street.exportRegister'>['register']) {
  const wb = await s.workbook('street.exportRegister', { register, year: YEAR });
  const rows = sheetRows(wb.worksheets[0]);
  const at = (name: string) => rows.find((r) => r[1] === name)!;
  return { wb, rows, at };
}

const sumOf = (figs: number[][]) => figs[0].map((_, i) => figs.reduce((a, f) => a + f[i], 0));

describe('街道 registers: each community’s row is its own register, 合计 their sum, cell by cell', () => {
  it('光荣在党50年: 名单人数, 已颁发, 待核对 per community; names with masked 身份证号 and the 待核对 flag', async () => {
    const s = await importedStreet();
    const view = await s.call('street.honor', { year: YEAR });
    const { rows, at } = await streetSheet(s, 'honor');
    const own: number[][] = [];
    for (const c of communities) {
      // The largest page: the names are compared with the form's whole list.
      const page = await c.router.call('care.honor50', { year: YEAR, pageSize: 200 });
      expect(page.rows.length).toBe(page.total);
      const figures = [page.total, page.presented, page.toCheck.length];
      own.push(figures);
      expect(page.toCheck.length).toBeGreaterThan(0);
      // 序号, 社区, 名单人数, 已颁发纪念章, 待核对, 备注 (empty), 截至日期.
      expect(at(c.name).slice(2, 7)).toEqual([...figures, undefined, `${YEAR}-11-24`]);
      const names = view.names.filter((n) => n.community === c.name);
      expect(names.filter((n) => !n.toCheck).map((n) => n.name)).toEqual(page.rows.map((r) => r.name));
      expect(names.filter((n) => n.toCheck).map((n) => n.name)).toEqual(page.toCheck.map((r) => r.name));
    }
    expect(own.map((f) => f[2])).toEqual([1, 2, 3]);
    expect(own[0][1]).toBe(1);
    const total = at('合计');
    expect(total.slice(2, 5)).toEqual(sumOf(own));
    expect(rows.indexOf(total)).toBe(3);
    expect([view.total.listed, view.total.presented, view.total.toCheck]).toEqual(sumOf(own));
    // Masked by default: first 6 and last 4 kept.
    expect(view.names.every((n) => n.idNumber !== null && /^\d{6}\*{8}\d{3}[\dX]$/.test(n.idNumber))).toBe(true);
    // The names sheet: one line per person, 待核对 marked, ID as text.
    const namesSheet = sheetRows((await s.workbook('street.exportRegister', { register: 'honor', year: YEAR })).getWorksheet('名单')!);
    const people = namesSheet.filter((r) => typeof r[0] === 'number');
    expect(people.length).toBe(view.names.length);
    expect(people.map((r) => [r[1], r[2], r[5], r[11] ?? ''])).toEqual(view.names.map((n) => [n.community, n.name, n.idNumber, n.toCheck ? '待核对' : '']));
  });

  it('光荣在党50年: full ID numbers only when the community ticked 包含完整身份证号', async () => {
    const { writePackage } = await import('../../../excel/package/write');
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { tempDir } = await import('../../support/testLedger');
    const dir = tempDir('dangwu-pkg-');
    const file = await writePackage(communities[0].ledger, dir, { year: YEAR, quarter: null }, TODAY, { appVersion: 'test', fullIdNumbers: true });
    const s = await importedStreet([{ fileName: file.fileName, bytes: readFileSync(path.join(dir, file.fileName)) }]);
    const view = await s.call('street.honor', { year: YEAR });
    expect(view.names.length).toBeGreaterThan(0);
    expect(view.names.every((n) => n.idNumber !== null && /^\d{17}[\dX]$/.test(n.idNumber))).toBe(true);
  });

  it('慰问: 人次 and 金额 by occasion equal each community’s own visits of the year; 合计 their sum', async () => {
    const s = await importedStreet();
    const view = await s.call('street.care', { year: YEAR });
    const { at } = await streetSheet(s, 'care');
    const own: number[][] = [];
    for (const c of communities) {
      const page = await c.router.call('care.visits', { year: YEAR, memberId: null });
      const live = page.rows.filter((r) => r.voidedAt === null);
      const figures = [
        ...CARE_OCCASIONS.flatMap((o) => {
          const of = live.filter((r) => r.occasion === o);
          return [of.length, of.reduce((a, r) => a + r.moneyFen, 0)];
        }),
        page.count,
        page.totalFen,
      ];
      own.push(figures);
      // Money cells are 元: 分 ÷ 100.
      const cells = figures.map((v, i) => (i % 2 === 1 ? v / 100 : v));
      expect(at(c.name).slice(2, 2 + cells.length)).toEqual(cells);
    }
    expect(own.map((f) => f[5])).toEqual([12345, 24690, 37035]);
    const sum = sumOf(own);
    expect(at('合计').slice(2, 2 + sum.length)).toEqual(sum.map((v, i) => (i % 2 === 1 ? v / 100 : v)));
    expect(view.total.moneyFen).toBe(sum[sum.length - 1]);
  });

  it('失联: count and each stage per community, as its own 失联 list of the day shows them', async () => {
    const s = await importedStreet();
    const view = await s.call('street.lost', { year: YEAR });
    const { at, wb } = await streetSheet(s, 'lost');
    const own: number[][] = [];
    for (const c of communities) {
      const page = await c.router.call('care.lost', { asOf: TODAY, includeFound: false });
      const figures = [page.rows.length, ...LOST_STAGES.map((st) => page.rows.filter((r) => r.stage === st).length)];
      own.push(figures);
      expect(at(c.name).slice(2, 2 + figures.length)).toEqual(figures);
      expect(view.names.filter((n) => n.community === c.name).map((n) => [n.name, n.stage])).toEqual(page.rows.map((r) => [r.name, r.stage]));
    }
    expect(at('合计').slice(2, 2 + own[0].length)).toEqual(sumOf(own));
    const names = sheetRows(wb.getWorksheet('失联名单')!).filter((r) => typeof r[0] === 'number');
    expect(names.map((r) => [r[1], r[2], r[7]])).toEqual(view.names.map((n) => [n.community, n.name, n.stage]));
  });

  it('流动党员: 流出 and 流入 by 流向, derived from the place against the community’s own 省 and 市', async () => {
    const s = await importedStreet();
    const view = await s.call('street.flows', { year: YEAR });
    const { at } = await streetSheet(s, 'flows');
    const own: number[][] = [];
    for (const c of communities) {
      const outs = (await c.router.call('care.flows', { asOf: TODAY, includeEnded: false, memberId: null })).rows;
      const ins = await c.router.call('care.flowIns', { asOf: TODAY, includeEnded: false });
      const home = flowHome(c.ledger);
      const by = (places: string[]) => FLOW_DIRECTIONS.map((d) => places.filter((p) => flowDirection(p, home) === d).length);
      const figures = [outs.length, ...by(outs.map((o) => o.place)), ins.length, ...by(ins.map((i) => i.fromPlace))];
      own.push(figures);
      expect(at(c.name).slice(2, 2 + figures.length)).toEqual(figures);
    }
    // The seed's 流出 go to 广东省深圳市 and 浙江省杭州市, its 流入 comes from 河南省周口市.
    expect(own[0]).toEqual([2, 0, 0, 0, 2, 1, 0, 0, 0, 1]);
    expect(own[1]).toEqual([2, 1, 0, 1, 0, 1, 0, 0, 1, 0]);
    expect(own[2]).toEqual([2, 1, 0, 1, 0, 1, 0, 0, 1, 0]);
    expect(at('合计').slice(2, 12)).toEqual(sumOf(own));
    expect(view.names.filter((n) => n.kind === '流入').length).toBe(3);
  });

  it('换届: the organisations due within six months of the 截至日期, as the community’s 首页 reminds them', async () => {
    const s = await importedStreet();
    const view = await s.call('street.terms', { year: YEAR });
    const { at } = await streetSheet(s, 'terms');
    const own: number[][] = [];
    for (const c of communities) {
      const terms = homeReminders(c.ledger, TODAY).terms;
      own.push([terms.length, terms.filter((t) => t.daysLeft < 0).length]);
      expect(at(c.name).slice(2, 4)).toEqual(own[own.length - 1]);
      expect(view.names.filter((n) => n.community === c.name).map((n) => [n.orgName, n.termEndsOn])).toEqual(terms.map((t) => [t.name, t.termEndsOn]));
    }
    expect(own.some((f) => f[0] > 0)).toBe(true);
    expect(at('合计').slice(2, 4)).toEqual(sumOf(own));
  });

  it('a package of an older version (no registers) shows 该包无此项, blank figures, and stays out of the 合计', async () => {
    const older = await rewritePackage(packages[1].bytes, { data: (d) => delete d.registers });
    const s = await importedStreet([packages[0], { fileName: packages[1].fileName, bytes: older }, packages[2]]);
    const view = await s.call('street.honor', { year: YEAR });
    expect(view.rows.map((r) => r.absent)).toEqual([false, true, false]);
    expect(view.total.toCheck).toBe(1 + 3);
    expect(view.names.some((n) => n.community === '和平社区')).toBe(false);
    for (const register of ['honor', 'care', 'lost', 'flows', 'terms'] as const) {
      const { rows, at } = await streetSheet(s, register);
      const row = at('和平社区');
      const noteAt = rows[0].length - 2;
      expect(row.slice(2, noteAt).every((v) => v === null || v === undefined)).toBe(true);
      expect(row[noteAt]).toBe('该包无此项');
      expect(at('合计')[noteAt] ?? '').toBe('');
      expect(rows.some((r) => typeof r[0] === 'string' && r[0].includes('该包无此项'))).toBe(true);
    }
    const care = await s.call('street.care', { year: YEAR });
    expect(care.total.occasions.find((o) => o.occasion === '重阳')!.moneyFen).toBe(12345 + 37035);
  });

  it('a quarter’s package: 慰问 of that quarter only, the 光荣在党50年 名单 of its year (spring, to order medals)', async () => {
    const q1 = [];
    for (const c of communities) q1.push(await packageOf(c, { year: YEAR, quarter: 1 }));
    const s = await importedStreet(q1);
    const care = await s.call('street.care', { year: YEAR, quarter: 1 });
    const honor = await s.call('street.honor', { year: YEAR, quarter: 1 });
    // Only quarter packages came in: the year's form has no community to show.
    await expect(s.workbook('street.exportRegister', { register: 'care', year: YEAR })).rejects.toThrow(
      '2026年还没有社区报送上报包，无法导出关怀慰问情况汇总表',
    );
    const wb = await s.workbook('street.exportRegister', { register: 'care', year: YEAR, quarter: 1 });
    const rows = sheetRows(wb.worksheets[0]);
    for (const [i, c] of communities.entries()) {
      const page = await c.router.call('care.visits', { year: YEAR, memberId: null });
      const inQ1 = page.rows.filter((r) => r.voidedAt === null && r.visitedOn <= `${YEAR}-03-31`);
      const row = care.rows[i];
      expect(row.occasions.map((o) => [o.occasion, o.visits, o.moneyFen])).toEqual(
        CARE_OCCASIONS.map((o) => [o, inQ1.filter((r) => r.occasion === o).length, inQ1.filter((r) => r.occasion === o).reduce((a, r) => a + r.moneyFen, 0)]),
      );
      expect(rows.find((r) => r[1] === c.name)!.slice(12, 14)).toEqual([inQ1.length, inQ1.reduce((a, r) => a + r.moneyFen, 0) / 100]);
      const page50 = await c.router.call('care.honor50', { year: YEAR });
      expect([honor.rows[i].listed, honor.rows[i].toCheck]).toEqual([page50.total, page50.toCheck.length]);
    }
    // The 重阳 visits of October are not the first quarter's.
    expect(care.total.occasions.find((o) => o.occasion === '重阳')!.visits).toBe(0);
    expect(care.total.occasions.find((o) => o.occasion === '春节')!.visits).toBe(9);
  });

  it('a replacement lists the registers’ figures it changes, before → after', async () => {
    const s = await importedStreet([packages[0]]);
    const c = communities[0];
    const member = c.ledger.prepare("SELECT id FROM members WHERE left_on IS NULL AND category = '正式党员' ORDER BY id DESC LIMIT 1").get() as { id: number };
    const before = (await c.router.call('care.lost', { asOf: TODAY, includeFound: false })).rows.length;
    await c.router.call('care.saveLost', { id: null, memberId: member.id, lostOn: '2026-10-01', searchMade: '电话停机', foundOn: null, note: null });
    const again = await packageOf(c);
    const preview = await s.call('street.previewPackages', {
      files: await s.upload([again]),
    });
    expect(preview.files[0].replaces!.changes).toContainEqual({ label: '失联党员', before: String(before), after: String(before + 1) });
  });
});
