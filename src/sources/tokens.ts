/**
 * Word tokens of the article body for the sources stage: one pass over each paragraph with
 * char-code predicates, no regex, so the cost stays linear in the input.
 *
 * A token is a word as a reader sees it for naming purposes: internal hyphens and apostrophes stay
 * inside ("O'Brien", "Jean-Luc"), a possessive "'s" is cut off and flagged (so "Trump's" yields the
 * mention "Trump"), and abbreviations keep their period ("Mr.", "U.S.", "J.").
 *
 * Tokens are stored column-wise in typed arrays ({@link TokenList}): a long article has tens of
 * thousands of words, and one object per word costs more in allocation and garbage collection than
 * everything else the stage does. A {@link Token} object is only built for a word someone looks at.
 * @module
 */
import type { Paragraph } from '../schema.js';
import { isBlank, isLower, isUpper, isWordChar } from '../text/chars.js';
import { isClosingMark, isOpeningQuote, isSentenceEnd } from '../text/punctuation.js';
import { isAbbreviation } from './vocabulary.js';

/** One word of the body. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** `input.slice(start, end)` (a token never contains whitespace). */
  readonly text: string;
  /** `text` in lower case, without a trailing period ("mr", "u.s"). */
  readonly lower: string;
  /** `text` in lower case, period kept ("mr.", "u.s."): the form lexicon phrases are written in. */
  readonly key: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Has at least two letters and no lower-case letter ("NATO", "U.S."). */
  readonly allCaps: boolean;
  /** Starts a sentence, a paragraph, or a quotation: its capital says nothing about it being a name. */
  readonly initial: boolean;
  /** Followed by a possessive "'s" / "’s" (or a bare apostrophe after "s"), which is not part of the token. */
  readonly possessive: boolean;
  /** Index of the sentence (counted over the whole body). */
  readonly sentence: number;
  /** Index of the paragraph in `Article.paragraphs`. */
  readonly paragraph: number;
  /** The visible characters between the previous token (same paragraph) and this one, e.g. `", "` → `","`. */
  readonly gap: string;
}

const CAP = 1;
const ALL_CAPS = 2;
const INITIAL = 4;
const POSSESSIVE = 8;
const PERIOD_KEPT = 16;
const HAS_GAP = 32;
const UPPER = 64;

/**
 * The words of the body, column-wise. `at(i)` gives word `i` as a {@link Token} (built once, on
 * first use); the hot loops over every word read the columns instead.
 */
export class TokenList {
  readonly input: string;
  length = 0;
  /** Columns: entries `[0, length)` are the words; the rest is room to grow. */
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  paragraph: Int32Array;
  /** Where the gap before each word begins: the previous word's end, or the paragraph start. */
  gapStart: Int32Array;
  flags: Uint8Array;
  /** Each word in lower case once asked for: most words are never looked at as strings. */
  private lowers: (string | undefined)[] = [];
  /** Each word as written, and lower-cased with its period, once asked for. */
  private texts: (string | undefined)[] = [];
  private keys: (string | undefined)[] = [];
  private gaps: (string | undefined)[] = [];

  constructor(input: string, capacity: number) {
    this.input = input;
    // One buffer for all the columns: each buffer is a separate allocation outside the heap.
    const buffer = new ArrayBuffer(capacity * 21);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.sentence = new Int32Array(buffer, capacity * 8, capacity);
    this.paragraph = new Int32Array(buffer, capacity * 12, capacity);
    this.gapStart = new Int32Array(buffer, capacity * 16, capacity);
    this.flags = new Uint8Array(buffer, capacity * 20, capacity);
  }

  /** Ends the filling: sizes the string caches to the words there are. */
  finish(): void {
    // Sized up front (holes until asked for), so filling them at random keeps them fast arrays.
    this.lowers = new Array<string | undefined>(this.length);
    this.texts = new Array<string | undefined>(this.length);
    this.keys = new Array<string | undefined>(this.length);
    this.gaps = new Array<string | undefined>(this.length);
  }

  /** Word `i` as written ("Mr.", "NATO"). */
  textAt(i: number): string {
    const known = this.texts[i];
    if (known !== undefined) return known;
    const text = this.input.slice(this.start[i], this.end[i]);
    this.texts[i] = text;
    return text;
  }

  /** Word `i` lower-cased with its period kept ("mr.", "u.s."): the form lexicon phrases are written in. */
  keyAt(i: number): string {
    if (((this.flags[i] ?? 0) & PERIOD_KEPT) === 0) return this.lowerAt(i);
    const known = this.keys[i];
    if (known !== undefined) return known;
    const key = `${this.lowerAt(i)}.`;
    this.keys[i] = key;
    return key;
  }

