/**
 * Bylines: "By Jane Doe", "By JANE DOE and John Roe | The Associated Press", "Jane Doe, Reuters".
 *
 * A byline is a list of names, optionally followed by a separator and an affiliation or a date.
 * The test reads the name part word by word: every word must be capitalised (names, initials,
 * outlets) or one of the few lowercase words names contain ("de", "van", "and", "of"). That keeps
 * "By Tuesday, the company had …" — a sentence that happens to start with "By" — out.
 * @module
 */
import { AFFILIATION_WORDS } from '../lexicon/bylines.js';
import { isDateLine } from './furniture.js';
import { isNameList, isNameWord, words } from './names.js';
import { trimEndChars } from './strings.js';

const BY_PREFIX = /^(?:(?:written|words|story|text|reporting|report|posted|compiled|edited|interview|analysis|photos?)\s+)?by\s+/i;
// Where the name list ends and an affiliation, role or date begins.
const AFFILIATION_SEPARATOR = /\s[|•·—–-]\s|\s--\s|,\s|\s\|/;
const MAX_BYLINE_LENGTH = 200;
const MAX_TAIL_LENGTH = 80;
// "Chief Political Correspondent, The Daily Courier" is about as long as an affiliation gets.
const MAX_AFFILIATION_LENGTH = 60;
/** True when `rest` (what follows "Jane Doe, ") names an outlet or a role. */
function isAffiliation(rest: string): boolean {
  if (rest.length > MAX_AFFILIATION_LENGTH) return false;
  let named = false;
  for (const word of words(rest)) {
    const key = trimEndChars(word.toLowerCase(), '.:');
    if (AFFILIATION_WORDS.has(key)) named = true;
    // Every other word is part of a name ("The Daily Courier") or joins one ("of", "for").
    else if (!isNameWord(word)) return false;
  }
  return named;
}

function isPrefixedByline(text: string, prefixLength: number): boolean {
  const tail = text.slice(prefixLength);
  // "By and large …" and "By the way …" are sentences.
  if (tail.length === 0 || /^(?:and|the way|then|now)\b/i.test(tail)) return false;
  const m = AFFILIATION_SEPARATOR.exec(tail);
  if (m === null) return isNameList(tail, 8);
  // "By Tuesday, the company had …": the part after the comma is a sentence, not an affiliation.
  return isNameList(tail.slice(0, m.index), 8) && isBylineTail(tail.slice(m.index + m[0].length));
}

/** What may follow the names: more names, an outlet or role, a date, or an outlet then a date — not a clause. */
function isBylineTail(rest: string): boolean {
  // A separator left dangling at the end ("By Jane Doe |") is a template's empty slot.
  if (rest.trim() === '') return true;
  if (rest.length > MAX_TAIL_LENGTH) return false;
  if (isOutletOrNames(rest) || isDateLine(rest)) return true;
  // "CNN Updated 5:02 PM EDT, Tue July 4, 2025": an outlet, then a timestamp.
  for (let i = rest.indexOf(' '); i > 0; i = rest.indexOf(' ', i + 1)) {
    if (isDateLine(rest.slice(i + 1))) return isOutletOrNames(trimEndChars(rest.slice(0, i), ',|•·—–- '));
  }
  return false;
}

function isOutletOrNames(text: string): boolean {
  return text !== '' && (isNameList(text, 10) || isAffiliation(text));
}

/** Names before a separator and an outlet, role or date after it: "Jane Doe | CNN", "Jane Doe, Reuters". */
function isNamesWithAffiliation(names: string, separator: string, rest: string): boolean {
  if (!isNamesOnly(names)) return false;
  return separator === ', ' ? isAffiliation(rest) : isBylineTail(rest);
}

/** Two to eight words of names, not ending like a sentence ("YouTube and Google."). */
function isNamesOnly(names: string): boolean {
  if (names.endsWith('.') || !isNameList(names, 6)) return false;
  const count = words(names).length;
  return count >= 2 && count <= 8;
}

/** Unprefixed: "Jane Doe, Reuters" / "Jane Doe | CNN" / "JANE DOE and JOHN ROE": names only, no sentence. */
function isUnprefixedByline(text: string): boolean {
  const m = AFFILIATION_SEPARATOR.exec(text);
  if (m !== null) return isNamesWithAffiliation(text.slice(0, m.index), m[0], text.slice(m.index + m[0].length));
  // A short title-case subtitle ("Markets Rally Again") is names only too: ask for a conjunction.
  return isNamesOnly(text) && /\sand\s|&/.test(text);
}

/**
 * True when a whole line reads as a byline. `afterHeadline` allows the unprefixed form
 * ("Jane Doe, Reuters"), which only a line right under the headline can be.
 */
export function isByline(text: string, afterHeadline: boolean): boolean {
  if (text.length > MAX_BYLINE_LENGTH) return false;
  const prefix = BY_PREFIX.exec(text);
  if (prefix !== null) return isPrefixedByline(text, prefix[0].length);
  return afterHeadline && isUnprefixedByline(text);
}

/**
 * True for a credit line anywhere: a byline with "By", or names with an outlet or role after a
 * separator ("Jane Doe | Reuters" as a sign-off). Names joined by "and" alone are not enough
 * here: "Safety and Security" is a heading.
 */
export function isCreditLine(text: string): boolean {
  if (isByline(text, false)) return true;
  const m = text.length > MAX_BYLINE_LENGTH ? null : AFFILIATION_SEPARATOR.exec(text);
  return m !== null && isNamesWithAffiliation(text.slice(0, m.index), m[0], text.slice(m.index + m[0].length));
}
