/**
 * The body's words as the sources passes read them: a view of the parse's token store (built by
 * `text/tokens.ts`, the one tokenizer), words only, each cut to its core — a possessive "'s" is
 * cut off and flagged (so "Trump's" yields the mention "Trump"), a clitic too ("they've" →
 * "they") — and abbreviations keep their period when capitalised ("Mr.", "U.S.", "J."). Each word
 * carries the sentence it belongs to and the punctuation before it (its gap).
 *
 * Words are stored column-wise in typed arrays ({@link TokenList}): a long article has tens of
 * thousands of words, and one object per word costs more in allocation and garbage collection than
 * everything else the stage does. A {@link Token} object is only built for a test that asks for one.
 * @module
 */
import { LEXICON, lexiconId } from '../lexicon/lookup.js';
import { isBlank, isLower, isUpper, isWordChar } from '../text/chars.js';
import { isClosingMark, isOpeningQuote, isSentenceEnd } from '../text/punctuation.js';
import { SUFFIXED, TokenFlag, type TokenBlock, TokenStore } from '../text/tokens.js';

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

/** How an article writes a word somewhere, one bit each (see {@link TokenList.writtenAs}). */
export const WrittenAs = {
  /** Capitalised, not at a sentence start. */
  CapitalisedInside: 1 << 0,
  /** Capitalised at a sentence start. */
  CapitalisedInitial: 1 << 1,
  /** Not capitalised. */
  Lower: 1 << 2,
} as const;

/**
 * The words of the body, column-wise. The passes read the columns and test each word's lexicon
 * classes by its id (`classesAt`); `at(i)` and `slice` give words as {@link Token} views for tests
 * and debugging.
 */
export class TokenList {
  /** Keeps the shape of this class's instances alive between parses (see `TokenStore.shapeAnchor`). @internal */
  static readonly shapeAnchor: TokenList = new TokenList(TokenStore.shapeAnchor, 1);
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

  /** The token store the words were read from: it holds each word's lower-case core. */
  readonly store: TokenStore;
  /** Word id of each word's core in the store (see {@link TokenStore.wordOf}). */
  id: Int32Array;
  /**
   * How the words are written, by word id: {@link WrittenAs} bits, filled as the words are read
   * (whether the article capitalises a word only where a sentence starts tells a name from a
   * common word). Word ids are dense (the lexicon's, then the article's): a byte per id.
   */
  readonly writtenAs: Uint8Array;

  constructor(store: TokenStore, capacity: number) {
    this.store = store;
    this.input = store.input;
    this.writtenAs = new Uint8Array(store.wordIds + 1);
    // One buffer for all the columns: each buffer is a separate allocation outside the heap.
    const buffer = new ArrayBuffer(capacity * 25);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.sentence = new Int32Array(buffer, capacity * 8, capacity);
    this.paragraph = new Int32Array(buffer, capacity * 12, capacity);
    this.gapStart = new Int32Array(buffer, capacity * 16, capacity);
    this.id = new Int32Array(buffer, capacity * 20, capacity);
    this.flags = new Uint8Array(buffer, capacity * 24, capacity);
  }

  // The strings of a word (as written, with its period, its gap) are built when asked for and not
  // cached: the hot loops read the columns and the word ids, and a cache of one slot per word would
  // cost more than the few strings the rules still build.

  /** Word `i` as written ("Mr.", "NATO"). */
  textAt(i: number): string {
    return this.input.slice(this.start[i], this.end[i]);
  }

  /** Word `i` lower-cased with its period kept ("mr.", "u.s."): the form lexicon phrases are written in. */
  keyAt(i: number): string {
    return this.hasPeriod(i) ? `${this.lowerAt(i)}.` : this.lowerAt(i);
  }

  /** True when word `i` keeps its period ("Mr.", "U.S.", "J."). */
  hasPeriod(i: number): boolean {
    return ((this.flags[i] ?? 0) & PERIOD_KEPT) !== 0;
  }

  /** True when word `i` has at least two letters and no lower-case one ("NATO", "U.S."). */
  isAllCaps(i: number): boolean {
    return ((this.flags[i] ?? 0) & ALL_CAPS) !== 0;
  }

  /** The lexicon class bits of word `i` (see `WordClass`); 0 for a word outside the lexicon. */
  classesAt(i: number): number {
    return LEXICON.classes[this.id[i] as number] ?? 0;
  }

