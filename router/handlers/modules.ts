// Every domain's handler module: one line each, the same domains as api/contract/slices.ts.
// Each module is typed by its contract slice (HandlersOf), and router/handlers/index.ts checks
// that together they handle every call.
export { app } from './app';
export { settings } from './settings';
export { ledgerStart } from './ledgerStart';
export { backups } from './backups';
export { sample } from './sample';
export { audit } from './audit';
export { lock } from './lock';
export { orgs } from './orgs';
export { members } from './members';
export { home } from './home';
export { meetings } from './meetings';
export { dual } from './dual';
export { points } from './points';
export { appraisal } from './appraisal';
export { years } from './years';
export { reports } from './reports';
export { reportPackage } from './reportPackage';
export { files } from './files';
export { attachments } from './attachments';
export { imports } from './import';
export { dues } from './dues';
export { development } from './development';
export { care } from './care';
export { census } from './census';
export { street } from './street';
export { streetPlan } from './streetPlan';
export { streetRegisters } from './streetRegisters';
