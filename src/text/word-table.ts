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

/** FNV-1a over the case-folded code units of `text[start, end)`. */
export function hashFolded(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ foldCode(text.charCodeAt(k)), 0x01000193);
  return h >>> 0;
}

/**
 * A set of lower-case words, each with an id `base + index` in insertion order. Words are stored
 * once as strings (the form the output and the lexicon lists use); lookups compare the input's
 * characters against them in place.
 */
export class WordTable {
  /** The first id this table hands out: the lexicon table starts at 1, a per-call table after the lexicon. */
  readonly base: number;
  /** Word of each id, `words[id - base]`, lower-cased. */
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Slot → index + 1 into `words` (0: empty). Its length is a power of two, kept at most half full. */
  private slots: Int32Array;

  constructor(base: number, capacity = 64) {
    this.base = base;
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
  }

  /** Number of words. */
  get size(): number {
    return this.words.length;
  }

  /** The id of `text[start, end)` folded to lower case, or -1 when the table does not hold it. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s] as number;
      if (entry === 0) return -1;
      const index = entry - 1;
      if (this.hashes[index] === hash && sameFolded(text, start, end, this.words[index] as string)) return this.base + index;
    }
  }

  /** The id of `text[start, end)` folded to lower case, adding it when new. */
  intern(text: string, start: number, end: number, hash: number): number {
    const found = this.find(text, start, end, hash);
    if (found !== -1) return found;
    const slice = text.slice(start, end);
    return this.insert(lowerString(slice), hash);
  }

  /** Adds a word (folded to lower case) and returns its id; an existing word keeps its id. */
  add(word: string): number {
    const lower = lowerString(word);
    const hash = hashFolded(lower, 0, lower.length);
    const found = this.find(lower, 0, lower.length, hash);
    return found !== -1 ? found : this.insert(lower, hash);
  }

  /** The word of an id this table handed out. */
  wordOf(id: number): string {
    return this.words[id - this.base] as string;
  }

  private insert(lower: string, hash: number): number {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    this.words.push(lower);
    this.hashes.push(hash);
    this.place(this.words.length - 1);
    return this.base + this.words.length - 1;
  }

  private place(index: number): void {
    const mask = this.slots.length - 1;
    let s = (this.hashes[index] as number) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = index + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.words.length; i++) this.place(i);
  }
}

/** `text` folded the way {@link foldCode} folds, unit by unit (so a stored word matches its own lookups). */
function lowerString(text: string): string {
  let plain = true;
  for (let k = 0; k < text.length && plain; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) plain = false;
    else if (c >= 0xc0) plain = false;
  }
  if (plain) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) out += String.fromCharCode(foldCode(text.charCodeAt(k)));
  return out;
}

/** True when `text[start, end)` folds to exactly `lower`. */
function sameFolded(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) if (foldCode(text.charCodeAt(start + k)) !== lower.charCodeAt(k)) return false;
  return true;
}