  private grow(): void {
    const size = this.start.length * 2 + 16;
    const widen = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.sentence = widen(this.sentence);
    this.paragraph = widen(this.paragraph);
    this.gapStart = widen(this.gapStart);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
  }

  /** Word `i` in lower case, without a trailing period ("mr", "u.s"). */
  lowerAt(i: number): string {
    const known = this.lowers[i];
    if (known !== undefined) return known;
    const f = this.flags[i] ?? 0;
    const word = this.input.slice(this.start[i], (this.end[i] ?? 0) - ((f & PERIOD_KEPT) !== 0 ? 1 : 0));
    const lower = (f & UPPER) !== 0 ? word.toLowerCase() : word;
    this.lowers[i] = lower;
    return lower;
  }

  /** Length of word `i` without a trailing period. */
  wordLength(i: number): number {
    return (this.end[i] ?? 0) - (this.start[i] ?? 0) - (((this.flags[i] ?? 0) & PERIOD_KEPT) !== 0 ? 1 : 0);
  }

  /** The first character of word `i`, lower-cased if it is an ASCII capital. */
  firstLower(i: number): number {
    const c = this.input.charCodeAt(this.start[i] ?? 0);
    return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  }

  /** True when word `i` is `word` (lower-case ASCII), compared without building a string. */
  is(i: number, word: string): boolean {
    if (this.wordLength(i) !== word.length) return false;
    const s = this.start[i] ?? 0;
    for (let k = 0; k < word.length; k++) if ((this.input.charCodeAt(s + k) | 0x20) !== word.charCodeAt(k)) return false;
    return true;
  }

  /**
   * True when word `i` in lower case (no trailing period) is exactly `lower`. A word with no capital
   * is compared in place; only one with a capital needs its lower-case string.
   */
  lowerIs(i: number, lower: string): boolean {
    if (((this.flags[i] ?? 0) & UPPER) !== 0) return this.lowerAt(i) === lower;
    if (this.wordLength(i) !== lower.length) return false;
    const s = this.start[i] ?? 0;
    for (let k = 0; k < lower.length; k++) if (this.input.charCodeAt(s + k) !== lower.charCodeAt(k)) return false;
    return true;
  }

  /** True when word `i` starts with an upper-case letter. */
  isCap(i: number): boolean {
    return ((this.flags[i] ?? 0) & CAP) !== 0;
  }

  /** True when visible characters (punctuation, quote marks) stand between word `i - 1` and word `i`. */
  hasGap(i: number): boolean {
    return ((this.flags[i] ?? 0) & HAS_GAP) !== 0;
  }

  /** The visible characters between word `i - 1` (or the paragraph start) and word `i`: usually '' or ','. */
  gapAt(i: number): string {
    if (!this.hasGap(i)) return '';
    const known = this.gaps[i];
    if (known !== undefined) return known;
    const gap = visibleGap(this.input, this.gapStart[i] ?? 0, this.start[i] ?? 0);
    this.gaps[i] = gap;
    return gap;
  }

  /** True when word `i` is followed by a possessive "'s". */
  isPossessive(i: number): boolean {
    return ((this.flags[i] ?? 0) & POSSESSIVE) !== 0;
  }

  /**
   * True when words `i - 1` and `i` touch: same sentence, only blanks between, and no possessive
   * cutting them apart ("Trump's aide").
   */
  joined(i: number): boolean {
    return i > 0 && i < this.length && !this.hasGap(i) && this.sentence[i] === this.sentence[i - 1];
  }

  /** True when word `i` starts a sentence, paragraph or quotation. */
  isInitial(i: number): boolean {
    return ((this.flags[i] ?? 0) & INITIAL) !== 0;
  }

  /** Words `[from, to)` as {@link Token}s. */
  slice(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(new TokenView(this, i));
    return out;
  }

  /**
   * Word `i` as a {@link Token}, or undefined outside `[0, length)`. The view is a two-field object
   * read through getters and is not kept: short-lived objects cost the garbage collector nothing,
   * where a cache of every word built would be copied and promoted on each collection.
   */
  at(i: number): Token | undefined {
    return i >= 0 && i < this.length ? new TokenView(this, i) : undefined;
  }

  /** Appends a word, doubling the columns when they are full. */
  push(start: number, end: number, flags: number, sentence: number, paragraph: number, gapStart: number): void {
    if (this.length === this.start.length) this.grow();
    const n = this.length++;
    this.start[n] = start;
    this.end[n] = end;
    this.flags[n] = flags;
    this.sentence[n] = sentence;
    this.paragraph[n] = paragraph;
    this.gapStart[n] = gapStart;
  }
}

/** One word of a {@link TokenList}, read from its columns on demand. */
class TokenView implements Token {
  constructor(
    private readonly list: TokenList,
    private readonly i: number,
  ) {}

