// The one list of calls the UI can make, joined from each domain's slice (api/contract/<domain>.ts,
// listed in api/contract/slices.ts). Each entry: a zod schema that main checks before anything
// runs, and the output type the renderer's client is typed with.
import type { z } from 'zod';
import { ALL } from './callSpec';
import { mergeSlices } from './mergeSlices';
import * as slices from './contract/slices';

export type { CallEffect, CallSpec } from './callSpec';
export type { AppInfo } from './contract/app';
export type { LockStatus } from './contract/lock';

export const contract = mergeSlices(slices);

type FamilyOf<K> = K extends `${infer F}.${string}` ? F : never;
/** The families the renderer caches by: the part of a call's name before the dot, as the calls name them. */
export type Family = FamilyOf<keyof typeof contract>;
export const FAMILIES = [...new Set(Object.keys(contract).map((name) => name.slice(0, name.indexOf('.'))))] as Family[];

// A write declared to touch ALL makes every family stale; the list is known only now.
for (const spec of Object.values(contract) as { touches: readonly string[] }[]) if (spec.touches === ALL) spec.touches = FAMILIES;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export const CALL_NAMES = Object.keys(contract) as CallName[];
export const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** The audit log's name for a call; an unknown name (from an older or newer app) as it is. */
export const callLabel = (name: string): string => (isCallName(name) ? contract[name].label : name);
/** Calls written to the audit log: every write, and every call that hands out a file or personal data. */
export const AUDITED_CALLS = CALL_NAMES.filter((name) => contract[name].effect !== 'read');
