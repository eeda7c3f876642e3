/**
 * `parseArticle` and `safeParseArticle`: check the input, run the pipeline's passes (`pipeline.ts`),
 * validate the result against {@link ArticleSchema}.
 * @module
 */
import * as z from 'zod/mini';
import { ArticleParseError, describeThrown, isArticleParseError } from './errors.js';
import { resolveOptions, type ParseOptions } from './options.js';
import { ArticleSchema, type Article } from './schema.js';
import { compileCheck } from './schema-check.js';
import { ENGLISH } from './zod-messages.js';
import { newParseState, runPasses } from './pipeline.js';
import type { Structure } from './structure/parse-structure.js';
import { checkInput } from './text/check-input.js';

/**
 * Parses a plain-text news article into an {@link Article}: headline, byline, dateline,
 * paragraphs, sections, quotes and sources, every span indexing `input`.
 *
 * Accepts any line-break style (LF, CRLF, CR), a BOM, tabs, non-breaking and zero-width spaces;
 * offsets always refer to `input` exactly as passed.
 *
 * @param input - The article as plain text: a title line, then paragraphs separated by blank
 *   lines, one per line, or hard-wrapped.
 * @param options - See {@link ParseOptions}.
 * @returns The validated article.
 * @throws {@link ArticleParseError} when the input is not a string, is empty, longer than
 *   `options.maxLength`, or binary; or when `options` is invalid.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'news-article-parser';
 *
 * const article = parseArticle('Storm hits coast\n\nBy Jane Doe\n\nThe storm arrived on Monday.');
 * article.headline?.text; // 'Storm hits coast'
 * article.byline?.text;   // 'By Jane Doe'
 * article.paragraphs[0]?.text; // 'The storm arrived on Monday.'
 * ```
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  const resolved = resolveOptions(options);
  checkInput(input, resolved.maxLength);
  const state = runPasses(newParseState(input));
  const structure = state.structure as Structure;
  const article: Article = {
    headline: structure.headline,
    byline: structure.byline,
    dateline: structure.dateline,
    standfirst: structure.standfirst,
    paragraphs: structure.paragraphs,
    sections: structure.sections,
    quotes: state.quotes ?? [],
    sources: state.sources ?? [],
  };
  if (resolved.validate) validate(article);
  return article;
}

/**
 * `ArticleSchema` compiled once into an in-place check (`schema-check.ts`): it allocates nothing
 * on a valid article, where `safeParse` builds a full copy of it that nothing reads.
 */
const articleCheck = /* @__PURE__ */ compileCheck(ArticleSchema);

function validate(article: Article): void {
  if (articleCheck.check(article)) return;
  // Not shown valid: zod decides (the check is conservative), and gives the issues and messages.
  const result = ArticleSchema.safeParse(article, ENGLISH);
  if (!result.success) {
    throw new ArticleParseError(
      'INTERNAL_ERROR',
      `The parser produced an article that fails ArticleSchema (a bug; please report it with the input): ${z.prettifyError(result.error)}`,
      { cause: result.error },
    );
  }
}

/**
 * The result of {@link safeParseArticle}: the article, or the error that {@link parseArticle}
 * would have thrown.
 *
 * @example
 * ```ts
 * const result: SafeParseArticleResult = safeParseArticle(text);
 * ```
 */
export type SafeParseArticleResult = { success: true; data: Article } | { success: false; error: ArticleParseError };

/**
 * Like {@link parseArticle}, but returns `{ success: false, error }` instead of throwing. The
 * error is the same {@link ArticleParseError} object `parseArticle` would throw.
 *
 * @example
 * ```ts
 * import { safeParseArticle } from 'news-article-parser';
 *
 * const result = safeParseArticle(text);
 * if (result.success) console.log(result.data.headline?.text);
 * else console.error(result.error.code, result.error.message);
 * ```
 */
export function safeParseArticle(input: string, options?: ParseOptions): SafeParseArticleResult {
  try {
    return { success: true, data: parseArticle(input, options) };
  } catch (error) {
    if (isArticleParseError(error)) return { success: false, error };
    // Anything else is a bug in the parser; it is reported as data rather than thrown.
    return { success: false, error: new ArticleParseError('INTERNAL_ERROR', `Unexpected failure while parsing (a bug; please report it with the input): ${describeThrown(error)}`, { cause: error }) };
  }
}
