// 党内统计 (census.report): the year-end figures as of 12-31 (today while the year runs), every
// one from the dated facts, keyed so the street adds them across communities (docs/census.md).
// Each people figure is built as the list of the people behind it, so the count and the list
// (census.people) come from one pass and cannot disagree.
import { AGE_BANDS, bandOf, JOIN_PERIODS, joinPeriodOf, PARTY_AGE_BANDS } from '../../api/rules/census';
import { fullYearsBetween } from '../../api/rules/dates';
import { BRANCH_TYPES, COMMUNITY_CLASSES, EDUCATIONS } from '../../api/enums';
import { FLOW_DIRECTIONS } from '../../api/schemas/care';
import type { CensusFigure, CensusPerson, CensusReport, CensusTable } from '../../api/schemas/census';
import { notFound } from '../ledgerError';
import { memoUntilWrite } from '../memo';
import type { Ledger } from '../open';
import { APPRAISAL_ROWS, appraisalPeople, appraisalPerson } from './appraisalTable';
import { ADDED_ROWS, REMOVED_ROWS, yearChanges } from './changes';
import { countedOn } from './counted';
import { countedMembers, type CountedMember } from './members';
import { checkIdentity } from './identity';
import { asReported, reportedSnapshot, withReportedStart } from './reported';
import { duesYear, flowPeople, orgCountsOn, pipelineOn } from './others';
import { probationChanges } from './probation';

/** The day the year's figures are read on: its 12-31, or today while it runs. */
export const censusAsOf = (year: number, today: string): string => (today < `${year}-12-31` ? today : `${year}-12-31`);

/** A figure's people, made into CensusPerson only when opened: most figures never are. */
type Lister = () => CensusPerson[];

interface Built {
  report: CensusReport;
  people: Map<string, Lister>;
}

const same = (p: CensusPerson) => p;
/** A change as the list shows it, without the fields the report works with. */
const asPerson = ({ memberId, name, gender, branchName, detail }: CensusPerson): CensusPerson => ({ memberId, name, gender, branchName, detail });

/** A table under construction: rows in print order, people figures holding their lists. */
class TableBuilder {
  readonly rows: CensusFigure[] = [];
  constructor(
    readonly key: string,
    readonly title: string,
    readonly unit: CensusTable['unit'],
    private readonly people: Map<string, Lister>,
  ) {}
  list<T>(key: string, label: string, items: readonly T[], person: (item: T) => CensusPerson): void {
    this.rows.push({ key, label, value: items.length, drill: true });
    this.people.set(`${this.key}/${key}`, () => items.map(person));
  }
  count(key: string, label: string, value: number): void {
    this.rows.push({ key, label, value, drill: false });
  }
  done(): CensusTable {
    return { key: this.key, title: this.title, unit: this.unit, rows: this.rows };
  }
}

const personOf = (m: CountedMember, detail: string): CensusPerson => ({ memberId: m.id, name: m.name, gender: m.gender, branchName: m.branchName, detail });

/** Groups members by a key in the order of `rows`; members whose key is not listed go to `other` (a row shown only when it has people). */
function grouped(
  t: TableBuilder,
  members: CountedMember[],
  rows: readonly (readonly [string, string, ...unknown[]])[],
  keyOf: (m: CountedMember) => string | null,
  detail: (m: CountedMember) => string,
  other?: readonly [string, string],
) {
  const lists = new Map<string, CountedMember[]>(rows.map(([k]) => [k, []]));
  const rest: CountedMember[] = [];
  for (const m of members) {
    const k = keyOf(m);
    const list = k === null ? undefined : lists.get(k);
    (list ?? rest).push(m);
  }
  const person = (m: CountedMember) => personOf(m, detail(m));
  for (const [k, label] of rows) t.list(k, label, lists.get(k)!, person);
  if (other && rest.length > 0) t.list(other[0], other[1], rest, person);
}

