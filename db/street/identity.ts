// A community's identity at the street (issue 31): the stable id its ledger carries in every
// package (communityUid), the 接入码 the street gave it, and the names it had. A rename keeps one
// record; a duplicate record is merged into the other (its packages move, it closes); a package
// can be voided with a reason. Nothing is deleted; every change here is an audited call.
import { groupAccessCode, normalizeAccessCode } from '../../api/rules/accessCode';
import type { StreetCommunity } from '../../api/schemas/street';
import { nowStamp } from '../clock';
import { LedgerError, notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { getCommunity } from './communities';
import { accessKeyId, newAccessCode } from './accessCode';
import { streetEdited } from './live';

export interface CommunityIdentity {
  id: number;
  name: string;
  uid: string | null;
  accessCode: string | null;
  closedOn: string | null;
  mergedInto: number | null;
  formerNames: string | null;
}
const IDENTITY_SQL =
  'SELECT id, name, uid, access_code AS accessCode, closed_on AS closedOn, merged_into AS mergedInto, former_names AS formerNames FROM street_communities';

/** Follows merges to the record that stands (a chain at most as long as the merges made). */
export function standing(ledger: Ledger, c: CommunityIdentity | undefined | null): CommunityIdentity | null {
  let at = c ?? null;
  for (let i = 0; at?.mergedInto && i < 100; i++) at = identityById(ledger, at.mergedInto);
  return at;
}

export const identityById = (ledger: Ledger, id: number): CommunityIdentity | null =>
  (ledger.prepare(`${IDENTITY_SQL} WHERE id = ?`).get(id) as CommunityIdentity | undefined) ?? null;
export const identityByUid = (ledger: Ledger, uid: string): CommunityIdentity | null =>
  standing(ledger, ledger.prepare(`${IDENTITY_SQL} WHERE uid = ?`).get(uid) as CommunityIdentity | undefined);
export const identityByName = (ledger: Ledger, name: string): CommunityIdentity | null =>
  (ledger.prepare(`${IDENTITY_SQL} WHERE name = ?`).get(name) as CommunityIdentity | undefined) ?? null;

/** The record whose 接入码 has this key id (merged records' codes still count, for the one they went into). */
export function identityByKeyId(ledger: Ledger, keyId: string): { community: CommunityIdentity; code: string } | null {
  const coded = ledger.prepare(`${IDENTITY_SQL} WHERE access_code IS NOT NULL`).all() as CommunityIdentity[];
  const hit = coded.find((c) => accessKeyId(c.accessCode!) === keyId);
  return hit ? { community: standing(ledger, hit)!, code: hit.accessCode! } : null;
}

/** Open records added by hand that no package has named yet: what a first package may be. */
export function handAddedCandidates(ledger: Ledger): { id: number; name: string }[] {
  return ledger
    .prepare(
      `SELECT c.id, c.name FROM street_communities c WHERE c.uid IS NULL AND c.closed_on IS NULL AND c.merged_into IS NULL
         AND NOT EXISTS (SELECT 1 FROM street_packages p WHERE p.community_id = c.id) ORDER BY c.id`,
    )
    .all() as { id: number; name: string }[];
}

/** Every open record that stands (not closed, not merged): what a package of a clashing name may be. */
export function openCommunities(ledger: Ledger): { id: number; name: string }[] {
  return ledger.prepare('SELECT id, name FROM street_communities WHERE closed_on IS NULL AND merged_into IS NULL ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
}

/** Inside the import's transaction: binds the ledger's id to the record and takes the package's newer name. */
export function adoptIdentity(ledger: Ledger, id: number, input: { uid: string | null; name: string; rename: boolean }): void {
  const c = identityById(ledger, id)!;
  if (input.uid && !c.uid && !identityByUid(ledger, input.uid)) ledger.prepare('UPDATE street_communities SET uid = ? WHERE id = ?').run(input.uid, id);
  if (input.rename && c.name !== input.name) {
    const clash = identityByName(ledger, input.name);
    if (clash && clash.id !== id)
      throw new LedgerError('CONFLICT', `已有名为“${input.name}”的另一条社区记录，不能把“${c.name}”改名为它；如是同一社区，请先在“社区”页合并两条记录`, 'name');
    const former = [
      ...(c.formerNames ? (JSON.parse(c.formerNames) as { name: string; until: string }[]) : []),
      { name: c.name, until: nowStamp().slice(0, 10) },
    ];
    ledger.prepare('UPDATE street_communities SET name = ?, former_names = ? WHERE id = ?').run(input.name, JSON.stringify(former), id);
    streetEdited(ledger);
  }
}

/** The community's 接入码: made the first time it is asked for, the same ever after (the community types it in once). */
export function issueAccessCode(ledger: Ledger, id: number): StreetCommunity {
  ledger.tx(() => {
    const c = getCommunity(ledger, id);
    if (c.mergedInto) throw refuse(`“${c.name}”已并入其他社区记录，请给保留的记录发放接入码`);
    if (!c.accessCode) ledger.prepare('UPDATE street_communities SET access_code = ? WHERE id = ?').run(newAccessCode(), id);
  });
  return getCommunity(ledger, id);
}

export const shownAccessCode = (code: string | null): string | null => (code ? groupAccessCode(normalizeAccessCode(code) ?? code) : null);

/**
 * Two records of one community: `fromId`'s packages move to `intoId` (each keeps moved_from), where both have a live
 * package for a period the later-made stands and the other is marked replaced; `fromId` closes on `on`, merged.
 */
export function mergeCommunities(ledger: Ledger, input: { fromId: number; intoId: number; on: string }): StreetCommunity {
  ledger.tx(() => {
    if (input.fromId === input.intoId) throw refuse('请选择两个不同的社区记录', 'intoId');
    const from = getCommunity(ledger, input.fromId);
    const into = getCommunity(ledger, input.intoId);
    if (from.mergedInto) throw refuse(`“${from.name}”已并入其他记录`, 'fromId');
    if (into.mergedInto || into.closedOn) throw refuse(`“${into.name}”已撤销或并入其他记录，不能作为保留的记录`, 'intoId');
    if (from.uid && into.uid && from.uid !== into.uid) {
      // Two ledgers' ids on one record: allowed (a community that started a new ledger), the kept record keeps its own.
    }
    const now = nowStamp();
    const live = ledger.prepare(
      `SELECT id, year, quarter, json_extract(manifest, '$.createdAt') AS createdAt FROM street_packages
       WHERE community_id = ? AND replaced_at IS NULL AND voided_at IS NULL`,
    );
    const mine = live.all(into.id) as { id: number; year: number; quarter: number | null; createdAt: string }[];
    const replace = ledger.prepare('UPDATE street_packages SET replaced_at = ?, replaced_by = ? WHERE id = ?');
    for (const p of live.all(from.id) as typeof mine) {
      const other = mine.find((m) => m.year === p.year && m.quarter === p.quarter);
      if (!other) continue;
      if (p.createdAt > other.createdAt) replace.run(now, p.id, other.id);
      else replace.run(now, other.id, p.id);
    }
    ledger.prepare('UPDATE street_packages SET community_id = ?, moved_from = ? WHERE community_id = ?').run(into.id, from.id, from.id);
    const former = [...into.formerNames, ...from.formerNames, { name: from.name, until: input.on }];
    ledger.prepare('UPDATE street_communities SET merged_into = ?, closed_on = ? WHERE id = ?').run(into.id, input.on, from.id);
    // The kept record takes what it lacks: the other's ledger id and 接入码 (the unique index allows one holder).
    if (!into.uid && from.uid) {
      ledger.prepare('UPDATE street_communities SET uid = NULL WHERE id = ?').run(from.id);
      ledger.prepare('UPDATE street_communities SET uid = ? WHERE id = ?').run(from.uid, into.id);
    }
    if (!into.accessCode && from.accessCode) ledger.prepare('UPDATE street_communities SET access_code = ? WHERE id = ?').run(from.accessCode, into.id);
    ledger.prepare('UPDATE street_communities SET former_names = ? WHERE id = ?').run(JSON.stringify(former), into.id);
    streetEdited(ledger);
  });
  return getCommunity(ledger, input.intoId);
}

/** Voids a package with a reason: it stays listed, leaves every view; the package it had replaced stands again. */
export function voidPackage(ledger: Ledger, input: { id: number; reason: string }): void {
  ledger.tx(() => {
    const p = ledger.prepare('SELECT id, voided_at AS voidedAt, replaced_at AS replacedAt FROM street_packages WHERE id = ?').get(input.id) as
      { id: number; voidedAt: string | null; replacedAt: string | null } | undefined;
    if (!p) throw notFound('上报包');
    if (p.voidedAt) throw refuse(`该上报包已于${p.voidedAt.slice(0, 10)}作废`);
    ledger.prepare('UPDATE street_packages SET voided_at = ?, void_reason = ? WHERE id = ?').run(nowStamp(), input.reason, input.id);
    if (p.replacedAt === null) {
      const prior = ledger.prepare('SELECT id FROM street_packages WHERE replaced_by = ? AND voided_at IS NULL ORDER BY id DESC LIMIT 1').get(input.id) as
        { id: number } | undefined;
      if (prior) ledger.prepare('UPDATE street_packages SET replaced_at = NULL, replaced_by = NULL WHERE id = ?').run(prior.id);
    }
    streetEdited(ledger);
  });
}
