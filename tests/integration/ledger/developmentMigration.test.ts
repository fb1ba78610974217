// Migration 0017 adds 发展党员: a file at the previous version, with members, a closed year and
// a meeting attachment, opens with all of it intact, the 25 steps of the 细则 seeded in order,
// the pipeline tables empty, and the 发展计划 of a closed year guarded from the first write.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_STEP_DEFAULTS } from '../../../api/development';
import { listSteps } from '../../../db/development/steps';
import { openLedger } from '../../../db/open';
import { migrationsBehindBy } from '../../support/olderMigrations';
import { makeId, tempDir } from '../../support/testLedger';

const AT = '2026-01-01T00:00:00.000Z';

describe('migration 0017: 发展党员', () => {
  it('upgrades a file of the previous version; steps seeded, people and plans start empty, closed years guard plans', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0017_development') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    old.sqlite
      .prepare(
        `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, created_at, updated_at)
         VALUES ('钱老党员', '男', '1950-05-01', ?, '1975-03-01', '1976-03-01', '正式党员', '直管', ?, ?, ?)`,
      )
      .run(makeId('1950-05-01'), branch, AT, AT);
    old.sqlite.prepare('INSERT INTO closed_years (year, closed_at) VALUES (2025, ?)').run(AT);
    expect(old.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'dev_steps'").get()).toEqual({ n: 0 });
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT name FROM members').all()).toEqual([{ name: '钱老党员' }]);
      const steps = listSteps(ledger);
      expect(steps).toHaveLength(25);
      expect(steps.map((s) => [s.code, s.stage, s.seq, s.name, s.kind])).toEqual(DEV_STEP_DEFAULTS.map((s) => [s.code, s.stage, s.seq, s.name, s.kind]));
      for (const table of ['dev_people', 'dev_records', 'dev_record_people', 'dev_votes', 'dev_plans', 'dev_attachments']) {
        expect(ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      }
      expect(() => ledger.sqlite.prepare('INSERT INTO dev_plans (year, org_id, quota, updated_at) VALUES (2025, NULL, 3, ?)').run(AT)).toThrow(/YEAR_CLOSED/);
      ledger.sqlite.prepare('INSERT INTO dev_plans (year, org_id, quota, updated_at) VALUES (2026, NULL, 3, ?)').run(AT);
      // One community quota a year, one per branch.
      expect(() => ledger.sqlite.prepare('INSERT INTO dev_plans (year, org_id, quota, updated_at) VALUES (2026, NULL, 4, ?)').run(AT)).toThrow(/UNIQUE/);
      ledger.sqlite.prepare('INSERT INTO dev_plans (year, org_id, quota, updated_at) VALUES (2026, ?, 1, ?)').run(branch, AT);
      expect(() => ledger.sqlite.prepare('INSERT INTO dev_plans (year, org_id, quota, updated_at) VALUES (2026, ?, 2, ?)').run(branch, AT)).toThrow(/UNIQUE/);
      // A voided record carries its reason; a vote cannot count more ballots than voters present.
      const person = Number(
        ledger.sqlite.prepare("INSERT INTO dev_people (name, gender, org_id, created_at, updated_at) VALUES ('孙申请', '女', ?, ?, ?)").run(branch, AT, AT)
          .lastInsertRowid,
      );
      expect(() =>
        ledger.sqlite
          .prepare("INSERT INTO dev_records (person_id, step_code, done_on, voided_at, created_at) VALUES (?, 'apply', '2026-01-01', ?, ?)")
          .run(person, AT, AT),
      ).toThrow(/CHECK/);
      expect(() =>
        ledger.sqlite.prepare("INSERT INTO dev_records (person_id, step_code, done_on, created_at) VALUES (?, 'nope', '2026-01-01', ?)").run(person, AT),
      ).toThrow(/FOREIGN KEY/);
      const record = Number(
        ledger.sqlite
          .prepare("INSERT INTO dev_records (person_id, step_code, done_on, created_at) VALUES (?, 'branchMeeting', '2026-01-01', ?)")
          .run(person, AT).lastInsertRowid,
      );
      expect(() =>
        ledger.sqlite
          .prepare('INSERT INTO dev_votes (record_id, due_full, due_voting, present_voting, in_favour, against, abstain) VALUES (?, 9, 9, 5, 4, 1, 1)')
          .run(record),
      ).toThrow(/CHECK/);
    } finally {
      ledger.close();
    }
  });
});
