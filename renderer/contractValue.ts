// The contract's value for the renderer (the call table: touches, audit labels). Import it
// from here, never from api/contract directly, and only from code that loads after the
// first screen: building the schemas brings zod and every schema with it.
// zodJitless must come first: zod probes `new Function` as the schemas are built, and the
// page's CSP (no eval) reports that probe as a violation even though zod catches it.
import './zodJitless';

export { AUDITED_CALLS, callLabel, contract } from '../api/contract';
