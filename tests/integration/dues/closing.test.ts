// 年度封账 covers dues: every dues write into a closed year is refused THROUGH THE CONTRACT
// with the Chinese message, and nothing is written (not even an audit row).
import { describe, expect, it } from 'vitest';
import { closeYear } from '../../../db/yearClosing';
import { routerFor, snapshot } from '../../support/testLedger';
import { base, duesLedger, payMonths } from './duesFixture';
import { DEFAULT_DUES_BANDS } from '../../../api/rules/dues';

describe('a closed year', () => {
  it('refuses every dues write into it with the closing message and writes nothing', async () => {
    const { ledger, tree, add } = duesLedger();
    const id = add('甲', { joinedOn: '2005-07-01' });
    base(ledger, id, { fromMonth: '2025-01', baseFen: 300000 });
    const paid = payMonths(ledger, id, '2025-01', '2025-02', { paidOn: '2025-03-01' }).payments[0]!;
    await closeYear(ledger, { year: 2025, operator: '李书记' }, null, '2026-11-24');
    const { router } = routerFor(ledger);
    const before = snapshot(ledger);
    const calls: [string, unknown][] = [
      ['dues.pay', { memberId: id, fromMonth: '2025-03', toMonth: '2025-03', paidOn: '2025-12-01', method: '现金' }],
      ['dues.pay', { memberId: id, fromMonth: '2025-03', toMonth: '2025-03', paidOn: '2026-01-05', method: '现金' }],
      ['dues.payBranchMonth', { orgId: tree.branchA.id, month: '2025-06', paidOn: '2026-01-05', method: '现金' }],
      ['dues.reverse', { paymentId: paid.id, reason: '填错' }],
      ['dues.saveBase', { memberId: id, fromMonth: '2025-06', kind: '在职', baseFen: 400000 }],
      ['dues.saveScheme', { year: 2025, rounding: '角', bands: DEFAULT_DUES_BANDS }],
      ['dues.copyScheme', { fromYear: 2026, toYear: 2025 }],
      [
        'dues.handover',
        { fromOrgId: tree.branchA.id, toOrgId: tree.root.id, handedOn: '2026-01-10', periodFrom: '2025-10', periodTo: '2025-12', amountFen: 100 },
      ],
    ];
    for (const [name, input] of calls) {
      const result = await router.handle(name, input);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'RULE' } });
      expect((result as { error: { message: string } }).error.message, name).toContain('2025年度已封账，其会议、活动、党费');
    }
    expect(snapshot(ledger)).toEqual(before);
    // The open year still takes payments.
    expect(await router.handle('dues.pay', { memberId: id, fromMonth: '2026-01', toMonth: '2026-01', paidOn: '2026-01-05', method: '现金' })).toMatchObject({
      ok: true,
    });
  });
});
