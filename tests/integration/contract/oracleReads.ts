// Every read call of the contract, with the inputs the staleness oracle asks it with: the year
// 2026 (and its neighbours where a write names another year), and the records the sample holds
// (every member, organisation and 发展 file; the newest meetings). A read added to the contract
// without a line here does not compile.
import { CALL_NAMES, contract, type CallInput, type CallName } from '../../../api/contract';
import type { Ledger } from '../../../db/open';
import { ORACLE_TODAY, YEAR } from './oracleLedgers';

export type ReadCallName = { [K in CallName]: (typeof contract)[K]['effect'] extends 'read' ? K : never }[CallName];

/** The records of the ledger a read is asked about; empty lists on a ledger that has none. */
export interface Ids {
  /** The members the writes are about (tests/integration/contract/oracleWrites.ts) and one no write names: asking all 46 took most of the time. */
  members: number[];
  orgs: number[];
  branches: number[];
  meetings: number[];
  devPeople: number[];
  activities: number[];
  communities: number[];
  packages: number[];
}

/** 孙梅 (1), 4, 石刚珍 (21), 梁刚兰 (30, 光荣在党50年) and the 预备党员 20 are named by writes; 46 by none. */
const CAST = [1, 4, 20, 21, 30, 46];

export function idsOf(ledger: Ledger): Ids {
  const ids = (sql: string) => (ledger.sqlite.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  return {
    members: ids(`SELECT id FROM members WHERE id IN (${CAST.join(', ')}) ORDER BY id`),
    orgs: ids('SELECT id FROM orgs ORDER BY id'),
    branches: ids("SELECT id FROM orgs WHERE kind IN ('党支部', '联合党支部') ORDER BY id"),
    // The newest three: the ones a write's meeting, void or attachment is about.
    meetings: ids('SELECT id FROM meetings ORDER BY held_on DESC, id DESC LIMIT 3'),
    devPeople: ids('SELECT id FROM dev_people ORDER BY id'),
    activities: ids('SELECT id FROM activities ORDER BY held_on DESC, id DESC LIMIT 2'),
    communities: ids('SELECT id FROM street_communities ORDER BY id'),
    packages: ids('SELECT id FROM street_packages ORDER BY id'),
  };
}

/**
 * Calls the renderer makes with client.call, outside the query cache: nothing of theirs can be
 * stale. (They take an upload, a job or a file name, not a view of the ledger.)
 */
export interface NotCached {
  notCached: string;
}

type ReadInputs = { [K in ReadCallName]: ((ids: Ids) => CallInput<K>[]) | NotCached };

const years = [YEAR - 1, YEAR, YEAR + 1];
const each = <T>(list: number[], f: (id: number) => T): T[] => list.map(f);

export const READS: ReadInputs = {
  'app.info': () => [{}],
  'settings.get': () => [{}],
  'settings.ledgerStart': () => [{}],
  'backups.status': () => [{}],
  'sample.status': () => [{}],
  'audit.list': () => [{}],
  'lock.status': () => [{}],
  'years.status': () => [{}],

  'orgs.list': () => [{}, { includeClosed: false }],
  'orgs.get': (x) => each(x.orgs, (id) => ({ id })),
  'members.list': () => [{ pageSize: 200 }, { view: 'history', pageSize: 200 }],
  'members.get': (x) => each(x.members, (id) => ({ id })),
  'members.history': (x) => each(x.members, (id) => ({ id })),
  'members.probation': (x) => each(x.members, (id) => ({ id })),
  'members.attendance': (x) => each(x.members, (id) => ({ id, year: YEAR })),

  'home.reminders': () => [{}],
  'home.duesReminders': () => [{}],
  'home.developmentReminders': () => [{}],
  'home.careReminders': () => [{}],
  'home.figures': () => [{}],
  'home.checklist': () => [{}],

  'meetings.list': () => years.map((year) => ({ year })),
  'meetings.get': (x) => each(x.meetings, (id) => ({ id })),
  'meetings.expected': (x) => each(x.branches, (orgId) => ({ orgId, types: ['支部党员大会' as const], heldOn: ORACLE_TODAY })),
  'meetings.compliance': () => years.map((year) => ({ year })),
  'meetings.rules': () => [{}],

  'dual.units': () => [{}],
  'dual.onjob': () => [{}],
  'dual.demands': () => [{}],
  'dual.activities': () => [{ year: YEAR }],
  'dual.figures': () => [{ year: YEAR }],
  'dual.people': () => [{ year: YEAR, pageSize: 200 }],
  'dual.thresholds': () => [{}],

  'points.rules': () => years.map((year) => ({ year })),
  'points.stars': () => years.map((year) => ({ year })),
  'points.standings': () => [{ year: YEAR, pageSize: 200 }],
  'points.statement': (x) => each(x.members, (memberId) => ({ memberId, year: YEAR })),
  'appraisal.overview': () => [{ year: YEAR }],
  'appraisal.get': (x) => each(x.branches, (orgId) => ({ year: YEAR, orgId })),

  'dues.scheme': () => years.map((year) => ({ year })),
  'dues.bases': () => [{ year: YEAR, pageSize: 200 }],
  'dues.month': (x) =>
    x.branches.flatMap((orgId) => [
      { orgId, month: '2026-10' },
      { orgId, month: '2026-11' },
    ]),
  'dues.arrears': () => [{ asOf: ORACLE_TODAY }],
  'dues.member': (x) => each(x.members, (memberId) => ({ memberId, year: YEAR })),
  'dues.handovers': () => [{ year: YEAR }],
  'dues.stats': () => [
    { year: YEAR, period: '月' },
    { year: YEAR, period: '年' },
  ],
  'dues.opening': () => [{}],

  'development.steps': () => [{}],
  'development.list': () => [{}, { includeLeft: true }],
  'development.person': (x) => each(x.devPeople, (id) => ({ id })),
  'development.plan': () => [{ year: YEAR }],
  'development.proposeVote': (x) => each(x.devPeople, (personId) => ({ personId, on: ORACLE_TODAY })),

  'care.flows': () => [{}, { includeEnded: true }],
  'care.flowIns': () => [{ includeEnded: true }],
  'care.lost': () => [{ includeFound: true }],
  'care.visits': () => [{ year: YEAR }],
  'care.notVisited': () => [{ year: YEAR }],
  'care.honor50': () => [{ year: YEAR }],
  'care.centers': () => [{ includeEnded: true }],
  'care.member': (x) => each(x.members, (memberId) => ({ memberId })),
  'care.rules': () => [{}],
  'care.flowHome': () => [{}],

  'attachments.list': (x) => [
    ...each(x.meetings, (id) => ({ kind: 'meeting' as const, id })),
    ...each(x.activities, (id) => ({ kind: 'activity' as const, id })),
    ...each(x.devPeople, (id) => ({ kind: 'development' as const, id })),
  ],
  'census.report': () => [{ year: YEAR - 1 }, { year: YEAR }],

  'street.kind': () => [{}],
  'street.communities': () => [{}],
  'street.packages': () => [{ withReplaced: true }],
  'street.packageForms': (x) => each(x.packages, (id) => ({ id })),
  'street.members': () => [{ year: YEAR }],
  'street.meetings': () => [{ year: YEAR }],
  'street.dual': () => [{ year: YEAR }],
  'street.dues': () => [{ year: YEAR }],
  'street.appraisal': () => [{ year: YEAR }],
  'street.points': () => [{ year: YEAR }],
  'street.census': () => [{ year: YEAR }],
  'street.care': () => [{ year: YEAR }],
  'street.terms': () => [{ year: YEAR }],
  'street.plan': () => [{ year: YEAR }],
  'street.devProgress': () => [{ year: YEAR }],
  'street.duesCheck': () => [{ year: YEAR }],
  'street.duesMonth': () => [{ year: YEAR, month: 10 }],
  'street.meetingsMonth': () => [{ year: YEAR, month: 10 }],
  'street.nextDeadline': () => [{}],

  'reports.jobStatus': { notCached: 'polled by the reports page with client.call while a 年度台账 builds' },
  'files.deliver': { notCached: 'hands an export to the user (save dialog); asked once per export' },
  'import.upload': { notCached: 'holds an uploaded file in memory; answers its id' },
  'import.preview': { notCached: 'the import drawer asks it with client.call for each mapping it tries' },
  'import.rosterTemplate': { notCached: 'writes a new template file each time it is asked' },
  'street.upload': { notCached: 'holds an uploaded package in memory; answers its id' },
  'street.previewPackages': { notCached: 'the packages page asks it with client.call for each set of decisions' },
};

/** Each cached read with its inputs for this ledger, as [call, input] pairs in a fixed order. */
export function readCalls(ids: Ids): [CallName, object][] {
  const out: [CallName, object][] = [];
  for (const name of CALL_NAMES) {
    if (contract[name].effect !== 'read') continue;
    const entry = READS[name as ReadCallName] as ((ids: Ids) => object[]) | NotCached;
    if (typeof entry === 'function') for (const input of entry(ids)) out.push([name, input]);
  }
  return out;
}
