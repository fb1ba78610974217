// The app's own calls, spread into the contract (api/contract.ts).
import { none, read } from '../callSpec';

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  mode: 'desktop' | 'browser';
  /** Set when the ledger file failed its check at start: the app offers a restore and nothing else. */
  damaged: { message: string; newestGood: { name: string; at: string } | null } | null;
}

export const appCalls = {
  'app.info': read<AppInfo>()('查看程序信息', none),
} as const;
