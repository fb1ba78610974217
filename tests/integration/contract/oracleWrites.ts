// For every write call of the contract: the ledger it runs on and an input that really changes
// something there (a 2026 fact about a record the sample holds). A write added to the contract
// without an entry here does not compile: the staleness oracle covers it from the first day.
import type { CallInput, CallName, contract } from '../../../api/contract';
import type { PointRule } from '../../../api/schemas/points';
import { DEMAND_STEPS } from '../../../api/dualReg';
import { formOf } from '../../support/memberForms';
import { makeId } from '../../support/testLedger';
import { ledgerOf, ORACLE_TODAY as T, YEAR, type BaseName, type Run } from './oracleLedgers';

export type WriteCallName = { [K in CallName]: (typeof contract)[K]['effect'] extends 'write' ? K : never }[CallName];

type Maker<K extends CallName> = (r: Run) => CallInput<K> | Promise<CallInput<K>>;
export interface Case<K extends CallName> {
  /** The ledger it runs on; the sample community when not said. */
  on?: BaseName;
  /** Runs before the "before" answers are taken: what the write needs to exist first. */
  setup?: (r: Run) => Promise<unknown>;
  input: Maker<K>;
}

type Oracle = { [K in WriteCallName]: Maker<K> | Case<K> };

/** The sample's cast: member 1 (孙梅, 正式, 第1网格党支部 书记), branches 2, 5 and 8 under 党委 1. */
const M = 1;
const BRANCH = 2;
const byName = (r: Run, name: string) => r.id('SELECT id FROM street_communities WHERE name = ?', name);
const lockedWith = async (r: Run) => {
  const set = await r.call('lock.set', { password: 'dangwu2026', idleMinutes: 10 });
  await r.call('lock.lockNow', {});
  return set;
};
let recoveryCode = '';

