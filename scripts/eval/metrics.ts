/**
 * Pure metric helpers for the evaluation script: whitespace collapsing, word-set Dice, one-to-one
 * greedy matching, multiset matching, precision/recall/F1, exact-span normalisation and span
 * overlap. No I/O; unit-tested in `test/eval-metrics.test.ts`.
 * @module
 */

/** A half-open character range `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Counts for micro-averaged precision/recall/F1. */
export interface Counts {
  /** Matched predicted/gold pairs. */
  tp: number;
  /** Predicted items. */
  pred: number;
  /** Gold items. */
  gold: number;
}

/** Precision, recall and F1 (each 0 when its denominator is 0). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** A pair chosen by {@link greedyMatch}: index into the first list, index into the second, score. */
export interface Match {
  a: number;
  b: number;
  score: number;
}

const WHITESPACE_RUN = /\s+/g;

/** Collapses every whitespace run (JavaScript `\s`) to one space and trims: the TextSpan text rule. */
export function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

// Zero-width characters a reader cannot see; a line made only of these and whitespace is blank.
const INVISIBLE = /[\s\u200b-\u200d\u2060\u00ad]/gu;

/** True when `line` holds nothing but whitespace and invisible characters. */
export function isBlankLine(line: string): boolean {
  return line.replace(INVISIBLE, '') === '';
}

const LINE_BREAK = /\r\n|\n|\r/;

/** The non-blank lines of `text`, whitespace-collapsed. */
export function nonBlankLines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .filter((l) => !isBlankLine(l))
    .map(collapse);
}

