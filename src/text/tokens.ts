/**
 * The tokenizer: the one pass that splits the article's blocks into words and punctuation, run
 * once per parse. Every later pass reads its {@link TokenStore}.
 *
 * A word is a run of letters and digits, joined across an apostrophe (don’t, O’Brien), a hyphen
 * (self-defense), an inner period (U.S., a.m.) or an ampersand (AT&T). A period right after an
 * abbreviation ("Sen."), an initial ("J.") or a dotted acronym belongs to the word, so it never
 * reads as a sentence end by itself. A final possessive ("Trump's") or clitic ("they've") stays in
 * the token but is marked, and the word proper (its *core*) ends before it: names and pronouns are
 * read from the core.
 *
 * The store is column-wise, in typed arrays: a long article has tens of thousands of tokens, and
 * one object per token costs more in allocation and garbage collection than reading them does.
 * Each word's core is looked up once in the compiled lexicon (`lexicon/lookup.ts`) and otherwise
 * interned in a per-call table, so it has an id and class bits; strings are built only for words
 * someone reads as text.
 * @module
 */
import { LEXICON, WordClass } from '../lexicon/lookup.js';
import { isUpper, isWhitespace } from './chars.js';
import { foldCode, hashFolded, WordTable } from './word-table.js';

/** Token flags, one bit each. */
export const TokenFlag = {
  /** A word (else a punctuation character). */
  Word: 1 << 0,
  /** Starts with an upper-case letter. */
  Cap: 1 << 1,
  /** Has an upper-case or non-ASCII character: its lower-case form differs from the input. */
  Upper: 1 << 2,
  /** Ends with a period that belongs to the word ("Sen.", "U.S.", "J."). */
  Period: 1 << 3,
  /** Ends with a possessive "'s" / "’s", which is not part of the core. */
  Possessive: 1 << 4,
  /** Ends with a clitic "'ve", "'re", "'ll", "'d" or "'m", which is not part of the core. */
  Clitic: 1 << 5,
  /** Holds an inner period ("U.S", "a.m"). */
  Dotted: 1 << 6,
} as const;

/** The flags of a word whose token holds more than its core (a possessive, a clitic, a kept period). */
export const SUFFIXED = TokenFlag.Possessive | TokenFlag.Clitic | TokenFlag.Period;

/** A block to tokenize: the headline (index -1) or a paragraph. */
export interface TokenBlock {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

/** Bytes per token of the store's columns: start, end and id (32 bits each) and the flags (8). */
const BYTES_PER_TOKEN = 13;

/** The tokens of one parse, column-wise; entries `[0, length)`. */
export class TokenStore {
  /**
   * An instance kept for as long as the module is loaded, and never used. V8 keeps the hidden
   * class (shape) of a class's instances alive only through live instances, so a full garbage
   * collection run between two parses frees it, and every optimised function that checks that
   * shape is thrown away and compiled again during the next parse (measured on the BBC corpus:
   * about 250 of 440 optimised functions, and the next 5 MB parsed 1.8× slower). Each class a
   * parse instantiates holds one such anchor.
   * @internal
   */
  static readonly shapeAnchor: TokenStore = new TokenStore('', 1);
  readonly input: string;
  length = 0;
  /** How many of the tokens are words. */
  wordCount = 0;
  start: Int32Array;
  end: Int32Array;
  /** Word id of the core (lexicon ids first, then this parse's), 0 for punctuation. */
  id: Int32Array;
  flags: Uint8Array;
  /**
   * Every distinct word of the article (its core) that the lexicon lacks; entry `e` has the id
   * `LEXICON.table.size + 1 + e`.
   */
  private readonly words: WordTable;

  /**
   * @param capacity - Room for this many tokens; the columns grow past it.
   * @param distinctWords - Room for this many distinct words; the table grows past it.
   */
  constructor(input: string, capacity: number, distinctWords = 64) {
    this.input = input;
    // One buffer for all the columns: each buffer is a separate allocation outside the heap, and
    // the bytes allocated there pace the garbage collector, so a column that can be derived (the
    // core's end, from the flags) is not stored.
    const buffer = new ArrayBuffer(capacity * BYTES_PER_TOKEN);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.id = new Int32Array(buffer, capacity * 8, capacity);
    this.flags = new Uint8Array(buffer, capacity * 12, capacity);
    // The article's own words take the ids after the lexicon's.
    this.words = new WordTable(input, LEXICON.table.size + 1, distinctWords);
  }

