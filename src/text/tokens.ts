/**
 * Tokens: words and punctuation with their offsets, read straight from the input.
 *
 * A word is a run of letters and digits, joined across an apostrophe (don’t, O’Brien), a hyphen
 * (self-defense) or an inner period (U.S., a.m.). A period right after an abbreviation ("Sen.")
 * or an initial ("J.") belongs to the word, so it never reads as a sentence end by itself.
 * @module
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { isUpper } from './chars.js';

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

// A word: letters, digits and marks, joined across an apostrophe, hyphen, inner period or
// ampersand (don’t, self-defense, U.S, AT&T); or any other visible character as punctuation. The
// joiner is not a word character, so each position has one way to match: linear time.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.&\u2011][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\u200b-\u200d\u2060\u00ad\u180e]/gu;

const WORD_START = /^[\p{L}\p{N}\p{M}]/u;

/** Appends the tokens of `input[start, end)` to `out`. */
export function tokenize(input: string, start: number, end: number, out: Token[]): void {
  // A slice shares the input's memory in V8, so this costs no copy and bounds the scan at `end`.
  const text = input.slice(start, end);
  const re = new RegExp(TOKEN.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0];
    const i = m.index + start;
    const code = word.charCodeAt(0);
    if (m[0].length <= 2 && !WORD_START.test(word)) {
      out.push({ start: i, end: i + word.length, kind: 'punct', lower: word, cap: false });
      continue;
    }
    let j = i + word.length;
    let lower = word.toLowerCase();
    // The period after an abbreviation, an initial or a dotted acronym is part of the word.
    if (j < end && input.charCodeAt(j) === 0x2e && (ABBREVIATIONS.has(lower) || isInitial(word) || lower.includes('.'))) {
      j++;
      lower += '.';
      re.lastIndex = j - start;
    }
    out.push({ start: i, end: j, kind: 'word', lower, cap: isUpper(code) });
  }
}

function isInitial(word: string): boolean {
  return word.length === 1 && isUpper(word.charCodeAt(0));
}
