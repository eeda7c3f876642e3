/**
 * From resolved entities to `Article.sources`: the cited entities in order of first mention, each
 * with its mentions in input order, and the quotes linked to their source's index. Also the late
 * step for "I" and "we", which take the source of the quote they stand in.
 * @module
 */
import type { Quote, Source, Span, TextSpan } from '../schema.js';
import { textSpan } from '../text/span.js';
import { addMention, type Entity } from './entities.js';
import type { SourcesState } from './state.js';

/** Resolves the "I" / "we" speakers: the source of the innermost other quote whose spans hold them. */
export function firstPersonSpeakers(state: SourcesState): void {
  state.quotes.forEach((q, index) => {
    if (q.speaker === null || state.quoteEntity[index] !== null) return;
    const pos = q.speaker.start;
    const outer = enclosingQuote(state, index, pos);
    if (outer === null) return;
    addMention(outer, { start: q.speaker.start, end: q.speaker.end });
    outer.quotes.push(index);
    state.quoteEntity[index] = outer;
  });
}

/** The resolved source of the smallest other quote containing `pos`, or null. */
function enclosingQuote(state: SourcesState, self: number, pos: number): Entity | null {
  let best: Entity | null = null;
  let bestSize = Infinity;
  state.quotes.forEach((q, i) => {
    const entity = state.quoteEntity[i];
    if (i === self || entity === null || entity === undefined) return;
    for (const s of q.spans) {
      if (s.start <= pos && pos < s.end && s.end - s.start < bestSize) {
        best = entity;
        bestSize = s.end - s.start;
      }
    }
  });
  return best;
}

/** The output kind of an entity: a bare capitalised word that was cited is taken for a person. */
function kindOf(e: Entity): Source['kind'] {
  return e.kind === 'unknown' ? 'person' : e.kind;
}

/** Mentions in input order as text spans, without duplicates or mentions nested in another one of the same entity. */
function cleanMentions(input: string, mentions: readonly Span[]): TextSpan[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSpan[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && m.start >= last.start && m.end <= last.end) continue;
    const span = textSpan(input, m.start, m.end);
    if (span.start < span.end) out.push(span);
  }
  return out;
}

/** The name as output: the text of a name span, or the phrase itself. */
function nameOf(input: string, e: Entity): string {
  return typeof e.name === 'string' ? e.name : textSpan(input, e.name.start, e.name.end).text;
}

/** `Article.sources` and the quotes with `source` set. */
export function buildSources(state: SourcesState): { sources: Source[]; quotes: Quote[] } {
  const cited = state.reg.entities.filter((e) => e.cited || e.quotes.length > 0);
  const mentions = new Map(cited.map((e) => [e, cleanMentions(state.input, e.mentions)] as const));
  const first = (e: Entity): number => mentions.get(e)?.[0]?.start ?? e.firstSeen;
  cited.sort((a, b) => first(a) - first(b) || a.id - b.id);
  const indexOf = new Map(cited.map((e, i) => [e, i] as const));
  const sources: Source[] = cited.map((e, index) => ({
    index,
    name: nameOf(state.input, e),
    kind: kindOf(e),
    title: e.title,
    mentions: mentions.get(e) ?? [],
    quotes: [...new Set(e.quotes.map((i) => state.quotes[i]?.index ?? i))].sort((a, b) => a - b),
  }));
  const quotes = state.quotes.map((q, i) => {
    const e = state.quoteEntity[i];
    return { ...q, source: e === null || e === undefined ? null : (indexOf.get(e) ?? null) };
  });
  return { sources, quotes };
}
