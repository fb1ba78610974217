// 示例数据 in the ledger: a small made-up community (generate.ts at 'sample' scale), and the
// settings row that remembers which backup was made just before it went in, so taking it
// out is a restore of that copy rather than a selective delete.
import type { Ledger } from '../open';
import { getSetting, putSettings } from '../settings';
import { scaleFor, seedLedger } from './generate';

const MARKER = 'sample.backup';

export interface SampleState {
  loaded: boolean;
  /** Only an empty ledger takes the sample: nothing the user entered is mixed with it. */
  canLoad: boolean;
}

/** The backup to restore to take the sample out; null when none was loaded. */
export const sampleBackup = (ledger: Ledger): string | null => getSetting(ledger, MARKER);

export function sampleState(ledger: Ledger): SampleState {
  const loaded = sampleBackup(ledger) !== null;
  const empty = (ledger.prepare('SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM members) AS n').get() as { n: number }).n === 0;
  return { loaded, canLoad: empty && !loaded };
}

/** Seeds the sample and remembers `backupName` in one transaction. */
export function loadSampleData(ledger: Ledger, backupName: string, today: string): void {
  ledger.tx(() => {
    seedLedger(ledger, scaleFor('sample', today), today);
    putSettings(ledger, { [MARKER]: backupName });
  });
}
