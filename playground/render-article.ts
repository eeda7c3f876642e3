/**
 * Draws the blocks from {@link layoutArticle} as DOM: the article as a reader sees it, quotes in
 * their source's colour with a text label, cues underlined, speakers boxed. Every piece of input
 * text goes in through `textContent`/text nodes, never as HTML.
 * @module
 */
import type { Article, Quote } from '../src/index.js';
import type { Block, MarkPiece, Run } from './annotate.js';

/** Distinct highlight colours; a source's colour is `index % PALETTE_SIZE` (labels tell repeats apart). */
export const PALETTE_SIZE = 8;

/**
 * The CSS class that gives a source its colour; `c-none` for unattributed quotes.
 *
 * @example
 * ```ts
 * colourClass(9); // 'c1'
 * ```
 */
export function colourClass(source: number | null): string {
  return source === null ? 'c-none' : `c${source % PALETTE_SIZE}`;
}

/**
 * The short text label of a source, shown on its quotes and in the sources panel so colour is
 * never the only cue.
 *
 * @example
 * ```ts
 * sourceLabel(0); // 'S1'
 * ```
 */
export function sourceLabel(source: number | null): string {
  return source === null ? 'unattributed' : `S${source + 1}`;
}

// Below the page's own h1/h2 ("Parsed article"), so the article's headline is an h3.
const TAG: Record<Block['kind'], string> = { headline: 'h3', byline: 'p', heading: 'h4', paragraph: 'p' };

/**
 * Replaces `container`'s content with the article's blocks.
 *
 * @example
 * ```ts
 * renderArticle(view, text, article, layoutArticle(article));
 * ```
 */
export function renderArticle(container: HTMLElement, input: string, article: Article, blocks: readonly Block[]): void {
  const fragment = document.createDocumentFragment();
  for (const block of blocks) {
    const el = document.createElement(TAG[block.kind]);
    el.className = `block ${block.kind}`;
    appendRuns(el, block.children, input, article);
    fragment.append(el);
  }
  container.replaceChildren(fragment);
}

function appendRuns(parent: HTMLElement, runs: readonly Run[], input: string, article: Article): void {
  for (const run of runs) {
    if (run.type === 'text') parent.append(input.slice(run.start, run.end));
    else parent.append(markElement(run, input, article));
  }
}

function markElement(piece: MarkPiece, input: string, article: Article): HTMLElement {
  const { mark } = piece;
  const quote = mark.quote === null ? undefined : article.quotes[mark.quote];
  const el = document.createElement(mark.kind === 'quote' ? 'mark' : 'span');
  el.className = `${mark.kind} ${colourClass(mark.source)}`;
  if (mark.source !== null) el.dataset['source'] = String(mark.source);
  if (mark.quote !== null) el.dataset['quote'] = String(mark.quote);
  if (mark.kind === 'quote' && quote) {
    el.title = describeQuote(quote, article);
    // The label goes on the first piece of the quote's first part only: one label per quote.
    if (piece.first && mark.part === 0) el.append(quoteLabel(quote, article));
  } else if ((mark.kind === 'speaker' || mark.kind === 'cue') && quote) {
    el.title = `${mark.kind === 'speaker' ? 'Speaker' : 'Cue'} of quote ${quote.index + 1}`;
  } else if (mark.kind === 'mention' && mark.source !== null) {
    el.title = `Mention of ${article.sources[mark.source]?.name ?? 'a source'}`;
  } else if (mark.kind === 'dateline') {
    el.title = 'Dateline';
  }
  appendRuns(el, piece.children, input, article);
  return el;
}

function quoteLabel(quote: Quote, article: Article): HTMLElement {
  const label = document.createElement('span');
  label.className = 'quote-label';
  const name = quote.source === null ? 'unattributed' : (article.sources[quote.source]?.name ?? '?');
  label.textContent = `Q${quote.index + 1} ${sourceLabel(quote.source)}${quote.source === null ? '' : ` ${name}`}`;
  return label;
}

/** A tooltip with everything the Quote says about itself. */
function describeQuote(quote: Quote, article: Article): string {
  const source = quote.source === null ? null : article.sources[quote.source];
  return [
    `Quote ${quote.index + 1} (${quote.kind})`,
    `speaker: ${quote.speaker?.text ?? '—'}`,
    `cue: ${quote.cue?.text ?? '—'} (${quote.cueType})`,
    `source: ${source ? `${source.name} (${source.kind})` : 'unattributed'}`,
  ].join('\n');
}
