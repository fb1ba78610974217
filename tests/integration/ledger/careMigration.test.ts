// Migration 0017 adds the care registers: a file at the previous version with the old member
// flags typed (流动去向, 失联日期, 党员中心户) opens with each turned into a record dated as
// described in docs/care.md, the member rows untouched, and the registers read through the calls.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../db/open';
import { listCenters } from '../../../db/care/centers';
import { listFlows } from '../../../db/care/flows';
import { listLost } from '../../../db/care/lost';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

// Noon UTC: the same calendar day in Asia/Shanghai and in UTC, whichever zone the test runs in.
const AT = '2024-03-15T04:00:00.000Z';

describe('migration 0017: the care registers', () => {
  it('turns the typed flags into records, so nothing typed is lost', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0018_care') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    const insert = old.sqlite.prepare(
      `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, building, flow_destination,
         lost_contact_on, is_center_household, left_on, left_reason, created_at, updated_at)
       VALUES (@name, '男', '1970-01-01', @idNumber, @joinedOn, @joinedOn, '正式党员', '直管', @branch, @building, @flow, @lost, @center, @leftOn, @leftReason,
         @at, @at)`,
    );
    const row = (name: string, extra: Record<string, unknown>) =>
      Number(
        insert.run({
          name,
          idNumber: `ID-${name}`,
          joinedOn: '2000-07-01',
          branch,
          building: null,
          flow: null,
          lost: null,
          center: 0,
          leftOn: null,
          leftReason: null,
          at: AT,
          ...extra,
        }).lastInsertRowid,
      );
    const flow = row('外出甲', { flow: ' 广东省深圳市 ' });
    const lateJoin = row('新党员乙', { flow: '浙江省杭州市', joinedOn: '2024-06-01' });
    const lost = row('失联丙', { lost: '2023-05-01' });
    const center = row('中心户丁', { center: 1, building: '3号楼' });
    const gone = row('转出戊', { center: 1, leftOn: '2025-01-01', leftReason: '转出' });
    row('平常己', { flow: '  ' });
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      const flows = listFlows(ledger, { asOf: '2026-01-01', includeEnded: true, memberId: null }).rows;
      // Dated the day the member was entered (2024-03-15), never before 入党.
      expect(flows.map((f) => [f.memberId, f.place, f.leftOn, f.returnedOn])).toEqual([
        [lateJoin, '浙江省杭州市', '2024-06-01', null],
        [flow, '广东省深圳市', '2024-03-15', null],
      ]);
      expect(flows[0]!.note).toContain('由旧版“流动去向”转入');
      // No 停止党籍 was recorded: however long ago, 自行脱党 is not due (it runs from that decision, 条例 第二十四条).
      expect(listLost(ledger, { asOf: '2026-01-01', includeFound: true }).rows.map((l) => [l.memberId, l.lostOn, l.stage])).toEqual([
        [lost, '2023-05-01', '可停止党籍'],
      ]);
      const centers = listCenters(ledger, { asOf: '2024-06-01', includeEnded: true }).rows;
      expect(centers.map((c) => [c.memberId, c.building, c.households, c.fromOn, c.toOn])).toEqual([
        [center, '3号楼', 0, '2024-03-15', null],
        [gone, '未填写', 0, '2024-03-15', '2025-01-01'],
      ]);
      // The member rows keep what was typed (they are the registers' cache from now on).
      expect(
        ledger.sqlite
          .prepare('SELECT flow_destination AS f, lost_contact_on AS l, is_center_household AS c FROM members WHERE id IN (?, ?, ?) ORDER BY id')
          .all(flow, lost, center),
      ).toEqual([
        { f: ' 广东省深圳市 ', l: null, c: 0 },
        { f: null, l: '2023-05-01', c: 0 },
        { f: null, l: null, c: 1 },
      ]);
      expect(ledger.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      ledger.close();
    }
  });
});
