/**
 * The per-call state of the sources stage, shared by the sweep in `resolve-sources.ts` and the
 * speaker resolver in `speakers.ts`. Created fresh by every `resolveSources` call.
 * @module
 */
import type { Paragraph, Quote } from '../schema.js';
import type { Anchor, Antecedent } from './coreference.js';
import type { Entity, Registry } from './entities.js';
import type { NameContext, NameMention } from './names.js';
import type { TokenStore } from '../text/tokens.js';
import type { Token, TokenList } from './words.js';

/** Everything one run of the stage knows. */
export interface SourcesState {
  readonly input: string;
  /** The parse's tokens, which the sources' words are read from. */
  readonly store: TokenStore;
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly tokens: TokenList;
  readonly ctx: NameContext;
  readonly names: readonly NameMention[];
  /** For each token, the index of the name mention whose name covers it, or -1. */
  readonly nameAtToken: readonly number[];
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
}

/** The direct-quote region holding `pos`, or -1. */
export function regionAt(state: SourcesState, pos: number): number {
  return spanIndexAt(state.regions, pos);
}

/** Index of the span of `spans` (sorted, disjoint) that holds `pos`, or -1. */
export function spanIndexAt(regions: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid] as { start: number }).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const r = regions[lo - 1];
  return r !== undefined && pos < r.end ? lo - 1 : -1;
}

/** Where token `k` stands, for coreference. */
export function anchorAt(state: SourcesState, k: number): Anchor {
  const t = state.tokens.at(k) as Token;
  return { pos: t.start, sentence: t.sentence, paragraph: t.paragraph, region: regionAt(state, t.start) };
}

/** Offset from which a back-reference may still reach: the start of the paragraph `n` before `paragraph`. */
export function windowStart(state: SourcesState, paragraph: number, n: number): number {
  return state.paragraphs[Math.max(0, paragraph - n)]?.start ?? 0;
}

/** Records that `entity` is mentioned by tokens `[from, to]` (for later pronouns too). */
export function noteMention(state: SourcesState, entity: Entity, from: number, rank: Antecedent['rank']): Antecedent {
  const a = anchorAt(state, from);
  return { pos: a.pos, sentence: a.sentence, paragraph: a.paragraph, region: a.region, rank, entity };
}
