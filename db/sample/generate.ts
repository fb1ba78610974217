// Realistic, reproducible data for a community or a whole street (issue 8): organisations,
// members with valid IDs, five years of meetings with attendance, 双报到 units, 在职党员 and
// activities, 五单 demands, and the points derived from all of it. Bulk rows go in through
// prepared statements in one transaction (drizzle's batched insert is ~13x slower here);
// points go through the app's own derivation.
import { addDays, addYears } from '../../api/rules/dates';
import { idCheckChar } from '../../api/rules/idNumber';
import { DEMAND_STEPS } from '../../api/dualReg';
import type { Ledger } from '../open';
import { recomputePoints } from '../points/recompute';
import { adoptDefaultScheme } from '../points/rules';
import { GIVEN, SURNAMES, THEMES, UNIT_WORDS } from './names';
import { rng } from './random';
import { openMemberFacts, setFacts } from '../members/facts';
import { changeMemberStatus } from '../members/status';
import { putSettings } from '../settings';
import { hasDevelopmentTables, seedDevelopment } from './development';
import { hasCareTables, seedCare } from './care';
import { hasDuesTables, seedDues } from './dues';

export { SCALE_NAMES, scaleFor, type ScaleName, type SeedShape } from './scales';
import type { SeedShape } from './scales';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

type StoryPart = 'dueSoon' | 'probationary' | 'stopped' | 'mover';
/** Which of a branch's `count` members plays a part in the sample's story (the last ones). */
const storyPart =
  (count: number) =>
  (b: number, m: number): StoryPart | null => {
    if (m === count - 1) return b === 0 ? 'dueSoon' : 'probationary';
    if (m === count - 2 && b === 0) return 'mover';
    if (m === count - 2 && b === 1) return 'stopped';
    return null;
  };
const COMMITTEE_ROLES = ['书记', '副书记', '组织委员', '宣传委员', '纪检委员'];
const MEETING_PLAN = ['主题党日', '支部党员大会', '主题党日', '党课', '主题党日', '支部党员大会', '主题党日', '党课', '主题党日', '组织生活会'];

interface PlannedMeeting {
  orgId: number;
  heldOn: string;
  types: string[];
  people: number[];
  makeUpFor: string | null;
}

export interface SeedResult {
  orgs: number;
  members: number;
  attendance: number;
  units: number;
  onjob: number;
  activities: number;
  pointEntries: number;
  duesLines: number;
  devPeople: number;
}

