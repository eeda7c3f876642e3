/**
 * The author of an op-ed or first-person piece: the one person the byline names ("By Jane
 * Miller"), who is the "I" the article speaks in outside every quotation.
 * @module
 */
import type { TextSpan } from '../schema.js';
import { isUpper, isWordChar } from '../text/chars.js';
import { NAME_PARTICLES } from '../lexicon/grammar.js';

/** The name of the single author a byline gives: offsets into the input. */
export interface AuthorName {
  readonly start: number;
  readonly end: number;
  /** Lower-cased words of the name. */
  readonly words: readonly string[];
}

/** A person's name has two to five words. */
const MIN_WORDS = 2;
const MAX_WORDS = 5;

/**
 * The single author the byline names, or null: none, several ("By Jane Miller and Tom Hill"),
 * or not a person's name (one word, lowercase words, "By the Editorial Board"). A comma ends the
 * name ("By Jane Miller, Special to the Gazette"); "By" and a "Written by" style lead are dropped.
 */
export function bylineAuthor(input: string, byline: TextSpan | null): AuthorName | null {
  if (byline === null) return null;
  const words = wordsIn(input, byline.start, byline.end);
  let k = 0;
  // "By Jane Miller", "Written by Jane Miller", "Story by Jane Miller": the name follows the "by".
  for (let j = 0; j < Math.min(3, words.length); j++) if (isBy(input, words[j] as Word)) k = j + 1;
  const name: Word[] = [];
  for (; k < words.length; k++) {
    const w = words[k] as Word;
    const lower = input.slice(w.start, w.end).toLowerCase();
    if (isUpper(input.charCodeAt(w.start)) || (name.length > 0 && NAME_PARTICLES.has(lower))) name.push(w);
    else return null;
    if (w.comma) break;
  }
  if (name.length < MIN_WORDS || name.length > MAX_WORDS) return null;
  const first = name[0] as Word;
  const last = name[name.length - 1] as Word;
  return { start: first.start, end: last.end, words: name.map((w) => input.slice(w.start, w.end).toLowerCase().replace(/\.$/u, '')) };
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** A comma or other separator follows the word: the name ends there. */
  readonly comma: boolean;
}

/** The words of `[from, to)`: runs of word characters, apostrophes, hyphens and periods. */
function wordsIn(input: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isNameChar(input.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isNameChar(input.charCodeAt(i))) i++;
    if (i > start) {
      let j = i;
      while (j < to && input.charCodeAt(j) === 0x20) j++;
      const next = input.charAt(j);
      out.push({ start, end: i, comma: next === ',' || next === '|' || next === '/' || next === '(' });
    }
  }
  return out;
}

function isNameChar(c: number): boolean {
  return isWordChar(c) || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e;
}

function isBy(input: string, w: Word): boolean {
  return input.slice(w.start, w.end).toLowerCase() === 'by';
}
