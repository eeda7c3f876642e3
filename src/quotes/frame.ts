/**
 * The frame of a paragraph: the words outside its quotations, with each top-level quotation
 * standing in as one opaque item, split into sentences.
 *
 * Attribution is a property of the frame ("…,” Rutte said.), so the words inside a quotation
 * never produce cues or speakers, and a quotation of several sentences is still one item of the
 * sentence that frames it.
 * @module
 */
import type { Span } from '../schema.js';
import { SUFFIXED, TokenFlag, TokenStore } from '../text/tokens.js';
import type { QuoteSegment } from './pairing.js';
import { LEXICON, WordClass } from '../lexicon/lookup.js';
import { foldCode } from '../text/word-table.js';
import { TITLE_CASE_MINOR_WORDS } from '../lexicon/headings.js';

/** What a frame item is: a word, a punctuation character, or a whole top-level quotation. */
export type ItemKind = 'word' | 'punct' | 'quote';

/**
 * A paragraph's frame items as index ranges over the parse's tokens: item `i` is a token of the
 * {@link TokenStore} or a quotation (a segment); nothing is built per item. Every accessor takes an
 * item index and answers neutrally (`undefined`, `''`, `false`) outside `[0, length)`.
 */
export class Items {
  /** Keeps the shape of this class's instances alive between parses (see `TokenStore.shapeAnchor`). @internal */
  static readonly shapeAnchor: Items = new Items(TokenStore.shapeAnchor, [], new Int32Array(1), 0);
  readonly length: number;
  // The store's columns, read straight: every accessor reads one or two of them, and the store is
  // complete (its columns no longer grow) once the tokens pass has run.
  private readonly flags: Uint8Array;
  private readonly ids: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly text: string;

  constructor(
    private readonly store: TokenStore,
    private readonly segments: readonly QuoteSegment[],
    /** `refs[i]`: the store index of item `i`, or `-(segment + 1)` for a quotation (entries past `length` are another frame's). */
    private readonly refs: Int32Array,
    length: number,
  ) {
    this.length = length;
    this.flags = store.flags;
    this.ids = store.id;
    this.starts = store.start;
    this.ends = store.end;
    this.text = store.input;
  }

  /** The article text. */
  get input(): string {
    return this.text;
  }

  private ref(i: number): number {
    return this.refs[i] as number;
  }

