import { describe, expect, it } from 'vitest';
import { closeYear, reopenYear } from '../../../db/yearClosing';
import { copyScheme, listRules } from '../../../db/points/rules';
import { routerFor, snapshot, TODAY } from '../../support/testLedger';
import { pointsCommunity } from './pointsFixture';

/** Tables whose rows belong to a year; each must carry the three closing triggers. */
const GUARDED = [
  'meetings',
  'meeting_types',
  'attendance',
  'meeting_attachments',
  'meeting_exemptions',
  'activities',
  'activity_participants',
  'activity_attachments',
  'demand_steps',
  'onjob_evaluations',
  'point_rules',
  'point_stars',
  'point_entries',
  'point_exclusions',
  'appraisals',
  'appraisal_entries',
  'dues_schemes',
  'dues_bands',
  'dues_bases',
  'dues_payments',
  'dues_payment_months',
  'dues_handovers',
  'care_visits',
  'honor_medals',
  'meeting_guests',
];

async function closedCommunity() {
  const c = pointsCommunity();
  copyScheme(c.ledger, 2026, 2025);
  const old = c.meeting('2025-06-01', ['主题党日']);
  const current = c.meeting('2026-06-01', ['主题党日']);
  await closeYear(c.ledger, { year: 2025, operator: '刘书记' }, null, TODAY);
  return { ...c, old, current, ...routerFor(c.ledger) };
}

const meetingCall = (c: ReturnType<typeof pointsCommunity>, id: number | null, heldOn: string, liStatus = '缺席') => ({
  id,
  orgId: c.tree.branchA.id,
  heldOn,
  types: ['主题党日'],
  attendance: [
    { memberId: c.zhang, status: '出席' },
    { memberId: c.li, status: liStatus, reason: liStatus === '出席' ? null : '外出' },
  ],
});

describe('年度封账', () => {
  it('every closed-year table carries its insert, update and delete triggers', () => {
    const { ledger } = pointsCommunity();
    const triggers = new Set((ledger.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((t) => t.name));
    for (const table of GUARDED) for (const op of ['insert', 'update', 'delete']) expect(triggers, `${table}_closed_${op}`).toContain(`${table}_closed_${op}`);
  });

  it('refuses through the contract every write into a closed year, with a message, and writes nothing', async () => {
    const c = await closedCommunity();
    const before = snapshot(c.ledger);
    const honour = listRules(c.ledger, 2025).find((r) => r.code === 'HONOUR')!;
    const rule = listRules(c.ledger, 2025).find((r) => r.code === 'MEET_DAY')!;
    const attempts: [string, unknown][] = [
      ['meetings.save', meetingCall(c, c.old, '2025-06-01')],
      ['meetings.save', meetingCall(c, null, '2025-07-01', '出席')],
      ['meetings.save', meetingCall(c, c.current, '2025-12-01', '出席')],
      ['meetings.void', { id: c.old, reason: '误录' }],
      ['dual.saveActivity', { heldOn: '2025-05-01', theme: '清扫楼道', participants: [{ kind: 'member', refId: c.zhang, hours: 2 }] }],
      ['points.addManual', { memberId: c.zhang, ruleId: honour.id, occurredOn: '2025-07-01', reason: '表彰', operator: '刘书记' }],
      ['points.saveRule', { ...rule, points: 5 }],
      ['points.saveStars', { year: 2025, levels: [{ stars: 5, minPoints: 95 }] }],
      ['points.setExclusion', { memberId: c.li, year: 2025, reason: '年老体弱' }],
      ['points.recompute', { year: 2025 }],
      ['appraisal.create', { year: 2025, orgId: c.tree.branchA.id }],
      ['meetings.addExemption', { orgId: c.tree.branchA.id, type: '支部委员会', year: 2025, reason: '人数不足' }],
    ];
    for (const [name, input] of attempts) {
      const result = await c.router.handle(name, input);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'RULE', message: expect.stringContaining('2025年度已封账') } });
    }
    expect(snapshot(c.ledger)).toEqual(before);
    // A raw statement meets the same wall.
    expect(() => c.ledger.sqlite.prepare("UPDATE attendance SET status = '缺席' WHERE meeting_id = ?").run(c.old)).toThrow('YEAR_CLOSED');
  });

  it('leaves open years writable, and reopening takes a reason and is recorded', async () => {
    const c = await closedCommunity();
    expect(await c.router.handle('meetings.save', meetingCall(c, c.current, '2026-06-01'))).toMatchObject({ ok: true });
    expect(await c.router.handle('years.reopen', { year: 2025, operator: '刘书记' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    reopenYear(c.ledger, { year: 2025, reason: '街道要求补录一次会议', operator: '刘书记' });
    expect(await c.router.handle('meetings.save', meetingCall(c, c.old, '2025-06-01'))).toMatchObject({ ok: true });
    const status = await c.router.handle('years.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: {
        closedYears: [],
        events: [
          { year: 2025, action: '重新开启', reason: '街道要求补录一次会议' },
          { year: 2025, action: '封账' },
        ],
      },
    });
  });

  it('closing derives the year first, refuses a future year and a second closing', async () => {
    const c = pointsCommunity();
    c.ledger.sqlite.prepare("DELETE FROM point_entries WHERE source_kind = 'meeting'").run();
    c.meeting('2026-06-01', ['主题党日']);
    c.ledger.sqlite.prepare("DELETE FROM point_entries WHERE source_kind = 'meeting'").run();
    await closeYear(c.ledger, { year: 2026, operator: '刘书记' }, null, TODAY);
    expect(c.total(c.zhang)).toBe(61);
    await expect(closeYear(c.ledger, { year: 2026, operator: '刘书记' }, null, TODAY)).rejects.toThrow('已经封账');
    await expect(closeYear(c.ledger, { year: 2027, operator: '刘书记' }, null, TODAY)).rejects.toThrow('尚未到来');
  });
});
