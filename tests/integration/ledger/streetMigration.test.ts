// Migration 0019 adds 街道 mode's tables: a community ledger at the previous version, with its
// organisations, members and settings, opens as the community it was — the same rows, kind 社区
// (never asked, so 首页 may ask once), no communities or packages — and refuses to become a street.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../db/open';
import { getSettings } from '../../../db/settings';
import { listCommunities } from '../../../db/street/communities';
import { ledgerKindInfo, setLedgerKind } from '../../../db/street/kind';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2024-03-15T04:00:00.000Z';

describe('migration 0019: 街道 mode', () => {
  it('keeps a community ledger a community, with everything it held', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0019_street') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    old.sqlite
      .prepare(
        `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, created_at, updated_at)
         VALUES ('张三', '男', '1970-01-01', 'ID-1', '2000-07-01', '2001-07-01', '正式党员', '直管', ?, ?, ?)`,
      )
      .run(branch, AT, AT);
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('communityName', '幸福里社区'), ('streetName', '和平街道')").run();
    const before = {
      orgs: old.sqlite.prepare('SELECT * FROM orgs').all(),
      members: old.sqlite.prepare('SELECT * FROM members').all(),
    };
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT * FROM orgs').all()).toEqual(before.orgs);
      expect(ledger.sqlite.prepare('SELECT * FROM members').all()).toEqual(before.members);
      expect(getSettings(ledger)).toMatchObject({ communityName: '幸福里社区', streetName: '和平街道' });
      expect(ledgerKindInfo(ledger)).toEqual({ kind: '社区', canChange: false, chosen: false, streetName: '和平街道' });
      expect(listCommunities(ledger)).toEqual([]);
      expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM street_packages').get()).toEqual({ n: 0 });
      expect(() => setLedgerKind(ledger, '街道')).toThrow('不能改为街道台账');
      expect(ledger.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      ledger.close();
    }
  });
});
