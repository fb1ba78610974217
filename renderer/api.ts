// The renderer's door to the ledger for calls that are not a page's reads or writes
// (exports, reveals, uploads): reads go through useLedgerQuery, writes through
// useLedgerMutation. The transport is in transport.ts.
export { client, LOCKED_EVENT } from './transport';
export type { CallError } from '../api/result';
