// Migration 0014 turns every existing ledger into dated facts: a file at the previous version,
// with members whose histories were kept as the old code kept them (today's values on the
// member row, dated events beside them), comes out with the intervals each history implies.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../db/open';
import { cacheDisagreements } from '../../../db/members/factsCache';
import { MIGRATIONS_DIR, tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2026-01-01T00:00:00.000Z';

interface OldMember {
  name: string;
  joinedOn: string;
  fullMemberOn: string | null;
  category: '正式党员' | '预备党员';
  partyStatus?: string;
  partyStatusOn?: string | null;
  communityClass?: string;
  branchId: number;
  groupId?: number | null;
  leftOn?: string | null;
  leftReason?: string | null;
}

/** Rows as the code before 0014 wrote them: the member row, and its events. */
function oldMember(old: Ledger, m: OldMember, events: [kind: string, on: string, place?: string][] = []): number {
  const id = Number(
    old.sqlite
      .prepare(
        `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, party_status, party_status_on, community_class,
           branch_id, group_id, left_on, left_reason, created_at, updated_at)
         VALUES (?, '男', '1960-01-01', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        m.name,
        `ID-${m.name}`,
        m.joinedOn,
        m.fullMemberOn,
        m.category,
        m.partyStatus ?? '正常',
        m.partyStatusOn ?? null,
        m.communityClass ?? '直管',
        m.branchId,
        m.groupId ?? null,
        m.leftOn ?? null,
        m.leftReason ?? null,
        AT,
        AT,
      ).lastInsertRowid,
  );
  for (const [kind, on, place] of events) {
    old.sqlite
      .prepare('INSERT INTO member_events (member_id, kind, occurred_on, place, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, kind, on, place ?? null, AT);
  }
  return id;
}

const org = (old: Ledger, name: string, kind: string, parentId: number | null) =>
  Number(
    old.sqlite.prepare('INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, kind, parentId, AT, AT)
      .lastInsertRowid,
  );

type Span = [value: string, from: string, to: string | null];
const spans = (ledger: Ledger, memberId: number, fact: string): Span[] =>
  ledger.sqlite
    .prepare('SELECT value, valid_from, valid_to FROM member_facts WHERE member_id = ? AND fact = ? ORDER BY valid_from')
    .raw()
    .all(memberId, fact) as Span[];

describe('migration 0014: member histories become intervals', () => {
  it('rebuilds each kind of history member by member, and today agrees with the member row', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0014_member_facts') });
    const root = org(old, '社区党委', '党委', null);
    const a = org(old, '第一支部', '党支部', root);
    const b = org(old, '第二支部', '党支部', root);
    const groupB = org(old, '二支部1号楼党小组', '党小组', b);

    const plain = oldMember(old, {
      name: '一直在册',
      joinedOn: '1990-07-01',
      fullMemberOn: '1991-07-01',
      category: '正式党员',
      communityClass: '离退休',
      branchId: a,
    });
    // Moved from 第一支部 to 第二支部 in 2024: the old row kept only where they are now, and
    // the event names the branches by name. Only the current branch is known, so the whole
    // stretch on the roster carries it.
    const moved = oldMember(old, { name: '调过支部', joinedOn: '2000-07-01', fullMemberOn: '2001-07-01', category: '正式党员', branchId: b, groupId: groupB }, [
      ['支部调整', '2024-03-01', '第二支部'],
    ]);
    const probation = oldMember(old, { name: '中途转正', joinedOn: '2023-05-10', fullMemberOn: '2024-05-10', category: '正式党员', branchId: a }, [
      ['转正', '2024-05-10'],
    ]);
    const stillProbation = oldMember(old, { name: '仍是预备', joinedOn: '2026-03-01', fullMemberOn: null, category: '预备党员', branchId: a });
    const suspended = oldMember(
      old,
      {
        name: '停止后恢复',
        joinedOn: '1985-07-01',
        fullMemberOn: '1986-07-01',
        category: '正式党员',
        partyStatus: '正常',
        partyStatusOn: '2022-09-01',
        branchId: a,
      },
      [
        ['停止党籍', '2021-03-01'],
        ['恢复', '2022-09-01'],
      ],
    );
    const away = oldMember(
      old,
      { name: '转出又转入', joinedOn: '1995-07-01', fullMemberOn: '1996-07-01', category: '正式党员', communityClass: '流动', branchId: b, groupId: groupB },
      [
        ['转出', '2019-04-01', '外区'],
        ['转入', '2021-06-15', '外区'],
      ],
    );
    const died = oldMember(
      old,
      {
        name: '已去世',
        joinedOn: '1950-07-01',
        fullMemberOn: '1951-07-01',
        category: '正式党员',
        partyStatus: '死亡',
        partyStatusOn: '2025-02-03',
        branchId: a,
        leftOn: '2025-02-03',
        leftReason: '死亡',
      },
      [['死亡', '2025-02-03']],
    );
    // Came by 转入 (the first transfer recorded is a 转入): on this roster from that day, not from 入党.
    const came = oldMember(old, { name: '转入建档', joinedOn: '2010-07-01', fullMemberOn: '2011-07-01', category: '正式党员', branchId: a }, [
      ['转入', '2018-09-09', '外省'],
    ]);
    // Left with a date but no event (an older import): left_on still closes the stretch.
    const leftQuietly = oldMember(old, {
      name: '无事件转出',
      joinedOn: '2001-07-01',
      fullMemberOn: '2002-07-01',
      category: '正式党员',
      branchId: b,
      leftOn: '2020-01-01',
      leftReason: '转出',
    });
    // 保留党籍 with its date on the row and no event.
    const kept = oldMember(old, {
      name: '保留党籍',
      joinedOn: '1999-07-01',
      fullMemberOn: '2000-07-01',
      category: '正式党员',
      partyStatus: '保留党籍',
      partyStatusOn: '2023-03-03',
      branchId: a,
    });
    old.close();

    const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
    const A = String(a);
    const B = String(b);
    const G = String(groupB);

    expect(spans(ledger, plain, 'branch')).toEqual([[A, '1990-07-01', null]]);
    expect(spans(ledger, plain, 'group')).toEqual([]);
    expect(spans(ledger, plain, 'category')).toEqual([
      ['预备党员', '1990-07-01', '1991-07-01'],
      ['正式党员', '1991-07-01', null],
    ]);
    expect(spans(ledger, plain, 'party_status')).toEqual([['正常', '1990-07-01', null]]);
    expect(spans(ledger, plain, 'community_class')).toEqual([['离退休', '1990-07-01', null]]);

    expect(spans(ledger, moved, 'branch')).toEqual([[B, '2000-07-01', null]]);
    expect(spans(ledger, moved, 'group')).toEqual([[G, '2000-07-01', null]]);

    expect(spans(ledger, probation, 'category')).toEqual([
      ['预备党员', '2023-05-10', '2024-05-10'],
      ['正式党员', '2024-05-10', null],
    ]);
    expect(spans(ledger, stillProbation, 'category')).toEqual([['预备党员', '2026-03-01', null]]);

    expect(spans(ledger, suspended, 'party_status')).toEqual([
      ['正常', '1985-07-01', '2021-03-01'],
      ['停止党籍', '2021-03-01', '2022-09-01'],
      ['正常', '2022-09-01', null],
    ]);
    expect(spans(ledger, suspended, 'branch')).toEqual([[A, '1985-07-01', null]]);

    expect(spans(ledger, away, 'branch')).toEqual([
      [B, '1995-07-01', '2019-04-01'],
      [B, '2021-06-15', null],
    ]);
    expect(spans(ledger, away, 'group')).toEqual([
      [G, '1995-07-01', '2019-04-01'],
      [G, '2021-06-15', null],
    ]);
    expect(spans(ledger, away, 'community_class')).toEqual([['流动', '1995-07-01', null]]);

    expect(spans(ledger, died, 'branch')).toEqual([[A, '1950-07-01', '2025-02-03']]);
    expect(spans(ledger, died, 'party_status')).toEqual([
      ['正常', '1950-07-01', '2025-02-03'],
      ['死亡', '2025-02-03', null],
    ]);
    expect(spans(ledger, died, 'category')).toEqual([
      ['预备党员', '1950-07-01', '1951-07-01'],
      ['正式党员', '1951-07-01', null],
    ]);

    expect(spans(ledger, came, 'branch')).toEqual([[A, '2018-09-09', null]]);
    expect(spans(ledger, came, 'community_class')).toEqual([['直管', '2018-09-09', null]]);
    expect(spans(ledger, leftQuietly, 'branch')).toEqual([[B, '2001-07-01', '2020-01-01']]);
    expect(spans(ledger, kept, 'party_status')).toEqual([
      ['正常', '1999-07-01', '2023-03-03'],
      ['保留党籍', '2023-03-03', null],
    ]);

    expect(cacheDisagreements(ledger)).toEqual([]);

    // Nothing else was touched: the member rows and their events are as they were.
    expect(ledger.sqlite.prepare('SELECT count(*) FROM member_events').pluck().get()).toBe(8);
    expect(ledger.sqlite.prepare('SELECT left_on FROM members WHERE id = ?').pluck().get(died)).toBe('2025-02-03');
    ledger.close();
  });
});
