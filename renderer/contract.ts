// The contract's values (labels, effects, touches, schemas) for renderer code. Importing
// them brings zod into the bundle; zodJitless.ts, imported first, keeps zod from probing
// for eval, which the page's CSP forbids. Renderer code imports contract values only
// through this module (types may come straight from api/contract).
import './zodJitless';

export { AUDITED_CALLS, callLabel, contract } from '../api/contract';
