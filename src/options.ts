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
  const parsed = readOptions(options);
  if (!parsed.success) {
    throw new ArticleParseError('INVALID_OPTIONS', `Invalid options: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return { maxLength: parsed.data.maxLength ?? DEFAULT_MAX_LENGTH, validate: parsed.data.validate ?? true };
}

/** `ParseOptionsSchema.safeParse`, with a failure to read the object (a throwing getter or proxy trap) reported as `INVALID_OPTIONS`. */
function readOptions(options: unknown): ReturnType<typeof ParseOptionsSchema.safeParse> {
  try {
    return ParseOptionsSchema.safeParse(options, ENGLISH);
  } catch (error) {
    throw new ArticleParseError('INVALID_OPTIONS', `Invalid options: reading the options object threw: ${describeThrown(error)}`, { cause: error });
  }
}
