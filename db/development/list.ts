// The register by stage: one row per person, stage derived from the live records.
import type { DevListQuery, DevPersonRow } from '../../api/schemas/development';
import type { Ledger } from '../open';
import { orgSubtree } from './orgScope';
import { liveSummaries, probationEndsOf, readPeople, toRow } from './read';
import { stepNames } from './steps';

export function listPeople(ledger: Ledger, query: DevListQuery, today: string): DevPersonRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!query.includeLeft) where.push('p.left_on IS NULL');
  if (query.orgId !== null) {
    where.push('p.org_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(orgSubtree(ledger, query.orgId)));
  }
  const people = readPeople(ledger, where.length ? `WHERE ${where.join(' AND ')}` : '', params);
  const live = liveSummaries(
    ledger,
    people.map((p) => p.id),
  );
  const names = stepNames(ledger);
  const ends = probationEndsOf(
    ledger,
    people.flatMap((p) => (p.memberId === null ? [] : [p.memberId])),
  );
  const rows = people.map((p) => toRow(p, live.get(p.id), names, today, ends));
  return query.stage === null ? rows : rows.filter((r) => r.stage === query.stage);
}