  private get flags(): number {
    return this.list.flags[this.i] ?? 0;
  }

  get start(): number {
    return this.list.start[this.i] ?? 0;
  }

  get end(): number {
    return this.list.end[this.i] ?? 0;
  }

  get text(): string {
    return this.list.textAt(this.i);
  }

  get lower(): string {
    return this.list.lowerAt(this.i);
  }

  get key(): string {
    return this.list.keyAt(this.i);
  }

  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }

  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }

  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  get sentence(): number {
    return this.list.sentence[this.i] ?? 0;
  }

  get paragraph(): number {
    return this.list.paragraph[this.i] ?? 0;
  }

  get gap(): string {
    return this.list.gapAt(this.i);
  }
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE = 0x2019;
const HYPHEN = 0x2d;
const PERIOD = 0x2e;

/** True when `input` at `at` holds a clitic ending a word: "ve", "re", "ll", "d" or "m" (after an apostrophe). */
function isClitic(input: string, at: number, limit: number): boolean {
  const a = input.charCodeAt(at) | 0x20;
  const b = at + 1 < limit ? input.charCodeAt(at + 1) | 0x20 : -1;
  const twoLetter = (a === 0x76 && b === 0x65) || (a === 0x72 && b === 0x65) || (a === 0x6c && b === 0x6c);
  const end = twoLetter ? at + 2 : a === 0x64 || a === 0x6d ? at + 1 : -1;
  return end !== -1 && (end >= limit || !isWordChar(input.charCodeAt(end)));
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE;
}

/** Tokens of every paragraph, in input order. */
export function tokenize(input: string, paragraphs: readonly Pick<Paragraph, 'start' | 'end' | 'index'>[]): TokenList {
  // English news runs at about six characters a word; the columns grow if the text is denser.
  let chars = 0;
  for (const p of paragraphs) chars += p.end - p.start;
  const tokens = new TokenList(input, Math.ceil(chars / 5) + 16);
  const state = { sentence: 0, word: { end: 0, possessive: false, dotted: false, upper: false } };
  for (const p of paragraphs) tokenizeParagraph(input, p, tokens, state);
  tokens.finish();
  return tokens;
}

/** Where a word ends and what follows it; one object per `tokenize` call, refilled by {@link wordEnd}. */
interface WordEnd {
  end: number;
  possessive: boolean;
  dotted: boolean;
  /** The word has an upper-case letter: only then does its lower-case form need a new string. */
  upper: boolean;
}

function setEnd(out: WordEnd, end: number, possessive: boolean, dotted: boolean): WordEnd {
  out.end = end;
  out.possessive = possessive;
  out.dotted = dotted;
  return out;
}

/** Where a word that starts at `start` ends, and whether a possessive follows it (written into `out`). */
function wordEnd(input: string, start: number, limit: number, out: WordEnd): WordEnd {
  let i = start;
  let segment = 0;
  let dotted = false;
  out.upper = false;
  while (i < limit) {
    const c = input.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      i++;
      segment++;
      continue;
    }
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && isWordChar(c))) {
      if (c <= 0x5a || isUpper(c)) out.upper = true;
      i++;
      segment++;
      continue;
    }
    const next = i + 1 < limit ? input.charCodeAt(i + 1) : -1;
    if (isApostrophe(c)) {
      // "'s" at the end of a word is a possessive (or "is"); anything else ("O'Brien", "don't") is inside.
      if ((next === 0x73 || next === 0x53) && !(i + 2 < limit && isWordChar(input.charCodeAt(i + 2)))) {
        return setEnd(out, i, true, dotted);
      }
      // "they've", "we're", "she'll": the clitic is not part of the word.
      if (isClitic(input, i + 1, limit)) return setEnd(out, i, false, dotted);
      if (isWordChar(next)) {
        i++;
        continue;
      }
      const prev = input.charCodeAt(i - 1);
      return setEnd(out, i, prev === 0x73 && isUpper(input.charCodeAt(start)), dotted);
    }
    if (c === HYPHEN && isWordChar(next)) {
      i++;
      segment = 0;
      continue;
    }
    // "U.S.", "D.C.", "Ph.D.": a period inside a run of short segments.
    if (c === PERIOD && segment <= 2 && isWordChar(next) && !isLower(input.charCodeAt(start))) {
      dotted = true;
      i++;
      segment = 0;
      continue;
    }
    break;
  }
  return setEnd(out, i, false, dotted);
}

