// Migration flow_direction adds 流向 to 流出 records: a ledger at the previous version with a 流出
// keeps it as it was (流向 empty), the 党内统计 counts it under 流向未注明, and editing it records one.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowOutInput } from '../../../api/schemas/care';
import { listFlows, saveFlowOut } from '../../../db/care/flows';
import { censusReport } from '../../../db/census/report';
import { createMember } from '../../../db/members/write';
import { openLedger } from '../../../db/open';
import { basicTree, memberInput, tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const TODAY = '2026-11-24';
const AT = '2026-03-01T04:00:00.000Z';

describe('migration flow_direction', () => {
  it('keeps an older 流出 with no 流向, counted under 流向未注明 until it is given', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0025_flow_direction') });
    const tree = basicTree(old);
    const id = createMember(old, memberInput(tree.branchA.id, { name: '外出' }), null, TODAY).id;
    old.sqlite
      .prepare(
        `INSERT INTO flow_outs (member_id, left_on, place, unit, joins_life_there, created_at, updated_at) VALUES (?, '2026-02-01', '广东省深圳市', '某公司', 0, ?, ?)`,
      )
      .run(id, AT, AT);
    const before = old.sqlite.prepare('SELECT * FROM flow_outs').all();
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT * FROM flow_outs').all()).toEqual((before as object[]).map((r) => ({ ...r, direction: null })));
      const figures = () =>
        Object.fromEntries(
          censusReport(ledger, 2026, TODAY)
            .tables.find((t) => t.key === 'flowDirection')!
            .rows.map((r) => [r.key, r.value]),
        );
      expect(figures()).toEqual({ 'direction:市内': 0, 'direction:省内': 0, 'direction:省外': 0, 'direction:unknown': 1 });
      const row = listFlows(ledger, { asOf: TODAY, includeEnded: false, memberId: null }).rows[0]!;
      expect(row.direction).toBeNull();
      saveFlowOut(ledger, flowOutInput.parse({ ...row, direction: '省外' }), TODAY);
      expect(figures()).toEqual({ 'direction:市内': 0, 'direction:省内': 0, 'direction:省外': 1, 'direction:unknown': 0 });
      expect(ledger.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      ledger.close();
    }
  });
});
