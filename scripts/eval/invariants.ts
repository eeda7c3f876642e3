/**
 * The offsets contract, checked on real articles: every TextSpan's `text` is its slice of the input
 * with whitespace collapsed and trimmed, and every Span lies within the input with `start <= end`.
 * @module
 */
import type { Article, Span } from '../../src/schema.js';
import type { Parsed } from './corpus.js';
import { clip, collapse } from './metrics.js';

/** One broken span. */
export interface Violation {
  corpus: string;
  id: string;
  /** Where in the Article: "quotes[3].speaker". */
  path: string;
  detail: string;
}

/** Invariant results over the checked corpora. */
export interface InvariantResult {
  /** Articles checked, per corpus. */
  articles: Record<string, number>;
  textSpans: number;
  spans: number;
  violationCount: number;
  /** The first violations (at most `keep`). */
  violations: Violation[];
}

interface TextSpanLike {
  start: number;
  end: number;
  text: string;
}

function boundsProblem(input: string, s: Span): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `non-integer offsets [${s.start}, ${s.end})`;
  if (s.start < 0 || s.end > input.length || s.start > s.end) {
    return `offsets [${s.start}, ${s.end}) outside input of length ${input.length} or reversed`;
  }
  return null;
}

/** The contract violation of a TextSpan, or `null` when it holds. */
export function textSpanProblem(input: string, s: TextSpanLike): string | null {
  const bounds = boundsProblem(input, s);
  if (bounds) return bounds;
  const expected = collapse(input.slice(s.start, s.end));
  if (s.text !== expected) return `text ${clip(s.text, 60)} but slice gives ${clip(expected, 60)}`;
  return null;
}

/** The contract violation of a Span, or `null` when it holds. */
export function spanProblem(input: string, s: Span): string | null {
  return boundsProblem(input, s);
}

/** Every TextSpan of an article with its path. */
export function textSpansOf(article: Article): [string, TextSpanLike][] {
  const out: [string, TextSpanLike][] = [];
  if (article.headline) out.push(['headline', article.headline]);
  if (article.byline) out.push(['byline', article.byline]);
  if (article.dateline) out.push(['dateline', article.dateline]);
  article.paragraphs.forEach((p, i) => out.push([`paragraphs[${i}]`, p]));
  article.sections.forEach((s, i) => {
    if (s.heading) out.push([`sections[${i}].heading`, s.heading]);
  });
  article.quotes.forEach((q, i) => {
    if (q.cue) out.push([`quotes[${i}].cue`, q.cue]);
    if (q.speaker) out.push([`quotes[${i}].speaker`, q.speaker]);
  });
  article.sources.forEach((s, i) => {
    s.mentions.forEach((m, j) => out.push([`sources[${i}].mentions[${j}]`, m]));
  });
  return out;
}

/** Checks every span of every parsed article, keeping the first `keep` violations. */
export function checkInvariants(
  corpora: readonly { name: string; docs: readonly Parsed<unknown>[] }[],
  keep = 10,
): InvariantResult {
  const res: InvariantResult = { articles: {}, textSpans: 0, spans: 0, violationCount: 0, violations: [] };
  const report = (corpus: string, id: string, path: string, detail: string): void => {
    res.violationCount++;
    if (res.violations.length < keep) res.violations.push({ corpus, id, path, detail });
  };
  for (const { name, docs } of corpora) {
    res.articles[name] = docs.length;
    for (const { id, input, article, error } of docs) {
      if (error !== null) continue;
      for (const [path, span] of textSpansOf(article)) {
        res.textSpans++;
        const problem = textSpanProblem(input, span);
        if (problem) report(name, id, path, problem);
      }
      article.quotes.forEach((q, i) => {
        q.spans.forEach((s, j) => {
          res.spans++;
          const problem = spanProblem(input, s);
          if (problem) report(name, id, `quotes[${i}].spans[${j}]`, problem);
        });
      });
    }
  }
  return res;
}
