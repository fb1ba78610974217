// A year's 党费 scheme: saved rows, or the 2008 default when the year has none (the UI says
// 默认方案). Saving replaces the year's bands as a whole, in one transaction.
import { DEFAULT_DUES_BANDS, DEFAULT_DUES_ROUNDING } from '../../api/rules/dues';
import type { DuesBand, DuesRounding } from '../../api/dues';
import type { DuesScheme, SaveSchemeInput } from '../../api/schemas/dues';
import { nowStamp } from '../clock';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';

export function readScheme(ledger: Ledger, year: number): DuesScheme {
  const head = ledger.prepare('SELECT rounding FROM dues_schemes WHERE year = ?').get(year) as { rounding: DuesRounding } | undefined;
  if (!head) return { year, rounding: DEFAULT_DUES_ROUNDING, bands: DEFAULT_DUES_BANDS.map((b) => ({ ...b })), isDefault: true };
  const bands = ledger
    .prepare('SELECT kind, up_to_fen AS upToFen, rate_bp AS rateBp, fixed_fen AS fixedFen FROM dues_bands WHERE year = ? ORDER BY id')
    .all(year) as DuesBand[];
  return { year, rounding: head.rounding, bands, isDefault: false };
}

/** Schemes by year, read once per call that spans years (arrears from an opening years back). */
export function schemeCache(ledger: Ledger): (year: number) => DuesScheme {
  const seen = new Map<number, DuesScheme>();
  return (year) => {
    let s = seen.get(year);
    if (!s) seen.set(year, (s = readScheme(ledger, year)));
    return s;
  };
}

function writeScheme(ledger: Ledger, year: number, rounding: DuesRounding, bands: readonly DuesBand[]): void {
  const now = nowStamp();
  ledger
    .prepare(
      `INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(year) DO UPDATE SET rounding = excluded.rounding, updated_at = excluded.updated_at`,
    )
    .run(year, rounding, now, now);
  ledger.prepare('DELETE FROM dues_bands WHERE year = ?').run(year);
  const insert = ledger.prepare('INSERT INTO dues_bands (year, kind, up_to_fen, rate_bp, fixed_fen) VALUES (?, ?, ?, ?, ?)');
  for (const b of bands) insert.run(year, b.kind, b.upToFen, b.rateBp, b.fixedFen);
}

export function saveScheme(ledger: Ledger, input: SaveSchemeInput): DuesScheme {
  return ledger.tx(() => {
    writeScheme(ledger, input.year, input.rounding, input.bands);
    return readScheme(ledger, input.year);
  });
}

/** The next year starts from this one's scheme (saved or default); an existing scheme is not overwritten. */
export function copyScheme(ledger: Ledger, fromYear: number, toYear: number): DuesScheme {
  return ledger.tx(() => {
    if (!readScheme(ledger, toYear).isDefault) throw refuse(`${toYear}年度已有党费标准，请直接修改`, 'toYear');
    const from = readScheme(ledger, fromYear);
    writeScheme(ledger, toYear, from.rounding, from.bands);
    return readScheme(ledger, toYear);
  });
}
