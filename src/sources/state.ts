/**
 * The per-call state of the sources stage, shared by the sweep in `resolve-sources.ts` and the
 * speaker resolver in `speakers.ts`. Created fresh by every `resolveSources` call.
 * @module
 */
import type { Paragraph, Quote } from '../schema.js';
import type { AuthorName } from './byline-author.js';
import type { Anchor, Antecedent } from './coreference.js';
import type { Entity, Registry } from './entities.js';
import type { NameContext, NameMention } from './names.js';
import type { TokenStore } from '../text/tokens.js';
import type { TokenList } from './words.js';

/** Everything one run of the stage knows. */
export interface SourcesState {
  readonly input: string;
  /** The parse's tokens, which the sources' words are read from. */
  readonly store: TokenStore;
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly tokens: TokenList;
  readonly ctx: NameContext;
  /** The body's name mentions in input order; their names' token ranges are disjoint and in order too. */
  readonly names: readonly NameMention[];
  /**
   * Null when the names' order by start is also their token order (nearly always); else, for
   * each name in token order, its index in `names` (a lower-case title before a name can start
   * it before an earlier name).
   */
  readonly namesByToken: readonly number[] | null;
  /** The entity of each name mention, filled as the sweep reaches it. */
  readonly nameEntity: (Entity | null)[];
  readonly reg: Registry;
  readonly timeline: Antecedent[];
  /** Direct-quote regions (overlapping quote spans merged), in input order. */
  readonly regions: readonly { start: number; end: number }[];
  /** Spans of every quote's words (direct or reported), merged: a name inside is reported, not cited. */
  readonly contents: readonly { start: number; end: number }[];
  /** The entity each quote's speaker resolved to. */
  readonly quoteEntity: (Entity | null)[];
  /** The organisation each noun of a named organisation ("Trump's *campaign*") made, by token. */
  readonly nounEntity: Map<number, Entity>;
  /** The single author the byline names: the "I" of the article outside its quotations. */
  readonly author: AuthorName | null;
}

/** The direct-quote region holding `pos`, or -1. */
export function regionAt(state: SourcesState, pos: number): number {
  return spanIndexAt(state.regions, pos);
}

/** How many of `items` (in order of start) start before `pos`: a binary search. */
export function countStartingBefore(items: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span of `spans` (sorted, disjoint) that holds `pos`, or -1. */
export function spanIndexAt(regions: readonly { start: number; end: number }[], pos: number): number {
  // Offsets are integers: the spans starting at or before `pos` are those starting before `pos + 1`.
  const last = countStartingBefore(regions, pos + 1) - 1;
  const r = regions[last];
  return r !== undefined && pos < r.end ? last : -1;
}

/**
 * The index of the name mention whose name (tokens `first` to `last`) covers token `k`, or -1: a
 * binary search, since the names' token ranges are disjoint and, in token order, ascending.
 */
export function nameAt(state: SourcesState, k: number): number {
  const { names, namesByToken: order } = state;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[order === null ? mid : (order[mid] as number)] as NameMention).last < k) lo = mid + 1;
    else hi = mid;
  }
  if (lo === names.length) return -1;
  const index = order === null ? lo : (order[lo] as number);
  return (names[index] as NameMention).first <= k ? index : -1;
}

/** Where token `k` stands, for coreference. */
export function anchorAt(state: SourcesState, k: number): Anchor {
  const pos = state.tokens.start[k] as number;
  return { pos, sentence: state.tokens.sentence[k] as number, paragraph: state.tokens.paragraph[k] as number, region: regionAt(state, pos) };
}

/** Offset from which a back-reference may still reach: the start of the paragraph `n` before `paragraph`. */
export function windowStart(state: SourcesState, paragraph: number, n: number): number {
  return state.paragraphs[Math.max(0, paragraph - n)]?.start ?? 0;
}

/** Records that `entity` is mentioned by tokens `[from, to]` (for later pronouns too). */
export function noteMention(state: SourcesState, entity: Entity, from: number, rank: Antecedent['rank']): Antecedent {
  const { tokens } = state;
  const pos = tokens.start[from] as number;
  return { pos, sentence: tokens.sentence[from] as number, paragraph: tokens.paragraph[from] as number, region: regionAt(state, pos), rank, entity };
}
