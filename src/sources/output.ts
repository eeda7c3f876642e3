/**
 * From resolved entities to `Article.sources`: the cited entities in order of first mention, each
 * with its mentions in input order, and the quotes linked to their source's index. Also the late
 * step for "I" and "we", which take the source of the quote they stand in.
 * @module
 */
import { isNationality } from './vocabulary.js';
import type { Quote, Source, Span, TextSpan } from '../schema.js';
import { textSpan } from '../text/span.js';
import { isLower } from '../text/chars.js';
import { addMention, type Entity } from './entities.js';
import { countStartingBefore, type SourcesState } from './state.js';
import { PARTY_PLURALS } from '../lexicon/names.js';
import { PREPOSITIONS } from '../lexicon/grammar.js';
import { fieldsOf, readRoles } from './source-fields.js';

/** A quote's span with the source of its speaker. */
interface SpokenSpan {
  readonly start: number;
  readonly end: number;
  readonly quote: number;
  readonly entity: Entity;
}

/** How many spans starting before a position are looked at for the one around it. */
const MAX_ENCLOSING_LOOKBACK = 64;

/** Resolves the "I" / "we" speakers: the source of the innermost other quote whose spans hold them. */
export function firstPersonSpeakers(state: SourcesState): void {
  const spans: SpokenSpan[] = [];
  state.quotes.forEach((q, quote) => {
    const entity = state.quoteEntity[quote];
    if (entity !== null && entity !== undefined) for (const s of q.spans) spans.push({ start: s.start, end: s.end, quote, entity });
  });
  if (!inStartOrder(spans)) spans.sort((a, b) => a.start - b.start);
  state.quotes.forEach((q, index) => {
    if (q.speaker === null || state.quoteEntity[index] !== null) return;
    const outer = enclosing(spans, index, q.speaker.start);
    if (outer === null) return;
    addMention(outer, { start: q.speaker.start, end: q.speaker.end });
    outer.quotes.push(index);
    state.quoteEntity[index] = outer;
  });
}

/** True when `spans` are already in order of start (the quotes come in input order, so nearly always). */
function inStartOrder(spans: readonly SpokenSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if ((spans[i] as SpokenSpan).start < (spans[i - 1] as SpokenSpan).start) return false;
  return true;
}

/** The source of the smallest span (of another quote) that holds `pos`, or null. */
function enclosing(spans: readonly SpokenSpan[], self: number, pos: number): Entity | null {
  // The spans starting at or before `pos` (offsets are integers).
  const lo = countStartingBefore(spans, pos + 1);
  let best: SpokenSpan | null = null;
  for (let k = lo - 1; k >= 0 && lo - k <= MAX_ENCLOSING_LOOKBACK; k--) {
    const s = spans[k] as SpokenSpan;
    if (s.quote !== self && pos < s.end && (best === null || s.end - s.start < best.end - best.start)) best = s;
  }
  return best?.entity ?? null;
}

/**
 * The output kind of an entity: a bare capitalised word that was cited is taken for a person,
 * unless it names a people or a party in the plural ("Mexicans", "Republicans say"): a group;
 * a name "which" takes up is an organisation.
 */
function kindOf(input: string, e: Entity): Source['kind'] {
  if ((e.kind === 'person' || e.kind === 'unknown') && isTakenUpByWhich(input, e)) return 'organization';
  if (e.kind !== 'unknown') return e.kind;
  const [only] = e.words;
  return e.words.length === 1 && only !== undefined && isGroupPlural(only) ? 'anonymous' : 'person';
}

/**
 * True when `e`, a name that nothing marks as a person (no honorific, title or pronoun), is
 * taken up by "which" ("James Madison, which went 11-1, …"): a team, a body or a thing.
 */
function isTakenUpByWhich(input: string, e: Entity): boolean {
  if (e.marked || e.votes.male + e.votes.female > 0) return false;
  for (const m of e.mentions) if (input.startsWith(', which ', m.end) && isBareName(input, m)) return true;
  return false;
}