/** Blank-line-separated blocks of `text`, each as its list of (raw, uncollapsed) lines. */
export function blankLineBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(LINE_BREAK)) {
    if (isBlankLine(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lowercased word tokens of `text` (letters/digits, with inner apostrophes kept: "don't"). */
export function wordTokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace('’', "'"));
}

/** The set of {@link wordTokens} of `text`. */
export function wordSet(text: string): Set<string> {
  return new Set(wordTokens(text));
}

/** Dice coefficient `2|A∩B| / (|A|+|B|)` of two sets; 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const total = a.size + b.size;
  if (total === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return (2 * common) / total;
}

/**
 * One-to-one greedy matching: every pair `(a, b)` with `score(a, b) >= threshold` is considered,
 * highest score first (ties: lower `a`, then lower `b`), and taken when neither side is used yet.
 */
export function greedyMatch(
  sizeA: number,
  sizeB: number,
  score: (a: number, b: number) => number,
  threshold: number,
): Match[] {
  const candidates: Match[] = [];
  for (let a = 0; a < sizeA; a++) {
    for (let b = 0; b < sizeB; b++) {
      const s = score(a, b);
      if (s >= threshold) candidates.push({ a, b, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    matches.push(c);
  }
  return matches;
}

/** Result of {@link multisetMatch}: how many matched, and what was left over on each side. */
export interface MultisetResult {
  matched: number;
  /** Items of `a` with no partner in `b` (with multiplicity, in input order). */
  onlyA: string[];
  /** Items of `b` with no partner in `a` (with multiplicity, in input order). */
  onlyB: string[];
}

/** Matches two lists as multisets of exact strings: each item pairs with at most one equal item. */
export function multisetMatch(a: readonly string[], b: readonly string[]): MultisetResult {
  const pool = new Map<string, number>();
  for (const item of b) pool.set(item, (pool.get(item) ?? 0) + 1);
  let matched = 0;
  const onlyA: string[] = [];
  for (const item of a) {
    const left = pool.get(item) ?? 0;
    if (left > 0) {
      pool.set(item, left - 1);
      matched++;
    } else {
      onlyA.push(item);
    }
  }
  const onlyB: string[] = [];
  for (const item of b) {
    const left = pool.get(item) ?? 0;
    if (left > 0) {
      pool.set(item, left - 1);
      onlyB.push(item);
    }
  }
  return { matched, onlyA, onlyB };
}

/** Fresh zero {@link Counts}. */
export function zeroCounts(): Counts {
  return { tp: 0, pred: 0, gold: 0 };
}

/** Adds `more` into `into` (micro-averaging). */
export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.pred += more.pred;
  into.gold += more.gold;
  return into;
}

/** Precision, recall and F1 from counts; a ratio with a zero denominator is 0. */
export function prf(c: Counts): Prf {
  const precision = c.pred === 0 ? 0 : c.tp / c.pred;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Which attribution element a text is, for {@link normalizeExact}. */
export type Element = 'source' | 'cue' | 'content';

// Quotation marks of every style, plus the backtick some plain-text quotes use.
const QUOTE_MARKS = new Set(['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', '‟', '‛', '`']);
// Edge punctuation: sentence punctuation, dashes and hyphens, and the ellipsis character.
const EDGE_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '-', '‐', '‑', '‒', '–', '—', '―', '…']);
const LEADING_THAT = /^that\s/i;
const PART_JOIN = /[.,;:!?]?[”"»’]\s[“"«‘]/g;

function isTrimmable(ch: string): boolean {
  return QUOTE_MARKS.has(ch) || EDGE_PUNCTUATION.has(ch) || /\s/.test(ch);
}

/**
 * Normalises an element's text for CofeNet-style exact matching: collapses whitespace, then
 * repeatedly strips quotation marks (all styles, so `''` too), edge punctuation (`.,;:!?`, dashes,
 * ellipsis) and whitespace from both ends and, for content, a leading "that ", until nothing changes.
 */
export function normalizeExact(text: string, element: Element): string {
  // Content of several parts ("…,” he said. “…”) is compared part by part: the marks and the
  // punctuation where one quoted part ends and the next begins are edges too.
  let s = collapse(element === 'content' ? text.replace(PART_JOIN, ' ') : text);
  for (;;) {
    const before = s;
    let start = 0;
    let end = s.length;
    while (start < end && isTrimmable(s.charAt(start))) start++;
    while (end > start && isTrimmable(s.charAt(end - 1))) end--;
    s = s.slice(start, end);
    if (element === 'content' && LEADING_THAT.test(s)) s = s.slice(5);
    if (s === before) return s;
  }
}

/** True when two ranges share at least one character (empty ranges overlap nothing). */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/** True when `span` overlaps any of `spans`. */
export function overlapsAny(span: Range, spans: readonly Range[]): boolean {
  return spans.some((s) => overlaps(span, s));
}

/** The text of several ranges of `input`, joined with one space and whitespace-collapsed. */
export function rangesText(input: string, ranges: readonly Range[]): string {
  return collapse(ranges.map((r) => input.slice(r.start, r.end)).join(' '));
}

/** Shortens `text` for one-line display: collapses whitespace and cuts the middle past `max`. */
export function clip(text: string | null | undefined, max = 90): string {
  if (text === null || text === undefined) return '∅';
  const s = collapse(text);
  if (s.length <= max) return JSON.stringify(s);
  const head = Math.ceil((max - 1) * 0.6);
  const tail = max - 1 - head;
  return JSON.stringify(`${s.slice(0, head)}…${s.slice(s.length - tail)}`);
}

/**
 * Picks up to `n` items for display: the `n` lowest-scored when `score` is given (worst first),
 * otherwise `n` evenly spaced items (a deterministic sample across the whole list).
 */
export function pickSamples<T>(items: readonly T[], n: number, score?: (item: T) => number): T[] {
  if (n <= 0 || items.length === 0) return [];
  if (score) {
    return items
      .map((item, i) => ({ item, i, s: score(item) }))
      .sort((x, y) => x.s - y.s || x.i - y.i)
      .slice(0, n)
      .map((x) => x.item);
  }
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let k = 0; k < n; k++) {
    const item = items[Math.floor((k * items.length) / n)];
    if (item !== undefined) out.push(item);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Case-insensitive containment at word boundaries: `needle` occurs in `haystack` with no letter or
 * digit right before or after it ("Clinton" is in "Hillary Clinton's", not in "Clintonville").
 */
export function containsWords(haystack: string, needle: string): boolean {
  const h = collapse(haystack).toLowerCase();
  const n = collapse(needle).toLowerCase();
  if (n === '') return false;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) {
    const before = h.charAt(i - 1);
    const after = h.charAt(i + n.length);
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** `text` without the non-letter, non-digit characters at either end ("“He,” " → "He"). */
export function trimNonWord(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !WORD_CHAR.test(text.charAt(start))) start++;
  while (end > start && !WORD_CHAR.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}
