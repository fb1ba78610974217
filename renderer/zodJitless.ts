// zod 4 probes for eval with `Function('')`, which the page's CSP (script-src 'self')
// reports as a violation; jitless mode skips the probe. Imported before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });
