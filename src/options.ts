/**
 * Parse options, validated like everything else at the boundary.
 * @module
 */
import * as z from 'zod/mini';
import { ArticleParseError, describeThrown } from './errors.js';
import { ENGLISH } from './zod-messages.js';

/**
 * The default for `ParseOptions.maxLength`: 5,000,000 UTF-16 code units (about 5 MB of
 * English text, fifty times the longest news feature). Big enough for any article, small enough
 * that a mistaken call with a whole database dump fails fast instead of using gigabytes.
 *
 * @example
 * ```ts
 * parseArticle(hugeText, { maxLength: DEFAULT_MAX_LENGTH * 4 });
 * ```
 */
export const DEFAULT_MAX_LENGTH = 5_000_000;

/**
 * Schema of {@link ParseOptions}. Unknown keys are rejected so a misspelt option is not silently ignored.
 *
 * @example
 * ```ts
 * ParseOptionsSchema.parse({ maxLength: 100_000 });
 * ```
 */
export const ParseOptionsSchema = z.strictObject({
  /** Longest input accepted, in UTF-16 code units; longer input fails with `INPUT_TOO_LARGE`. */
  maxLength: z.optional(z.int().check(z.positive())),
  /** Validate the result against `ArticleSchema` before returning it (default `true`). */
  validate: z.optional(z.boolean()),
});

/**
 * Options for {@link parseArticle} and {@link safeParseArticle}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { maxLength: 1_000_000, validate: true };
 * ```
 */
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly maxLength: number;
  readonly validate: boolean;
}

/** Validates `options` and fills in defaults; throws `INVALID_OPTIONS`. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return { maxLength: DEFAULT_MAX_LENGTH, validate: true };
  const valid = readValidOptions(options);
  if (valid !== null) return valid;
  const parsed = readOptions(options);
  if (!parsed.success) {
    throw new ArticleParseError('INVALID_OPTIONS', `Invalid options: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return { maxLength: parsed.data.maxLength ?? DEFAULT_MAX_LENGTH, validate: parsed.data.validate ?? true };
}

/**
 * `options` resolved without zod when they are valid, else `null` (then zod decides and words the
 * error). Most calls pass no options or a plain object of known keys, and `safeParse` costs more
 * than the rest of a short parse's set-up. The object is read in the order zod's parse reads it
 * (each key's value and presence in the schema's key order, then a `for…in` over its keys), so a
 * getter or proxy trap that throws fails here exactly as it would there.
 */
function readValidOptions(options: unknown): ResolvedOptions | null {
  try {
    // Inside the try: `Array.isArray` throws on a revoked proxy, as it does inside zod.
    if (typeof options !== 'object' || options === null || Array.isArray(options)) return null;
    const o = options as Record<string, unknown>;
    const maxLength = o.maxLength;
    void ('maxLength' in o);
    const validate = o.validate;
    void ('validate' in o);
    if (!(maxLength === undefined || (Number.isSafeInteger(maxLength) && (maxLength as number) > 0))) return null;
    if (!(validate === undefined || typeof validate === 'boolean')) return null;
    for (const key in o) if (key !== 'maxLength' && key !== 'validate') return null;
    return { maxLength: (maxLength as number | undefined) ?? DEFAULT_MAX_LENGTH, validate: validate ?? true };
  } catch (error) {
    throw readFailure(error);
  }
}

function readFailure(error: unknown): ArticleParseError {
  return new ArticleParseError('INVALID_OPTIONS', `Invalid options: reading the options object threw: ${describeThrown(error)}`, { cause: error });
}

/** `ParseOptionsSchema.safeParse`, with a failure to read the object (a throwing getter or proxy trap) reported as `INVALID_OPTIONS`. */
function readOptions(options: unknown): ReturnType<typeof ParseOptionsSchema.safeParse> {
  try {
    return ParseOptionsSchema.safeParse(options, ENGLISH);
  } catch (error) {
    throw readFailure(error);
  }
}