  /**
   * Where token `i`'s word proper ends: before a possessive, a clitic or a kept period
   * (punctuation: `end`). A kept period is the last unit, even after a possessive ("U.S’s." of a
   * dotted word); a possessive is two units ("'s"), a clitic two ("'d", "'m") or three ("'ve",
   * "'re", "'ll"), told apart by where its apostrophe is.
   */
  coreEnd(i: number): number {
    const f = this.flags[i] as number;
    const end = (this.end[i] as number) - ((f & TokenFlag.Period) !== 0 ? 1 : 0);
    if ((f & (TokenFlag.Possessive | TokenFlag.Clitic)) === 0) return end;
    return isApostrophe(this.input.charCodeAt(end - 2)) ? end - 2 : end - 3;
  }

  /** True when token `i` is a word. */
  isWord(i: number): boolean {
    return ((this.flags[i] as number) & TokenFlag.Word) !== 0;
  }

  /** True when token `i` starts with a capital. */
  isCap(i: number): boolean {
    return ((this.flags[i] as number) & TokenFlag.Cap) !== 0;
  }

  /** True when token `i` has flag `flag` (a {@link TokenFlag}). */
  has(i: number, flag: number): boolean {
    return ((this.flags[i] as number) & flag) !== 0;
  }

  /** True when token `i` is a word of lexicon class `cls` (a {@link WordClass}). */
  is(i: number, cls: number): boolean {
    return ((LEXICON.classes[this.id[i] as number] ?? 0) & cls) !== 0;
  }

  /** The core of word `id` in lower case (the lexicon's spelling or this article's). */
  wordOf(id: number): string {
    const size = LEXICON.table.size;
    return id <= size ? LEXICON.table.wordOf(id) : this.words.wordOf(id);
  }

  /** An upper bound of the word ids in use: ids run from 1 to at most this (the lexicon's, then the article's own words). */
  get wordIds(): number {
    return LEXICON.table.size + this.words.size;
  }

  /** The id of the word `lower` if the article or the lexicon has it, else -1 (nothing is added). */
  findId(lower: string): number {
    const hash = hashFolded(lower, 0, lower.length);
    const known = LEXICON.table.find(lower, 0, lower.length, hash);
    return known !== -1 ? known : this.words.find(lower, 0, lower.length, hash);
  }

  /**
   * The word id of `input[start, end)` (a word's core). The lexicon is probed first: it holds
   * more than half of an article's words (and half of its first sightings), which then need no
   * entry of their own; only the other words are interned in the per-call table.
   */
  idAt(start: number, end: number, hash: number): number {
    const known = LEXICON.table.find(this.input, start, end, hash);
    if (known !== -1) return known;
    const seen = this.words.lookup(this.input, start, end, hash);
    return seen >= 0 ? seen : this.words.add(start, end, hash, seen);
  }

  /**
   * Token `i` in lower case, suffix and kept period included ("trump's", "sen."); punctuation as
   * written. A word without a suffix is its interned core: no string is built.
   */
  lowerAt(i: number): string {
    const f = this.flags[i] as number;
    if ((f & TokenFlag.Word) === 0) return this.input.slice(this.start[i], this.end[i]);
    const core = this.wordOf(this.id[i] as number);
    return (f & SUFFIXED) === 0 ? core : core + this.input.slice(this.coreEnd(i), this.end[i]).toLowerCase();
  }

  /** Index of the first token that ends after `offset` (binary search; `length` when none). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.end[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Appends a token, doubling the columns when they are full. */
  push(start: number, end: number, id: number, flags: number): void {
    if (this.length === this.start.length) this.grow();
    const n = this.length++;
    this.start[n] = start;
    this.end[n] = end;
    this.id[n] = id;
    this.flags[n] = flags;
  }

