/**
 * How a short line is set: in Title Case ("Bigger Tires With Higher Ground Clearance") or in
 * capitals ("PREP WRESTLING"). Sites set headings so and sentences never, so the style lets a
 * heading run longer than a sentence-case short line may, and lets a heading stand right under
 * another.
 * @module
 */
import { TITLE_CASE_MINOR_WORDS } from '../lexicon/headings.js';

const LOWER = /^\p{Ll}/u;
// A brand written with a lower-case first letter and a capital after it ("iPhone", "uMobix").
const LOWER_CASE_BRAND = /^\p{Ll}{1,2}\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
// Lines with fewer words than this read as well one way as the other ("Koala", "Next steps").
const MIN_TITLE_WORDS = 3;

/**
 * The number of words of `words` that open with a letter, or -1 when one of them, other than the
 * minor words a title leaves in lower case, opens with a lower-case letter (and is no brand such
 * as "iPhone").
 */
function capitalisedWords(words: readonly string[]): number {
  let lettered = 0;
  for (const word of words) {
    if (!LETTER_START.test(word)) continue;
    lettered++;
    if (LOWER.test(word) && !LOWER_CASE_BRAND.test(word) && !TITLE_CASE_MINOR_WORDS.has(word.toLowerCase())) return -1;
  }
  return lettered;
}

/** True when every word of `words` that opens with a letter opens with a capital, minor words aside ("Poverty and Unemployment"). */
export function isCapitalised(words: readonly string[]): boolean {
  return capitalisedWords(words) > 0;
}

/**
 * True when `words` are set in Title Case: capitalised (see {@link isCapitalised}), with at least
 * {@link MIN_TITLE_WORDS} words that open with a letter, and not all in capitals (some sites set
 * their promotions for other articles in capitals, between paragraphs, at a headline's length).
 */
export function isTitleStyled(words: readonly string[]): boolean {
  return capitalisedWords(words) >= MIN_TITLE_WORDS && words.some((w) => LOWER_LETTER.test(w));
}

/** True when `text` has letters and none of them is lower case ("PREP WRESTLING"). */
export function isAllCapitals(text: string): boolean {
  return LETTER.test(text) && !LOWER_LETTER.test(text);
}
