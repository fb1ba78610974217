// Migration 0015 adds the 党费 ledger: a file at the previous version, with a closed year and a
// member whose 党费交纳至 was typed by hand, opens with that member intact (the typed month stays
// as the opening position the dues ledger counts from), the six dues tables empty, and the
// closing and append-only triggers in force from the first write.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../db/open';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2026-01-01T00:00:00.000Z';

describe('migration 0015: the 党费 ledger', () => {
  it('upgrades a file of the previous version; typed 党费交纳至 kept, closed years guard dues, payments are append-only', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0015_dues') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    const member = Number(
      old.sqlite
        .prepare(
          `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, dues_paid_through,
             created_at, updated_at)
           VALUES ('赵交费', '女', '1960-05-01', 'ID-1', '2000-03-01', '2001-03-01', '正式党员', '直管', ?, '2026-06', ?, ?)`,
        )
        .run(branch, AT, AT).lastInsertRowid,
    );
    old.sqlite.prepare('INSERT INTO closed_years (year, closed_at) VALUES (2025, ?)').run(AT);
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT name, dues_paid_through AS opening FROM members').all()).toEqual([{ name: '赵交费', opening: '2026-06' }]);
      for (const table of ['dues_schemes', 'dues_bands', 'dues_bases', 'dues_payments', 'dues_payment_months', 'dues_handovers']) {
        expect(ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      }
      const pay = (paidOn: string, month: string) =>
        ledger.tx(() => {
          const id = Number(
            ledger.sqlite
              .prepare("INSERT INTO dues_payments (member_id, paid_on, amount_fen, method, created_at) VALUES (?, ?, 1500, '现金', ?)")
              .run(member, paidOn, AT).lastInsertRowid,
          );
          ledger.sqlite
            .prepare('INSERT INTO dues_payment_months (payment_id, month, member_id, org_id, amount_fen) VALUES (?, ?, ?, ?, 1500)')
            .run(id, month, member, branch);
          return id;
        });
      // 补交 of a month in the closed year is refused, and leaves no payment behind.
      expect(() => pay('2026-02-01', '2025-12')).toThrow(/YEAR_CLOSED/);
      expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM dues_payments').get()).toEqual({ n: 0 });
      const id = pay('2026-07-05', '2026-07');
      expect(() => ledger.sqlite.prepare('UPDATE dues_payments SET amount_fen = 1 WHERE id = ?').run(id)).toThrow(/APPEND_ONLY/);
      expect(() => ledger.sqlite.prepare('DELETE FROM dues_payment_months WHERE payment_id = ?').run(id)).toThrow(/APPEND_ONLY/);
      expect(() => ledger.sqlite.prepare("INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (2025, '分', ?, ?)").run(AT, AT)).toThrow(
        /YEAR_CLOSED/,
      );
      // A band carries a rate or a fixed amount, never both.
      ledger.sqlite.prepare("INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (2026, '分', ?, ?)").run(AT, AT);
      expect(() =>
        ledger.sqlite.prepare("INSERT INTO dues_bands (year, kind, up_to_fen, rate_bp, fixed_fen) VALUES (2026, '在职', 300000, 50, 20)").run(),
      ).toThrow(/CHECK/);
    } finally {
      ledger.close();
    }
  });
});
