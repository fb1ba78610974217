// A community whose 2025 holds every kind of 党内统计 change, built with the ledger's own
// writers (create, 转入, 发展 by 入党日期, status changes), and the figures counted by hand.
import type { MemberInput } from '../../../api/schemas/members';
import { changeMemberStatus, type StatusChangeInput } from '../../../db/members/status';
import { createMember, type TransferIn } from '../../../db/members/write';
import { createOrg } from '../../../db/orgs';
import { basicTree, memberInput, memoryLedger, orgInput, routerFor } from '../../support/testLedger';
import { callerFor } from '../../support/callRouter';

export const TODAY = '2026-11-24';

export function censusLedger(today = TODAY) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const { router, exportsDir } = routerFor(ledger, today);
  const add = (name: string, extra: Partial<MemberInput> = {}, transferIn: TransferIn | null = null) =>
    createMember(ledger, memberInput(tree.branchA.id, { name, ...extra }), transferIn, today).id;
  const change = (id: number, change: StatusChangeInput['change'], occurredOn: string, extra: Partial<StatusChangeInput> = {}) =>
    changeMemberStatus(ledger, id, { change, occurredOn, place: null, letterNo: null, reason: '依规处理', extendedTo: null, ...extra }, today);
  const { call } = callerFor(router);
  return { ledger, tree, add, change, call, exportsDir };
}

/**
 * 2025 with every change. On the count at 2024-12-31 (13): 甲 乙 丙 丁 戊 己 庚 辛 壬 子 丑 寅 巳;
 * 癸 and 午 were 停止党籍 then. 增加 4: 辰 发展, 癸 恢复, 卯 and 巳 转入. 减少 10: 乙 死亡, 丙 开除,
 * 丁 除名, 戊 劝退, 己 退党, 庚 出党 with no kind, 辛 取消预备, 壬 停止党籍, 子 and 巳 转出.
 * At 2025-12-31 (7): 甲 癸 丑 寅 卯 辰 巳.
 */
export function yearOfChanges() {
  const f = censusLedger();
  const { add, change, ledger, call, tree } = f;
  const ids: Record<string, number> = {};
  ids.甲 = add('甲', { gender: '女', ethnicity: '回族', birthDate: '1950-03-01', education: '大学本科' });
  for (const name of ['乙', '丙', '丁', '戊', '己', '庚', '壬', '子', '丑', '寅', '巳', '癸', '午']) ids[name] = add(name);
  ids.辛 = add('辛', { joinedOn: '2024-12-01', fullMemberOn: null, category: '预备党员', birthDate: '2000-05-05', education: '大学专科' });
  change(ids.癸!, '停止党籍', '2024-06-01');
  change(ids.午!, '停止党籍', '2024-06-01');
  change(ids.乙!, '死亡', '2025-03-01');
  change(ids.丙!, '出党', '2025-04-01', { exitKind: '开除党籍' });
  change(ids.丁!, '出党', '2025-04-02', { exitKind: '除名' });
  change(ids.戊!, '出党', '2025-04-03', { exitKind: '劝退' });
  change(ids.己!, '出党', '2025-04-04', { exitKind: '退党' });
  change(ids.庚!, '出党', '2025-04-05');
  change(ids.壬!, '停止党籍', '2025-05-01');
  change(ids.辛!, '取消预备党员资格', '2025-06-01');
  change(ids.癸!, '恢复', '2025-07-01');
  change(ids.子!, '转出', '2025-08-01', { place: '外区某社区党委' });
  change(ids.丑!, '保留党籍', '2025-02-01');
  change(ids.巳!, '转出', '2025-02-01', { place: '外区某社区党委' });
  change(ids.巳!, '转入', '2025-11-01', { place: '外区某社区党委' });
  ids.卯 = add(
    '卯',
    { joinedOn: '2010-07-01', fullMemberOn: '2011-07-01', birthDate: '1990-01-01', education: '研究生' },
    { occurredOn: '2025-09-01', fromPlace: '某大学党委', letterNo: 'J-1' },
  );
  ids.辰 = add('辰', { gender: '女', joinedOn: '2025-10-01', fullMemberOn: null, category: '预备党员', birthDate: '1996-01-01', communityClass: '流动' });
  // 换届: an organisation elected in 2025.
  createOrg(ledger, orgInput('第三网格党支部', '党支部', tree.root.id, { branchType: '网格党支部', electedOn: '2025-05-01', termYears: 5 }));
  return { ...f, ids, call };
}

export const names = (people: { name: string }[]) => people.map((p) => p.name).sort();
