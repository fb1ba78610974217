// Every call's handler, joined from the domain modules (router/handlers/modules.ts). Each module
// is typed by its slice of the contract, so a handler without a call fails to compile there; this
// file's type fails to compile when a call has no handler (a slice without its module).
import { mergeSlices } from '../../api/mergeSlices';
import type { Handlers } from '../handlerTypes';
import * as modules from './modules';

export const handlerModules = modules;

export const handlers: Handlers = mergeSlices(modules);
