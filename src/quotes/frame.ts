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
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.js';
import type { TokenStore } from '../text/tokens.js';
import type { QuoteSegment } from './pairing.js';
import { SENTENCE_OPENERS } from '../lexicon/grammar.js';

/** A word or punctuation token of the frame, read from the parse's {@link TokenStore}. */
export interface Token {
  readonly kind: 'word' | 'punct';
  readonly start: number;
  readonly end: number;
  /** Lower-cased text (for punctuation, the character itself). */
  readonly lower: string;
  /** True when the token starts with an upper-case letter. */
  readonly cap: boolean;
  /** Index of the token in the store. */
  readonly index: number;
}

/** A frame item: a token, or a whole quoted segment. */
export type Item = Token | QuoteItem;

/** A top-level quotation as one item of its paragraph's frame. */
export interface QuoteItem {
  readonly kind: 'quote';
  readonly start: number;
  readonly end: number;
  /** Index into the article's segment list. */
  readonly segment: number;
  readonly lower: '';
  readonly cap: false;
  /** True when the quoted words end with a comma ("…party,”), which then also punctuates the frame. */
  readonly comma: boolean;
}

/** A sentence of the frame: items `[from, to)` of its paragraph. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
}

/** A paragraph's frame items and sentences. */
export interface Frame {
  readonly paragraph: number;
  readonly items: readonly Item[];
  readonly sentences: readonly Sentence[];
  /**
   * True when most words are capitalised (a title-case headline): capitals then say nothing about
   * names. A function, counted on the first call: only a capitalised cue asks, and few frames have one.
   */
  readonly titleCase: () => boolean;
}

/** Builds the frame of paragraph `p` given the article's tokens and top-level segments (sorted). */
export function buildFrame(store: TokenStore, p: number, para: Span, segments: readonly QuoteSegment[], firstSegment: number): Frame {
  const { input } = store;
  const items: Item[] = [];
  let t = store.indexAt(para.start);
  for (let s = firstSegment; s < segments.length; s++) {
    const seg = segments[s] as QuoteSegment;
    if (seg.paragraph !== p) break;
    const start = seg.open >= 0 ? seg.open : seg.contentStart;
    t = pushTokens(store, t, start, items);
    items.push({ kind: 'quote', start, end: seg.end, segment: s, lower: '', cap: false, comma: endsWithComma(input, seg) });
    // The quotation's own words are not items of the frame.
    while (t < store.length && (store.start[t] as number) < seg.end) t++;
  }
  pushTokens(store, t, para.end, items);
  let titleCase: boolean | undefined;
  return { paragraph: p, items, sentences: splitSentences(input, items, segments), titleCase: () => (titleCase ??= isTitleCase(items)) };
}

/** Appends the tokens from index `t` that end by `limit` as items; returns the index after them. */
function pushTokens(store: TokenStore, t: number, limit: number, items: Item[]): number {
  let i = t;
  for (; i < store.length && (store.end[i] as number) <= limit; i++) {
    items.push({ kind: store.isWord(i) ? 'word' : 'punct', start: store.start[i] as number, end: store.end[i] as number, lower: store.lowerAt(i), cap: store.isCap(i), index: i });
  }
  return i;
}

/** True when `text` starts with an ASCII digit (what `/^\d/` tests, without a regular expression call per word). */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

function isTitleCase(items: readonly Item[]): boolean {
  let words = 0;
  let caps = 0;
  for (const item of items) {
    if (item.kind !== 'word' || item.lower.length < 4) continue;
    words++;
    if (item.cap) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

function endsWithComma(input: string, seg: QuoteSegment): boolean {
  let e = seg.contentEnd - 1;
  while (e > seg.contentStart && input.charCodeAt(e) === 0x20) e--;
  return input.charCodeAt(e) === 0x2c;
}

/** True when `item` can open a sentence: a quotation, a capitalised word or a number. */
function opensSentence(item: Item): boolean {
  return item.kind === 'quote' || item.cap || (item.kind === 'word' && startsWithDigit(item.lower));
}

/** True when item `i` ends a sentence, judged by what follows it. */
function endsSentenceAt(input: string, items: readonly Item[], i: number, segments: readonly QuoteSegment[]): boolean {
  const item = items[i] as Item;
  const next = items[i + 1];
  if (next === undefined) return true;
  if (item.kind === 'quote') {
    const seg = segments[item.segment] as QuoteSegment;
    // "“…?” Sanders asked." — a question or exclamation mark inside the quotation does not end the
    // frame sentence when an attribution follows; a full stop does ("“… ongoing.” He said …").
    const stop = lastStop(input, seg.contentStart, seg.contentEnd);
    return opensSentence(next) && stop !== 0 && !(stop !== 0x2e && attributionFollows(items, i + 1));
  }
  if (item.kind === 'punct') return (item.lower === '.' || item.lower === '!' || item.lower === '?') && opensSentence(next);
  // An abbreviation's period ends the sentence only before a word that typically opens one.
  return item.lower.charCodeAt(item.lower.length - 1) === 0x2e && next.kind === 'word' && next.cap && SENTENCE_OPENERS.has(next.lower);
}

/** True when a reporting verb follows within a few words, before any punctuation ("Sanders asked"). */
function attributionFollows(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && k < from + 6; k++) {
    const item = items[k] as Item;
    if (item.kind !== 'word') return false;
    if (REPORTING_VERB_BY_FORM.has(item.lower)) return k > from || !item.cap;
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

function splitSentences(input: string, items: readonly Item[], segments: readonly QuoteSegment[]): Sentence[] {
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