  /** The kind of item `i`, or undefined outside the frame. */
  kind(i: number): ItemKind | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const r = this.ref(i);
    return r < 0 ? 'quote' : ((this.flags[r] as number) & TokenFlag.Word) !== 0 ? 'word' : 'punct';
  }

  /** True when item `i` is a word. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.length && this.ref(i) >= 0 && ((this.flags[this.ref(i)] as number) & TokenFlag.Word) !== 0;
  }

  /** True when item `i` is a quotation. */
  isQuote(i: number): boolean {
    return i >= 0 && i < this.length && this.ref(i) < 0;
  }

  /** Lower-cased text of a word (period and possessive kept: "sen.", "trump's"), the character of punctuation; '' otherwise. */
  lower(i: number): string {
    if (i < 0 || i >= this.length || this.ref(i) < 0) return '';
    return this.store.lowerAt(this.ref(i));
  }

  /** The word id of item `i`'s core (see `TokenStore.wordOf`), or 0 when it is no word. */
  id(i: number): number {
    if (i < 0 || i >= this.length || this.ref(i) < 0) return 0;
    return this.ids[this.ref(i)] as number;
  }

  /** The word id of item `i` when it is a plain word (see {@link Items.isPlain}), else 0. */
  plainId(i: number): number {
    if (i < 0 || i >= this.length) return 0;
    const r = this.ref(i);
    return r >= 0 && ((this.flags[r] as number) & SUFFIXED) === 0 ? (this.ids[r] as number) : 0;
  }

  /** True when item `i`'s word is one of the lexicon's: a known word, so no name of its own ("Here", "Having"). */
  inLexicon(i: number): boolean {
    const id = this.id(i);
    return id !== 0 && id <= LEXICON.table.size;
  }

  /** True when item `i` is a word written without possessive, clitic or kept period: its lower-case form is its core. */
  isPlain(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const r = this.ref(i);
    return r >= 0 && ((this.flags[r] as number) & TokenFlag.Word) !== 0 && ((this.flags[r] as number) & SUFFIXED) === 0;
  }

  /** True when item `i` is a word ending with the period of an abbreviation, an initial or an acronym ("Sen.", "J.", "U.S."). */
  hasPeriod(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const r = this.ref(i);
    return r >= 0 && ((this.flags[r] as number) & TokenFlag.Period) !== 0;
  }

  /** The character code of punctuation item `i`, or -1 for any other item. */
  code(i: number): number {
    if (i < 0 || i >= this.length || this.ref(i) < 0 || ((this.flags[this.ref(i)] as number) & TokenFlag.Word) !== 0) return -1;
    return this.text.charCodeAt(this.starts[this.ref(i)] as number);
  }

  /** True when item `i` is a word starting with a capital. */
  cap(i: number): boolean {
    return i >= 0 && i < this.length && this.ref(i) >= 0 && ((this.flags[this.ref(i)] as number) & TokenFlag.Cap) !== 0;
  }

  /**
   * True when item `i` is a word of lexicon class `cls` (a `WordClass`) as written: a word with a
   * possessive, clitic or kept period ("they've", "sen.") is not its core's class.
   */
  is(i: number, cls: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const r = this.ref(i);
    if (r < 0) return false;
    const id = this.ids[r] as number;
    const classes = LEXICON.classes;
    // (An id past the lexicon's table is a word of the article's own: of no class.)
    return id < classes.length && ((classes[id] as number) & cls) !== 0 && ((this.flags[r] as number) & SUFFIXED) === 0;
  }

  /**
   * True when item `i` is a word of grammar class `g` (a `GrammarClass`) as written: as {@link Items.is},
   * a word with a possessive, clitic or kept period is not its core's class.
   */
  isIn(i: number, g: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const r = this.ref(i);
    return r >= 0 && (grammarOf(this.ids[r] as number) & g) !== 0 && ((this.flags[r] as number) & SUFFIXED) === 0;
  }

  /**
   * True when item `i` is a word written with a kept period and nothing else after its core, whose
   * core is of grammar class `g` ("St." for a class of "st").
   */
  isDottedIn(i: number, g: number): boolean {
    return this.onlyPeriod(i) && (grammarOf(this.ids[this.ref(i)] as number) & g) !== 0;
  }

  /** True when item `i` is a word written with a kept period only, whose core is of lexicon class `cls` (a `WordClass`). */
  isDottedIs(i: number, cls: number): boolean {
    return this.onlyPeriod(i) && this.store.is(this.ref(i), cls);
  }

  private onlyPeriod(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const r = this.ref(i);
    return r >= 0 && ((this.flags[r] as number) & SUFFIXED) === TokenFlag.Period && ((this.flags[r] as number) & TokenFlag.Word) !== 0;
  }

  /** True when item `i` is the plain word of id `id` (a `lexiconId`): what `word(items, i) === w` tests, without the string. */
  isWordId(i: number, id: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const r = this.ref(i);
    return r >= 0 && this.ids[r] === id && ((this.flags[r] as number) & SUFFIXED) === 0;
  }

  /** The length of `lower(i)`, read from the offsets: lower-casing keeps every word's length. */
  width(i: number): number {
    if (i < 0 || i >= this.length) return 0;
    const r = this.ref(i);
    return r < 0 ? 0 : (this.ends[r] as number) - (this.starts[r] as number);
  }

  /** True when item `i` is a word starting with an ASCII digit (`startsWithDigit(word(items, i))`). */
  startsWithDigit(i: number): boolean {
    if (!this.isWord(i)) return false;
    const c = this.text.charCodeAt(this.starts[this.ref(i)] as number);
    return c >= 0x30 && c <= 0x39;
  }

  /**
   * True when item `i` is a word whose lower-case form ends with `suffix` (lower-case):
   * `word(items, i).endsWith(suffix)`, compared on the input's characters case-folded, without the string.
   */
  endsWith(i: number, suffix: string): boolean {
    if (!this.isWord(i)) return suffix.length === 0;
    const r = this.ref(i);
    const input = this.text;
    const end = this.ends[r] as number;
    const n = suffix.length;
    if (end - (this.starts[r] as number) < n) return false;
    for (let k = 0; k < n; k++) {
      const c = input.charCodeAt(end - n + k);
      const folded = c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c | 0x20 : c) : foldCode(c);
      if (folded !== suffix.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Where item `i` starts in the input (a quotation: at its opening mark). */
  start(i: number): number {
    const r = this.ref(i);
    if (r >= 0) return this.starts[r] as number;
    const seg = this.segments[-r - 1] as QuoteSegment;
    return seg.open >= 0 ? seg.open : seg.contentStart;
  }

  /** Where item `i` ends in the input. */
  end(i: number): number {
    const r = this.ref(i);
    return r >= 0 ? (this.ends[r] as number) : (this.segments[-r - 1] as QuoteSegment).end;
  }

  /** The segment index of quotation item `i`, or -1. */
  segment(i: number): number {
    if (i < 0 || i >= this.length) return -1;
    const r = this.ref(i);
    return r < 0 ? -r - 1 : -1;
  }

  /** True when quotation item `i` is a title ("“A Change Is Gonna Come”"): a few words in title case. */
  isTitle(i: number): boolean {
    const seg = this.segments[this.segment(i)];
    return seg !== undefined && isQuotedTitle(this.store, seg);
  }

  /** True when quotation item `i`'s words end with a comma ("…party,”), which then also punctuates the frame. */
  comma(i: number): boolean {
    const seg = this.segments[this.segment(i)];
    return seg !== undefined && endsWithComma(this.text, seg);
  }
}

/** The grammar class bits of word `id`: none for a word the lexicon lacks (an id past its table). */
function grammarOf(id: number): number {
  const grammar = LEXICON.grammar;
  return id < grammar.length ? (grammar[id] as number) : 0;
}

/** A sentence of the frame: items `[from, to)` of its paragraph. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
}

/** A paragraph's frame items and sentences. */
export interface Frame {
  readonly paragraph: number;
  readonly items: Items;
  readonly sentences: readonly Sentence[];
  /**
   * True when most words are capitalised (a title-case headline): capitals then say nothing about
   * names. A function, counted on the first call: only a capitalised cue asks, and few frames have one.
   */
  readonly titleCase: () => boolean;
}

/**
 * Builds the frame of paragraph `p` given the article's tokens and top-level segments (sorted),
 * writing its item references into `refs` from its start: the frame is valid until `refs` is
 * written again (the next frame built with it).
 */
export function buildFrame(store: TokenStore, p: number, para: Span, segments: readonly QuoteSegment[], firstSegment: number, refs: Int32Array): Frame {
  let n = 0;
  let t = store.indexAt(para.start);
  for (let s = firstSegment; s < segments.length; s++) {
    const seg = segments[s] as QuoteSegment;
    if (seg.paragraph !== p) break;
    const start = seg.open >= 0 ? seg.open : seg.contentStart;
    for (; t < store.length && (store.end[t] as number) <= start; t++) refs[n++] = t;
    refs[n++] = -(s + 1);
    // The quotation's own words are not items of the frame.
    while (t < store.length && (store.start[t] as number) < seg.end) t++;
  }
  for (; t < store.length && (store.end[t] as number) <= para.end; t++) refs[n++] = t;
  const items = new Items(store, segments, refs, n);
  let titleCase: boolean | undefined;
  return { paragraph: p, items, sentences: splitSentences(items, segments), titleCase: () => (titleCase ??= isTitleCase(items)) };
}

/** True when `text` starts with an ASCII digit (what `/^\d/` tests, without a regular expression call per word). */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

function isTitleCase(items: Items): boolean {
  let words = 0;
  let caps = 0;
  for (let i = 0; i < items.length; i++) {
    if (!items.isWord(i) || items.width(i) < 4) continue;
    words++;
    if (items.cap(i)) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

function endsWithComma(input: string, seg: QuoteSegment): boolean {
  let e = seg.contentEnd - 1;
  while (e > seg.contentStart && input.charCodeAt(e) === 0x20) e--;
  return input.charCodeAt(e) === 0x2c;
}

/** True when item `i` can open a sentence: a quotation, a capitalised word or a number. */
function opensSentence(items: Items, i: number): boolean {
  // "… to participate. (“We’ve persuaded them,” he said.)": a bracketed sentence opens one too.
  if (items.code(i) === 0x28) return opensWord(items, i + 1);
  return opensWord(items, i);
}

function opensWord(items: Items, i: number): boolean {
  return items.isQuote(i) || items.cap(i) || items.startsWithDigit(i);
}

/** True when item `i` ends a sentence, judged by what follows it. */
function endsSentenceAt(input: string, items: Items, i: number, segments: readonly QuoteSegment[]): boolean {
  if (i + 1 >= items.length) return true;
  const kind = items.kind(i);
  if (kind === 'quote') {
    const seg = segments[items.segment(i)] as QuoteSegment;
    // "“…?” Sanders asked." — a question or exclamation mark inside the quotation does not end the
    // frame sentence when an attribution follows; a full stop does ("“… ongoing.” He said …").
    const stop = lastStop(input, seg.contentStart, seg.contentEnd);
    return opensSentence(items, i + 1) && stop !== 0 && !(stop !== 0x2e && attributionFollows(items, i + 1));
  }
  if (kind === 'punct') {
    const c = items.code(i);
    return (c === 0x2e || c === 0x21 || c === 0x3f) && opensSentence(items, i + 1);
  }
  // An abbreviation's period ends the sentence only before a word that typically opens one.
  return items.hasPeriod(i) && items.cap(i + 1) && items.is(i + 1, WordClass.SentenceOpener);
}

/** True when a reporting verb follows within a few words, before any punctuation ("Sanders asked"). */
function attributionFollows(items: Items, from: number): boolean {
  for (let k = from; k < items.length && k < from + 6; k++) {
    if (!items.isWord(k)) return false;
    if (items.is(k, WordClass.ReportingVerb)) return k > from || !items.cap(k);
  }
  return false;
}

/** The sentence-final character ending `input[start, end)` (. ! ? …), or 0 when it does not end like a sentence. */
function lastStop(input: string, start: number, end: number): number {
  let e = end - 1;
  while (e >= start && (input.charCodeAt(e) === 0x20 || input.charCodeAt(e) === 0x29)) e--;
  const c = input.charCodeAt(e);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 ? c : 0;
}

function splitSentences(items: Items, segments: readonly QuoteSegment[]): Sentence[] {
  const input = items.input;
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < items.length; i++) {
    if (endsSentenceAt(input, items, i, segments)) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  return sentences;
}

// Most words of a quoted title ("“Tales From the Crypt”").
const MAX_TITLE_WORDS = 6;

/**
 * True when a quotation is a title: a few words, two or more of them capitalised
 * and the rest minor words of title case ("Tales From the Crypt", "Opening Belle"; not "Not yet").
 */
export function isQuotedTitle(store: TokenStore, seg: QuoteSegment): boolean {
  let words = 0;
  let caps = 0;
  for (let t = store.indexAt(seg.contentStart); t < store.length && (store.start[t] as number) < seg.contentEnd; t++) {
    const flags = store.flags[t] as number;
    if ((flags & TokenFlag.Word) === 0) continue;
    if (++words > MAX_TITLE_WORDS) return false;
    if ((flags & TokenFlag.Cap) !== 0) caps++;
    else if (!TITLE_CASE_MINOR_WORDS.has(store.lowerAt(t))) return false;
  }
  return caps >= 2;
}
