// Migration street_trust (issue 31) adds a community's identity (ledger id, 曾用名, 接入码, merged
// into), and a package's void, file, signature mark and merge origin. A street ledger of the
// previous version, with a community and a package in it, opens with the same rows and figures:
// the community has no identity yet (its next package gives it one), the package is live and
// 未签名, without a kept file (its forms cannot be opened), and its views read as before.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../db/open';
import { listCommunities } from '../../../db/street/communities';
import { listPackages } from '../../../db/street/packages';
import { streetMembers } from '../../../db/street/views';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2026-11-20 10:00:00';

describe('migration street_trust: identity, voids and kept files', () => {
  it('opens a street ledger of the previous version with its communities and packages as they were', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0020_street_trust') });
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('ledgerKind', '街道'), ('streetName', '和平街道')").run();
    const id = Number(
      old.sqlite.prepare("INSERT INTO street_communities (name, contact, created_at) VALUES ('幸福里社区', '赵六', ?)").run(AT).lastInsertRowid,
    );
    const data = {
      period: { year: 2026, quarter: null },
      asOf: '2026-11-20',
      members: { total: 12, full: 10, probationary: 2, female: 5, minority: 1, branches: [{ orgName: '第一支部', total: 12, full: 10, probationary: 2 }] },
      meetings: [],
      dual: { registered: 0, units: 0, activities: 0, participations: 0, hours: 0 },
      points: [],
      appraisal: [],
      dues: [],
      census: null,
    };
    const manifest = { community: '幸福里社区', street: '和平街道', createdAt: AT, appVersion: '1.0.0', fullIdNumbers: false };
    old.sqlite
      .prepare(
        "INSERT INTO street_packages (community_id, year, quarter, file_name, sha256, manifest, data, imported_at) VALUES (?, 2026, NULL, 'a.zip', ?, ?, ?, ?)",
      )
      .run(id, 'a'.repeat(64), JSON.stringify(manifest), JSON.stringify(data), AT);
    const before = old.sqlite.prepare('SELECT * FROM street_packages').all();
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(listCommunities(ledger)).toEqual([
        expect.objectContaining({ id, name: '幸福里社区', contact: '赵六', uid: null, formerNames: [], accessCode: null, mergedInto: null, packages: 1 }),
      ]);
      const after = ledger.sqlite.prepare('SELECT * FROM street_packages').all() as Record<string, unknown>[];
      expect(after.map((r) => ({ ...r, voided_at: undefined, void_reason: undefined, bytes: undefined, signed: undefined, moved_from: undefined }))).toEqual(
        (before as Record<string, unknown>[]).map((r) => ({
          ...r,
          voided_at: undefined,
          void_reason: undefined,
          bytes: undefined,
          signed: undefined,
          moved_from: undefined,
        })),
      );
      expect(listPackages(ledger, { communityId: null, withReplaced: true })).toEqual([
        expect.objectContaining({ community: '幸福里社区', voidedAt: null, signed: false, hasFile: false, asOf: '2026-11-20', early: true }),
      ]);
      expect(streetMembers(ledger, 2026, null).rows).toEqual([
        expect.objectContaining({ community: '幸福里社区', total: 12, asOf: '2026-11-20', early: true, signed: false }),
      ]);
      expect(ledger.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      ledger.close();
    }
  });
});
