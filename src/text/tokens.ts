/**
 * Tokens: words and punctuation with their offsets, read straight from the input.
 *
 * A word is a run of letters and digits, joined across an apostrophe (don’t, O’Brien), a hyphen
 * (self-defense) or an inner period (U.S., a.m.). A period right after an abbreviation ("Sen.")
 * or an initial ("J.") belongs to the word, so it never reads as a sentence end by itself.
 * @module
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { isUpper, isWhitespace } from './chars.js';

/** A word or punctuation character. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'punct';
  /** Lowercased text (for punctuation, the character itself). */
  readonly lower: string;
  /** True when the token starts with an upper-case letter. */
  readonly cap: boolean;
}

// The tokens are those of the regular expression
//   [\p{L}\p{N}\p{M}]+(?:['’\-.&\u2011][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\u200b-\u200d\u2060\u00ad\u180e]
// with the `u` flag: a word is letters, digits and marks, joined across an apostrophe, hyphen,
// inner period or ampersand (don’t, self-defense, U.S, AT&T); any other visible code point is
// punctuation. It is scanned by hand, one code point at a time, because the expression's match
// objects and Unicode property tests were a large part of the quotes stage's cost; the joiner is
// not a word character, so the scan is one pass (linear time).
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** True for a code point in \p{L}, \p{N} or \p{M}; ASCII without the regular expression. */
function isWordCodePoint(cp: number): boolean {
  return cp < 0x80 ? isAsciiWordChar(cp) : WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Whitespace (`\s`) and the invisible characters that are neither words nor punctuation. */
function isSkipped(cp: number): boolean {
  return isWhitespace(cp) || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0x00ad || cp === 0x180e;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26 || code === 0x2011;
}

/** The code point at `i`, reading a surrogate pair only when both halves lie before `end`. */
function codePointAt(input: string, i: number, end: number): number {
  const code = input.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= end) return code;
  const low = input.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : code;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Where a word ends, and whether it is already lower case; one per `tokenize` call, refilled by {@link scanWord}. */
interface WordScan {
  end: number;
  /** True when the word has no capital and no non-ASCII character: lower-casing would return it unchanged. */
  lower: boolean;
}

/** Scans the word that starts at `i` (a word character): word characters joined across single joiners. */
function scanWord(input: string, i: number, end: number, scan: WordScan): void {
  let j = i;
  let lower = true;
  for (;;) {
    while (j < end) {
      const code = input.charCodeAt(j);
      // Most word characters are ASCII letters: test those without decoding a code point.
      if (isAsciiWordChar(code)) {
        if (code >= 0x41 && code <= 0x5a) lower = false;
        j++;
      } else if (code >= 0x80 && isWordCodePoint(codePointAt(input, j, end))) {
        lower = false;
        j += width(codePointAt(input, j, end));
      } else break;
    }
    if (j + 1 < end && isJoiner(input.charCodeAt(j)) && isWordCodePoint(codePointAt(input, j + 1, end))) {
      if (input.charCodeAt(j) >= 0x80) lower = false;
      j++;
    } else break;
  }
  scan.end = j;
  scan.lower = lower;
}

/** Appends the tokens of `input[start, end)` to `out`. */
export function tokenize(input: string, start: number, end: number, out: Token[]): void {
  const scan: WordScan = { end: 0, lower: true };
  let i = start;
  while (i < end) {
    // Spaces separate most tokens: skip them before any classification.
    if (input.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    const cp = codePointAt(input, i, end);
    if (!isWordCodePoint(cp)) {
      if (!isSkipped(cp)) out.push({ start: i, end: i + width(cp), kind: 'punct', lower: input.slice(i, i + width(cp)), cap: false });
      i += width(cp);
      continue;
    }
    scanWord(input, i, end, scan);
    let j = scan.end;
    const word = input.slice(i, j);
    // (Lower-casing is the costliest step for a word; most need none.)
    let lower = scan.lower ? word : word.toLowerCase();
    // The period after an abbreviation, an initial or a dotted acronym is part of the word.
    if (j < end && input.charCodeAt(j) === 0x2e && (ABBREVIATIONS.has(lower) || isInitial(word) || lower.includes('.'))) {
      j++;
      lower += '.';
    }
    out.push({ start: i, end: j, kind: 'word', lower, cap: isUpper(input.charCodeAt(i)) });
    i = j;
  }
}

function isInitial(word: string): boolean {
  return word.length === 1 && isUpper(word.charCodeAt(0));
}
