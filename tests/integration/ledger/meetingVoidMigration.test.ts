// Migration 0020 (meeting_void) adds 作废 to meeting records: a ledger of the previous version
// with meetings and their attendance opens with every record live and counted as before, and a
// record can then be voided (kept, not deleted).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMeeting, listMeetings } from '../../../db/meetings/read';
import { voidMeeting } from '../../../db/meetings/write';
import { openLedger } from '../../../db/open';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2026-03-15T04:00:00.000Z';

describe('migration 0020: 作废 meeting records', () => {
  it('keeps every meeting of the previous version live, with its attendance', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0022_meeting_void') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    const member = Number(
      old.sqlite
        .prepare(
          `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, created_at, updated_at)
           VALUES ('张三', '男', '1970-01-01', 'ID-1', '2000-07-01', '2001-07-01', '正式党员', '直管', ?, ?, ?)`,
        )
        .run(branch, AT, AT).lastInsertRowid,
    );
    const meeting = Number(
      old.sqlite.prepare("INSERT INTO meetings (org_id, held_on, place, created_at, updated_at) VALUES (?, '2026-03-10', '活动室', ?, ?)").run(branch, AT, AT)
        .lastInsertRowid,
    );
    old.sqlite.prepare("INSERT INTO meeting_types (meeting_id, type) VALUES (?, '主题党日')").run(meeting);
    old.sqlite.prepare("INSERT INTO attendance (meeting_id, member_id, status) VALUES (?, ?, '出席')").run(meeting, member);
    const before = old.sqlite.prepare('SELECT * FROM meetings').all();
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT * FROM meetings').all()).toEqual(before.map((m) => ({ ...(m as object), voided_at: null, void_reason: null })));
      expect(listMeetings(ledger, { year: 2026, orgId: null, type: null })).toEqual([
        expect.objectContaining({ id: meeting, types: ['主题党日'], expected: 1, present: 1, voidedAt: null, voidReason: null }),
      ]);
      voidMeeting(ledger, meeting, '重复录入');
      expect(getMeeting(ledger, meeting)).toMatchObject({ voidReason: '重复录入', attendance: [expect.objectContaining({ memberId: member })] });
      expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM meetings').get()).toEqual({ n: 1 });
    } finally {
      ledger.close();
    }
  });
});
