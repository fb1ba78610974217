// zod without its compiled (eval) parsers: the renderer's CSP forbids eval, and zod's probe
// for it is reported as a violation. Imported for this effect before any schema is built
// (contractValue.ts); the renderer never parses with zod where speed would matter.
import { z } from 'zod';

z.config({ jitless: true });
