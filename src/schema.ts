/**
 * The contract: zod schemas for everything `parseArticle` returns. Types are inferred from the
 * schemas, so the runtime validation and the TypeScript types can never disagree.
 *
 * Field names here are a stable API: later versions add fields, never rename or remove them.
 * @module
 */
import * as z from 'zod/mini';

const index = z.int().check(z.nonnegative());

/**
 * Schema of a {@link Span}: a half-open range `[start, end)` of UTF-16 code-unit indices into the
 * caller's original input string.
 *
 * @example
 * ```ts
 * SpanSchema.parse({ start: 0, end: 5 }); // ok
 * ```
 */
export const SpanSchema = z
  .object({
    /** Index of the span's first UTF-16 code unit in the input. */
    start: index,
    /** Index one past the span's last UTF-16 code unit (`end >= start`). */
    end: index,
  })
  .check(z.refine((s) => s.start <= s.end, { message: 'span start must not exceed its end' }));

/**
 * A range of the original input: `input.slice(start, end)`.
 *
 * @example
 * ```ts
 * const span: Span = { start: 0, end: 5 };
 * ```
 */
export type Span = z.infer<typeof SpanSchema>;

/**
 * Schema of a {@link TextSpan}.
 *
 * @example
 * ```ts
 * TextSpanSchema.parse({ start: 0, end: 5, text: 'Hello' });
 * ```
 */
export const TextSpanSchema = z
  .object({
    /** Index of the span's first UTF-16 code unit in the input. */
    start: index,
    /** Index one past the span's last UTF-16 code unit (`end >= start`). */
    end: index,
    /** `input.slice(start, end)` with every whitespace run collapsed to one space and the ends trimmed. */
    text: z.string(),
  })
  .check(z.refine((s) => s.start <= s.end, { message: 'span start must not exceed its end' }));

/**
 * A span with its text. `text` is always `input.slice(start, end)` with every run of whitespace
 * (as JavaScript's `\s` defines it) collapsed to one space and the ends trimmed; `start` and `end`
 * never sit on whitespace, so `text` is non-empty whenever `start < end`.
 *
 * @example
 * ```ts
 * const { headline } = parseArticle('Hello  world\n\nBody text.');
 * headline; // { start: 0, end: 12, text: 'Hello world' }
 * ```
 */
export type TextSpan = z.infer<typeof TextSpanSchema>;

/**
 * Schema of a {@link Paragraph}.
 *
 * @example
 * ```ts
 * ParagraphSchema.parse({ start: 0, end: 3, text: 'Hi.', index: 0, section: 0 });
 * ```
 */
export const ParagraphSchema = z.object({
  /** Index of the paragraph's first UTF-16 code unit in the input. */
  start: index,
  /** Index one past the paragraph's last UTF-16 code unit. */
  end: index,
  /** The paragraph's words: `input.slice(start, end)` with whitespace runs (and wrapped line breaks) collapsed to one space. */
  text: z.string(),
  /** Position of the paragraph in `Article.paragraphs`. */
  index,
  /** Index of the section (in `Article.sections`) the paragraph belongs to. */
  section: index,
});

/**
 * One paragraph of body text. Hard-wrapped lines are joined (the span covers all of them and the
 * line breaks collapse to spaces in `text`).
 *
 * @example
 * ```ts
 * const [first] = parseArticle('Title\n\nFirst paragraph.\n\nSecond.').paragraphs;
 * first?.text; // 'First paragraph.'
 * ```
 */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/**
 * Schema of a {@link Section}.
 *
 * @example
 * ```ts
 * SectionSchema.parse({ index: 0, heading: null, paragraphs: [0, 1] });
 * ```
 */
export const SectionSchema = z.object({
  /** Position of the section in `Article.sections`. */
  index,
  /** The subheading that opens the section; `null` for a first section with no heading. */
  heading: z.nullable(TextSpanSchema),
  /** Indices into `Article.paragraphs`, in order. */
  paragraphs: z.array(index),
});

/**
 * A run of paragraphs introduced by a subheading. Every article has at least one section when it
 * has paragraphs; the first section's heading is `null` when the body starts without one.
 *
 * @example
 * ```ts
 * const { sections } = parseArticle(text);
 * sections.map((s) => s.heading?.text ?? '(lead)');
 * ```
 */
export type Section = z.infer<typeof SectionSchema>;

/**
 * Schema of a {@link Quote}.
 *
 * @example
 * ```ts
 * QuoteSchema.shape.kind.options; // ['direct', 'indirect', 'mixed']
 * ```
 */
export const QuoteSchema = z.object({
  /** Position of the quote in `Article.quotes` (quotes are in input order). */
  index,
  /**
   * `direct`: words inside quotation marks; `indirect`: reported speech without quotation marks;
   * `mixed`: reported speech that contains a quoted fragment.
   */
  kind: z.enum(['direct', 'indirect', 'mixed']),
  /** The quoted or reported words; for direct quotes without the marks; parts joined by one space. */
  text: z.string(),
  /** Where the words stand in the input, one span per part (split and multi-paragraph quotes have several). */
  spans: z.array(SpanSchema),
  /** Indices of the paragraphs the quote spans; empty for a quote in the headline. */
  paragraphs: z.array(index),
  /** The reporting expression: "said", "told the outlet", "according to", "reported". */
  cue: z.nullable(TextSpanSchema),
  /**
   * The kind of reporting the cue names, so users can count speech alone or everything:
   * `speech` ("said", "told", "added", "warned"), `writing` ("wrote", "tweeted", a statement that
   * "read"), `thought` ("believes", "thinks", "knew", "supports", "plans to"), `publication`
   * ("reported", "found", "showed", "announced"), `according-to` ("according to Reuters", "In a
   * new poll, …"), `colon` ("Rutte: “…”", a
   * name or noun phrase before a colon) and `none` (a quotation no cue introduces).
   */
  cueType: z.enum(['speech', 'writing', 'thought', 'publication', 'according-to', 'colon', 'none']),
  /** The speaker exactly as written: "Rutte", "the Ukrainian president", "he", "a source". */
  speaker: z.nullable(TextSpanSchema),
  /** Index into `Article.sources` of the speaker's source, or `null` when unattributed. */
  source: z.nullable(index),
});

