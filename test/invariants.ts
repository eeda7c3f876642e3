/**
 * The Article contract as one reusable check: `checkArticleInvariants(input, article)` lists every
 * violation as a human-readable string (empty list = the article is valid for that input), and
 * `assertArticleInvariants` throws with all of them.
 *
 * What is checked (see `src/schema.ts` for the documented contract):
 *
 * - the article validates against `ArticleSchema`;
 * - every TextSpan (headline, byline, dateline, standfirst, paragraphs, section headings, quote cues and
 *   speakers, source mentions) lies within `[0, input.length]` with `start <= end`, its `text` is
 *   `input.slice(start, end).replace(/\s+/g, ' ').trim()`, it is empty exactly when its text is,
 *   and it neither starts nor ends on whitespace;
 * - every span (TextSpans and `quote.spans`) has integer bounds in range and never splits a
 *   surrogate pair;
 * - paragraphs are non-empty, in input order and do not overlap one another, the headline, the
 *   byline, the standfirst or any section heading (nor do those overlap each other); `paragraph.index` is its
 *   position;
 * - sections: `section.index` is its position, only the first section may lack a heading, each
 *   section's `paragraphs` is strictly increasing, every paragraph is listed by exactly one section
 *   and that section is `paragraph.section`; headings and paragraphs appear in document order
 *   (heading of section k after the paragraphs of section k-1 and before its own);
 * - the dateline opens the first paragraph and lies inside it;
 * - quotes: `quote.index` is its position, `quote.paragraphs` are valid paragraph indices and
 *   exactly the paragraphs its spans reach into ("the paragraphs the quote spans"), `quote.source`
 *   is a valid source index and listed back by that source;
 * - sources: `source.index` is its position, `source.quotes` are valid, distinct quote indices
 *   whose `source` points back, `source.mentions` are in input order.
 *
 * @example
 * ```ts
 * import { parseArticle } from '../src/index.js';
 * import { assertArticleInvariants, checkArticleInvariants } from './invariants.js';
 *
 * const article = parseArticle(input);
 * expect(checkArticleInvariants(input, article)).toEqual([]);
 * assertArticleInvariants(input, article); // same, but throws with every violation listed
 * ```
 * @module
 */
import { z } from 'zod';
import { ArticleSchema, type Article, type Span, type TextSpan } from '../src/schema.js';

const MAX_SHOWN = 60;

/** A short, escaped preview of a string for messages. */
export function preview(s: string, max = MAX_SHOWN): string {
  const shown = s.length > max ? `${s.slice(0, max)}…(+${s.length - max})` : s;
  return JSON.stringify(shown);
}

/** The offsets contract's text for a span: the slice with whitespace runs collapsed and trimmed. */
export function expectedSpanText(input: string, start: number, end: number): string {
  return input.slice(start, end).replace(/\s+/g, ' ').trim();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `at` falls between the two halves of a surrogate pair of `input`. */
export function splitsSurrogatePair(input: string, at: number): boolean {
  return at > 0 && at < input.length && isHighSurrogate(input.charCodeAt(at - 1)) && isLowSurrogate(input.charCodeAt(at));
}

const WHITESPACE = /\s/;

/** Violations of the bounds rules shared by every span. Returns true when the bounds are usable. */
function checkBounds(input: string, path: string, span: Span, out: string[]): boolean {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    out.push(`${path}: non-integer offsets [${start}, ${end})`);
    return false;
  }
  if (start < 0 || end > input.length || start > end) {
    out.push(`${path}: offsets [${start}, ${end}) are reversed or outside the input (length ${input.length})`);
    return false;
  }
  for (const at of [start, end]) {
    if (splitsSurrogatePair(input, at)) {
      out.push(`${path}: offset ${at} splits the surrogate pair ${preview(input.slice(at - 1, at + 1))} of [${start}, ${end})`);
    }
  }
  return true;
}

/** Violations of the TextSpan rules. */
function checkTextSpan(input: string, path: string, span: TextSpan, out: string[]): void {
  if (!checkBounds(input, path, span, out)) return;
  const { start, end, text } = span;
  const expected = expectedSpanText(input, start, end);
  if (text !== expected) {
    out.push(`${path}: text ${preview(text)} but input.slice(${start}, ${end}) collapses to ${preview(expected)}`);
  }
  if ((start < end) !== (text.length > 0)) {
    out.push(`${path}: span [${start}, ${end}) has ${text.length > 0 ? 'non-empty' : 'empty'} text ${preview(text)} (a span must be empty exactly when its text is)`);
  }
  if (start < end && (WHITESPACE.test(input.charAt(start)) || WHITESPACE.test(input.charAt(end - 1)))) {
    out.push(`${path}: span [${start}, ${end}) starts or ends on whitespace: ${preview(input.slice(start, end))}`);
  }
}

