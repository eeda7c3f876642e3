/**
 * English messages for zod's issues. The schemas are built with `zod/mini`, which loads no
 * locale (that is where its size comes from), so the library passes English messages to its own
 * parses rather than calling `z.config()`: a library must not change its user's global zod setup.
 * Only the English locale is imported, so a bundler leaves the other languages out.
 * @module
 */
import type * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

/** The per-parse options giving zod's English messages: `schema.safeParse(value, ENGLISH)`. */
export const ENGLISH: z.core.ParseContext<z.core.$ZodIssue> = { error: /* @__PURE__ */ en().localeError };