  private grow(): void {
    const size = this.start.length * 2 + 16;
    const buffer = new ArrayBuffer(size * BYTES_PER_TOKEN);
    const widen = (a: Int32Array, at: number): Int32Array => {
      const b = new Int32Array(buffer, at * size, size);
      b.set(a);
      return b;
    };
    this.start = widen(this.start, 0);
    this.end = widen(this.end, 4);
    this.id = widen(this.id, 8);
    const flags = new Uint8Array(buffer, size * 12, size);
    flags.set(this.flags);
    this.flags = flags;
  }
}

/**
 * Tokenizes `blocks` (in input order) into one store.
 *
 * @example
 * ```ts
 * const store = tokenize('Sen. Warren’s aides said no.', [{ start: 0, end: 28, index: 0 }]);
 * store.lowerAt(0); // 'sen.'
 * store.lowerAt(1); // 'warren’s'
 * store.wordOf(store.id[1]); // 'warren'
 * ```
 */
export function tokenize(input: string, blocks: readonly TokenBlock[]): TokenStore {
  let chars = 0;
  for (const b of blocks) chars += b.end - b.start;
  // English news runs at about five characters a token (punctuation included), hardly ever fewer
  // than four, and eighteen characters a distinct word the lexicon lacks; the columns and the
  // table grow if the text is denser. Room the store never uses still costs: its memory paces the
  // garbage collector.
  const store = new TokenStore(input, Math.ceil(chars / 4) + 16, Math.ceil(chars / 16) + 16);
  const scan: WordScan = { end: 0, hash: 0, flags: 0, apostrophe: -1, apostropheHash: 0 };
  for (const b of blocks) tokenizeBlock(input, b, store, scan);
  return store;
}

// The tokens are those of the regular expression
//   [\p{L}\p{N}\p{M}]+(?:['’\-.&\u2011][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\u200b-\u200d\u2060\u00ad\u180e]
// with the `u` flag: a word is letters, digits and marks, joined across an apostrophe, hyphen,
// inner period or ampersand; any other visible code point is punctuation. It is scanned by hand,
// one code point at a time: the joiner is not a word character, so the scan is one pass.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * True for a code point in \p{L}, \p{N} or \p{M}; ASCII and General Punctuation (curly quotes,
 * dashes: no letter, digit or mark there) without the regular expression.
 */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return isAsciiWordChar(cp);
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Whitespace (`\s`) and the invisible characters that are neither words nor punctuation. */
function isSkipped(cp: number): boolean {
  return isWhitespace(cp) || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0x00ad || cp === 0x180e;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26 || code === 0x2011;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
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

/** Where a word ends and what it holds; one per `tokenize` call, refilled by {@link scanWord}. */
interface WordScan {
  end: number;
  /** {@link hashFolded} of the whole word, computed during the scan. */
  hash: number;
  /** The word's {@link TokenFlag.Upper} (a capital or a non-ASCII character) and {@link TokenFlag.Dotted} bits. */
  flags: number;
  /** Where the word's last joining apostrophe is, or -1: a possessive or clitic can only follow one. */
  apostrophe: number;
  /** The hash of the word up to that apostrophe: its core's hash when a suffix is cut there. */
  apostropheHash: number;
}

/** Folds the code unit `c` (already case-folded) into the FNV-1a hash `h`, as {@link hashFolded} does. */
function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Scans the word that starts at `i` (a word character): word characters joined across single joiners. */
function scanWord(input: string, i: number, end: number, scan: WordScan): void {
  let j = i;
  let flags = 0;
  let apostrophe = -1;
  let apostropheHash = 0;
  // The word's hash as `hashFolded` computes it, folded in the same pass (ASCII inline).
  // The offset basis as a signed 32-bit integer (the same bits): written plainly it exceeds 2^31,
  // a double, and would keep `h` a double through the loop.
  let h = 0x811c9dc5 | 0;
  for (;;) {
    while (j < end) {
      const code = input.charCodeAt(j);
      // Most word characters are ASCII lower-case letters: test those without decoding a code point.
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) h = mix(h, code);
      else if (code >= 0x41 && code <= 0x5a) {
        flags |= TokenFlag.Upper;
        h = mix(h, code | 0x20);
      } else if (code >= 0x80 && isWordCodePoint(codePointAt(input, j, end))) {
        flags |= TokenFlag.Upper;
        h = mix(h, foldCode(code));
        // The low half of a surrogate pair.
        if (code >= 0xd800 && code <= 0xdbff && j + 1 < end && isLowSurrogate(input.charCodeAt(j + 1))) h = mix(h, foldCode(input.charCodeAt(++j)));
      } else break;
      j++;
    }
    if (j + 1 >= end) break;
    const joiner = input.charCodeAt(j);
    if (!isJoiner(joiner) || !isWordCodePoint(codePointAt(input, j + 1, end))) break;
    if (joiner >= 0x80) flags |= TokenFlag.Upper;
    if (joiner === 0x2e) flags |= TokenFlag.Dotted;
    else if (isApostrophe(joiner)) {
      apostrophe = j;
      apostropheHash = h | 0;
    }
    h = mix(h, foldCode(joiner));
    j++;
  }
  scan.end = j;
  scan.hash = h | 0;
  scan.flags = flags;
  scan.apostrophe = apostrophe;
  scan.apostropheHash = apostropheHash;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Where the core of the word `[start, end)` ends: before a final possessive "'s" or a clitic
 * ("'ve", "'re", "'ll", "'d", "'m"); `end` when it has neither. `apostrophe` is where the word's
 * last joining apostrophe is (-1: none): a suffix starts there or nowhere.
 */
function coreEnd(input: string, start: number, end: number, apostrophe: number): number {
  const n = end - start;
  if (apostrophe === end - 2 && n >= 3) {
    const c = input.charCodeAt(end - 1) | 0x20;
    if (c === 0x73 || c === 0x64 || c === 0x6d) return end - 2;
  }
  if (apostrophe === end - 3 && n >= 4) {
    const a = input.charCodeAt(end - 2) | 0x20;
    const b = input.charCodeAt(end - 1) | 0x20;
    if ((a === 0x76 && b === 0x65) || (a === 0x72 && b === 0x65) || (a === 0x6c && b === 0x6c)) return end - 3;
  }
  return end;
}

function tokenizeBlock(input: string, block: TokenBlock, out: TokenStore, scan: WordScan): void {
  const end = block.end;
  let i = block.start;
  while (i < end) {
    const code = input.charCodeAt(i);
    // ASCII, nearly all of English news, is classified without decoding a code point.
    if (code < 0x80) {
      if (isAsciiWordChar(code)) {
        scanWord(input, i, end, scan);
        i = pushWord(input, i, scan, end, out);
        continue;
      }
      // Spaces, tabs and line breaks separate tokens; any other ASCII character is punctuation.
      if (code !== 0x20 && (code < 0x09 || code > 0x0d)) out.push(i, i + 1, 0, 0);
      i++;
      continue;
    }
    const cp = codePointAt(input, i, end);
    if (!isWordCodePoint(cp)) {
      if (!isSkipped(cp)) out.push(i, i + width(cp), 0, 0);
      i += width(cp);
      continue;
    }
    scanWord(input, i, end, scan);
    i = pushWord(input, i, scan, end, out);
  }
}

/**
 * Pushes the word scanned at `start` (with its possessive, clitic or period; `limit` is the block's
 * end) and returns where the next token may start.
 */
function pushWord(input: string, start: number, scan: WordScan, limit: number, out: TokenStore): number {
  let j = scan.end;
  const core = scan.apostrophe < j - 3 ? j : coreEnd(input, start, j, scan.apostrophe);
  // A possessive or clitic is cut at the word's last apostrophe, whose hash the scan kept.
  const id = out.idAt(start, core, core === j ? scan.hash : scan.apostropheHash);
  const cap = isUpper(input.charCodeAt(start));
  let flags = TokenFlag.Word | (cap ? TokenFlag.Cap : 0) | scan.flags;
  if (core !== j) flags |= input.charCodeAt(j - 1) === 0x73 || input.charCodeAt(j - 1) === 0x53 ? TokenFlag.Possessive : TokenFlag.Clitic;
  // The period after an abbreviation, an initial or a dotted acronym is part of the word.
  if (j < limit && input.charCodeAt(j) === 0x2e && ((flags & TokenFlag.Dotted) !== 0 || (core === j && ((j - start === 1 && cap) || isAbbreviation(id))))) {
    j++;
    flags |= TokenFlag.Period;
  }
  out.push(start, j, id, flags);
  out.wordCount++;
  return j;
}

/** True when word `id` is a lexicon abbreviation ("Sen", "Gov"); article words (ids past the lexicon's) never are. */
function isAbbreviation(id: number): boolean {
  return id <= LEXICON.table.size && ((LEXICON.classes[id] as number) & WordClass.Abbreviation) !== 0;
}
