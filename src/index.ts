/**
 * news-article-parser: turn a news article's plain text into a validated, typed {@link Article}
 * — headline, byline, dateline, paragraphs, sections, quotes and sources — with every span
 * pointing back into the input.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'news-article-parser';
 *
 * const article = parseArticle(text);
 * for (const quote of article.quotes) console.log(quote.speaker?.text, '—', quote.text);
 * ```
 * @module news-article-parser
 */
export { parseArticle, safeParseArticle, type SafeParseArticleResult } from './parse-article.js';
export {
  ArticleSchema,
  ParagraphSchema,
  QuoteSchema,
  SectionSchema,
  SourceSchema,
  SpanSchema,
  TextSpanSchema,
  type Article,
  type CueType,
  type Paragraph,
  type Quote,
  type Section,
  type Source,
  type Span,
  type TextSpan,
} from './schema.js';
export { ArticleParseError, ERROR_CODES, isArticleParseError, type ArticleParseErrorCode } from './errors.js';
export { DEFAULT_MAX_LENGTH, ParseOptionsSchema, type ParseOptions } from './options.js';
