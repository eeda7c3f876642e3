/**
 * The library's one error class. Errors are data: a stable `code`, a human message, and the
 * offset in the input when the problem has a place.
 * @module
 */

/**
 * Every code an {@link ArticleParseError} can carry. Codes are stable: match on them, not on messages.
 *
 * - `INVALID_INPUT` — the input is not a string (`parseArticle(undefined)`, a Buffer, a number).
 * - `EMPTY_INPUT` — the input is empty or holds only whitespace and invisible characters.
 * - `INPUT_TOO_LARGE` — the input is longer than `options.maxLength` UTF-16 code units; `offset` is the limit.
 * - `BINARY_INPUT` — more than a tenth of the input is control characters or NUL bytes: binary data,
 *   not text; `offset` is the first control character.
 * - `INVALID_OPTIONS` — `options` is not an object, has an unknown key, a field of the wrong type or range, or throws when read (a getter or proxy trap).
 * - `INTERNAL_ERROR` — the parser produced output that fails {@link ArticleSchema}, or failed
 *   unexpectedly: a bug, please report it with the input.
 *
 * @example
 * ```ts
 * safeParseArticle(42 as unknown as string).error?.code;                 // 'INVALID_INPUT'
 * safeParseArticle(' \u200b\n').error?.code;                          // 'EMPTY_INPUT'
 * safeParseArticle('x'.repeat(20), { maxLength: 10 }).error?.offset;     // 10 ('INPUT_TOO_LARGE')
 * safeParseArticle('ok\u0000\u0001\u0002\u0003').error?.code;        // 'BINARY_INPUT'
 * safeParseArticle('Title\n\nText.', { maxLenght: 5 } as never).error?.code; // 'INVALID_OPTIONS'
 * ```
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'EMPTY_INPUT',
  'INPUT_TOO_LARGE',
  'BINARY_INPUT',
  'INVALID_OPTIONS',
  'INTERNAL_ERROR',
] as const;

/**
 * One of {@link ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: ArticleParseErrorCode = 'EMPTY_INPUT';
 * ```
 */
export type ArticleParseErrorCode = (typeof ERROR_CODES)[number];

// A registered symbol is shared by every realm (iframes, vm contexts, duplicate installs), so the
// guard below works where `instanceof` does not.
const BRAND = Symbol.for('news-article-parser.ArticleParseError');

/**
 * Thrown by {@link parseArticle} and returned by {@link safeParseArticle} when the input cannot be
 * parsed. Check `code` to decide what to do; `offset` says where in the input the problem is,
 * when it has a place.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle('\u0000\u0001\u0002');
 * } catch (error) {
 *   if (isArticleParseError(error)) console.log(error.code, error.offset); // 'BINARY_INPUT', 0
 * }
 * ```
 */
export class ArticleParseError extends Error {
  /** Stable machine-readable code. */
  readonly code: ArticleParseErrorCode;
  /** UTF-16 index in the input where the problem was found, when there is one. */
  readonly offset: number | undefined;

  /**
   * Creates an error; the parser does this for you, but wrappers may create their own.
   *
   * @param code - One of {@link ERROR_CODES}.
   * @param message - What was wrong, in words a user can act on.
   * @param options - `offset`: where in the input the problem is; `cause`: the underlying error.
   */
  constructor(code: ArticleParseErrorCode, message: string, options?: { offset?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ArticleParseError';
    this.code = code;
    this.offset = options?.offset;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * True when `value` is an {@link ArticleParseError}, even one created by another copy of the
 * library or in another realm (where `instanceof` fails).
 *
 * @example
 * ```ts
 * const result = safeParseArticle(input);
 * if (!result.success && isArticleParseError(result.error)) console.error(result.error.code);
 * ```
 */
export function isArticleParseError(value: unknown): value is ArticleParseError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** A thrown value's message for another error's text; never throws itself (a value's `toString` may). */
export function describeThrown(value: unknown): string {
  try {
    return value instanceof Error ? value.message : String(value);
  } catch {
    return 'a value that cannot be shown';
  }
}
