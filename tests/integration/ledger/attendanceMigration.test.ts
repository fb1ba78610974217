// Migration 0016 gives attendance a column for the 上级党组织's consent to a 不计应到 at an
// election: a file at the previous version, with a meeting and its attendance, opens with every
// row intact and no consent recorded (none could have been before 不计应到 existed).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../db/open';
import { getMeeting } from '../../../db/meetings/read';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2026-01-01T00:00:00.000Z';

describe('migration 0016: consent to a 不计应到 at an election', () => {
  it('upgrades a file of the previous version with its attendance intact and no consent', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0016_attendance_higher_approved') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    const member = (name: string) =>
      Number(
        old.sqlite
          .prepare(
            `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, created_at, updated_at)
             VALUES (?, '女', '1960-05-01', ?, '2000-03-01', '2001-03-01', '正式党员', '直管', ?, ?, ?)`,
          )
          .run(name, `ID-${name}`, branch, AT, AT).lastInsertRowid,
      );
    const a = member('甲');
    const b = member('乙');
    const meeting = Number(
      old.sqlite.prepare("INSERT INTO meetings (org_id, held_on, created_at, updated_at) VALUES (?, '2026-03-10', ?, ?)").run(branch, AT, AT).lastInsertRowid,
    );
    old.sqlite.prepare("INSERT INTO meeting_types (meeting_id, type) VALUES (?, '支部党员大会')").run(meeting);
    old.sqlite
      .prepare("INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (?, ?, '出席', NULL), (?, ?, '请假', '出差')")
      .run(meeting, a, meeting, b);
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(
        ledger.sqlite.prepare('SELECT member_id AS memberId, status, reason, higher_approved AS approved FROM attendance ORDER BY member_id').all(),
      ).toEqual([
        { memberId: a, status: '出席', reason: null, approved: 0 },
        { memberId: b, status: '请假', reason: '出差', approved: 0 },
      ]);
      const detail = getMeeting(ledger, meeting);
      expect(detail.attendance.map((r) => [r.name, r.status, r.reason, r.approvedByHigher])).toEqual([
        ['甲', '出席', null, false],
        ['乙', '请假', '出差', false],
      ]);
    } finally {
      ledger.close();
    }
  });
});
