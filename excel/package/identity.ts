// A community ledger's stable id (issue 31): generated once, on its first 上报包, and kept in
// settings (communityUid). Every package carries it, so the street knows a renamed community as
// the one it already has. A backup restored keeps it; a new ledger gets a new one.
import { randomUUID } from 'node:crypto';
import type { Ledger } from '../../db/open';
import { getSetting, putSettings } from '../../db/settings';

export const COMMUNITY_UID_KEY = 'communityUid';

export function communityUid(ledger: Ledger): string {
  return ledger.tx(() => {
    const kept = getSetting(ledger, COMMUNITY_UID_KEY);
    if (kept) return kept;
    const uid = randomUUID();
    putSettings(ledger, { [COMMUNITY_UID_KEY]: uid });
    return uid;
  });
}
