/**
 * zod, configured once for every host: without the JIT it never probes whether `eval` is allowed,
 * which a strict Content-Security-Policy (the task pane, the Sheets sidebar) reports as a
 * violation. Imported first by each module that defines a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