/** Fills an empty ledger. `today` bounds every date; the same seed gives the same file. */
export function seedLedger(ledger: Ledger, shape: SeedShape, today: string, seed = 20261125): SeedResult {
  const r = rng(seed);
  const db = ledger.sqlite;
  const now = `${today}T00:00:00.000Z`;
  // The bench seeds a street file with the previous version's schema to time its upgrade
  // (bench/run.ts). Before migration 0014 there are no intervals to write: that migration
  // builds them from these rows, which is the upgrade being timed.
  const keepsFacts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'member_facts'").get() !== undefined;
  if (shape.story && !keepsFacts) throw new Error('the sample story needs member_facts (migration 0014)');
  const name = () => r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');
  const phone = () => `1${r.pick(['3', '5', '8'])}${pad(r.int(10), 1)}${pad(r.int(100000000), 8)}`;
  const insOrg = db.prepare(
    'INSERT INTO orgs (name, kind, branch_type, parent_id, secretary, founded_on, term_ends_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insMember = db.prepare(
    `INSERT INTO members (name, gender, ethnicity, birth_date, id_number, education, joined_on, full_member_on, category, party_status,
       community_class, branch_id, group_id, phone, residence_community, building, room, is_frail, created_at, updated_at)
     VALUES (?, ?, '汉族', ?, ?, ?, ?, ?, ?, '正常', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insMeeting = db.prepare(
    `INSERT INTO meetings (org_id, seq, held_on, place, host, recorder, lecturer, lecture_title, content, make_up_for, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insType = db.prepare('INSERT INTO meeting_types (meeting_id, type) VALUES (?, ?)');
  const insAtt = db.prepare('INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (?, ?, ?, ?)');
  const setSecretary = db.prepare('UPDATE orgs SET secretary = ? WHERE id = ?');
  const insCommittee = db.prepare('INSERT INTO org_committee (org_id, member_id, name, role, start_on, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insUnit = db.prepare(
    'INSERT INTO units (name, party_org_name, category, contact_name, contact_phone, registered_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insOnjob = db.prepare(
    `INSERT INTO onjob_members (name, gender, birth_date, id_number, phone, work_unit, unit_id, skills, posts, registered_on, member_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insActivity = db.prepare(
    'INSERT INTO activities (held_on, theme, category, place, organizer, public_rating, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insPart = db.prepare('INSERT OR IGNORE INTO activity_participants (activity_id, kind, ref_id, hours) VALUES (?, ?, ?, ?)');
  const insDemand = db.prepare('INSERT INTO demands (kind, title, requester, created_at) VALUES (?, ?, ?, ?)');
  const insStep = db.prepare('INSERT INTO demand_steps (demand_id, step, done_on, done_by, onjob_id, created_at) VALUES (?, ?, ?, ?, ?, ?)');

  let serial = 0;
  /** A valid, unique 身份证号 for someone born on `birth`. */
  const idFor = (birth: string, male: boolean) => {
    serial++;
    const area = 110101 + (serial % 17);
    const seq = pad(Math.floor(serial / 17) % 500, 3).slice(0, 2) + String((serial % 5) * 2 + (male ? 1 : 0));
    const first17 = `${area}${birth.replaceAll('-', '')}${seq}`;
    return first17 + idCheckChar(first17);
  };
  const seen = new Set<string>();
  const uniqueId = (birth: string, male: boolean) => {
    for (;;) {
      const id = idFor(birth, male);
      if (!seen.has(id)) return (seen.add(id), id);
    }
  };
  const dateIn = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(Math.min(day, 28))}`;
  /** A registration drawn in the first year, moved a year back when it would fall after `today` (the sample covers one year). */
  const registeredIn = (year: number, month: number, day: number) => {
    const d = dateIn(year, month, day);
    return d > today ? dateIn(year - 1, month, day) : d;
  };

  const result: SeedResult = { orgs: 0, members: 0, attendance: 0, units: 0, onjob: 0, activities: 0, pointEntries: 0, duesLines: 0, devPeople: 0 };
  const roster: { id: number; idNumber: string; birth: string; male: boolean; name: string }[] = [];
  const story = shape.story;
  const year = Number(today.slice(0, 4));
  // The story's dates, all on or before `today`: the move falls in this year.
  const movedOn = addDays(today, -75) < `${year}-01-01` ? `${year}-01-01` : addDays(today, -75);
  const stoppedOn = addDays(today, -120);
  /** The member of branch 0 who moves to branch 1 on `movedOn`. */
  let mover: number | null = null;
  ledger.tx(() => {
    if (story) putSettings(ledger, { communityName: '幸福里社区' });
    const root = Number(
      insOrg.run('幸福里社区党委', '党委', null, null, name(), '2000-07-01', `${Number(today.slice(0, 4)) + 2}-06-30`, now, now).lastInsertRowid,
    );
    result.orgs++;
    for (let b = 0; b < shape.branches; b++) {
      const kind = b % 4 === 3 ? '离退休党支部' : '网格党支部';
      // Terms run from `today`: one branch in three is due for 换届 within the year, the rest later.
      const termEnds = b % 3 === 0 ? addDays(today, 60 + ((b * 7) % 300)) : `${Number(today.slice(0, 4)) + 1 + (b % 3)}-${pad(1 + (b % 12))}-28`;
      const branch = Number(insOrg.run(`第${b + 1}${kind}`, '党支部', kind, root, name(), '2005-07-01', termEnds, now, now).lastInsertRowid);
      const groups: number[] = [];
      for (let g = 0; g < shape.groupsPerBranch; g++)
        groups.push(Number(insOrg.run(`第${b + 1}支部${g + 1}号楼党小组`, '党小组', null, branch, null, null, null, now, now).lastInsertRowid));
      result.orgs += 1 + groups.length;
      const ids: number[] = [];
      const groupMembers = new Map<number, number[]>(groups.map((g) => [g, []]));
      const joinedOf = new Map<number, string>();
      /** From this day a member is no longer expected at this branch's meetings (moved away, 停止党籍). */
      const untilOf = new Map<number, string>();
      const committee: number[] = [];
      const committeeFrom = `${shape.years[0]}-01-01`;
      let secretary = name();
      const small = story !== undefined && b === shape.branches - 1;
      const count = small ? story.smallBranch : shape.membersPerBranch;
      // The story's people are the branch's last members, so none of them sits on the committee.
      const role = !story ? null : storyPart(count);
      for (let m = 0; m < count; m++) {
        const part = role?.(b, m) ?? null;
        const retired = part === null && (kind === '离退休党支部' || r.chance(0.25));
        const by = retired ? 1935 + r.int(30) : 1960 + r.int(40);
        const birth = dateIn(by, 1 + r.int(12), 1 + r.int(28));
        const male = r.chance(0.55);
        // About one in forty is 预备党员, admitted within the last eleven months.
        const probationary = part === 'dueSoon' || part === 'probationary' || (part === null && !retired && r.chance(0.025));
        const joinYear = Math.min(by + 20 + r.int(30), Number(today.slice(0, 4)) - 2);
        // dueSoon: a year of 预备期 ends in 20 days, so 首页 reminds of 转正.
        const joined =
          part === 'dueSoon'
            ? addDays(addYears(today, -1), 20)
            : probationary
              ? addDays(today, -1 - r.int(330))
              : dateIn(joinYear, 1 + r.int(12), 1 + r.int(28));
        const full = probationary ? null : dateIn(joinYear + 1, Number(joined.slice(5, 7)), Number(joined.slice(8)));
        const idNumber = uniqueId(birth, male);
        const personName = name();
        const cls = retired ? '离退休' : r.pick(['直管', '直管', '直管', '流动', '其他'] as const);
        const id = Number(
          insMember.run(
            personName,
            male ? '男' : '女',
            birth,
            idNumber,
            r.pick(['大学本科', '大学专科', '高中', '初中', '研究生']),
            joined,
            full,
            probationary ? '预备党员' : '正式党员',
            cls,
            branch,
            groups[m % groups.length] ?? null,
            phone(),
            '幸福里社区',
            `${1 + r.int(30)}号楼`,
            `${1 + r.int(6)}0${1 + r.int(4)}`,
            retired && by < 1945 ? 1 : 0,
            now,
            now,
          ).lastInsertRowid,
        );
        if (keepsFacts)
          openMemberFacts(
            ledger,
            id,
            {
              joinedOn: joined,
              fullMemberOn: full,
              category: probationary ? '预备党员' : '正式党员',
              branchId: branch,
              groupId: groups[m % groups.length] ?? null,
              communityClass: cls,
            },
            joined,
          );
        ids.push(id);
        joinedOf.set(id, joined);
        if (groups.length) groupMembers.get(groups[m % groups.length])!.push(id);
        roster.push({ id, idNumber, birth, male, name: personName });
        // The branch committee: the first five who were 正式党员 when its term began (书记 first).
        if (part === 'stopped') {
          changeMemberStatus(
            ledger,
            id,
            { change: '停止党籍', occurredOn: stoppedOn, place: null, letterNo: null, reason: '长期不参加组织生活，经支部大会讨论停止党籍', extendedTo: null },
            today,
          );
          untilOf.set(id, stoppedOn);
        }
        if (part === 'mover') {
          mover = id;
          untilOf.set(id, movedOn);
        }
        // A branch under 7 正式党员 has no 支委会, only a 书记.
        if (part === null && full !== null && full <= committeeFrom && committee.length < (small ? 1 : COMMITTEE_ROLES.length)) {
          insCommittee.run(branch, id, personName, COMMITTEE_ROLES[committee.length], committeeFrom, now);
          if (committee.length === 0) secretary = personName;
          committee.push(id);
        }
      }
      result.members += ids.length;
      if (story && b === 1 && mover !== null) {
        // Arrives from branch 0 on movedOn, into this branch's first 党小组, as the member form's dated change writes it.
        setFacts(ledger, mover, { branch, group: groups[0] ?? null }, movedOn);
        ids.push(mover);
        joinedOf.set(mover, movedOn);
        if (groups.length) groupMembers.get(groups[0])!.push(mover);
      }
      setSecretary.run(secretary, branch);
      // Each year's meetings are planned first, then written in date order and numbered as the
      // app suggests (db/meetings/write.ts suggestSeq): per organisation and first type, within
      // the calendar year.
      const planned: PlannedMeeting[] = [];
      for (const year of shape.years) {
        if (shape.meetingPlan === 'branch') {
          for (let k = 0; k < shape.meetingsPerYear; k++) {
            const heldOn = dateIn(year, 1 + Math.floor((k * 12) / shape.meetingsPerYear), 5 + r.int(20));
            if (heldOn <= today) planned.push({ orgId: branch, heldOn, types: [MEETING_PLAN[k % MEETING_PLAN.length]], people: ids, makeUpFor: null });
          }
          continue;
        }
        /** Held in `month` as planned; about one in thirty missed, half of those made up in the next month. */
        const monthly = (orgId: number, month: number, day: number, types: string[], people: number[]) => {
          const heldOn = dateIn(year, month, day);
          if (heldOn > today) return;
          if (!r.chance(1 / 30)) return void planned.push({ orgId, heldOn, types, people, makeUpFor: null });
          if (!r.chance(0.5)) return;
          const late = month < 12 ? dateIn(year, month + 1, 1 + r.int(10)) : dateIn(year + 1, 1, 1 + r.int(10));
          if (late <= today) planned.push({ orgId, heldOn: late, types, people, makeUpFor: `${year}-${pad(month)}` });
        };
        for (let month = 1; month <= 12; month++) {
          const types = ['主题党日', ...(month % 3 === 1 ? ['支部党员大会', '党课'] : []), ...(month === 12 ? ['组织生活会', '民主评议党员'] : [])];
          monthly(branch, month, 5 + r.int(20), types, ids);
          if (!small) monthly(branch, month, 1 + r.int(4), ['支部委员会'], committee);
          for (const group of groups) monthly(group, month, 5 + r.int(20), ['党小组会'], groupMembers.get(group)!);
        }
      }
      const seqOf = new Map<string, number>();
      for (const m of planned.sort((x, y) => (x.heldOn < y.heldOn ? -1 : x.heldOn > y.heldOn ? 1 : 0))) {
        const key = `${m.orgId}|${m.types[0]}|${m.heldOn.slice(0, 4)}`;
        seqOf.set(key, (seqOf.get(key) ?? 0) + 1);
        const lecture = m.types.includes('党课');
        const meeting = Number(
          insMeeting.run(
            m.orgId,
            seqOf.get(key),
            m.heldOn,
            '社区党群服务中心',
            secretary,
            name(),
            lecture ? secretary : null,
            lecture ? '学习党章，做合格党员' : null,
            `${m.types.join('、')}：学习传达上级精神，讨论支部工作。`,
            m.makeUpFor,
            now,
            now,
          ).lastInsertRowid,
        );
        for (const type of m.types) insType.run(meeting, type);
        for (const member of m.people) {
          if (joinedOf.get(member)! > m.heldOn) continue; // not yet a member then
          if ((untilOf.get(member) ?? '9999') <= m.heldOn) continue; // moved away or 停止党籍 by then
          const roll = r.next();
          const status = roll < 0.9 ? '出席' : roll < 0.97 ? '请假' : '缺席';
          insAtt.run(meeting, member, status, status === '请假' ? r.pick(['外出', '生病', '工作冲突']) : status === '缺席' ? '未请假' : null);
          result.attendance++;
        }
      }
    }

    const unitIds: number[] = [];
    for (let u = 0; u < shape.units; u++) {
      const unitName = `${UNIT_WORDS[u % UNIT_WORDS.length]}${u >= UNIT_WORDS.length ? `（${Math.floor(u / UNIT_WORDS.length) + 1}）` : ''}`;
      unitIds.push(
        Number(
          insUnit.run(
            unitName,
            `${unitName}机关党支部`,
            r.pick(['党政机关', '事业单位', '国有企业', '非公企业']),
            name(),
            phone(),
            registeredIn(shape.years[0], 1 + r.int(12), 1 + r.int(28)),
            now,
            now,
          ).lastInsertRowid,
        ),
      );
    }
    result.units = unitIds.length;
    const onjobIds: { id: number; memberId: number | null }[] = [];
    const linked = new Set<number>();
    for (let o = 0; o < shape.onjob; o++) {
      // One in ten also lives here and is on this roster: same person, linked by 身份证号.
      const candidate = r.chance(0.1) ? r.pick(roster) : null;
      const resident = candidate && !linked.has(candidate.id) ? (linked.add(candidate.id), candidate) : null;
      const male = resident?.male ?? r.chance(0.5);
      const birth = resident?.birth ?? dateIn(1965 + r.int(35), 1 + r.int(12), 1 + r.int(28));
      const unitId = r.pick(unitIds);
      const id = Number(
        insOnjob.run(
          resident?.name ?? name(),
          male ? '男' : '女',
          birth,
          resident?.idNumber ?? uniqueId(birth, male),
          phone(),
          '干部',
          unitId,
          r.pick(['医疗', '法律', '教育', '水电维修', '文艺', '']),
          JSON.stringify([r.pick(['政策宣传', '关爱帮扶', '平安巡防', '志愿服务'])]),
          registeredIn(shape.years[0], 1 + r.int(12), 1 + r.int(28)),
          resident?.id ?? null,
          now,
          now,
        ).lastInsertRowid,
      );
      onjobIds.push({ id, memberId: resident?.id ?? null });
    }
    result.onjob = onjobIds.length;
    for (let a = 0; a < shape.activities; a++) {
      const year = r.pick(shape.years);
      const heldOn = dateIn(year, 1 + r.int(12), 1 + r.int(28));
      if (heldOn > today) continue;
      const id = Number(
        insActivity.run(
          heldOn,
          r.pick(THEMES),
          r.pick(['志愿服务', '政策宣传', '关爱帮扶', '环境整治']),
          '幸福里社区',
          '社区党委',
          r.pick(['满意', '很满意', '满意']),
          now,
          now,
        ).lastInsertRowid,
      );
      const hours = 1 + r.int(4);
      for (let p = 0; p < 1 + r.int(5); p++) insPart.run(id, 'onjob', r.pick(onjobIds).id, hours);
      if (r.chance(0.3)) insPart.run(id, 'member', r.pick(roster).id, hours);
      insPart.run(id, 'unit', r.pick(unitIds), 0);
      result.activities++;
    }
    // 微心愿 through the 五单: most finished, some still open on the board.
    for (let d = 0; d < Math.max(3, Math.floor(shape.activities / 20)); d++) {
      const year = r.pick(shape.years);
      const start = dateIn(year, 1 + r.int(11), 1 + r.int(20));
      if (start > today) continue;
      const demand = Number(
        insDemand.run(r.pick(['微心愿', '需求']), r.pick(['助听器', '轮椅借用', '书包文具', '家电维修', '陪同就医']), name(), now).lastInsertRowid,
      );
      const steps = r.chance(0.7) ? DEMAND_STEPS.length : 1 + r.int(DEMAND_STEPS.length);
      for (let s = 0; s < steps; s++) {
        const on = dateIn(year, Number(start.slice(5, 7)), Number(start.slice(8)) + s);
        if (on > today) break;
        insStep.run(demand, DEMAND_STEPS[s], on, '社区党委', DEMAND_STEPS[s] === '党员接单' ? r.pick(onjobIds).id : null, now);
      }
    }
  });
  // 党费 of the last year (the bench adds them after migrating its older file).
  if (hasDuesTables(ledger)) result.duesLines = seedDues(ledger, today, r).lines;
  if (hasDevelopmentTables(ledger)) result.devPeople = seedDevelopment(ledger, today, r);
  if (hasCareTables(ledger)) seedCare(ledger, today, r);
  // Points: each year starts from the shipped scheme and is derived by the app's own code.
  for (const year of shape.years) {
    if (`${year}-01-01` > today) continue;
    adoptDefaultScheme(ledger, year);
    ledger.tx(() => recomputePoints(ledger, year));
  }
  result.pointEntries = (db.prepare('SELECT count(*) AS n FROM point_entries').get() as { n: number }).n;
  return result;
}
