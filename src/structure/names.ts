/**
 * Reading a run of words as a list of people's or outlets' names: every word capitalised (names,
 * initials, outlets, all-caps names) or one of the few lowercase words names contain ("de",
 * "van", "and", "of").
 * @module
 */
import { NAME_CONNECTORS } from '../lexicon/bylines.js';

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
  return text.split(/[\s,]+/).filter((w) => w.length > 0);
}

/**
 * True when every word of `names` could belong to a list of names: at most `maxWords` words,
 * each capitalised or a connector, and no sentence punctuation.
 */
export function isNameList(names: string, maxWords: number): boolean {
  const list = words(names);
  if (list.length === 0 || list.length > maxWords) return false;
  // A question or exclamation inside is a sentence ("By Jane Doe? Hardly.").
  if (names.includes('?') || names.includes('!')) return false;
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
