// Migration 0013 re-keys 首页's census index on 转正日期 (党龄 counts from it) and gives
// organisations 本届选举日期 and 任期: a file at the previous version, with organisations and
// members in it, opens with its rows intact, the new columns empty (届满日期 kept as typed),
// and 首页 banding 党龄 by 转正.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeFigures } from '../../../db/homeFigures';
import { openLedger } from '../../../db/open';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2026-01-01T00:00:00.000Z';

describe('migration 0013: census by 转正日期, organisation terms', () => {
  it('upgrades a file of the previous version with its organisations and members intact', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0013_census_full_member_org_terms') });
    const org = (name: string, kind: string, parentId: number | null, termEndsOn: string | null) =>
      Number(
        old.sqlite
          .prepare('INSERT INTO orgs (name, kind, parent_id, term_ends_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(name, kind, parentId, termEndsOn, AT, AT).lastInsertRowid,
      );
    const root = org('幸福里社区党委', '党委', null, '2028-06-30');
    const branch = org('第一网格党支部', '党支部', root, null);
    const member = (name: string, joinedOn: string, fullMemberOn: string | null, category: string) =>
      old.sqlite
        .prepare(
          `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, created_at, updated_at)
           VALUES (?, '女', '1960-05-01', ?, ?, ?, ?, '直管', ?, ?, ?)`,
        )
        .run(name, `ID-${name}`, joinedOn, fullMemberOn, category, branch, AT, AT);
    // 入党 in 2016 and 转正 in 2017: on 2026-12-02 that is 9 full years of 党龄, not 10.
    member('钱九年', '2016-03-01', '2017-03-01', '正式党员');
    member('孙预备', '2026-03-01', null, '预备党员');
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(
        ledger.sqlite.prepare('SELECT name, kind, term_ends_on AS termEndsOn, elected_on AS electedOn, term_years AS termYears FROM orgs ORDER BY id').all(),
      ).toEqual([
        { name: '幸福里社区党委', kind: '党委', termEndsOn: '2028-06-30', electedOn: null, termYears: null },
        { name: '第一网格党支部', kind: '党支部', termEndsOn: null, electedOn: null, termYears: null },
      ]);
      expect(ledger.sqlite.prepare('SELECT name, joined_on AS joinedOn, full_member_on AS fullMemberOn FROM members ORDER BY id').all()).toEqual([
        { name: '钱九年', joinedOn: '2016-03-01', fullMemberOn: '2017-03-01' },
        { name: '孙预备', joinedOn: '2026-03-01', fullMemberOn: null },
      ]);
      const censusColumns = (ledger.sqlite.prepare("SELECT name FROM pragma_index_info('members_census_idx') ORDER BY seqno").all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(censusColumns).toEqual(['left_on', 'community_class', 'birth_date', 'full_member_on']);

      const figures = homeFigures(ledger, '2026-12-02');
      expect(figures.members).toBe(2);
      // The 预备党员 has no 党龄 and sits in no band; the other is banded by 转正 (9 years).
      const banded = figures.byPartyYears.reduce((sum, b) => sum + b.count, 0);
      expect(banded).toBe(1);
      expect(figures.byPartyYears.filter((b) => b.count > 0)).toEqual([{ label: '5—10年', count: 1 }]);
    } finally {
      ledger.close();
    }
  });
});
