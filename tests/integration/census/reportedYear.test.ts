// A reported year does not move: the 2025 上报包 made on 2026-01-10 keeps 2025's 党内统计. A death
// registered on 2026-02-03 but dated 2025-12-10 leaves 2025 as reported (the difference listed with
// the person and the record), and 2026's 年初 is the reported 年末 with the death as its 实有数与应有数之差,
// explained by a reason the user types (stored and logged). Closing a year records it the same way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CensusReport } from '../../../api/schemas/census';
import { censusReport } from '../../../db/census/report';
import { recordReported } from '../../../db/census/record';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember } from '../../../db/members/write';
import { saveSettings, getSettings } from '../../../db/settings';
import { closeYear } from '../../../db/yearClosing';
import { writePackage } from '../../../excel/package/write';
import { basicTree, memberInput, memoryLedger, routerFor, tempDir } from '../../support/testLedger';

const figures = (report: CensusReport, table: string) => Object.fromEntries(report.tables.find((t) => t.key === table)!.rows.map((r) => [r.key, r.value]));

function community() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  saveSettings(ledger, { ...getSettings(ledger), communityName: '幸福里社区', streetName: '和平街道', operator: '王芳' });
  const ids = ['甲', '乙', '丙', '丁'].map((name) => createMember(ledger, memberInput(tree.branchA.id, { name }), null, '2025-06-01').id);
  return { ledger, tree, ids };
}

describe('a reported year does not move', () => {
  it('a death registered in February dated in December after the package: 2025 stays as reported, 2026 shows it as 差 with the reason', async () => {
    const { ledger, ids } = community();
    await writePackage(ledger, tempDir('dangwu-pkg-'), { year: 2025, quarter: null }, '2026-01-10', { appVersion: 'test', fullIdNumbers: false });
    expect(ledger.sqlite.prepare('SELECT year, as_of AS asOf, source, operator FROM census_reports').all()).toEqual([
      { year: 2025, asOf: '2025-12-31', source: '上报包', operator: '王芳' },
    ]);

    changeMemberStatus(
      ledger,
      ids[1]!,
      { change: '死亡', occurredOn: '2025-12-10', place: null, letterNo: null, reason: null, extendedTo: null },
      '2026-02-03',
    );
    const y2025 = censusReport(ledger, 2025, '2026-02-03');
    expect(figures(y2025, 'total').total).toBe(4);
    expect(y2025.identity).toMatchObject({ end: 4, holds: true });
    expect(y2025.reported).toMatchObject({ source: '上报包' });
    expect(y2025.reported!.changes).toEqual(
      expect.arrayContaining([
        { table: '党员总数', key: 'total/total', label: '年末党员总数', reported: 4, now: 3 },
        { table: '党员增减变化', key: 'changes/out:death', label: '死亡', reported: 0, now: 1 },
      ]),
    );
    expect(y2025.reported!.people).toEqual([
      { memberId: ids[1], name: '乙', reason: '上报时计入2025-12-31党员总数，现记录不计入（本年记录：2025-12-10 死亡（上报后录入））' },
    ]);

    // 2026: 年初 is the reported 4; the records now count 3 at 2025-12-31: 差 −1, named.
    const { router } = routerFor(ledger, '2026-02-03');
    const y2026 = censusReport(ledger, 2026, '2026-02-03');
    expect(y2026.identity).toMatchObject({ start: 4, added: 0, removed: 0, end: 3, holds: true });
    expect(y2026.identity.difference).toMatchObject({ value: -1, reason: null, people: [{ memberId: ids[1], name: '乙' }] });
    const wrong = await router.handle('census.explainDifference', { year: 2026, difference: -2, reason: '补录' });
    expect(wrong.ok || wrong.error.message).toBe('实有数与应有数之差已变为-1，请刷新后再填写原因');
    const done = await router.handle('census.explainDifference', { year: 2026, difference: -1, reason: '乙于2025-12-10去世，2026年2月家属告知后补录' });
    if (!done.ok) throw new Error(done.error.message);
    expect((done.value as CensusReport).identity.difference!.reason).toBe('乙于2025-12-10去世，2026年2月家属告知后补录');
    expect(ledger.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE call = 'census.explainDifference'").get()).toEqual({ n: 1 });

    // A second package of 2025 keeps the first record and carries the reported figures.
    await writePackage(ledger, tempDir('dangwu-pkg-'), { year: 2025, quarter: null }, '2026-02-04', { appVersion: 'test', fullIdNumbers: false });
    expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM census_reports').get()).toEqual({ n: 1 });
  });

  it('a package that could not be written leaves the year unreported', async () => {
    const { ledger } = community();
    // The exports folder is a file: the .zip cannot be written there.
    const blocked = path.join(tempDir('dangwu-pkg-'), 'exports');
    fs.writeFileSync(blocked, '');
    await expect(writePackage(ledger, blocked, { year: 2025, quarter: null }, '2026-01-10', { appVersion: 'test', fullIdNumbers: false })).rejects.toThrow();
    expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM census_reports').get()).toEqual({ n: 0 });
    await writePackage(ledger, tempDir('dangwu-pkg-'), { year: 2025, quarter: null }, '2026-01-11', { appVersion: 'test', fullIdNumbers: false });
    expect(ledger.sqlite.prepare('SELECT year, source FROM census_reports').all()).toEqual([{ year: 2025, source: '上报包' }]);
  });

  it('a package made before 12-31 is not the year’s report; closing the year is', async () => {
    const { ledger } = community();
    await writePackage(ledger, tempDir('dangwu-pkg-'), { year: 2025, quarter: null }, '2025-11-20', { appVersion: 'test', fullIdNumbers: false });
    expect(recordReported(ledger, 2025, '上报包', '2025-12-30', null)).toBe(false);
    expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM census_reports').get()).toEqual({ n: 0 });
    await closeYear(ledger, { year: 2025, operator: '王芳' }, null, '2026-01-05');
    expect(ledger.sqlite.prepare('SELECT year, source FROM census_reports').all()).toEqual([{ year: 2025, source: '封账' }]);
    expect(censusReport(ledger, 2025, '2026-01-05').reported).toMatchObject({ source: '封账', changes: [], people: [] });
  });
});
