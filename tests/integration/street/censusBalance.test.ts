// The street's 党内统计 汇总: for each community and the street, 年初 + 增加 − 减少 (± 差) = 年末 as the
// community reported it, and each community's 年初 checked against the 年末 of its previous year's
// package. 幸福里 reported 2025 on 2026-01-10 and registered a December death in February: its 2026
// 年初 is the reported 年末 (相符) with 差 −1. 和平 sent its 2025 package on 2025-11-20 and admitted
// someone in December: its 2026 年初 differs from the 年末 the street holds, and that is shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember } from '../../../db/members/write';
import { getSettings, saveSettings } from '../../../db/settings';
import { writePackage } from '../../../excel/package/write';
import { basicTree, memberInput, memoryLedger, tempDir } from '../../support/testLedger';
import { sheetRows, STREET, streetLedger } from './streetFixture';

function small(name: string, people: number) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  saveSettings(ledger, { ...getSettings(ledger), communityName: name, streetName: STREET, preparer: '王芳', reviewer: '刘明', phone: '010-12345678' });
  const ids = Array.from({ length: people }, (_, i) => createMember(ledger, memberInput(tree.branchA.id, { name: `${name}${i}` }), null, '2025-01-01').id);
  return { ledger, tree, ids };
}

async function pkg(ledger: ReturnType<typeof memoryLedger>, year: number, today: string) {
  const dir = tempDir('dangwu-pkg-');
  const file = await writePackage(ledger, dir, { year, quarter: null }, today, { appVersion: 'test', fullIdNumbers: false });
  return { fileName: file.fileName, bytes: readFileSync(path.join(dir, file.fileName)) };
}

describe('街道 党内统计: 年初 + 增 − 减 (± 差) = 年末, and 年初 against last year’s package', () => {
  it('shows each community’s balance and the street’s, and a 年初 that moved since the previous package', async () => {
    const a = small('幸福里社区', 4);
    const a2025 = await pkg(a.ledger, 2025, '2026-01-10');
    changeMemberStatus(
      a.ledger,
      a.ids[1]!,
      { change: '死亡', occurredOn: '2025-12-10', place: null, letterNo: null, reason: null, extendedTo: null },
      '2026-02-03',
    );
    const a2026 = await pkg(a.ledger, 2026, '2026-11-24');

    const b = small('和平社区', 3);
    const b2025 = await pkg(b.ledger, 2025, '2025-11-20');
    createMember(
      b.ledger,
      memberInput(b.tree.branchA.id, {
        name: '新发展',
        idNumber: '110101199001011234',
        birthDate: '1990-01-01',
        joinedOn: '2025-12-15',
        fullMemberOn: null,
        category: '预备党员',
      }),
      null,
      '2025-12-20',
    );
    const b2026 = await pkg(b.ledger, 2026, '2026-11-24');

    const s = streetLedger();
    await s.call('street.importPackages', { files: await s.upload([a2025, b2025, a2026, b2026]) });
    const view = await s.call('street.census', { year: 2026 });
    const row = (name: string) => view.rows.find((r) => r.community === name)!.balance;
    expect(row('幸福里社区')).toEqual({ start: 4, added: 0, removed: 0, difference: -1, end: 3, holds: true, previousEnd: 4, startMatches: true });
    expect(row('和平社区')).toEqual({ start: 4, added: 0, removed: 0, difference: 0, end: 4, holds: true, previousEnd: 3, startMatches: false });
    expect(view.balanceTotal).toEqual({ start: 8, added: 0, removed: 0, difference: -1, end: 7, holds: true, previousEnd: 7, startMatches: false });

    const wb = await s.workbook('street.exportForm', { measure: 'census', year: 2026 });
    const sheet = wb.getWorksheet('平衡关系核对')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '社区',
      '年初',
      '本年增加',
      '本年减少',
      '实有数与\n应有数之差',
      '年末',
      '核对',
      '上年上报\n年末',
      '年初与上年年末',
      '截至日期',
    ]);
    const asOf = (name: string) => view.rows.find((r) => r.community === name)!.asOf;
    expect(sheetRows(sheet).slice(0, 3)).toEqual([
      [1, '幸福里社区', 4, 0, 0, -1, 3, '平衡', 4, '相符', asOf('幸福里社区')],
      [2, '和平社区', 4, 0, 0, 0, 4, '平衡', 3, '不相符（上年年末3，相差1）', asOf('和平社区')],
      [undefined, '合计', 8, 0, 0, -1, 7, '平衡', 7, '不相符（上年年末7，相差1）'],
    ]);
  }, 60_000);
});
