/**
 * A cheap first test of list membership for the word lists the lexicon's class bits do not cover
 * ("de", "van" as name particles; the first words of known outlet names). Asking a `Set` whether it
 * holds a word means building the word's lower-case string and hashing it, and a large set's
 * entries lie all over the heap; most words asked about are in no list. A lexicon word (the common
 * words, the prepositions) is answered from a table by its id, built when the module loads; any
 * other word's shape — its first and last code unit and its length, read from the input in place —
 * rules nearly all of them out from a small bit table, and only a word of a listed shape is looked up.
 * A lexicon class bit per list would answer every word by id (see `lexicon/lookup.ts`).
 * @module
 */
import { LEXICON } from '../lexicon/lookup.js';
import { foldCode } from '../text/word-table.js';
import type { TokenList } from './words.js';

/** Bits in a table: 16384 (2 KB), so a list of a thousand words still leaves most shapes unmarked. */
const TABLE_BITS = 1 << 14;

/** The table slot of a shape: its first and last code unit (folded) and its length, mixed. */
function slotOf(first: number, last: number, length: number): number {
  return (Math.imul(Math.imul(first, 0x9e3779b1) ^ last, 0x85ebca6b) ^ length) & (TABLE_BITS - 1);
}

/**
 * The shapes of a list's words: `mayHold` is false for every word that is surely not listed, true
 * for the listed ones and a few others (which the list itself then decides).
 */
export class WordShapes {
  private readonly bits = new Uint32Array(TABLE_BITS >> 5);

  /** The shapes of `words` (lower case, as the list holds them). */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0) continue;
      const slot = slotOf(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length);
      this.bits[slot >> 5] = (this.bits[slot >> 5] as number) | (1 << (slot & 31));
    }
  }

  /**
   * False when word `k`'s lower-case core (`tokens.lowerAt(k)`, or with `dotted` its key, the
   * core and a kept period: `tokens.keyAt(k)`) is surely none of the words.
   */
  mayHold(tokens: TokenList, k: number, dotted = false): boolean {
    const length = tokens.wordLength(k);
    if (length === 0) return true;
    const start = tokens.start[k] as number;
    const first = foldCode(tokens.input.charCodeAt(start));
    // A word folds code unit by code unit (`TokenStore.wordOf`), so its ends fold alone.
    const withPeriod = dotted && tokens.hasPeriod(k);
    const last = withPeriod ? 0x2e : foldCode(tokens.input.charCodeAt(start + length - 1));
    const slot = slotOf(first, last, withPeriod ? length + 1 : length);
    return ((this.bits[slot >> 5] as number) & (1 << (slot & 31))) !== 0;
  }
}

/** {@link ShapedList} bits of a lexicon word: the list holds its core, or its core with a period. */
const HOLDS_CORE = 1;
const HOLDS_DOTTED = 2;

/**
 * A word list asked about a token's word without the word's string for nearly every word: a word
 * of the lexicon (the common words, the prepositions) is answered from a table by its id, built
 * once when the module loads; any other word by its {@link WordShapes} first.
 */
export class ShapedList {
  private readonly words: ReadonlySet<string>;
  private readonly shapes: WordShapes;
  /** {@link HOLDS_CORE} and {@link HOLDS_DOTTED} bits by lexicon id. */
  private readonly lexicon: Uint8Array;

  constructor(words: ReadonlySet<string>) {
    this.words = words;
    this.shapes = new WordShapes(words);
    const size = LEXICON.table.size;
    this.lexicon = new Uint8Array(size + 1);
    for (let id = 1; id <= size; id++) {
      const lower = LEXICON.table.wordOf(id);
      this.lexicon[id] = (words.has(lower) ? HOLDS_CORE : 0) | (words.has(`${lower}.`) ? HOLDS_DOTTED : 0);
    }
  }

  /** True when the list holds word `k`'s lower-case core (`tokens.lowerAt(k)`). */
  hasAt(tokens: TokenList, k: number): boolean {
    const id = tokens.id[k] as number;
    // A lexicon id's word is the lexicon's own string (`TokenStore.wordOf`): its answer is in the table.
    if (id < this.lexicon.length) return ((this.lexicon[id] as number) & HOLDS_CORE) !== 0;
    return this.shapes.mayHold(tokens, k) && this.words.has(tokens.lowerAt(k));
  }

  /** True when the list holds word `k`'s key, its period kept (`tokens.keyAt(k)`). */
  hasKeyAt(tokens: TokenList, k: number): boolean {
    const id = tokens.id[k] as number;
    if (id < this.lexicon.length) return ((this.lexicon[id] as number) & (tokens.hasPeriod(k) ? HOLDS_DOTTED : HOLDS_CORE)) !== 0;
    return this.shapes.mayHold(tokens, k, true) && this.words.has(tokens.keyAt(k));
  }
}

/** True when word `k` looks like an -ly adverb ("separately", "Surprisingly"): its lower-case core ends in "ly" and has more than four units. */
export function endsInLyAt(tokens: TokenList, k: number): boolean {
  const length = tokens.wordLength(k);
  if (length <= 4) return false;
  // The lower-case core folds unit by unit (`TokenStore.wordOf`), so its last two units are these two folded.
  const end = (tokens.start[k] as number) + length;
  return foldCode(tokens.input.charCodeAt(end - 2)) === 0x6c && foldCode(tokens.input.charCodeAt(end - 1)) === 0x79;
}
