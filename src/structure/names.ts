/**
 * Reading a run of words as a list of people's or outlets' names: every word capitalised (names,
 * initials, outlets, all-caps names) or one of the few lowercase words names contain ("de",
 * "van", "and", "of").
 * @module
 */
import { NAME_CONNECTORS } from '../lexicon/bylines.js';
import { isWhitespace } from '../text/chars.js';

// Initials and suffixes end a name with a period ("Nelson C.J.", "John Roe Jr.").
const INITIALS = /^(?:\p{Lu}\.){1,4}$/u;

/** True for a word that can stand in a name: capitalised, an initial, or a connector. */
export function isNameWord(word: string): boolean {
  if (NAME_CONNECTORS.has(word.toLowerCase())) return true;
  const first = word.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  // Capitalised word, initial ("D."), all-caps name ("RUSSO") or a name with a particle ("O'Brien", "McCarthy").
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The words of `text`, split at whitespace and commas. */
export function words(text: string): string[] {
  return wordsAtMost(text, Infinity) as string[];
}

/** True for the code units that separate {@link words}: JavaScript's `\s` and the comma. */
function isWordSeparator(code: number): boolean {
  return code === 0x2c || isWhitespace(code);
}

/**
 * The {@link words} of `text`, or `null` when there are more than `max`: a sentence is told from
 * a list of names by its first few words, without splitting the rest of it.
 */
function wordsAtMost(text: string, max: number): string[] | null {
  const list: string[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && isWordSeparator(text.charCodeAt(i))) i++;
    if (i >= text.length) return list;
    const start = i;
    while (i < text.length && !isWordSeparator(text.charCodeAt(i))) i++;
    if (list.length >= max) return null;
    list.push(text.slice(start, i));
  }
}

/**
 * True when every word of `names` could belong to a list of names: at most `maxWords` words,
 * each capitalised or a connector, and no sentence punctuation.
 */
export function isNameList(names: string, maxWords: number): boolean {
  // A question or exclamation inside is a sentence ("By Jane Doe? Hardly.").
  if (names.includes('?') || names.includes('!')) return false;
  const list = wordsAtMost(names, maxWords);
  if (list === null || list.length === 0) return false;
  let capitalised = 0;
  for (const word of list) {
    if (!isNameWord(word)) return false;
    if (!NAME_CONNECTORS.has(word.toLowerCase())) capitalised++;
  }
  if (capitalised === 0) return false;
  // A final "." may close an initial or a suffix.
  const last = names.charCodeAt(names.length - 1);
  if (last !== 0x2e) return true;
  const lastWord = list[list.length - 1] as string;
  // "By Ben Edwards." carries a stray period; a longer run of capitalised words ending in one is a sentence.
  return INITIALS.test(lastWord) || lastWord === 'Jr.' || lastWord === 'Sr.' || list.length <= 4;
}
