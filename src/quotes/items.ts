/**
 * Small predicates over frame items shared by the attribution modules: the word at an index,
 * punctuation tests, and bounded look-aheads for quotations and words.
 * @module
 */
import { GrammarClass } from '../lexicon/lookup.js';
import type { Items } from './frame.js';

/** The lower-cased word at item `i`, or '' when it is no word. */
export function word(items: Items, i: number): string {
  return items.isWord(i) ? items.lower(i) : '';
}

/** A comma, or a quotation whose words end with one ("…party,” claiming …"). */
export function isCommaLike(items: Items, i: number): boolean {
  return items.code(i) === 0x2c || (items.isQuote(i) && items.comma(i));
}

/** True when item `i` is one of the punctuation characters `chars`. */
export function isPunct(items: Items, i: number, chars: string): boolean {
  const code = items.code(i);
  if (code === -1) return false;
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

// How far into reported content a quotation is looked for: enough for any real sentence, and a
// bound that keeps a pathological run-on "sentence" from costing time per cue.
const QUOTE_LOOKAHEAD = 200;

/** Index of the first quotation item in `[from, to)` (looking at most QUOTE_LOOKAHEAD items), or -1. */
export function firstQuoteIn(items: Items, from: number, to: number): number {
  const stop = Math.min(to, from + QUOTE_LOOKAHEAD);
  for (let k = from; k < stop; k++) if (items.isQuote(k)) return k;
  return -1;
}

/** True when `[from, to)` holds at least `n` words; stops counting at `n`, so the cost is bounded. */
export function hasWords(items: Items, from: number, to: number, n: number): boolean {
  let count = 0;
  for (let i = from; i < to && count < n; i++) if (items.isWord(i)) count++;
  return count >= n;
}

/** True when every item of `[from, to)`, a non-empty range, is a capitalised word or a period of one ("Daily Herald", "Dr. Song"). */
export function allCapitalised(items: Items, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!items.cap(k) && !isPunct(items, k, '.')) return false;
  return to > from;
}

/**
 * True when item `i` follows an article or a possessive determiner ("the report", "her remarks",
 * "his three sons"): it stands inside a noun phrase, so a verb's form there is a noun.
 */
export function isDetermined(items: Items, i: number): boolean {
  return items.isIn(i - 1, GrammarClass.Article | GrammarClass.PossessiveDeterminer);
}
