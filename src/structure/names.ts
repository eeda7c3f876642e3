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
  const list: string[] = [];
  for (let i = wordStart(text, 0); i < text.length; ) {
    const end = wordEnd(text, i);
    list.push(text.slice(i, end));
    i = wordStart(text, end);
  }
  return list;
}

/** True for the code units that separate {@link words}: JavaScript's `\s` and the comma. */
function isWordSeparator(code: number): boolean {
  return code === 0x2c || isWhitespace(code);
}

/** Where the next word of `text` starts at or after `i` (`text.length` when there is none). */
function wordStart(text: string, i: number): number {
  while (i < text.length && isWordSeparator(text.charCodeAt(i))) i++;
  return i;
}

/** Where the word of `text` starting at `i` ends. */
function wordEnd(text: string, i: number): number {
  while (i < text.length && !isWordSeparator(text.charCodeAt(i))) i++;
  return i;
}

/**
 * True when every word of `names` could belong to a list of names: at most `maxWords` words,
 * each capitalised or a connector, and no sentence punctuation.
 */
export function isNameList(names: string, maxWords: number): boolean {
  // A question or exclamation inside is a sentence ("By Jane Doe? Hardly.").
  if (names.includes('?') || names.includes('!')) return false;
  let count = 0;
  let capitalised = 0;
  let lastWord = '';
  // Word by word: a sentence is dismissed at its first word that cannot be in a name, unsplit.
  for (let i = wordStart(names, 0); i < names.length; ) {
    const end = wordEnd(names, i);
    const word = names.slice(i, end);
    if (++count > maxWords || !isNameWord(word)) return false;
    if (!NAME_CONNECTORS.has(word.toLowerCase())) capitalised++;
    lastWord = word;
    i = wordStart(names, end);
  }
  // No word at all leaves none capitalised either.
  if (capitalised === 0) return false;
  // A final "." may close an initial or a suffix.
  const last = names.charCodeAt(names.length - 1);
  if (last !== 0x2e) return true;
  // "By Ben Edwards." carries a stray period; a longer run of capitalised words ending in one is a sentence.
  return INITIALS.test(lastWord) || lastWord === 'Jr.' || lastWord === 'Sr.' || count <= 4;
}