function build(ledger: Ledger, year: number, today: string): Built {
  const asOf = censusAsOf(year, today);
  const from = `${year}-01-01`;
  const people = new Map<string, Lister>();
  const table = (key: string, title: string, unit: CensusTable['unit'] = '人') => new TableBuilder(key, title, unit, people);

  const counted = countedMembers(ledger, asOf);
  const full = counted.filter((m) => m.category === '正式党员');
  const probationary = counted.filter((m) => m.category !== '正式党员');
  const catText = (m: CountedMember) => `${m.category}${m.partyStatus === '正常' ? '' : `，${m.partyStatus}`}`;

  const total = table('total', '党员总数');
  total.list('total', '年末党员总数', counted, (m) => personOf(m, catText(m)));
  total.list('full', '正式党员', full, (m) => personOf(m, `${m.fullMemberOn ?? ''}转正`));
  total.list('probationary', '预备党员', probationary, (m) => personOf(m, `${m.joinedOn}入党`));

  const composition = table('composition', '性别与民族');
  composition.list(
    'female',
    '女性党员',
    counted.filter((m) => m.gender === '女'),
    (m) => personOf(m, '女'),
  );
  composition.list(
    'minority',
    '少数民族党员',
    counted.filter((m) => m.ethnicity !== null && m.ethnicity !== '汉族'),
    (m) => personOf(m, m.ethnicity ?? ''),
  );

  const age = table('age', '年龄');
  grouped(
    age,
    counted,
    AGE_BANDS,
    (m) => bandOf(AGE_BANDS, m.age)?.[0] ?? null,
    (m) => `${m.age ?? '?'}岁（${m.birthDate}出生）`,
    ['age:unknown', '出生日期不详'],
  );

  const education = table('education', '学历');
  grouped(
    education,
    counted,
    [...EDUCATIONS.map((e) => [`edu:${e}`, e] as const), ['edu:未填', '未填']],
    (m) => `edu:${m.education ?? '未填'}`,
    (m) => m.education ?? '未填',
  );

  const partyAge = table('partyAge', '党龄');
  const partyYears = (m: CountedMember) => fullYearsBetween(m.fullMemberOn, asOf);
  grouped(
    partyAge,
    counted,
    [['partyAge:probationary', '预备党员'], ...PARTY_AGE_BANDS],
    (m) => (m.category !== '正式党员' ? 'partyAge:probationary' : (bandOf(PARTY_AGE_BANDS, partyYears(m))?.[0] ?? null)),
    (m) => (m.category !== '正式党员' ? `预备党员，${m.joinedOn}入党` : `党龄${partyYears(m) ?? '?'}年（${m.fullMemberOn ?? '转正日期不详'}转正）`),
    ['partyAge:unknown', '转正日期不详'],
  );

  // 党员入党时间 by the official periods (api/rules/census.ts JOIN_PERIODS), from the 入党日期.
  const joinPeriod = table('joinPeriod', '党员入党时间');
  grouped(
    joinPeriod,
    counted,
    JOIN_PERIODS,
    (m) => joinPeriodOf(m.joinedOn),
    (m) => `${m.joinedOn}入党`,
    ['joinPeriod:unknown', '入党日期不详'],
  );

  const category = table('category', '社区分类');
  grouped(
    category,
    counted,
    COMMUNITY_CLASSES.map((c) => [`class:${c}`, c] as const),
    (m) => `class:${m.communityClass}`,
    (m) => m.communityClass,
  );

  const flows = flowPeople(ledger, asOf);
  const flow = table('flow', '流动党员');
  flow.list('out', '流出党员', flows.out, same);
  flow.list('in', '流入党员', flows.in, same);

  // 流动党员 by 流向 (市内, 省内, 省外): the same 流出 list split, records without one on their own row.
  const flowDirection = table('flowDirection', '流出党员流向');
  for (const d of FLOW_DIRECTIONS)
    flowDirection.list(
      `direction:${d}`,
      `流向${d}`,
      flows.out.filter((_, i) => flows.outDirection[i] === d),
      same,
    );
  flowDirection.list(
    'direction:unknown',
    '流向未注明',
    flows.out.filter((_, i) => flows.outDirection[i] === null),
    same,
  );

  const appraised = appraisalPeople(ledger, year);
  const appraisal = table('appraisal', '民主评议党员');
  for (const [key, label] of APPRAISAL_ROWS) appraisal.list(key, label, appraised.get(key)!, appraisalPerson);

  const changes = yearChanges(ledger, from, asOf);
  const dev = pipelineOn(ledger, from, asOf);
  const pipeline = table('pipeline', '发展党员工作');
  pipeline.list('applicants', '入党申请人', dev.applicants, same);
  pipeline.list('activists', '入党积极分子', dev.activists, same);
  pipeline.list('candidates', '发展对象', dev.candidates, same);
  // One list for 本年发展党员 and the 增减's 发展党员, so two tables of one 年报 cannot disagree: a
  // member admitted on the roster without a 发展 file is a 发展党员 in both (issue 31).
  pipeline.list(
    'admitted',
    '本年发展党员',
    changes.filter((c) => c.key === 'in:developed'),
    asPerson,
  );

  const prob = probationChanges(ledger, from, asOf);
  const probation = table('probation', '预备党员转正情况');
  probation.list('regular', '本年转正', prob.regular, same);
  probation.list('extended', '延长预备期', prob.extended, same);
  probation.list('cancelled', '取消预备党员资格', prob.cancelled, same);

  const changeTable = table('changes', '党员增减变化');
  const ofKey = (key: string) => changes.filter((c) => c.key === key);
  changeTable.list(
    'added',
    '增加合计',
    changes.filter((c) => c.added),
    asPerson,
  );
  for (const [key, label] of ADDED_ROWS) changeTable.list(key, label, ofKey(key), asPerson);
  changeTable.list(
    'removed',
    '减少合计',
    changes.filter((c) => !c.added),
    asPerson,
  );
  for (const [key, label] of REMOVED_ROWS) changeTable.list(key, label, ofKey(key), asPerson);

  const orgCounts = orgCountsOn(ledger, from, asOf);
  const orgs = table('orgs', '党组织', '个');
  orgs.count('committee', '党委', orgCounts.byKind.get('党委') ?? 0);
  orgs.count('general', '党总支', orgCounts.byKind.get('党总支') ?? 0);
  orgs.count('branch', '党支部', orgCounts.byKind.get('党支部') ?? 0);
  for (const type of [...BRANCH_TYPES, '未分类']) {
    const n = orgCounts.byBranchType.get(type) ?? 0;
    if (type !== '未分类' || n > 0) orgs.count(`branch:${type}`, `其中：${type}`, n);
  }
  orgs.count('joint', '联合党支部', orgCounts.byKind.get('联合党支部') ?? 0);
  orgs.count('group', '党小组', orgCounts.byKind.get('党小组') ?? 0);
  orgs.count('elections', '本年换届的党组织', orgCounts.elections);

  const money = duesYear(ledger, year, today);
  const dues = table('dues', '党费', '元');
  dues.count('due', '应交党费', money.dueFen);
  dues.count('paid', '实交党费', money.paidFen);
  dues.count('handed', '上缴党费', money.handedFen);

  const end = new Set(counted.map((m) => m.id));
  const start = countedOn(ledger, `${year - 1}-12-31`);
  const names = nameLookup(ledger, counted, changes);
  const identity = withReportedStart(ledger, checkIdentity(start, end, changes, names, year), year, start);

  const tables = [
    total,
    composition,
    age,
    education,
    partyAge,
    joinPeriod,
    category,
    flow,
    flowDirection,
    pipeline,
    probation,
    appraisal,
    changeTable,
    orgs,
    dues,
  ].map((t) => t.done());
  const live: CensusReport = { year, asOf, tables, identity, reported: null };
  // A reported year reads as it was reported, with what the records now say beside it.
  const snap = asOf === `${year}-12-31` ? reportedSnapshot(ledger, year) : null;
  return { report: snap ? asReported(ledger, live, end, snap) : live, people };
}

/** Names for the identity's breaks (rare): from what is already read, else the member row. */
function nameLookup(ledger: Ledger, counted: CountedMember[], changes: { memberId: number; name: string }[]): (id: number) => string {
  let known: Map<number, string> | null = null;
  return (id) => {
    known ??= new Map([...counted.map((m) => [m.id, m.name] as const), ...changes.map((c) => [c.memberId, c.name] as const)]);
    let name = known.get(id);
    if (name === undefined) {
      name = (ledger.prepare('SELECT name FROM members WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? `党员${id}`;
      known.set(id, name);
    }
    return name;
  };
}

const built = (ledger: Ledger, year: number, today: string): Built =>
  memoUntilWrite(ledger, `census:${year}:${censusAsOf(year, today)}`, () => build(ledger, year, today));

export function censusReport(ledger: Ledger, year: number, today: string): CensusReport {
  return built(ledger, year, today).report;
}

/** The people behind one figure with drill=true, in the figure's order. */
export function censusPeople(ledger: Ledger, year: number, table: string, key: string, today: string): CensusPerson[] {
  const list = built(ledger, year, today).people.get(`${table}/${key}`);
  if (!list) throw notFound('统计项');
  return list();
}
