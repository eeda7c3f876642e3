/**
 * Word ids: an open-addressing hash table from a lower-cased word to a small integer, looked up
 * straight from the input's characters, so that no token needs its own lower-case string to be
 * recognised.
 *
 * Two tables are used per parse: the lexicon's, built once when the module loads and never
 * changed afterwards (`lexicon/lookup.ts`), and a per-call one for the article's other words,
 * whose ids continue after the lexicon's. A word is hashed once and probed in both.
 * @module
 */

/** The case fold the tables compare with: ASCII capitals to lower case, other code units through `toLowerCase`. */
export function foldCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  if (c < 0xc0) return c;
  // One code unit in, one out: a fold that would change the length (rare outside Latin) keeps the unit.
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** FNV-1a over the case-folded code units of `text[start, end)`, as a signed 32-bit integer (a small integer to V8, never a boxed number). */
export function hashFolded(text: string, start: number, end: number): number {
  // The offset basis as a signed 32-bit integer (the same bits): written plainly it exceeds 2^31,
  // a double, and would keep `h` a double through the loop.
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // ASCII, nearly every unit of English news, is folded inline.
    h = Math.imul(h ^ (c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c | 0x20 : c) : foldCode(c)), 0x01000193);
  }
  return h | 0;
}

/**
 * A set of words compared case-folded, each with an id `base + index` in insertion order. Every
 * word is a range of one string, the table's `text` (the article, or the lexicon's words joined);
 * its lower-case string is built only when asked for ({@link WordTable.wordOf}), since most of an
 * article's words are never read as text.
 *
 * The slots are compact (an index each) so that a probe mostly stays in cache, and each word's
 * record keeps its hash, start and end side by side, so that a hit reads one more line.
 */
export class WordTable {
  /** The first id this table hands out: the lexicon table starts at 1, a per-call table after the lexicon. */
  readonly base: number;
  /** The string every word is a range of: word `index` is `text.slice(start, end)` of its record. */
  readonly text: string;
  /** Word `index`'s record at `3 * index`: its hash, start and end. */
  private records: Int32Array;
  /**
   * Each word lower-cased, once asked for; null until the first is. It is made when a word is first
   * asked for, sized to the words held then (the tokenizer has added them all by that time), not
   * to the records' room, which is up to twice as many.
   */
  private lowers: (string | undefined)[] | null = null;
  private count = 0;
  /** Slot → index + 1 (0: empty). Its length is a power of two, kept at most half full. */
  private slots: Int32Array;

  constructor(text: string, base: number, capacity = 64) {
    this.text = text;
    this.base = base;
    let size = 16;
    while (size < capacity * 2) size *= 2;
    [this.slots, this.records] = columns(size);
  }

  /** Number of words. */
  get size(): number {
    return this.count;
  }

  /** The id of `text[start, end)` folded to lower case, or -1 when the table does not hold it. */
  find(text: string, start: number, end: number, hash: number): number {
    const found = this.lookup(text, start, end, hash);
    return found >= 0 ? found : -1;
  }

  /**
   * The id of `text[start, end)` folded to lower case; when the table does not hold it, `-1 - s`
   * for the free slot `s` where it would go, which {@link WordTable.add} takes so as not to probe again.
   */
  lookup(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = slots[s] as number;
      if (entry === 0) return -1 - s;
      if (this.records[3 * entry - 3] === hash && this.sameAs(entry - 1, text, start, end)) return this.base + entry - 1;
    }
  }

  /** The id of the table's `text[start, end)` folded to lower case, adding it when new. */
  intern(start: number, end: number, hash: number): number {
    const found = this.lookup(this.text, start, end, hash);
    return found >= 0 ? found : this.add(start, end, hash, found);
  }

  /** The word of an id this table handed out, in lower case. */
  wordOf(id: number): string {
    const index = id - this.base;
    const lowers = this.lowers !== null && index < this.lowers.length ? this.lowers : this.lowersFor(index);
    const known = lowers[index];
    if (known !== undefined) return known;
    const lower = foldString(this.text.slice(this.records[3 * index + 1], this.records[3 * index + 2]));
    lowers[index] = lower;
    return lower;
  }

  /** The lower-case strings' array, made or lengthened to hold every word now in the table (and `index`). */
  private lowersFor(index: number): (string | undefined)[] {
    const length = Math.max(this.count, index + 1);
    if (this.lowers === null) this.lowers = new Array<string | undefined>(length);
    else this.lowers.length = length;
    return this.lowers;
  }

  /**
   * Adds the table's `text[start, end)`, which {@link WordTable.lookup} has just missed with `missed`
   * (the free slot it found), and returns its id.
   */
  add(start: number, end: number, hash: number, missed: number): number {
    let s = -1 - missed;
    // The records hold half as many words as there are slots: the table grows before either
    // fills, and a grown table has the word's slot found anew.
    if ((this.count + 1) * 2 > this.slots.length) {
      this.grow();
      s = this.freeSlot(hash);
    }
    const index = this.count++;
    this.slots[s] = index + 1;
    this.records[3 * index] = hash;
    this.records[3 * index + 1] = start;
    this.records[3 * index + 2] = end;
    return this.base + index;
  }

  /** True when word `index` folds to the same units as `text[start, end)`. */
  private sameAs(index: number, text: string, start: number, end: number): boolean {
    const from = this.records[3 * index + 1] as number;
    if ((this.records[3 * index + 2] as number) - from !== end - start) return false;
    const source = this.text;
    for (let k = 0; k < end - start; k++) {
      const a = source.charCodeAt(from + k);
      const b = text.charCodeAt(start + k);
      if (a !== b && foldCode(a) !== foldCode(b)) return false;
    }
    return true;
  }

  /** The first free slot from the one of `hash`. */
  private freeSlot(hash: number): number {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    return s;
  }

  /** Doubles the slots and the records, and places every word anew. */
  private grow(): void {
    const [slots, records] = columns(this.slots.length * 2);
    records.set(this.records);
    this.slots = slots;
    this.records = records;
    for (let index = 0; index < this.count; index++) this.slots[this.freeSlot(records[3 * index] as number)] = index + 1;
  }
}

/** The slots of a table of `size` slots and the records of `size / 2` words, in one buffer. */
function columns(size: number): [Int32Array, Int32Array] {
  const buffer = new ArrayBuffer(size * 10);
  return [new Int32Array(buffer, 0, size), new Int32Array(buffer, size * 4, (size >> 1) * 3)];
}

/** `text` folded unit by unit as {@link foldCode} folds (so a word's string matches its own lookups). */
function foldString(text: string): string {
  let ascii = true;
  for (let k = 0; k < text.length && ascii; k++) if (text.charCodeAt(k) >= 0x80) ascii = false;
  // For ASCII, `toLowerCase` is exactly the fold, and one native call.
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let k = 0; k < text.length; k++) out += String.fromCharCode(foldCode(text.charCodeAt(k)));
  return out;
}