  /** The lexicon grammar bits of word `i` (see `GrammarClass`); 0 for a word outside the lexicon. */
  grammarAt(i: number): number {
    return LEXICON.grammar[this.id[i] as number] ?? 0;
  }

  /** True when word `i` (in `[0, length)`) is `word`: the same id, no string compared. */
  isId(i: number, id: number): boolean {
    return i >= 0 && i < this.length && this.id[i] === id;
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
    this.id = widen(this.id);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
  }

  /** Word `i` in lower case, without a trailing period ("mr", "u.s"): its core, as the store interned it. */
  lowerAt(i: number): string {
    return this.store.wordOf(this.id[i] as number);
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
    return this.hasGap(i) ? visibleGap(this.input, this.gapStart[i] ?? 0, this.start[i] ?? 0) : '';
  }

  /** The first visible code unit of the gap before word `i` (`gapAt(i).charCodeAt(0)`), or -1 when it is blank. */
  gapFirst(i: number): number {
    if (!this.hasGap(i)) return -1;
    for (let k = this.gapStart[i] as number; k < (this.start[i] as number); k++) if (!isBlank(this.input.charCodeAt(k))) return this.input.charCodeAt(k);
    return -1;
  }

  /** The last visible code unit of the gap before word `i`, or -1 when it is blank. */
  gapLast(i: number): number {
    if (!this.hasGap(i)) return -1;
    for (let k = (this.start[i] as number) - 1; k >= (this.gapStart[i] as number); k--) if (!isBlank(this.input.charCodeAt(k))) return this.input.charCodeAt(k);
    return -1;
  }

  /** True when the gap before word `i` holds the code unit `code` (`gapAt(i).includes(…)`, without the string). */
  gapHas(i: number, code: number): boolean {
    if (!this.hasGap(i)) return false;
    for (let k = this.gapStart[i] as number; k < (this.start[i] as number); k++) if (this.input.charCodeAt(k) === code) return true;
    return false;
  }

  /** True when the gap before word `i` is exactly the one visible code unit `code` (`gapAt(i) === ','`). */
  gapIs(i: number, code: number): boolean {
    return this.gapFirst(i) === code && this.gapLast(i) === code && this.visibleCount(i) === 1;
  }