/**
 * A quotation or reported statement, with its cue and its speaker as written.
 *
 * @example
 * ```ts
 * for (const q of parseArticle(text).quotes) {
 *   console.log(q.speaker?.text ?? '(unattributed)', q.cue?.text, q.text);
 * }
 * ```
 */
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * The kind of reporting a quote's cue names (see {@link Quote}'s `cueType`).
 *
 * @example
 * ```ts
 * const speechOnly = parseArticle(text).quotes.filter((q) => q.cueType === 'speech');
 * const kinds: CueType[] = QuoteSchema.shape.cueType.options;
 * ```
 */
export type CueType = Quote['cueType'];

/**
 * Schema of a {@link Source}.
 *
 * @example
 * ```ts
 * SourceSchema.shape.kind.options; // ['person', 'organization', 'outlet', 'anonymous']
 * ```
 */
export const SourceSchema = z.object({
  /** Position of the source in `Article.sources` (sources are in order of first mention). */
  index,
  /** The fullest name in the article ("Mark Rutte"); for anonymous sources the phrase ("a source"). */
  name: z.string(),
  /** `person`, `organization` (bodies, companies, governments, countries that speak), `outlet` (news media and agencies) or `anonymous` ("a source", "officials"). */
  kind: z.enum(['person', 'organization', 'outlet', 'anonymous']),
  /**
   * Role as written with the name: before it ("NATO Secretary General", "local resident"), in an
   * appositive after it ("the city's finance director") or before it ("the city's finance
   * director, Ana Ruiz,"); `null` when none is given.
   */
  title: z.nullable(z.string()),
  /**
   * The organisation a person or anonymous source speaks for, as written: "Apple" ("Apple CEO Tim
   * Cook"), "the library system" ("a spokesperson for the library system"), "the finance
   * ministry" ("Ruiz, of the finance ministry,"). When that organisation is itself a source, its
   * `name` exactly, so the two can be joined. `null` for organisations and outlets, and when the
   * text names none (a place or a nationality before a title is not an affiliation).
   */
  affiliation: z.nullable(z.string()),
  /**
   * The gender the text states for a person (or one unnamed person, "a spokeswoman"): `null` when
   * it states none, when its evidence conflicts, and always for organisations, outlets and groups.
   * A first name counts only as the weakest evidence (`genderEvidence: 'name'`).
   */
  gender: z.nullable(z.enum(['female', 'male'])),
  /**
   * The strongest evidence for `gender`: `honorific` ("Ms.", "Mr."), `title` (a gendered title:
   * "chairwoman", "Queen", "a spokesman"), `pronoun` ("she said" resolved to this source),
   * `name` (a first name the U.S. Social Security records give to one sex: "Mary Lee", when the
   * text states nothing else). `null` when `gender` is.
   */
  genderEvidence: z.nullable(z.enum(['pronoun', 'honorific', 'title', 'name'])),
  /** Every mention resolved to this source, in input order. */
  mentions: z.array(TextSpanSchema),
  /** Indices into `Article.quotes` of the quotes this source is the speaker of. */
  quotes: z.array(index),
});

/**
 * Someone or something the article cites: a person, an organisation, a news outlet, or an
 * anonymous source.
 *
 * @example
 * ```ts
 * const people = parseArticle(text).sources.filter((s) => s.kind === 'person');
 * ```
 */
export type Source = z.infer<typeof SourceSchema>;

/**
 * Schema of an {@link Article}: the source of truth for the library's output. `parseArticle`
 * validates every result against it unless told not to.
 *
 * @example
 * ```ts
 * import { ArticleSchema } from 'news-article-parser';
 * ArticleSchema.parse(JSON.parse(savedJson)); // re-validate a stored parse
 * ```
 */
export const ArticleSchema = z.object({
  /** The article's title line; `null` when the input has none. */
  headline: z.nullable(TextSpanSchema),
  /** The byline ("By Jane Doe", "Jane Doe, Reuters"): never also a paragraph. */
  byline: z.nullable(TextSpanSchema),
  /**
   * The dateline that opens the first paragraph ("KYIV, July 4 (Reuters) -", "ATLANTA --"). It stays
   * inside that paragraph's text, as the reporter wrote it; this field points at it.
   */
  dateline: z.nullable(TextSpanSchema),
  /**
   * The standfirst (dek, summary line): the one or two sentences some sites print between the
   * headline and the body, when the layout sets them apart — in the headline's own block above a
   * blank-line body, or between the headline and a byline below it. Never also a paragraph; `null`
   * when the layout shows none.
   */
  standfirst: z.nullable(TextSpanSchema),
  /** The body's paragraphs in input order; never the headline, byline or a subheading. */
  paragraphs: z.array(ParagraphSchema),
  /** The body's sections: runs of paragraphs, each opened by a subheading except possibly the first. */
  sections: z.array(SectionSchema),
  /** Every quotation and reported statement, in input order. */
  quotes: z.array(QuoteSchema),
  /** Everyone and everything the article cites, in order of first mention. */
  sources: z.array(SourceSchema),
});

/**
 * A parsed news article. Every span indexes the caller's original input string.
 *
 * @example
 * ```ts
 * const article: Article = parseArticle(text);
 * article.headline?.text;
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
