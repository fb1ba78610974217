// The one list of calls the UI can make, joined from each domain's slice (api/contract/<domain>.ts,
// listed in api/contract/slices.ts). Each entry: a zod schema that main checks before anything
// runs, and the output type the renderer's client is typed with.
import type { z } from 'zod';
import { mergeSlices } from './mergeSlices';
import * as slices from './contract/slices';

export { FAMILIES, type CallEffect, type CallSpec, type Family } from './callSpec';
export type { AppInfo } from './contract/app';
export type { LockStatus } from './contract/lock';

export const contract = mergeSlices(slices);

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export const CALL_NAMES = Object.keys(contract) as CallName[];
export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** The audit log's name for a call; an unknown name (from an older or newer app) as it is. */
export const callLabel = (name: string): string => (isCallName(name) ? contract[name].label : name);
/** Calls written to the audit log: every write, and every call that hands out a file or personal data. */
export const AUDITED_CALLS = CALL_NAMES.filter((name) => contract[name].effect !== 'read');
