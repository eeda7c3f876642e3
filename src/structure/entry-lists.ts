/**
 * Entry lists: a run of short lines in which names recur, each followed by one or more lines
 * about it ("Acme / Up to 30 per cent off / Brightco / 20 per cent off shoes / Free delivery /
 * Citymart / …"), as shopping guides, venue round-ups and glossaries lay them out. Each name heads
 * the lines after it, as a heading does, though no paragraph follows.
 *
 * A name is a short line of capitalised words with no figure in it ("Koala", "The Oodie",
 * "Maison de Sabre"). It heads an entry when a line that is not a name follows it (an entry's line
 * may be long, but never ends a sentence as prose does), and the run must hold several such
 * entries: a plain list whose items happen to be capitalised ("Contacts / Call logs / SMS") has
 * too few to set a pattern. Of two names side by side the first heads no entry (it may title the
 * list).
 * @module
 */
import { TITLE_CASE_MINOR_WORDS } from '../lexicon/headings.js';
import { MAX_LIST_ITEM_LENGTH, type Body } from './list-context.js';

const MAX_NAME_WORDS = 4;
// A name is letters, apostrophes, ampersands, hyphens and periods ("Dr. Martens", "H&M").
const NAME_WORD = /^(?:\p{Lu}[\p{L}’'&.-]*|&)$/u;
// A brand written with a lower-case first letter and a capital after it ("iHerb", "eBay").
const LOWER_CASE_BRAND = /^\p{Ll}{1,2}\p{Lu}[\p{L}’'&.-]*$/u;
// Fewer names than this in a run set no pattern.
const MIN_ENTRIES = 3;
// A line that ends a sentence. Any other line, however long ("49 per cent off the Acme Pro 3
// Speaker System with Battery, $549 (down from $1079)"), is an entry's line, not prose.
const ENDS_SENTENCE = /[.!?…]["”’»)']{0,2}$/u;

/** True when the line at `k` may stand in an entry list: short, or no sentence. */
function inList(text: string): boolean {
  // The ending is read from the last three characters, so a long paragraph is not scanned.
  return text.length <= MAX_LIST_ITEM_LENGTH || !ENDS_SENTENCE.test(text.slice(-3));
}

/** True when `text` is a short run of capitalised words with no figure or punctuation in it. */
export function isNameLine(text: string): boolean {
  const words = text.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  const first = words[0] as string;
  if (!NAME_WORD.test(first) && !LOWER_CASE_BRAND.test(first)) return false;
  return words.every((w) => NAME_WORD.test(w) || LOWER_CASE_BRAND.test(w) || TITLE_CASE_MINOR_WORDS.has(w));
}

/** True when the name at `k` is followed by a line about it inside the run `[k, to)`. */
function headsEntry(names: readonly boolean[], k: number, to: number): boolean {
  return names[k] === true && k + 1 < to && names[k + 1] !== true;
}

/** Marks in `heads` the names of the run `[from, to)` that head entries, when there are enough of them to set a pattern. */
function markEntryRun(names: readonly boolean[], from: number, to: number, heads: boolean[]): void {
  let count = 0;
  for (let k = from; k < to; k++) if (headsEntry(names, k, to)) count++;
  if (count < MIN_ENTRIES) return;
  for (let k = from; k < to; k++) heads[k] = headsEntry(names, k, to);
}

/**
 * For every unit of `body`, whether it is a name heading an entry of an entry list. `candidate[k]`
 * says whether unit `k` could be a heading at all.
 */
export function entryHeads(body: Body, candidate: readonly boolean[]): boolean[] {
  const n = body.texts.length;
  const short = body.texts.map(inList);
  const names = body.texts.map((text, k) => candidate[k] === true && isNameLine(text));
  const heads = body.texts.map(() => false);
  let k = 0;
  while (k < n) {
    let end = k + 1;
    if (short[k]) while (end < n && short[end]) end++;
    if (short[k]) markEntryRun(names, k, end, heads);
    k = end;
  }
  return heads;
}
