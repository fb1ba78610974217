// What a community's 上报包 covers (docs/ledgerStart.md): a package of an older version has no
// coverage field and covers everything.
import { coverageText, duesUncovered } from '../../api/rules/coverage';
import type { PackageData } from '../../api/schemas/reportPackage';

const LAST_MONTH = ['03', '06', '09', '12'];

/** The line shown under the community's name on every street page; null for full coverage. */
export const packageCoverageText = (d: PackageData): string | null => coverageText(d.coverage);

/** The package's whole period lies before the community's 党费 start: its 党费 are not counted (not zero). */
export const duesBeforeStart = (d: PackageData): boolean =>
  duesUncovered(d.coverage, `${d.period.year}-${d.period.quarter === null ? '12' : LAST_MONTH[d.period.quarter - 1]}`);
