/**
 * Entry lists: a run of short lines in which names recur, each followed by one or more lines
 * about it ("Acme / Up to 30 per cent off / Brightco / 20 per cent off shoes / Free delivery /
 * Citymart / …"), as shopping guides, venue round-ups and glossaries lay them out. Each name heads
 * the lines after it, as a heading does, though no paragraph follows.
 *
 * A name is a short line of capitalised words with no figure in it ("Koala", "The Oodie",
 * "Maison de Sabre"). The run must hold several of them, never two side by side and each followed
 * by a line that is not a name: a plain list whose items happen to be capitalised ("Contacts /
 * Call logs / SMS") has names side by side or too few of them to set a pattern.
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

/** True when `text` is a short run of capitalised words with no figure or punctuation in it. */
export function isNameLine(text: string): boolean {
  const words = text.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  const first = words[0] as string;
  if (!NAME_WORD.test(first) && !LOWER_CASE_BRAND.test(first)) return false;
  return words.every((w) => NAME_WORD.test(w) || LOWER_CASE_BRAND.test(w) || TITLE_CASE_MINOR_WORDS.has(w));
}

/** True when the units `[from, to)` hold an entry list's pattern of names. */
function isEntryRun(names: readonly boolean[], from: number, to: number): boolean {
  let count = 0;
  for (let k = from; k < to; k++) {
    if (!names[k]) continue;
    // Every name is followed by a line about it, inside the run.
    if (k + 1 >= to || names[k + 1]) return false;
    count++;
  }
  return count >= MIN_ENTRIES;
}

/**
 * For every unit of `body`, whether it is a name heading an entry of an entry list. `candidate[k]`
 * says whether unit `k` could be a heading at all.
 */
export function entryHeads(body: Body, candidate: readonly boolean[]): boolean[] {
  const n = body.texts.length;
  const short = body.texts.map((text) => text.length <= MAX_LIST_ITEM_LENGTH);
  const names = body.texts.map((text, k) => candidate[k] === true && isNameLine(text));
  const heads = body.texts.map(() => false);
  let k = 0;
  while (k < n) {
    let end = k + 1;
    if (short[k]) while (end < n && short[end]) end++;
    if (short[k] && isEntryRun(names, k, end)) for (let j = k; j < end; j++) heads[j] = names[j] as boolean;
    k = end;
  }
  return heads;
}
