// The only calls named outside the contract and their handlers: which may run while the app
// is locked or its ledger file damaged. Every other call, a new one included, is refused in
// both states, so adding a call never needs this file. tests/unit/callShape.test.ts pins
// these names: widening a gate is a decision, not an accident.
import type { CallName } from '../api/contract';

/**
 * What the UI may do before the password: learn what it is, unlock, or use the recovery code.
 * With a password set the ledger is not even open until then (it is encrypted).
 */
const LOCK_FREE = ['app.info', 'lock.status', 'lock.unlock', 'lock.recover'] as const satisfies readonly CallName[];
export const LOCK_FREE_CALLS: ReadonlySet<CallName> = new Set<CallName>(LOCK_FREE);

/** What the UI may do while the ledger file is damaged: see the backups and restore one. */
const RECOVERY = ['app.info', 'backups.status', 'backups.restore'] as const satisfies readonly CallName[];
export const RECOVERY_CALLS: ReadonlySet<CallName> = new Set<CallName>(RECOVERY);

/** The calls that can run with no ledger open (sealed or damaged): their handlers are typed to expect that. */
export type LedgerFreeCall = (typeof LOCK_FREE)[number] | (typeof RECOVERY)[number];
export const LEDGER_FREE_CALLS: ReadonlySet<CallName> = new Set<CallName>([...LOCK_FREE, ...RECOVERY]);

/** The lock screen polls lock.status; that poll is not the user at work and must not keep the app unlocked. */
export const countsAsActivity = (name: CallName): boolean => name !== 'lock.status';
