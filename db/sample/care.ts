// The care registers in the generated ledgers (示例数据, `npm run seed`, the bench): a few
// 流出 members — one in touch, one not contacted for over 6 months (首页 reminds), one back —
// a 流入 person, a 失联 member past the 停止党籍 reminder, 困难/老党员 flags with this year's
// 春节 and 七一 visits (one left unvisited), and two 党员中心户. Dates never pass `today`.
import { addMonths } from '../../api/rules/dates';
import { refreshMemberCareCache } from '../care/memberCache';
import type { Ledger } from '../open';
import type { Rng } from './random';

export const hasCareTables = (ledger: Ledger): boolean =>
  ledger.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flow_outs'").get() !== undefined;

export function seedCare(ledger: Ledger, today: string, r: Rng): { records: number } {
  const db = ledger.sqlite;
  const now = `${today}T00:00:00.000Z`;
  const year = Number(today.slice(0, 4));
  const notAfter = (d: string) => (d > today ? today : d);
  // Members on the roster today, 正常 党籍, oldest first: the story picks from both ends.
  const people = db
    .prepare(
      `SELECT id, branch_id AS branchId, building FROM members
       WHERE left_on IS NULL AND party_status = '正常' AND category = '正式党员' AND joined_on <= ? ORDER BY birth_date, id`,
    )
    .all(addMonths(today, -24)) as { id: number; branchId: number; building: string | null }[];
  if (people.length < 12) return { records: 0 };
  const young = people.slice(-6);
  const old = people.slice(0, 6);
  let records = 0;
  ledger.tx(() => {
    const insFlow = db.prepare(
      `INSERT INTO flow_outs (member_id, left_on, place, unit, contact, card_no, joins_life_there, returned_on, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    const insContact = db.prepare('INSERT INTO flow_contacts (flow_out_id, contacted_on, method, note, created_at) VALUES (?, ?, ?, ?, ?)');
    const inTouch = Number(
      insFlow.run(young[0]!.id, addMonths(today, -14), '广东省深圳市', '某科技有限公司', '13800138001', `LD${year}001`, 1, null, now, now).lastInsertRowid,
    );
    insContact.run(inTouch, notAfter(addMonths(today, -2)), '微信', '在流入地党支部参加组织生活，按时交纳党费', now);
    const silent = Number(
      insFlow.run(young[1]!.id, addMonths(today, -10), '浙江省杭州市', '某物流公司', '13800138002', null, 0, null, now, now).lastInsertRowid,
    );
    insContact.run(silent, addMonths(today, -8), '电话', '外出务工，暂未找到流入地党组织', now);
    insFlow.run(young[2]!.id, addMonths(today, -20), '江苏省苏州市', null, '13800138003', null, 0, addMonths(today, -4), now, now);
    records += 5;

    const branch = young[0]!.branchId;
    db.prepare(
      `INSERT INTO flow_ins (name, gender, phone, from_place, home_org, org_id, arrived_on, left_on, note, created_at, updated_at)
       VALUES ('赵流入', '男', '13900139001', '河南省周口市', '周口市川汇区某村党支部', ?, ?, NULL, '在本社区务工，随支部参加活动', ?, ?)`,
    ).run(branch, addMonths(today, -7), now, now);
    records += 1;

    const lost = young[3]!.id;
    db.prepare('INSERT INTO lost_contacts (member_id, lost_on, search_made, found_on, note, created_at, updated_at) VALUES (?, ?, ?, NULL, NULL, ?, ?)').run(
      lost,
      addMonths(today, -8),
      '电话停机；走访原住址，邻居称已搬走；已请原工作单位协助查找',
      now,
      now,
    );
    records += 1;

    // 困难党员 and 老党员 flags, and this year's visits; old[5] stays unvisited.
    const flag = db.prepare('UPDATE members SET is_in_difficulty = ?, is_veteran = ?, is_frail = ? WHERE id = ?');
    flag.run(1, 0, 0, young[4]!.id);
    flag.run(0, 1, 0, old[0]!.id);
    flag.run(0, 1, 1, old[1]!.id);
    flag.run(1, 1, 0, old[5]!.id);
    const insVisit = db.prepare(
      `INSERT INTO care_visits (member_id, visited_on, occasion, visitors, money_fen, goods, fund_source, note, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    );
    const springDay = `${year}-01-${String(20 + r.int(8)).padStart(2, '0')}`;
    for (const p of [young[4]!, old[0]!, old[1]!]) {
      if (springDay > today) break;
      insVisit.run(p.id, springDay, '春节', '社区党委书记、支部书记', 50000, '米、油', '党组织工作经费', now);
      records += 1;
    }
    if (`${year}-07-01` <= today) {
      insVisit.run(old[0]!.id, `${year}-06-28`, '七一', '社区党委书记', 30000, null, '上级党委拨付慰问金', now);
      records += 1;
    }

    const insCenter = db.prepare(
      `INSERT INTO center_households (member_id, building, households, household_names, from_on, to_on, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
    );
    insCenter.run(old[2]!.id, old[2]!.building ?? '3号楼', 10, '301 王家、302 李家、303 张家、401 刘家、402 陈家 等10户', addMonths(today, -18), now, now);
    insCenter.run(old[3]!.id, old[3]!.building ?? '5号楼', 8, '1单元 8户', addMonths(today, -6), now, now);
    records += 2;
    for (const p of [young[0]!, young[1]!, young[2]!, young[3]!, old[2]!, old[3]!]) refreshMemberCareCache(ledger, p.id, today);
  });
  return { records };
}
