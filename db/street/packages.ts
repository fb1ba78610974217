// Storing verified packages. One live package per community and period: a later one replaces
// it, and the replaced one stays, marked with when and by which (nothing is deleted).
import type { PackageData, PackageManifest } from '../../api/schemas/reportPackage';
import type { StreetPackageRow } from '../../api/schemas/street';
import { periodEnd, periodLabel } from '../../api/rules/streetPeriods';
import { nowStamp } from '../clock';
import type { Ledger } from '../open';
import { communityByName, insertCommunity } from './communities';
import { adoptIdentity } from './identity';

export interface LivePackageRef {
  id: number;
  importedAt: string;
  sha256: string;
  createdAt: string;
  data: string;
}

/** The package now standing for a community and period, if any. */
export function livePackageOf(ledger: Ledger, communityId: number, year: number, quarter: number | null): LivePackageRef | null {
  const row = ledger
    .prepare(
      `SELECT id, imported_at AS importedAt, sha256, json_extract(manifest, '$.createdAt') AS createdAt, data FROM street_packages
       WHERE community_id = ? AND year = ? AND quarter IS ? AND replaced_at IS NULL AND voided_at IS NULL`,
    )
    .get(communityId, year, quarter) as LivePackageRef | undefined;
  return row ?? null;
}

/** Whether a package with this manifest checksum is already stored (live or replaced). */
export function storedWithSha(ledger: Ledger, sha256: string): { importedAt: string; replaced: boolean } | null {
  const row = ledger
    .prepare('SELECT imported_at AS importedAt, replaced_at IS NOT NULL AS replaced FROM street_packages WHERE sha256 = ? LIMIT 1')
    .get(sha256) as { importedAt: string; replaced: number } | undefined;
  return row ? { importedAt: row.importedAt, replaced: row.replaced === 1 } : null;
}

export interface PackageToStore {
  fileName: string;
  manifest: PackageManifest;
  data: PackageData;
  /** The street's record it goes to; null = a new record named by the package. */
  communityId: number | null;
  /** Take the package's name (a newer package of a community matched by identity that was renamed). */
  rename: boolean;
  signed: boolean;
  /** The file as received (its 报表/ workbooks are opened from it). */
  bytes: Buffer;
}

export interface StoredSummary {
  imported: number;
  replaced: number;
  newCommunities: number;
}

/** Inside the caller's transaction: the import checks every file and stores them all or none. */
export function storePackages(ledger: Ledger, items: readonly PackageToStore[]): StoredSummary {
  const now = nowStamp();
  const insert = ledger.prepare(
    `INSERT INTO street_packages (community_id, year, quarter, file_name, sha256, manifest, data, imported_at, signed, bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const markReplaced = ledger.prepare('UPDATE street_packages SET replaced_at = ?, replaced_by = ? WHERE id = ?');
  const summary: StoredSummary = { imported: 0, replaced: 0, newCommunities: 0 };
  for (const item of items) {
    const { community, period } = item.manifest;
    // A batch may name one new community twice (two periods): the first added it.
    let communityId = item.communityId ?? communityByName(ledger, community)?.id;
    if (communityId === undefined) {
      communityId = insertCommunity(ledger, { name: community, contact: null, phone: null, note: '由上报包导入时添加' });
      summary.newCommunities += 1;
    }
    adoptIdentity(ledger, communityId, { uid: item.manifest.communityUid ?? null, name: community, rename: item.rename });
    const old = livePackageOf(ledger, communityId, period.year, period.quarter);
    const id = Number(
      insert.run(
        communityId,
        period.year,
        period.quarter,
        item.fileName,
        item.manifest.sha256,
        JSON.stringify(item.manifest),
        JSON.stringify(item.data),
        now,
        item.signed ? 1 : 0,
        item.bytes,
      ).lastInsertRowid,
    );
    if (old) {
      markReplaced.run(now, id, old.id);
      summary.replaced += 1;
    }
    summary.imported += 1;
  }
  return summary;
}

export function listPackages(ledger: Ledger, input: { communityId: number | null; withReplaced: boolean }): StreetPackageRow[] {
  const rows = ledger
    .prepare(
      `SELECT p.id, p.community_id AS communityId, c.name AS community, p.year, p.quarter, p.file_name AS fileName, p.sha256,
              json_extract(p.manifest, '$.createdAt') AS createdAt, json_extract(p.manifest, '$.appVersion') AS appVersion,
              json_extract(p.manifest, '$.fullIdNumbers') AS fullIdNumbers,
              p.imported_at AS importedAt, p.replaced_at AS replacedAt, p.replaced_by AS replacedBy,
              p.voided_at AS voidedAt, p.void_reason AS voidReason, json_extract(p.manifest, '$.community') AS packageCommunity,
              json_extract(p.data, '$.asOf') AS asOf, p.signed, typeof(p.bytes) = 'blob' AS hasFile
       FROM street_packages p JOIN street_communities c ON c.id = p.community_id
       WHERE (? IS NULL OR p.community_id = ?) AND (? = 1 OR (p.replaced_at IS NULL AND p.voided_at IS NULL))
       ORDER BY p.year DESC, p.quarter IS NOT NULL, p.quarter DESC, c.id, p.id DESC`,
    )
    .all(input.communityId, input.communityId, input.withReplaced ? 1 : 0) as (Omit<
    StreetPackageRow,
    'fullIdNumbers' | 'periodLabel' | 'early' | 'signed' | 'hasFile'
  > & {
    fullIdNumbers: number;
    signed: number;
    hasFile: number;
  })[];
  return rows.map((r) => ({
    ...r,
    fullIdNumbers: r.fullIdNumbers === 1,
    signed: r.signed === 1,
    hasFile: r.hasFile === 1,
    early: r.asOf < periodEnd(r),
    periodLabel: periodLabel(r),
  }));
}

/** The package file as received, with who sent it for which period; null bytes for one stored before files were kept. */
export function packageFile(ledger: Ledger, id: number): { manifest: PackageManifest; year: number; quarter: number | null; bytes: Buffer | null } | null {
  const row = ledger.prepare('SELECT manifest, year, quarter, bytes FROM street_packages WHERE id = ?').get(id) as
    { manifest: string; year: number; quarter: number | null; bytes: Buffer | null } | undefined;
  return row ? { ...row, manifest: JSON.parse(row.manifest) as PackageManifest } : null;
}

/** The made-at time of the community's newest package (any period, not voided): only a package at least as new renames it. */
export function newestCreatedAt(ledger: Ledger, communityId: number): string | null {
  const row = ledger
    .prepare("SELECT max(json_extract(manifest, '$.createdAt')) AS at FROM street_packages WHERE community_id = ? AND voided_at IS NULL")
    .get(communityId) as { at: string | null };
  return row.at;
}
