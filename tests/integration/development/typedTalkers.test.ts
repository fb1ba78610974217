// A 谈话人 may be typed by name (the 上级党委's 组织员 is not on this roster); 培养联系人 and
// 入党介绍人 stay picked from the roster (they must be 正式党员 here, 细则).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../db/open';
import { personFile } from '../../../db/development/file';
import { migrationsBehindBy } from '../../support/olderMigrations';
import { tempDir, TODAY } from '../../support/testLedger';
import { devLedger } from './devFixture';

const AT = '2024-03-15T04:00:00.000Z';

describe('谈话人 typed by name', () => {
  it('keeps typed and picked 谈话人 on the step, in the file', async () => {
    const t = devLedger();
    const zhao = t.add('赵支书');
    const p = await t.applicant('陈晓');
    await t.step(p.person.id, 'apply', '2026-01-05');
    await t.step(p.person.id, 'talk', '2026-01-20', { memberIds: [zhao], typedPeople: '街道组织员 王明' });
    const talk = personFile(t.ledger, p.person.id, TODAY).records.find((r) => r.stepCode === 'talk')!;
    expect(talk.people).toEqual([
      { memberId: zhao, name: '赵支书', role: '谈话人' },
      { memberId: null, name: '街道组织员 王明', role: '谈话人' },
    ]);
  });

  it('counts typed names toward the 2 谈话人 at most, and refuses typed 培养联系人', async () => {
    const t = devLedger();
    const zhao = t.add('赵支书');
    const p = await t.applicant('陈晓');
    await t.step(p.person.id, 'apply', '2026-01-05');
    expect(
      (await t.refusal('development.record', { personId: p.person.id, stepCode: 'talk', doneOn: '2026-01-20', memberIds: [zhao], typedPeople: '王明、李华' }))
        .message,
    ).toBe('谈话人最多2名');
    await t.step(p.person.id, 'talk', '2026-01-20', { typedPeople: '王明' });
    await t.step(p.person.id, 'activist', '2026-03-01');
    expect(await t.refusal('development.record', { personId: p.person.id, stepCode: 'mentors', doneOn: '2026-03-02', typedPeople: '王明' })).toEqual({
      message: '培养联系人须从本社区党员中选择',
      field: 'typedPeople',
    });
  });

  it('upgrades a ledger of the previous version: its steps keep their people and have no typed ones', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0023_dev_typed_talkers') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    const person = Number(
      old.sqlite.prepare("INSERT INTO dev_people (name, gender, org_id, created_at, updated_at) VALUES ('陈晓', '女', ?, ?, ?)").run(branch, AT, AT)
        .lastInsertRowid,
    );
    old.sqlite
      .prepare("INSERT INTO dev_records (person_id, step_code, done_on, note, created_at) VALUES (?, 'apply', '2024-01-05', '书面申请', ?)")
      .run(person, AT);
    const before = old.sqlite.prepare('SELECT * FROM dev_records').all() as Record<string, unknown>[];
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT * FROM dev_records').all()).toEqual(before.map((r) => ({ ...r, typed_people: null })));
      expect(personFile(ledger, person, TODAY).records.map((r) => [r.stepCode, r.note, r.people])).toEqual([['apply', '书面申请', []]]);
      expect(ledger.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      ledger.close();
    }
  });
});
