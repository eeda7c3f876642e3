/**
 * Turns an {@link Article} into the blocks a reader sees (headline, byline, headings, paragraphs),
 * each a tree of text runs and marks (quotes, cues, speakers, source mentions, the dateline).
 * Pure data, no DOM, so it is unit-tested in Node and the page only has to draw it.
 * @module
 */
import type { Article } from '../src/index.js';

/** What a mark shows: `quote` wraps quoted words, the others wrap the words they name. */
export type MarkKind = 'quote' | 'speaker' | 'cue' | 'mention' | 'dateline';

/** One highlighted range of the input, `[start, end)` in UTF-16 code units. */
export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** Index into `Article.quotes` for quote, speaker and cue marks; `null` otherwise. */
  readonly quote: number | null;
  /** Index into `Article.sources` of the source the mark belongs to; `null` when none. */
  readonly source: number | null;
  /** For a quote mark, which of the quote's spans it is (a split quote has several); else 0. */
  readonly part: number;
}

/** A run of plain input text: `input.slice(start, end)`. */
export interface TextRun {
  readonly type: 'text';
  readonly start: number;
  readonly end: number;
}

/**
 * One piece of a mark. A mark that crosses another's boundary, or a block's, is drawn as several
 * pieces; `first` is true only on the piece where the mark begins, which carries its label.
 */
export interface MarkPiece {
  readonly type: 'mark';
  readonly mark: Mark;
  readonly first: boolean;
  readonly children: Run[];
}

/** A node of a block's tree. */
export type Run = TextRun | MarkPiece;

/** A block of the article as a reader sees it, in reading order. */
export interface Block {
  readonly kind: 'headline' | 'byline' | 'heading' | 'paragraph';
  readonly start: number;
  readonly end: number;
  /** Index into `Article.paragraphs` for a paragraph, into `Article.sections` for a heading. */
  readonly index: number | null;
  readonly children: Run[];
}

// Outer marks first when two cover the same range: a speaker that is also a mention is drawn as
// a mention inside the speaker, and everything sits inside its quote.
const RANK: Record<MarkKind, number> = { quote: 0, dateline: 0, speaker: 1, cue: 2, mention: 3 };

/**
 * Every mark of the article: one per quote span, cue, speaker and source mention, and the dateline.
 *
 * @example
 * ```ts
 * collectMarks(parseArticle(text)).filter((m) => m.kind === 'quote');
 * ```
 */
export function collectMarks(article: Article): Mark[] {
  const marks: Mark[] = [];
  for (const quote of article.quotes) {
    const about = { quote: quote.index, source: quote.source };
    quote.spans.forEach((span, part) => marks.push({ kind: 'quote', start: span.start, end: span.end, ...about, part }));
    if (quote.cue) marks.push({ kind: 'cue', start: quote.cue.start, end: quote.cue.end, ...about, part: 0 });
    if (quote.speaker) marks.push({ kind: 'speaker', start: quote.speaker.start, end: quote.speaker.end, ...about, part: 0 });
  }
  for (const source of article.sources) {
    for (const m of source.mentions) marks.push({ kind: 'mention', start: m.start, end: m.end, quote: null, source: source.index, part: 0 });
  }
  const { dateline } = article;
  if (dateline) marks.push({ kind: 'dateline', start: dateline.start, end: dateline.end, quote: null, source: null, part: 0 });
  return marks.filter((m) => m.start < m.end);
}

/**
 * The article's blocks in reading order, each with its marks nested inside it. Linear in the
 * number of blocks and marks (times a log for sorting), so a 100 KB article lays out in a few ms.
 *
 * @example
 * ```ts
 * const blocks = layoutArticle(parseArticle(text));
 * blocks[0]?.kind; // 'headline'
 * ```
 */
export function layoutArticle(article: Article): Block[] {
  const shells: Omit<Block, 'children'>[] = [];
  if (article.headline) shells.push({ kind: 'headline', start: article.headline.start, end: article.headline.end, index: null });
  if (article.byline) shells.push({ kind: 'byline', start: article.byline.start, end: article.byline.end, index: null });
  for (const section of article.sections) {
    if (section.heading) shells.push({ kind: 'heading', start: section.heading.start, end: section.heading.end, index: section.index });
    for (const p of section.paragraphs) {
      const paragraph = article.paragraphs[p];
      if (paragraph) shells.push({ kind: 'paragraph', start: paragraph.start, end: paragraph.end, index: p });
    }
  }
  // Blocks sorted by position so each mark finds the blocks it overlaps by binary search.
  const byStart = shells.map((_, i) => i).sort((a, b) => (shells[a]?.start ?? 0) - (shells[b]?.start ?? 0));
  const marksOf: Mark[][] = shells.map(() => []);
  for (const mark of collectMarks(article)) {
    for (let k = firstEndingAfter(shells, byStart, mark.start); k < byStart.length; k++) {
      const b = byStart[k] as number;
      const block = shells[b] as Omit<Block, 'children'>;
      if (block.start >= mark.end) break;
      (marksOf[b] as Mark[]).push(mark);
    }
  }
  return shells.map((shell, i) => ({ ...shell, children: nestMarks(shell.start, shell.end, marksOf[i] ?? []) }));
}

/** Position in `order` of the first block whose end lies after `pos` (blocks never overlap). */
function firstEndingAfter(blocks: readonly Omit<Block, 'children'>[], order: readonly number[], pos: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[order[mid] as number] as Omit<Block, 'children'>).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nesting order: earlier start outside, then longer outside, then by kind. */
function outerFirst(a: Pick<Mark, 'start' | 'end' | 'kind'>, b: Pick<Mark, 'start' | 'end' | 'kind'>): number {
  return a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];
}

/**
 * The tree of `[start, end)` with `marks` (clipped to it) nested. The range is cut at every mark
 * boundary; each piece is covered by a chain of marks in {@link outerFirst} order, and pieces
 * next to each other share the elements of their common chain prefix. Marks that cross (rare,
 * but the schema allows it) are split rather than dropped.
 */
export function nestMarks(start: number, end: number, marks: readonly Mark[]): Run[] {
  const clipped = marks
    .map((mark) => ({ mark, start: Math.max(mark.start, start), end: Math.min(mark.end, end), kind: mark.kind }))
    .filter((m) => m.start < m.end)
    .sort(outerFirst);
  type Clipped = (typeof clipped)[number];
  const cuts = [...new Set([start, end, ...clipped.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const root: Run[] = [];
  const open: { item: Clipped; children: Run[] }[] = [];
  let active: Clipped[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c] as number;
    const to = cuts[c + 1] as number;
    active = active.filter((m) => m.end > from);
    while (next < clipped.length && (clipped[next] as Clipped).start <= from) active.push(clipped[next++] as Clipped);
    active.sort(outerFirst);
    let shared = 0;
    while (shared < open.length && shared < active.length && open[shared]?.item === active[shared]) shared++;
    open.length = shared;
    for (let d = shared; d < active.length; d++) {
      const item = active[d] as Clipped;
      const piece: MarkPiece = { type: 'mark', mark: item.mark, first: from === item.mark.start, children: [] };
      (open[d - 1]?.children ?? root).push(piece);
      open.push({ item, children: piece.children });
    }
    (open.at(-1)?.children ?? root).push({ type: 'text', start: from, end: to });
  }
  return root;
}