interface Placed {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every violation of the Article contract for `article` parsed from `input`; an empty list when
 * it holds. `article` may be anything: a value that fails `ArticleSchema` yields the schema errors
 * (and no further checks, which need the shape).
 */
export function checkArticleInvariants(input: string, article: unknown): string[] {
  const out: string[] = [];
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    out.push(`ArticleSchema: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
    return out;
  }
  const a = article as Article;

  // --- Every TextSpan and Span ------------------------------------------------------------
  if (a.headline) checkTextSpan(input, 'headline', a.headline, out);
  if (a.byline) checkTextSpan(input, 'byline', a.byline, out);
  if (a.dateline) checkTextSpan(input, 'dateline', a.dateline, out);
  if (a.standfirst) checkTextSpan(input, 'standfirst', a.standfirst, out);
  a.paragraphs.forEach((p, i) => checkTextSpan(input, `paragraphs[${i}]`, p, out));
  a.sections.forEach((s, i) => {
    if (s.heading) checkTextSpan(input, `sections[${i}].heading`, s.heading, out);
  });
  a.quotes.forEach((q, i) => {
    q.spans.forEach((s, j) => checkBounds(input, `quotes[${i}].spans[${j}]`, s, out));
    if (q.cue) checkTextSpan(input, `quotes[${i}].cue`, q.cue, out);
    if (q.speaker) checkTextSpan(input, `quotes[${i}].speaker`, q.speaker, out);
  });
  a.sources.forEach((s, i) => s.mentions.forEach((m, j) => checkTextSpan(input, `sources[${i}].mentions[${j}]`, m, out)));

  // --- Paragraphs ----------------------------------------------------------------------------
  a.paragraphs.forEach((p, i) => {
    if (p.index !== i) out.push(`paragraphs[${i}]: index is ${p.index}, expected its position ${i}`);
    if (p.text.length === 0) out.push(`paragraphs[${i}]: empty paragraph at [${p.start}, ${p.end})`);
    const prev = a.paragraphs[i - 1];
    if (prev !== undefined && prev.end > p.start) {
      out.push(`paragraphs[${i}]: [${p.start}, ${p.end}) is out of order with or overlaps paragraphs[${i - 1}] [${prev.start}, ${prev.end})`);
    }
  });

  // --- Headline, byline, headings and paragraphs are pairwise disjoint ---------------------
  const placed: Placed[] = [];
  if (a.headline) placed.push({ path: 'headline', ...a.headline });
  if (a.byline) placed.push({ path: 'byline', ...a.byline });
  if (a.standfirst) placed.push({ path: 'standfirst', ...a.standfirst });
  a.sections.forEach((s, i) => {
    if (s.heading) placed.push({ path: `sections[${i}].heading`, ...s.heading });
  });
  a.paragraphs.forEach((p, i) => placed.push({ path: `paragraphs[${i}]`, start: p.start, end: p.end }));
  const nonEmpty = placed.filter((s) => s.start < s.end).sort((x, y) => x.start - y.start || x.end - y.end);
  let reach: Placed | undefined;
  for (const s of nonEmpty) {
    if (reach !== undefined && s.start < reach.end) {
      out.push(`${s.path} [${s.start}, ${s.end}) overlaps ${reach.path} [${reach.start}, ${reach.end})`);
    }
    if (reach === undefined || s.end > reach.end) reach = s;
  }

  // --- Sections ------------------------------------------------------------------------------
  const owner = new Map<number, number[]>();
  a.sections.forEach((s, k) => {
    if (s.index !== k) out.push(`sections[${k}]: index is ${s.index}, expected its position ${k}`);
    if (k > 0 && s.heading === null) out.push(`sections[${k}]: heading is null, but only the first section may lack one`);
    s.paragraphs.forEach((pi, j) => {
      if (pi >= a.paragraphs.length) out.push(`sections[${k}].paragraphs[${j}]: ${pi} is not a paragraph index (${a.paragraphs.length} paragraphs)`);
      const prev = s.paragraphs[j - 1];
      if (prev !== undefined && prev >= pi) out.push(`sections[${k}].paragraphs: not strictly increasing (${prev} then ${pi})`);
      const owners = owner.get(pi) ?? [];
      owners.push(k);
      owner.set(pi, owners);
    });
  });
  a.paragraphs.forEach((p, i) => {
    const owners = owner.get(i) ?? [];
    if (owners.length !== 1) {
      out.push(`paragraphs[${i}]: listed by ${owners.length} sections (${owners.join(', ') || 'none'}), expected exactly one`);
    } else if (owners[0] !== p.section) {
      out.push(`paragraphs[${i}]: section is ${p.section} but it is listed by sections[${owners[0]}]`);
    }
    if (p.section >= a.sections.length) out.push(`paragraphs[${i}]: section ${p.section} does not exist (${a.sections.length} sections)`);
  });
  // Document order: heading(0) < paragraphs of 0 < heading(1) < paragraphs of 1 < …
  let lastEnd = -1;
  let lastPath = '';
  a.sections.forEach((s, k) => {
    const items: Placed[] = [];
    if (s.heading) items.push({ path: `sections[${k}].heading`, ...s.heading });
    for (const pi of s.paragraphs) {
      const p = a.paragraphs[pi];
      if (p !== undefined) items.push({ path: `paragraphs[${pi}]`, start: p.start, end: p.end });
    }
    for (const item of items) {
      if (item.start < lastEnd) out.push(`${item.path} [${item.start}, ${item.end}) of sections[${k}] comes before the end of ${lastPath} (${lastEnd}): sections out of document order`);
      lastEnd = Math.max(lastEnd, item.end);
      lastPath = item.path;
    }
  });

  // --- Dateline ------------------------------------------------------------------------------
  if (a.dateline) {
    const first = a.paragraphs[0];
    if (first === undefined) out.push(`dateline: present but there is no paragraph for it to open`);
    else if (a.dateline.start !== first.start || a.dateline.end > first.end) {
      out.push(`dateline: [${a.dateline.start}, ${a.dateline.end}) does not open paragraphs[0] [${first.start}, ${first.end})`);
    }
  }

  // --- Quotes and sources --------------------------------------------------------------------
  a.quotes.forEach((q, i) => {
    if (q.index !== i) out.push(`quotes[${i}]: index is ${q.index}, expected its position ${i}`);
    q.paragraphs.forEach((pi, j) => {
      const p = a.paragraphs[pi];
      if (p === undefined) out.push(`quotes[${i}].paragraphs[${j}]: ${pi} is not a paragraph index (${a.paragraphs.length} paragraphs)`);
      // "Indices of the paragraphs the quote spans": a listed paragraph holds part of a span …
      else if (!q.spans.some((s) => s.start < p.end && p.start < s.end)) {
        out.push(`quotes[${i}].paragraphs lists ${pi} [${p.start}, ${p.end}) but none of its spans ${JSON.stringify(q.spans)} lies in it`);
      }
    });
    // … and every paragraph a span reaches into is listed.
    a.paragraphs.forEach((p, pi) => {
      if (!q.paragraphs.includes(pi) && q.spans.some((s) => s.start < p.end && p.start < s.end)) {
        out.push(`quotes[${i}]: a span lies in paragraphs[${pi}] [${p.start}, ${p.end}) but quotes[${i}].paragraphs [${q.paragraphs.join(', ')}] does not list it`);
      }
    });
    if (q.source !== null) {
      const source = a.sources[q.source];
      if (source === undefined) out.push(`quotes[${i}].source: ${q.source} is not a source index (${a.sources.length} sources)`);
      else if (!source.quotes.includes(i)) out.push(`quotes[${i}].source is ${q.source} but sources[${q.source}].quotes [${source.quotes.join(', ')}] does not list ${i}`);
    }
  });
  a.sources.forEach((s, i) => {
    if (s.index !== i) out.push(`sources[${i}]: index is ${s.index}, expected its position ${i}`);
    const seen = new Set<number>();
    s.quotes.forEach((qi, j) => {
      if (seen.has(qi)) out.push(`sources[${i}].quotes: ${qi} is listed twice`);
      seen.add(qi);
      const q = a.quotes[qi];
      if (q === undefined) out.push(`sources[${i}].quotes[${j}]: ${qi} is not a quote index (${a.quotes.length} quotes)`);
      else if (q.source !== i) out.push(`sources[${i}].quotes lists ${qi} but quotes[${qi}].source is ${q.source}`);
    });
    s.mentions.forEach((m, j) => {
      const prev = s.mentions[j - 1];
      if (prev !== undefined && (prev.start > m.start || (prev.start === m.start && prev.end > m.end))) {
        out.push(`sources[${i}].mentions[${j}]: [${m.start}, ${m.end}) comes before mentions[${j - 1}] [${prev.start}, ${prev.end}): not in input order`);
      }
    });
  });

  return out;
}

/** Throws an Error listing every violation (and a preview of the input) unless the article satisfies the contract. */
export function assertArticleInvariants(input: string, article: unknown): void {
  const violations = checkArticleInvariants(input, article);
  if (violations.length === 0) return;
  const shown = violations.slice(0, 20).map((v) => `  - ${v}`);
  if (violations.length > 20) shown.push(`  … and ${violations.length - 20} more`);
  throw new Error(`Article invariants violated (${violations.length}) for input ${preview(input, 200)}:\n${shown.join('\n')}`);
}
