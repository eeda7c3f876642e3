/**
 * Tokens: words and punctuation with their offsets, read straight from the input.
 *
 * A word is a run of letters and digits, joined across an apostrophe (don’t, O’Brien), a hyphen
 * (self-defense) or an inner period (U.S., a.m.). A period right after an abbreviation ("Sen.")
 * or an initial ("J.") belongs to the word, so it never reads as a sentence end by itself.
 * @module
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { isBlank, isUpper, isWordChar } from './chars.js';

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

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26 || code === 0x2011;
}

/** Appends the tokens of `input[start, end)` to `out`. */
export function tokenize(input: string, start: number, end: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    const code = input.charCodeAt(i);
    if (isBlank(code)) {
      i++;
      continue;
    }
    if (!isWordChar(code)) {
      // Surrogate pairs and other symbols become one punctuation token per code unit pair.
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
      out.push({ start: i, end: i + len, kind: 'punct', lower: input.slice(i, i + len), cap: false });
      i += len;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const c = input.charCodeAt(j);
      if (isWordChar(c)) j++;
      else if (isJoiner(c) && j + 1 < end && isWordChar(input.charCodeAt(j + 1))) j += 2;
      else break;
    }
    const word = input.slice(i, j);
    let lower = word.toLowerCase();
    // The period after an abbreviation, an initial or a dotted acronym is part of the word.
    if (j < end && input.charCodeAt(j) === 0x2e && (ABBREVIATIONS.has(lower) || isInitial(word) || lower.includes('.'))) {
      j++;
      lower += '.';
    }
    out.push({ start: i, end: j, kind: 'word', lower, cap: isUpper(code) });
    i = j;
  }
}

function isInitial(word: string): boolean {
  return word.length === 1 && isUpper(word.charCodeAt(0));
}
