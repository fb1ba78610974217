// A 上报包 read back by the street's verifier carries exactly what the community wrote, and its
// figures are the community's own forms' figures (the rows its 三会一课 and 党费 forms print).
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageData as dataSchema, packageManifest, PACKAGE_FORMAT, PACKAGE_KIND } from '../../../api/schemas/reportPackage';
import { censusReport } from '../../../db/census/report';
import { complianceMatrix } from '../../../db/meetings/compliance';
import { rosterAsOf } from '../../../db/members/asOf';
import type { Ledger } from '../../../db/open';
import { yearStandings } from '../../../db/points/views';
import { putSettings } from '../../../db/settings';
import { duesStatsData } from '../../../excel/duesStatsData';
import { ratesFor } from '../../../excel/exportMeetings';
import { statsRows } from '../../../excel/forms/meetingStats';
import { packageData } from '../../../excel/package/data';
import { verifyPackage } from '../../../excel/package/verify';
import { writePackage } from '../../../excel/package/write';
import { memoryLedger, tempDir } from '../../support/testLedger';
import { makePackage, rejected, seededCommunity, TODAY } from './support';
import { readWorkbook } from '../../support/readBack';

const ID = /^\d{17}[\dX]$/;
const MASKED = /^\d{6}\*{8}\d{3}[\dX]$/;

/** Every text cell of every sheet of a workbook inside the package. */
async function texts(bytes: Buffer, name: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await readWorkbook(await zip.files[name]!.async('uint8array'));
  const out: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value ?? '')))));
  return out;
}

