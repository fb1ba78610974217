// The street's 统计表 and arrears keep who owes (facts), 应交 (bases) and 实交 (an append-only
// grid of payment lines) across writes that leave them be. After every kind of write the kept
// answer equals one worked out afresh by a second connection that keeps nothing yet.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveBase, voidBase } from '../../../db/dues/baseWrites';
import { arrears } from '../../../db/dues/arrears';
import { reversePayment } from '../../../db/dues/pay';
import { duesStats } from '../../../db/dues/stats';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember } from '../../../db/members/write';
import { openLedger, type Ledger } from '../../../db/open';
import { saveBaseInput } from '../../../api/schemas/dues';
import { basicTree, memberInput, MIGRATIONS_DIR, tempDir, TODAY } from '../../support/testLedger';
import { base, payMonths } from './duesFixture';

const views = (ledger: Ledger) => ({
  stats: duesStats(ledger, 2026, '月', TODAY),
  quarters: duesStats(ledger, 2026, '季', TODAY),
  arrears: arrears(ledger, '2026-10', null),
});

describe('dues views kept across writes', () => {
  it('match a fresh computation after payments, reversals, bases, status changes and new members', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
    const tree = basicTree(ledger);
    const add = (name: string, branchId = tree.branchA.id) => createMember(ledger, memberInput(branchId, { name }), null, TODAY).id;
    const members = ['甲', '乙', '丙', '丁'].map((n, i) => add(n, i % 2 ? tree.branchB.id : tree.branchA.id));
    members.forEach((m, i) => base(ledger, m, { baseFen: 300000 + i * 100000 }));

    const fresh = () => {
      const other = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
      try {
        return views(other);
      } finally {
        other.close();
      }
    };
    const steps: [string, () => void][] = [
      ['a payment', () => payMonths(ledger, members[0]!, '2026-01', '2026-03')],
      ['another payment', () => payMonths(ledger, members[1]!, '2026-01')],
      ['a reversal', () => reversePayment(ledger, { paymentId: payMonths(ledger, members[2]!, '2026-02').payments[0]!.id, reason: '录错' }, TODAY)],
      ['a new base', () => saveBase(ledger, saveBaseInput.parse({ memberId: members[3]!, fromMonth: '2026-06', kind: '在职', baseFen: 900000 }))],
      [
        'a voided base',
        () =>
          voidBase(ledger, {
            id: saveBase(ledger, saveBaseInput.parse({ memberId: members[2]!, fromMonth: '2026-07', kind: '在职', baseFen: 100000 })).id,
            reason: '录错',
          }),
      ],
      [
        'a 停止党籍',
        () => changeMemberStatus(ledger, members[1]!, { id: members[1]!, change: '停止党籍', occurredOn: '2026-05-10', reason: '测试' } as never, TODAY),
      ],
      [
        'a new member paying',
        () => {
          const m = add('戊', tree.branchB.id);
          base(ledger, m, { baseFen: 500000 });
          payMonths(ledger, m, '2026-01', '2026-02');
        },
      ],
      [
        'a payment by another connection',
        () => {
          const other = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
          payMonths(other, members[3]!, '2026-01');
          other.close();
        },
      ],
    ];
    views(ledger); // kept from here on
    for (const [what, step] of steps) {
      step();
      expect(views(ledger), `after ${what}`).toEqual(fresh());
    }
    // The kept answer moved: it is not the first one still.
    expect(views(ledger).stats.total.total.paidFen).toBeGreaterThan(0);
    ledger.close();
  });
});
