/**
 * Small predicates over frame items shared by the attribution modules: the word at an index,
 * punctuation tests, and bounded look-aheads for quotations and words.
 * @module
 */
import type { Item, QuoteItem } from './frame.js';

export function word(items: readonly Item[], i: number): string {
  const item = items[i];
  return item !== undefined && item.kind === 'word' ? item.lower : '';
}

/** A comma, or a quotation whose words end with one ("…party,” claiming …"). */
export function isCommaLike(items: readonly Item[], i: number): boolean {
  const item = items[i];
  return item !== undefined && ((item.kind === 'punct' && item.lower === ',') || (item.kind === 'quote' && (item as QuoteItem).comma));
}

export function isPunct(items: readonly Item[], i: number, chars: string): boolean {
  const item = items[i];
  return item !== undefined && item.kind === 'punct' && chars.includes(item.lower);
}

// How far into reported content a quotation is looked for: enough for any real sentence, and a
// bound that keeps a pathological run-on "sentence" from costing time per cue.
const QUOTE_LOOKAHEAD = 200;

/** Index of the first quotation item in `[from, to)` (looking at most QUOTE_LOOKAHEAD items), or -1. */
export function firstQuoteIn(items: readonly Item[], from: number, to: number): number {
  const stop = Math.min(to, from + QUOTE_LOOKAHEAD);
  for (let k = from; k < stop; k++) if (items[k]?.kind === 'quote') return k;
  return -1;
}

/** True when `[from, to)` holds at least `n` words; stops counting at `n`, so the cost is bounded. */
export function hasWords(items: readonly Item[], from: number, to: number, n: number): boolean {
  let count = 0;
  for (let i = from; i < to && count < n; i++) if (items[i]?.kind === 'word') count++;
  return count >= n;
}