function tokenizeParagraph(input: string, p: Pick<Paragraph, 'start' | 'end' | 'index'>, out: TokenList, state: { sentence: number; word: WordEnd }): void {
  let i = p.start;
  let gapStart = p.start;
  let initial = true;
  state.sentence++;
  while (i < p.end) {
    const c = input.charCodeAt(i);
    if (c < 0x30 || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0x80) || (c >= 0x80 && !isWordChar(c))) {
      i++;
      continue;
    }
    const w = wordEnd(input, i, p.end, state.word);
    let end = w.end;
    const cap = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && isUpper(c));
    const isInitialLetter = end - i === 1 && cap;
    // Only a word before a period needs its string now: to tell "Mr." and "Fla." from a sentence end.
    const takesPeriod = input.charCodeAt(end) === PERIOD && !w.possessive && (w.dotted || isInitialLetter || isAbbreviationAt(input, i, end, w.upper, cap));
    if (takesPeriod) end++;
    const gap = gapShape(input, gapStart, i);
    const startsQuote = i > p.start && gap !== 0 && isOpeningQuote(input.charCodeAt(i - 1)) && opensAfterBlank(input, i - 1, p.start);
    let flags = (cap ? CAP : 0) | (w.possessive ? POSSESSIVE : 0) | (takesPeriod ? PERIOD_KEPT : 0) | (gap !== 0 ? HAS_GAP : 0) | (w.upper ? UPPER : 0);
    if (cap && isAllCaps(input, i, end)) flags |= ALL_CAPS;
    if (initial || startsQuote || gap === COLON) flags |= INITIAL;
    out.push(i, end, flags, state.sentence, p.index, gapStart);
    i = w.possessive ? skipPossessive(input, w.end, p.end) : end;
    gapStart = i;
    initial = false;
    // A swallowed period (title, initial, "U.S.") is taken as not ending the sentence: wrongly so
    // at "… in the U.S. The …", which only costs a missed sentence start.
    if (!takesPeriod && sentenceBreakAfter(input, i, p.end)) {
      state.sentence++;
      initial = true;
    }
  }
}

/**
 * True when `input[from, to)` is an abbreviation whose period belongs to it: a capitalised entry
 * of the lexicon ("Mr", "Sen", "Fla", "Inc"), or "vs". Lower-case entries ("etc", "no") end
 * sentences too often to be trusted.
 */
function isAbbreviationAt(input: string, from: number, to: number, upper: boolean, cap: boolean): boolean {
  if (to - from > 6) return false;
  const word = input.slice(from, to);
  if (!cap) return word === 'vs';
  return isAbbreviation(upper ? word.toLowerCase() : word);
}

/** Skips the apostrophe and the "s" of a possessive. */
function skipPossessive(input: string, at: number, limit: number): number {
  let i = at + 1;
  if (i < limit && (input.charCodeAt(i) === 0x73 || input.charCodeAt(i) === 0x53)) i++;
  return i;
}

/** True when the quote mark at `at` opens a quotation: it starts the paragraph or follows a blank or bracket. */
function opensAfterBlank(input: string, at: number, paragraphStart: number): boolean {
  if (at <= paragraphStart) return true;
  const before = input.charCodeAt(at - 1);
  return isBlank(before) || before === 0x28 || before === 0x5b || before === 0x2014;
}

const COLON = 0x3a;

/** 0 when `input[from, to)` is blank, else its last visible character code (a colon makes the next word initial). */
function gapShape(input: string, from: number, to: number): number {
  if (to - from === 1 && input.charCodeAt(from) === 0x20) return 0;
  for (let k = to - 1; k >= from; k--) {
    const c = input.charCodeAt(k);
    if (!isBlank(c)) return c;
  }
  return 0;
}

/** The non-blank characters of `input[from, to)` (usually none, or a comma). */
function visibleGap(input: string, from: number, to: number): string {
  if (to - from === 1 && input.charCodeAt(from) === 0x20) return '';
  let out = '';
  for (let k = from; k < to; k++) {
    const c = input.charCodeAt(k);
    if (!isBlank(c)) out += input[k];
  }
  return out;
}

/**
 * True when a sentence ends right after a token that ended at `at`: `.!?` and closing marks, then
 * a blank or the paragraph end.
 */
function sentenceBreakAfter(input: string, at: number, limit: number): boolean {
  let i = at;
  // Most words are followed by a space: no sentence end there.
  if (i < limit && input.charCodeAt(i) === 0x20) return false;
  let sawEnd = false;
  while (i < limit && (isSentenceEnd(input.charCodeAt(i)) || isClosingMark(input.charCodeAt(i)))) {
    if (isSentenceEnd(input.charCodeAt(i))) sawEnd = true;
    i++;
  }
  return sawEnd && (i >= limit || isBlank(input.charCodeAt(i)));
}

function isAllCaps(input: string, from: number, to: number): boolean {
  let letters = 0;
  for (let k = from; k < to; k++) {
    const c = input.charCodeAt(k);
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return letters >= 2;
}
