// Every call's handler, one module per prefix of the call's name (router/handlers/<prefix>.ts).
// Each module is typed against its slice of the contract, and this table against the list of
// prefixes, so a call without a handler, a handler without a call, or a prefix without a
// module fails to compile. Logic lives in db/ and excel/; handlers only wire names to it.
import type { CallPrefix, Handlers, HandlersFor } from '../handlerTypes';
import { app } from './app';
import { appraisal } from './appraisal';
import { attachments } from './attachments';
import { audit } from './audit';
import { care } from './care';
import { census } from './census';
import { backups } from './backups';
import { development } from './development';
import { dual } from './dual';
import { dues } from './dues';
import { files } from './files';
import { home } from './home';
import { imports } from './import';
import { lock } from './lock';
import { meetings } from './meetings';
import { members } from './members';
import { orgs } from './orgs';
import { points } from './points';
import { reports } from './reports';
import { sample } from './sample';
import { settings } from './settings';
import { street } from './street';
import { years } from './years';

export const handlerModules: { [P in CallPrefix]: HandlersFor<P> } = {
  app,
  settings,
  backups,
  sample,
  audit,
  lock,
  orgs,
  members,
  home,
  meetings,
  dual,
  points,
  appraisal,
  years,
  reports,
  files,
  attachments,
  import: imports,
  dues,
  development,
  care,
  street,
  census,
};

// Sound: the modules cover every prefix, and each covers exactly its prefix's calls.
export const handlers = Object.assign({}, ...Object.values(handlerModules)) as Handlers;