/** A one-pixel PNG: an attachment's bytes. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function roster(rows: (string | null)[][]): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['姓名', '身份证号', '入党日期', '转正日期', '所在支部', '党小组']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const WRITES: Oracle = {
  'settings.save': async (r) => ({ ...(await r.call('settings.get', {})), phone: '010-66668888' }),
  'settings.setLedgerStart': { input: () => ({ startDate: '2026-01-01' }) },
  'settings.declineLedgerStart': () => ({}),
  'backups.create': () => ({}),
  'backups.copyOut': () => ({}),
  // The copy made just before the sample went in: the restore empties the ledger.
  'backups.restore': async (r) => ({ name: (await r.call('backups.status', {})).files.find((f) => f.name.includes('加载示例数据前'))!.name }),
  'sample.load': { setup: (r) => r.call('sample.remove', {}), input: () => ({}) },
  'sample.remove': () => ({}),
  'lock.unlock': { setup: lockedWith, input: () => ({ password: 'dangwu2026', operator: '王芳' }) },
  'lock.lockNow': { setup: (r) => r.call('lock.set', { password: 'dangwu2026', idleMinutes: 10 }), input: () => ({}) },
  'lock.set': () => ({ password: 'dangwu2026', idleMinutes: 10 }),
  'lock.recover': {
    setup: async (r) => (recoveryCode = (await lockedWith(r)).recoveryCode!),
    input: () => ({ code: recoveryCode, password: 'xinmima2026', operator: '王芳' }),
  },
  'lock.disable': { setup: (r) => r.call('lock.set', { password: 'dangwu2026', idleMinutes: 10 }), input: () => ({ current: 'dangwu2026' }) },
  'home.dismissChecklist': () => ({}),

  'orgs.create': () => ({ name: '第4网格党支部', kind: '党支部', branchType: '网格党支部', parentId: 1, secretary: '刘洋' }),
  'orgs.update': async (r) => {
    const { id, name, kind, branchType, secretary, contactName, contactPhone, foundedOn, electedOn, termYears, termEndsOn, note } = await r.call('orgs.get', {
      id: BRANCH,
    });
    return { id, name: `${name}（更名）`, kind, branchType, secretary, contactName, contactPhone, foundedOn, electedOn, termYears, termEndsOn, note };
  },
  'orgs.move': {
    setup: (r) => r.call('orgs.create', { name: '幸福里社区第二党总支', kind: '党总支', parentId: 1 }),
    input: (r) => ({ id: 8, parentId: r.id("SELECT id FROM orgs WHERE kind = '党总支'") }),
  },
  'orgs.close': {
    setup: (r) => r.call('orgs.create', { name: '第4网格党支部', kind: '党支部', parentId: 1 }),
    input: (r) => ({ id: r.id("SELECT id FROM orgs WHERE name = '第4网格党支部'"), closedOn: T, reason: '网格调整' }),
  },
  'orgs.reopen': {
    setup: async (r) => {
      const org = await r.call('orgs.create', { name: '第4网格党支部', kind: '党支部', parentId: 1 });
      await r.call('orgs.close', { id: org.id, closedOn: T, reason: '网格调整' });
    },
    input: (r) => ({ id: r.id("SELECT id FROM orgs WHERE name = '第4网格党支部'") }),
  },
  'orgs.committeeAdd': (r) => ({
    orgId: BRANCH,
    memberId: 4,
    name: r.row<{ name: string }>('SELECT name FROM members WHERE id = 4').name,
    role: '青年委员',
    startOn: T,
  }),
  'orgs.committeeEnd': () => ({ id: 3, endOn: T }),

  'members.create': () => ({
    name: '林晓',
    gender: '女',
    birthDate: '1990-05-01',
    idNumber: makeId('1990-05-01', '女'),
    joinedOn: '2015-07-01',
    fullMemberOn: '2016-07-01',
    category: '正式党员',
    communityClass: '直管',
    branchId: BRANCH,
    groupId: 3,
    transferIn: { occurredOn: T, fromPlace: '朝阳区某社区党委' },
  }),
  'members.update': (r) => ({ ...formOf(ledgerOf(r.started), M), id: M, phone: '13911112222', groupId: 4, effectiveOn: T }),
  'members.changeStatus': () => ({ id: M, change: '转出', occurredOn: T, place: '朝阳区某社区党委', letterNo: '组转2026-18' }),
  'members.correctFactDate': (r) => ({
    id: 21,
    factId: r.id("SELECT id FROM member_facts WHERE member_id = 21 AND fact = 'group'"),
    edge: 'from',
    newOn: '2010-01-01',
    reason: '录入时日期有误',
  }),

  'meetings.save': async (r) => {
    const { people } = await r.call('meetings.expected', { orgId: BRANCH, types: ['党课'], heldOn: T });
    return {
      orgId: BRANCH,
      types: ['党课'],
      heldOn: T,
      lecturer: '孙梅',
      lectureTitle: '学习党章',
      attendance: people.map((p) => ({ memberId: p.memberId, status: '出席' as const })),
    };
  },
  'meetings.void': (r) => ({ id: r.id('SELECT id FROM meetings WHERE org_id = ? ORDER BY held_on DESC LIMIT 1', BRANCH), reason: '重复录入' }),
  'meetings.saveRules': async (r) => ({
    rules: (await r.call('meetings.rules', {})).map(({ type, period, minCount }) => ({ type, period, minCount: type === '党课' ? minCount + 1 : minCount })),
  }),
  'meetings.addExemption': () => ({ orgId: 8, type: '支部委员会', year: YEAR, reason: '正式党员不足7人，未设支部委员会' }),

  'dual.saveUnit': () => ({ name: '区图书馆', registeredOn: T, category: '事业单位' }),
  'dual.cancelUnit': () => ({ id: 1, on: T, reason: '单位撤并' }),
  'dual.saveOnjob': () => ({ name: '周强', gender: '男', idNumber: makeId('1985-03-03'), unitId: 1, registeredOn: T, posts: ['志愿服务'] }),
  'dual.revokeOnjob': () => ({ id: 1, on: T, reason: '调离本区' }),
  'dual.createDemand': () => ({ kind: '需求', title: '修理楼道灯', requester: '张大爷', doneOn: T, doneBy: '社区党委' }),
  // Every demand of the sample is done: a new one is 点单'd, and the 支部 takes it up.
  'dual.takeStep': {
    setup: (r) => r.call('dual.createDemand', { kind: '需求', title: '修理楼道灯', requester: '张大爷', doneOn: T, doneBy: '社区党委' }),
    input: (r) => ({ demandId: r.id('SELECT max(id) AS id FROM demands'), step: DEMAND_STEPS[1], doneOn: T, doneBy: '第1网格党支部' }),
  },
  'dual.saveActivity': () => ({
    heldOn: T,
    theme: '清理楼道杂物',
    category: '环境整治',
    participants: [
      { kind: 'onjob', refId: 2, hours: 2 },
      { kind: 'member', refId: M, hours: 2 },
    ],
  }),
  'dual.setEvaluation': () => ({ onjobId: 1, year: YEAR, grade: '不合格', reason: '全年未参加活动' }),
  'dual.saveThresholds': async (r) => {
    const t = await r.call('dual.thresholds', {});
    return { basis: t.basis, pass: t.pass + 1, excellent: t.excellent + 1 };
  },

  'points.adoptDefault': () => ({ year: YEAR + 1 }),
  'points.copyScheme': () => ({ from: YEAR, to: YEAR + 1 }),
  'points.saveRule': async (r) => {
    const rule = (await r.call('points.rules', { year: YEAR })).find((x: PointRule) => x.code === 'BASE')!;
    return { ...rule, meetingTypes: rule.meetingTypes as never, appliesTo: rule.appliesTo as never, points: rule.points + 5 };
  },
  'points.saveStars': async (r) => ({
    year: YEAR,
    levels: (await r.call('points.stars', { year: YEAR })).map((l) => ({ stars: l.stars, minPoints: l.minPoints + 5 })),
  }),
  'points.addManual': () => ({ memberId: M, ruleId: 10, occurredOn: T, points: 5, reason: '获评区优秀共产党员', operator: '王芳' }),
  'points.reverse': {
    setup: (r) => r.call('points.addManual', { memberId: M, ruleId: 10, occurredOn: T, points: 5, reason: '获评区优秀共产党员', operator: '王芳' }),
    input: (r) => ({ id: r.id('SELECT max(id) AS id FROM point_entries'), reason: '重复登记', operator: '王芳' }),
  },
  'points.setExclusion': () => ({ memberId: M, year: YEAR, reason: '长期外出' }),
  // No call leaves 积分 out of date (every rule write recomputes), so the setup changes a rule straight
  // in the file, as a rule changed by an older version would stand: the recompute then appends.
  'points.recompute': {
    setup: (r) => r.run(`UPDATE point_rules SET points = points + 1 WHERE year = ${YEAR} AND code = 'MEET_DAY'`),
    input: () => ({ year: YEAR }),
  },
  'appraisal.create': () => ({ year: YEAR, orgId: BRANCH, heldOn: T }),
  'appraisal.saveEntry': {
    setup: (r) => r.call('appraisal.create', { year: YEAR, orgId: BRANCH, heldOn: T }),
    input: (r) => ({ appraisalId: r.id('SELECT id FROM appraisals'), memberId: M, grade: '优秀' }),
  },
  'years.close': () => ({ year: YEAR - 1, operator: '王芳' }),
  'years.reopen': {
    setup: (r) => r.call('years.close', { year: YEAR - 1, operator: '王芳' }),
    input: () => ({ year: YEAR - 1, reason: '补录漏登的党费', operator: '王芳' }),
  },

  'dues.saveScheme': async (r) => {
    const s = await r.call('dues.scheme', { year: YEAR });
    return { year: YEAR, rounding: '元', bands: s.bands };
  },
  'dues.copyScheme': {
    setup: async (r) => r.call('dues.saveScheme', { year: YEAR, rounding: '元', bands: (await r.call('dues.scheme', { year: YEAR })).bands }),
    input: () => ({ fromYear: YEAR, toYear: YEAR + 1 }),
  },
  'dues.saveBase': () => ({ memberId: M, fromMonth: '2026-11', kind: '在职', baseFen: 1800000 }),
  'dues.voidBase': {
    setup: (r) => r.call('dues.saveBase', { memberId: M, fromMonth: '2026-11', kind: '在职', baseFen: 1800000 }),
    input: (r) => ({ id: r.id('SELECT max(id) AS id FROM dues_bases'), reason: '基数核定有误' }),
  },
  'dues.saveOpening': () => ({ startMonth: '2026-01', defaultPaidThrough: '2025-12', members: [{ memberId: M, paidThrough: '2026-03' }] }),
  'dues.saveBases': () => ({ fromMonth: '2026-11', rows: [{ memberId: M, kind: '在职', baseFen: 1700000 }] }),
  'dues.setBasesFor': () => ({ year: YEAR, orgId: BRANCH, scope: '在职', fromMonth: '2026-11', kind: '在职', baseFen: 500000 }),
  'dues.pay': (r) => {
    const { month } = r.row<{ month: string }>(
      'SELECT max(m.month) AS month FROM dues_payment_months m JOIN dues_payments p ON p.id = m.payment_id WHERE p.member_id = ?',
      M,
    );
    const next =
      month.slice(5) === '12' ? `${Number(month.slice(0, 4)) + 1}-01` : `${month.slice(0, 4)}-${String(Number(month.slice(5)) + 1).padStart(2, '0')}`;
    return { memberId: M, fromMonth: next, toMonth: next, paidOn: T, method: '微信' };
  },
  'dues.payBranchMonth': () => ({ orgId: BRANCH, month: '2026-11', paidOn: T, method: '现金', collector: '贺文' }),
  'dues.reverse': (r) => ({ paymentId: r.id('SELECT max(id) AS id FROM dues_payments'), reason: '金额录错' }),
  'dues.handover': () => ({ fromOrgId: BRANCH, toOrgId: 1, handedOn: T, periodFrom: '2026-10', periodTo: '2026-10', amountFen: 12000 }),
  'dues.reverseHandover': (r) => ({ id: r.id('SELECT max(id) AS id FROM dues_handovers'), reason: '金额录错' }),

  'development.create': () => ({ name: '许可', gender: '女', birthDate: '2001-03-01', idNumber: makeId('2001-03-01', '女'), orgId: BRANCH }),
  'development.update': (r) => {
    const p = r.row<{
      name: string;
      gender: '男' | '女';
      ethnicity: string | null;
      birth_date: string | null;
      id_number: string | null;
      work_unit: string | null;
      note: string | null;
    }>('SELECT name, gender, ethnicity, birth_date, id_number, work_unit, note FROM dev_people WHERE id = 1');
    return {
      id: 1,
      name: p.name,
      gender: p.gender,
      ethnicity: p.ethnicity,
      birthDate: p.birth_date,
      idNumber: p.id_number,
      workUnit: p.work_unit,
      note: p.note,
      phone: '13700001111',
      orgId: 5,
    };
  },
  // Person 9 has had the 支部大会 and (setup) the 上级党委派人谈话; the 上级党委审批 makes them a 预备党员 on the roster.
  'development.record': {
    setup: (r) => r.call('development.record', { personId: 9, stepCode: 'higherTalk', doneOn: '2026-11-20', typedPeople: '街道党工委 李强' }),
    input: () => ({ personId: 9, stepCode: 'approve', doneOn: T, docNo: '幸组〔2026〕9号' }),
  },
  'development.voidRecord': (r) => ({ id: r.id('SELECT max(id) AS id FROM dev_records WHERE person_id = 2'), reason: '录入错误' }),
  'development.leave': () => ({ id: 2, on: T, reason: '本人撤回申请' }),
  'development.savePlan': () => ({ year: YEAR, orgId: null, quota: 7 }),
  'development.saveStepName': () => ({ code: 'talk', name: '支部派人谈话了解' }),

  'care.saveFlowOut': () => ({ memberId: M, leftOn: '2026-11-01', place: '广东省深圳市', unit: '深圳某公司' }),
  'care.voidFlowOut': () => ({ id: 2, reason: '登记有误' }),
  'care.addFlowContact': () => ({ flowOutId: 1, contactedOn: T, method: '电话' }),
  'care.saveFlowIn': () => ({ name: '赵磊', gender: '男', fromPlace: '河北省保定市', homeOrg: '保定某社区党支部', orgId: BRANCH, arrivedOn: '2026-11-01' }),
  'care.saveLost': () => ({ memberId: M, lostOn: '2026-05-01', searchMade: '电话停机' }),
  'care.saveVisit': () => ({ memberId: M, visitedOn: T, occasion: '生病', visitors: '王芳', moneyFen: 20000 }),
  'care.voidVisit': () => ({ id: 4, reason: '登记有误' }),
  'care.saveMedal': () => ({ memberId: 30, year: YEAR, presentedOn: '2026-07-01' }),
  'care.saveCenter': () => ({ memberId: M, building: '3号楼', households: 6, fromOn: '2026-11-01' }),
  'care.saveRules': async (r) => {
    const rules = await r.call('care.rules', {});
    return { lostMonths: rules.lostMonths + 1, veteranAge: rules.veteranAge };
  },
  'care.saveFlowHome': () => ({ province: '北京市', city: '北京市' }),

  'attachments.add': (r) => ({
    kind: 'meeting',
    ownerId: r.id('SELECT id FROM meetings ORDER BY held_on DESC, id DESC LIMIT 1'),
    fileName: '签到表.png',
    data: PNG,
  }),
  'attachments.remove': {
    setup: (r) =>
      r.call('attachments.add', {
        kind: 'meeting',
        ownerId: r.id('SELECT id FROM meetings ORDER BY held_on DESC, id DESC LIMIT 1'),
        fileName: '签到表.png',
        data: PNG,
      }),
    input: (r) => ({ kind: 'meeting', id: r.id('SELECT max(id) AS id FROM meeting_attachments') }),
  },
  'import.commit': async (r) => ({
    uploadId: await r.upload(
      'import.upload',
      '花名册.xlsx',
      await roster([['张秀兰', makeId('1975-03-12', '女'), '2001-07-01', '2002-07-01', '第1网格党支部', '第1支部1号楼党小组']]),
    ),
  }),
  'import.createOrgs': async (r) => ({
    uploadId: await r.upload(
      'import.upload',
      '花名册.xlsx',
      await roster([['李建国', makeId('1960-05-01'), '1985-06-01', '1986-06-01', '离退休党支部', null]]),
    ),
  }),
  'census.explainDifference': {
    setup: (r) => r.call('reports.reportPackage', { year: YEAR - 1 }),
    input: async (r) => ({
      year: YEAR,
      difference: (await r.call('census.report', { year: YEAR })).identity.difference!.value,
      reason: '上年报送后补录了转入党员',
    }),
  },
  'reports.reportPackage': () => ({ year: YEAR }),

  'street.setKind': { on: 'empty', input: () => ({ kind: '街道' }) },
  'street.addCommunity': { on: 'street', input: () => ({ name: '新华社区', contact: '钱进' }) },
  'street.updateCommunity': { on: 'street', input: (r) => ({ id: byName(r, '光荣社区'), name: '光荣社区', contact: '孙丽', phone: '010-66661234' }) },
  'street.closeCommunity': { on: 'street', input: (r) => ({ id: byName(r, '光荣社区'), closedOn: T }) },
  'street.issueAccessCode': { on: 'street', input: (r) => ({ id: byName(r, '光荣社区') }) },
  'street.mergeCommunities': { on: 'street', input: (r) => ({ fromId: byName(r, '光荣社区'), intoId: byName(r, '和平社区'), on: T }) },
  'street.importPackages': {
    on: 'street',
    input: async (r) => ({ files: [await r.upload('street.upload', r.bases.newPackage.fileName, r.bases.newPackage.bytes)] }),
  },
  'street.voidPackage': { on: 'street', input: (r) => ({ id: r.id('SELECT max(id) AS id FROM street_packages'), reason: '报错了年度' }) },
  'street.setQuota': { on: 'street', input: (r) => ({ communityId: byName(r, '和平社区'), year: YEAR, applied: 6, activists: 4, candidates: 2, admitted: 1 }) },
  'street.setDeadline': { on: 'street', input: () => ({ year: YEAR, quarter: null, dueOn: '2027-01-15' }) },
  'street.recordDuesReceived': { on: 'street', input: (r) => ({ communityId: byName(r, '和平社区'), receivedOn: T, amountFen: 150000 }) },
  'street.importDownFile': (r) => ({ fileName: r.bases.downFile.fileName, data: r.bases.downFile.bytes.toString('base64') }),
};

export const caseOf = (name: WriteCallName): Case<CallName> => {
  const entry = WRITES[name] as Maker<CallName> | Case<CallName>;
  return typeof entry === 'function' ? { input: entry } : entry;
};