  /** How many visible code units the gap before word `i` holds. */
  private visibleCount(i: number): number {
    let n = 0;
    for (let k = this.gapStart[i] as number; k < (this.start[i] as number); k++) if (!isBlank(this.input.charCodeAt(k))) n++;
    return n;
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
  push(start: number, end: number, flags: number, sentence: number, paragraph: number, gapStart: number, id: number): void {
    if (this.length === this.start.length) this.grow();
    const n = this.length++;
    this.start[n] = start;
    this.end[n] = end;
    this.flags[n] = flags;
    this.sentence[n] = sentence;
    this.paragraph[n] = paragraph;
    this.gapStart[n] = gapStart;
    this.id[n] = id;
  }
}

/** One word of a {@link TokenList}, read from its columns on demand. */
class TokenView implements Token {
  /** Keeps the shape of this class's instances alive between parses (see `TokenStore.shapeAnchor`). @internal */
  static readonly shapeAnchor: TokenView = new TokenView(TokenList.shapeAnchor, 0);
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

/**
 * The words of `blocks` as the sources passes read them, from the parse's token store: word
 * tokens only, each cut to its core (a possessive "'s" or a clitic is not part of a name), with
 * the sentence each belongs to and the punctuation before it as its gap.
 */
export function wordsOf(store: TokenStore, blocks: readonly TokenBlock[]): TokenList {
  let chars = 0;
  for (const b of blocks) chars += b.end - b.start;
  // About one word in six characters, hardly ever more than one in five; never more than the
  // store's words, which bounds the whole body's view exactly (room unused still costs: the
  // columns are memory outside the heap, zeroed when allocated).
  const words = new TokenList(store, Math.min(Math.ceil(chars / 5) + 16, store.wordCount));
  let sentence = 0;
  for (const b of blocks) sentence = readBlock(store, b, words, sentence + 1);
  return words;
}

/** Appends the words of one block; returns the index of its last sentence. */
function readBlock(store: TokenStore, block: TokenBlock, out: TokenList, firstSentence: number): number {
  const { input } = store;
  // The block's fields and the store's columns are read into locals once: the loop writes typed
  // arrays, after which the compiler would load them from their objects again.
  const { start: blockStart, end: blockEnd, index: paragraph } = block;
  const { start: starts, end: ends, id: ids, flags: tokenFlags, length } = store;
  const { writtenAs } = out;
  let sentence = firstSentence;
  let gapStart = blockStart;
  let initial = true;
  for (let t = store.indexAt(blockStart); t < length && (starts[t] as number) < blockEnd; t++) {
    const f = tokenFlags[t] as number;
    if ((f & TokenFlag.Word) === 0) continue;
    const i = starts[t] as number;
    const tokenEnd = ends[t] as number;
    const id = ids[t] as number;
    const cap = (f & TokenFlag.Cap) !== 0;
    const suffixed = (f & (TokenFlag.Possessive | TokenFlag.Clitic)) !== 0;
    // Only a capitalised word keeps its period here ("Mr.", "U.S.", "J."; and "vs."): a lower-case
    // one ("etc.", "a.m.") ends sentences too often to be trusted.
    const takesPeriod = (f & TokenFlag.Period) !== 0 && !suffixed && (!isLower(input.charCodeAt(i)) || id === VS);
    // Most words have no suffix and no kept period: their core is the whole token.
    const core = (f & SUFFIXED) === 0 ? tokenEnd : store.coreEnd(t);
    const end = takesPeriod ? core + 1 : core;
    const possessive = (f & TokenFlag.Possessive) !== 0 || (cap && pluralPossessive(input, tokenEnd, blockEnd));
    const gap = gapShape(input, gapStart, i);
    const startsQuote = gap !== 0 && i > blockStart && isOpeningQuote(input.charCodeAt(i - 1)) && opensAfterBlank(input, i - 1, blockStart);
    let flags = (cap ? CAP : 0) | (possessive ? POSSESSIVE : 0) | (takesPeriod ? PERIOD_KEPT : 0) | (gap !== 0 ? HAS_GAP : 0) | ((f & TokenFlag.Upper) !== 0 ? UPPER : 0);
    if (cap && isAllCaps(input, i, end)) flags |= ALL_CAPS;
    if (initial || startsQuote || gap === COLON) flags |= INITIAL;
    out.push(i, end, flags, sentence, paragraph, gapStart, id);
    writtenAs[id] = (writtenAs[id] as number) | (!cap ? WrittenAs.Lower : (flags & INITIAL) !== 0 ? WrittenAs.CapitalisedInitial : WrittenAs.CapitalisedInside);
    // After a possessive, the next gap starts behind its apostrophe (and "s"); after a clitic, behind the clitic.
    const after = suffixed ? tokenEnd : possessive ? end + 1 : end;
    gapStart = after;
    initial = false;
    // A swallowed period (title, initial, "U.S.") is taken as not ending the sentence: wrongly so
    // at "… in the U.S. The …", which only costs a missed sentence start.
    if (!takesPeriod && sentenceBreakAfter(input, after, blockEnd)) {
      sentence++;
      initial = true;
    }
  }
  return sentence;
}

/** The lexicon id of "vs", the one lower-case abbreviation trusted to keep its period. */
const VS = lexiconId('vs');

/** True when a bare apostrophe at `at` follows a (capitalised) word ending in "s": a plural possessive ("Sanders’ campaign"). */
function pluralPossessive(input: string, at: number, limit: number): boolean {
  if (at >= limit || !isApostrophe(input.charCodeAt(at)) || input.charCodeAt(at - 1) !== 0x73) return false;
  return !(at + 1 < limit && isWordChar(input.charCodeAt(at + 1)));
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
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

/**
 * The words `[from, to]` of `tokens` inside the input span `span` (at most `max` of them), or
 * null when it covers none: a binary search for the first, then a walk.
 */
export function tokensInSpan(tokens: TokenList, span: { start: number; end: number }, max = Infinity): { from: number; to: number } | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.end[mid] as number) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo - 1;
  while (to + 1 < tokens.length && (tokens.start[to + 1] as number) < span.end && to + 1 - lo < max) to++;
  return to >= lo ? { from: lo, to } : null;
}