describe('上报包 round trip', () => {
  let ledger: Ledger;
  beforeAll(() => {
    ledger = seededCommunity();
  });

  it('gives back the data and manifest it was written with, both valid', async () => {
    const { bytes, fileName } = await makePackage(ledger, { year: 2026, quarter: null });
    expect(fileName).toBe('幸福里社区2026年上报包.zip');
    const { manifest, data } = await verifyPackage(bytes, fileName);
    expect(packageManifest.parse(manifest)).toEqual(manifest);
    expect(dataSchema.parse(data)).toEqual(data);
    expect(data).toEqual(packageData(ledger, { year: 2026, quarter: null }, TODAY, { fullIdNumbers: false }));
    expect(manifest).toMatchObject({
      kind: PACKAGE_KIND,
      format: PACKAGE_FORMAT,
      appVersion: '1.0.0-test',
      community: '幸福里社区',
      street: '和平街道',
      period: { year: 2026, quarter: null },
      fullIdNumbers: false,
    });
    expect(manifest.files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'data.json',
        '报表/党员花名册.xlsx',
        '报表/三会一课开展情况统计表.xlsx',
        '报表/党费收缴情况统计表.xlsx',
        '报表/积分汇总表.xlsx',
        '报表/双报到活动台账.xlsx',
        '报表/党内统计年报.xlsx',
      ]),
    );
    // Figures as of today while the year runs; 积分 and 民主评议 travel in a year's package.
    expect(data.asOf).toBe(TODAY);
    // Counted as the 党内统计 counts (停止党籍 apart): the roster is the two together.
    expect(data.members.total + data.members.suspended).toBe(rosterAsOf(ledger, { asOf: TODAY, branchId: null }).length);
    expect(data.members.total).toBeGreaterThan(0);
    expect(data.members.branches.reduce((s, b) => s + b.total, 0)).toBe(data.members.total);
    expect(data.points!.length).toBe(yearStandings(ledger, 2026).rows.length);
    expect(data.appraisal).not.toBeNull();
    // 党内统计 travels in the year's package: the community's own report, the one its 年报 prints.
    expect(data.census).toEqual(censusReport(ledger, 2026, TODAY));
    expect(data.census!.tables.length).toBeGreaterThan(0);
    expect(data.dual.activities).toBeGreaterThan(0);
  });

  it('makes a quarter’s package as of the quarter’s last day, without the yearly parts', async () => {
    const { bytes, fileName } = await makePackage(ledger, { year: 2026, quarter: 2 });
    expect(fileName).toBe('幸福里社区2026年第二季度上报包.zip');
    const { data } = await verifyPackage(bytes, fileName);
    expect(data.asOf).toBe('2026-06-30');
    expect(data.points).toBeNull();
    expect(data.appraisal).toBeNull();
    expect(data.census).toBeNull();
    expect(data.members.total).toBe(rosterAsOf(ledger, { asOf: '2026-06-30', branchId: null }).length);
  });

  it('carries the rows of the community’s 三会一课开展情况统计表, with the rates behind 平均出勤率', async () => {
    for (const [quarter, scope] of [
      [null, 'year'],
      [3, 'Q3'],
    ] as const) {
      const data = packageData(ledger, { year: 2026, quarter }, TODAY, { fullIdNumbers: false });
      const form = statsRows(complianceMatrix(ledger, 2026, TODAY), scope, ratesFor(ledger, 2026, scope));
      expect(data.meetings).toEqual(form.map(({ avgRate: _a, ...row }) => row));
      data.meetings.forEach((row, i) => {
        if (form[i]!.avgRate === null) expect(row.rateCount).toBe(0);
        else expect(row.rateSum / row.rateCount).toBeCloseTo(form[i]!.avgRate!, 12);
      });
      expect(data.meetings.some((r) => r.rateCount > 0)).toBe(true);
    }
  });

  it('carries the lines of the community’s 党费收缴情况统计表 for the year and for a quarter', () => {
    const strip = ({ period: _p, balanceFen: _b, ...line }: ReturnType<typeof duesStatsData>['lines'][number]) => line;
    const year = packageData(ledger, { year: 2026, quarter: null }, TODAY, { fullIdNumbers: false });
    expect(year.dues).toEqual(duesStatsData(ledger, 2026, '年', TODAY).lines.map(strip));
    expect(year.dues.some((l) => l.paidFen > 0)).toBe(true);
    const q1 = packageData(ledger, { year: 2026, quarter: 1 }, TODAY, { fullIdNumbers: false });
    expect(q1.dues).toEqual(
      duesStatsData(ledger, 2026, '季', TODAY)
        .lines.filter((l) => l.period === '第一季度')
        .map(strip),
    );
  });

  it('masks 身份证号 unless 包含完整身份证号 is ticked', async () => {
    const masked = await makePackage(ledger, { year: 2026, quarter: null });
    const m = await verifyPackage(masked.bytes, masked.fileName);
    expect(m.manifest.fullIdNumbers).toBe(false);
    const ids = m.data.points!.map((p) => p.idNumber).filter((id) => id !== null);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(MASKED);
    const rosterTexts = await texts(masked.bytes, '报表/党员花名册.xlsx');
    expect(rosterTexts.some((t) => MASKED.test(t))).toBe(true);
    expect(rosterTexts.some((t) => ID.test(t))).toBe(false);
    for (const name of m.manifest.files.map((f) => f.name).filter((n) => n.endsWith('.xlsx')))
      expect((await texts(masked.bytes, name)).some((t) => ID.test(t))).toBe(false);

    const full = await makePackage(ledger, { year: 2026, quarter: null }, true);
    const f = await verifyPackage(full.bytes, full.fileName);
    expect(f.manifest.fullIdNumbers).toBe(true);
    for (const p of f.data.points!) if (p.idNumber !== null) expect(p.idNumber).toMatch(ID);
    expect((await texts(full.bytes, '报表/党员花名册.xlsx')).some((t) => ID.test(t))).toBe(true);
  });

  it('is refused without 社区名称 or 所属街道, naming the setting', async () => {
    const empty = memoryLedger();
    expect((await rejected(writePackage(empty, tempDir(), { year: 2026, quarter: null }, TODAY, { fullIdNumbers: false, appVersion: 't' }))).message).toContain(
      '社区名称',
    );
    putSettings(empty, { communityName: '幸福里社区' });
    expect((await rejected(writePackage(empty, tempDir(), { year: 2026, quarter: null }, TODAY, { fullIdNumbers: false, appVersion: 't' }))).message).toContain(
      '所属街道',
    );
  });

  it('is refused for a period that has not begun', async () => {
    expect((await rejected(makePackage(ledger, { year: 2027, quarter: null }))).message).toContain('尚未开始');
  });
});
