// The communities a street oversees: added by hand or by the first package a community sends.
// Closed with a date, never deleted (their packages stay readable).
import type { StreetCommunity } from '../../api/schemas/street';
import { nowStamp } from '../clock';
import { LedgerError, notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { streetEdited } from './live';

interface CommunityFields {
  name: string;
  contact: string | null;
  phone: string | null;
  note: string | null;
}

const LIST_SQL = `
  SELECT c.id, c.name, c.contact, c.phone, c.note, c.created_at AS createdAt, c.closed_on AS closedOn,
         c.uid, c.former_names AS formerNames, c.access_code AS accessCode, c.merged_into AS mergedInto,
         count(p.id) AS packages, max(p.imported_at) AS lastImportedAt
  FROM street_communities c LEFT JOIN street_packages p ON p.community_id = c.id AND p.replaced_at IS NULL AND p.voided_at IS NULL`;

type Raw = Omit<StreetCommunity, 'formerNames'> & { formerNames: string | null };
const parsed = (r: Raw): StreetCommunity => ({ ...r, formerNames: r.formerNames ? (JSON.parse(r.formerNames) as StreetCommunity['formerNames']) : [] });

export function listCommunities(ledger: Ledger): StreetCommunity[] {
  return (ledger.prepare(`${LIST_SQL} GROUP BY c.id ORDER BY c.closed_on IS NOT NULL, c.id`).all() as Raw[]).map(parsed);
}

export function getCommunity(ledger: Ledger, id: number): StreetCommunity {
  const row = ledger.prepare(`${LIST_SQL} WHERE c.id = ? GROUP BY c.id`).get(id) as Raw | undefined;
  if (!row) throw notFound('社区');
  return parsed(row);
}

export function communityByName(ledger: Ledger, name: string): { id: number; closedOn: string | null } | null {
  return (
    (ledger.prepare('SELECT id, closed_on AS closedOn FROM street_communities WHERE name = ?').get(name) as
      { id: number; closedOn: string | null } | undefined) ?? null
  );
}

function checkName(ledger: Ledger, name: string, id: number | null) {
  const other = communityByName(ledger, name);
  if (other && other.id !== id) throw new LedgerError('CONFLICT', `已有名为“${name}”的社区`, 'name');
}

/** Inside the caller's transaction (the import adds the communities its packages name). */
export function insertCommunity(ledger: Ledger, fields: CommunityFields): number {
  checkName(ledger, fields.name, null);
  const info = ledger
    .prepare('INSERT INTO street_communities (name, contact, phone, note, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(fields.name, fields.contact, fields.phone, fields.note, nowStamp());
  return Number(info.lastInsertRowid);
}

export function addCommunity(ledger: Ledger, fields: CommunityFields): StreetCommunity {
  const id = ledger.tx(() => insertCommunity(ledger, fields));
  return getCommunity(ledger, id);
}

export function updateCommunity(ledger: Ledger, input: CommunityFields & { id: number }): StreetCommunity {
  ledger.tx(() => {
    const before = getCommunity(ledger, input.id);
    checkName(ledger, input.name, input.id);
    streetEdited(ledger);
    // A rename by hand keeps the old name as 曾用名, as a rename by package does (issue 31).
    const former = before.name === input.name ? before.formerNames : [...before.formerNames, { name: before.name, until: nowStamp().slice(0, 10) }];
    ledger
      .prepare('UPDATE street_communities SET name = ?, contact = ?, phone = ?, note = ?, former_names = ? WHERE id = ?')
      .run(input.name, input.contact, input.phone, input.note, former.length ? JSON.stringify(former) : null, input.id);
  });
  return getCommunity(ledger, input.id);
}

export function closeCommunity(ledger: Ledger, input: { id: number; closedOn: string }): StreetCommunity {
  ledger.tx(() => {
    const c = getCommunity(ledger, input.id);
    if (c.closedOn) throw refuse(`“${c.name}”已于${c.closedOn}撤销`);
    streetEdited(ledger);
    ledger.prepare('UPDATE street_communities SET closed_on = ? WHERE id = ?').run(input.closedOn, input.id);
  });
  return getCommunity(ledger, input.id);
}