/**
 * True when mention `m` is the name alone, so a "which" after it can only take up the name: not
 * a phrase ending on another ("Ruth Bernstein of EMC Research, which polled …"), nor the object
 * of a preposition ("the study by Tom Hill, which found …", "a trumpet which belonged to Dizzy
 * Gillespie, which is expected to fetch …", where "which" is the study, the trumpet).
 */
function isBareName(input: string, m: Span): boolean {
  let w = m.start - 1;
  while (w > 0 && input.charCodeAt(w - 1) !== 0x20) w--;
  if (PREPOSITIONS.has(input.slice(w, m.start - 1).toLowerCase())) return false;
  for (let k = m.start; k < m.end; k++) if (input.charCodeAt(k) === 0x20 && isLower(input.charCodeAt(k + 1))) return false;
  return true;
}

/** "mexicans", "african-americans", "republicans": a nationality or party in the plural. */
function isGroupPlural(word: string): boolean {
  if (PARTY_PLURALS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  const singular = word.slice(0, -1);
  return isNationality(singular.replace(/(^|-)\p{Ll}/gu, (m) => m.toUpperCase()));
}

/** Input order, and at one start the longer mention first. */
function byMentionOrder(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** True when `mentions` are already in {@link byMentionOrder}. */
function inMentionOrder(mentions: readonly Span[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (byMentionOrder(mentions[i - 1] as Span, mentions[i] as Span) > 0) return false;
  return true;
}

/** Mentions in input order as text spans, without duplicates or mentions nested in another one of the same entity. */
function cleanMentions(input: string, mentions: readonly Span[]): TextSpan[] {
  // The sweep adds mentions in input order: most lists need no sorted copy.
  const sorted = inMentionOrder(mentions) ? mentions : [...mentions].sort(byMentionOrder);
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

/** The distinct `Quote.index`es of the quotes `e` speaks, ascending. */
function quoteIndexes(state: SourcesState, e: Entity): number[] {
  const out: number[] = [];
  let ascending = true;
  for (const i of e.quotes) {
    const index = state.quotes[i]?.index ?? i;
    const last = out[out.length - 1];
    if (last === index) continue;
    if (last !== undefined && index < last) ascending = false;
    out.push(index);
  }
  // The sweep reaches a source's quotes in input order, so they rarely need the sort and dedupe.
  return ascending ? out : [...new Set(out)].sort((a, b) => a - b);
}

/** `Article.sources` and the quotes with `source` set. */
export function buildSources(state: SourcesState): { sources: Source[]; quotes: Quote[] } {
  readRoles(state);
  const cited = state.reg.entities.filter((e) => e.cited || e.quotes.length > 0);
  const mentions = new Map(cited.map((e) => [e, cleanMentions(state.input, e.mentions)] as const));
  const first = (e: Entity): number => mentions.get(e)?.[0]?.start ?? e.firstSeen;
  cited.sort((a, b) => first(a) - first(b) || a.id - b.id);
  const indexOf = new Map(cited.map((e, i) => [e, i] as const));
  const names = cited.map((e) => nameOf(state.input, e));
  const sourceName = (e: Entity): string | undefined => {
    const i = indexOf.get(e);
    return i === undefined ? undefined : names[i];
  };
  const sources: Source[] = cited.map((e, index) => {
    const kind = kindOf(state.input, e);
    const said = mentions.get(e) ?? [];
    const { affiliation, gender, genderEvidence } = fieldsOf(state, e, kind, said, sourceName);
    return { index, name: names[index] as string, kind, title: e.title, affiliation, gender, genderEvidence, mentions: said, quotes: quoteIndexes(state, e) };
  });
  const quotes = state.quotes.map((q, i) => {
    const e = state.quoteEntity[i];
    return { ...q, source: e === null || e === undefined ? null : (indexOf.get(e) ?? null) };
  });
  return { sources, quotes };
}
