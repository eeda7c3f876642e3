/**
 * Pronoun coreference over a timeline of mentions, Hobbs-style without a parser: search the
 * pronoun's own sentence, then earlier sentences one by one; within a sentence, subjects before
 * oblique mentions ("with Trump"), left to right. A person is only matched against a gendered
 * pronoun when the text states the opposite gender nowhere: honorifics, gendered titles and
 * pronouns that plainly referred to that person earlier.
 * @module
 */
import { genderOf, isPersonLike, type Entity } from './entities.js';
import type { Gender, PronounFeatures } from './vocabulary.js';
import { SPEAKING_DOCUMENTS } from '../lexicon/coreference.js';
import { PLACE_NAMES } from '../lexicon/places.js';

/** One mention on the timeline that later pronouns may refer back to. */
export interface Antecedent {
  readonly pos: number;
  readonly sentence: number;
  readonly paragraph: number;
  /**
   * How good an antecedent the mention is within its sentence: 0 a speaker or cited source, 1 any
   * other mention, 2 a mention after a preposition ("with Trump").
   */
  readonly rank: 0 | 1 | 2;
  /** Direct-quote region the mention stands in, or -1. */
  readonly region: number;
  readonly entity: Entity;
  /**
   * A pronoun outside quotations standing in for `entity` (it keeps the entity salient), not a
   * name: no gender evidence for the pronouns after it ("She then pressed him": "him" is not she).
   */
  readonly pronoun?: true;
}

/** Where a pronoun stands. */
export interface Anchor {
  readonly pos: number;
  readonly sentence: number;
  readonly paragraph: number;
  readonly region: number;
}

/** How many paragraphs back (beyond the pronoun's own) a pronoun may reach. */
const PARAGRAPH_WINDOW = 3;
/**
 * How many mentions back any search looks at most. News resolves a pronoun within a few
 * sentences; the cap keeps one pathological paragraph (a single endless sentence) linear.
 */
const MAX_LOOKBACK = 120;

/** True when a person pronoun can refer to `e`. */
function fitsPerson(e: Entity, f: PronounFeatures): boolean {
  // A country speaks as "it" ("Russia said it would…"); "they" after one means its people or leaders, never named.
  if (f.number === 'plural') return e.plural || e.kind === 'outlet' || (e.kind === 'organization' && !isPlace(e));
  if (!isPersonLike(e)) return false;
  const g = genderOf(e);
  return f.gender === null || g === null || g === f.gender;
}

/** True when `e` may be what a pronoun with features `f` refers to. */
export function fits(e: Entity, f: PronounFeatures): boolean {
  if (!f.person) return e.kind === 'organization' || e.kind === 'outlet' || isDocument(e);
  return fitsPerson(e, f);
}

/** The lexicon's places, lower-cased as entity words are. */
const PLACES: ReadonlySet<string> = new Set([...PLACE_NAMES].map((p) => p.toLowerCase()));
/** Their first words: most names are no place by their first word, and need no joined string. */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACES].map((p) => p.split(' ')[0] ?? ''));

/** True when the lower-cased word is a one-word place name ("ohio", "france"). */
export function isPlaceWord(lower: string): boolean {
  return PLACES.has(lower);
}

/** True when an organisation is named by a country, state or capital ("North Korea", "Beijing"). */
export function isPlace(e: Entity): boolean {
  const { words } = e;
  if (words.length > 3 || !PLACE_FIRST_WORDS.has(words[0] ?? '')) return false;
  return words.length === 1 || PLACES.has(words.join(' '));
}

/**
 * True for a source that is a single document ("the report says … It also finds"): "it" may
 * continue what the report, the poll or the study said, never what people said.
 */
export function isDocument(e: Entity): boolean {
  return e.kind === 'anonymous' && !e.plural && SPEAKING_DOCUMENTS.has(e.words[e.words.length - 1] ?? '');
}

/** Index of the last antecedent strictly before `pos` (the timeline is in input order), or -1. */
function lastBefore(timeline: readonly Antecedent[], pos: number): number {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timeline[mid] as Antecedent).pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** First antecedent in `[from, to]` (one sentence) that fits: speakers first, then subjects, then oblique mentions. */
function pickInSentence(timeline: readonly Antecedent[], from: number, to: number, ok: (a: Antecedent) => boolean): Entity | null {
  for (let rank = 0; rank <= 2; rank++) {
    for (let k = from; k <= to; k++) {
      const a = timeline[k] as Antecedent;
      if (a.rank === rank && ok(a)) return a.entity;
    }
  }
  return null;
}

/**
 * The entity a pronoun at `at` refers to, or null when no mention within reach fits. `accept` adds
 * the pronoun's own constraints (agreement, kind).
 */
export function resolveBack(timeline: readonly Antecedent[], at: Anchor, accept: (e: Entity) => boolean, maxSentences = Infinity, speakersOnly = false): Entity | null {
  const ok = (a: Antecedent): boolean => (a.region === -1 || a.region === at.region) && (!speakersOnly || a.rank === 0) && accept(a.entity);
  let k = lastBefore(timeline, at.pos);
  const floor = Math.max(0, k - MAX_LOOKBACK);
  while (k >= floor) {
    const sentence = (timeline[k] as Antecedent).sentence;
    if ((timeline[k] as Antecedent).paragraph < at.paragraph - PARAGRAPH_WINDOW || at.sentence - sentence > maxSentences) return null;
    let from = k;
    while (from > floor && (timeline[from - 1] as Antecedent).sentence === sentence) from--;
    const found = pickInSentence(timeline, from, k, ok);
    if (found !== null) return found;
    k = from - 1;
  }
  return null;
}

/**
 * Resolves a personal pronoun with features `f` standing at `at`. An organisation a "they"
 * resolves to is from then on spoken of as its people: later "they"s may reach it as a group.
 */
export function resolvePronoun(timeline: readonly Antecedent[], at: Anchor, f: PronounFeatures): Entity | null {
  const found = resolvePronounBack(timeline, at, f);
  if (found !== null && f.person && f.number === 'plural' && found.kind === 'organization') found.plural = true;
  return found;
}

function resolvePronounBack(timeline: readonly Antecedent[], at: Anchor, f: PronounFeatures): Entity | null {
  if (f.person && f.number === 'singular') return resolveBack(timeline, at, (e) => fits(e, f));
  // "they" and "it" point at groups and things far more often than at anything named, so they
  // only reach back into the sentence before. Across a paragraph break (sentence indexes skip
  // one there) "it" still continues what spoke there ("the report says. ¶ It also finds"), and
  // "they" a group of people, but no longer an organisation: "they" there is nearly always people.
  const near = resolveBack(timeline, at, (e) => fits(e, f), 1);
  if (near !== null) return f.person && !near.plural && namesPeopleAsWell(timeline, at, near) ? null : near;
  return f.person ? resolveBack(timeline, at, (e) => e.plural, 2) : resolveBack(timeline, at, (e) => fits(e, f), 2, true);
}

/**
 * True when the sentence of the latest mention of `e` before `at` names two people or more at
 * least as prominently as `e`: "Grassley and Leahy filed a bill on the EB-5. They said …" —
 * "they" are the two, whom no one entity stands for, not the programme.
 */
function namesPeopleAsWell(timeline: readonly Antecedent[], at: Anchor, e: Entity): boolean {
  const last = lastBefore(timeline, at.pos);
  let k = last;
  while (k >= 0 && last - k < MAX_LOOKBACK && (timeline[k] as Antecedent).entity !== e) k--;
  if (k < 0 || last - k >= MAX_LOOKBACK) return false;
  const mention = timeline[k] as Antecedent;
  return twoEntitiesFrom(timeline, k, mention.sentence, (a) => a.entity.kind === 'person' && !a.entity.plural && a.rank <= mention.rank && a.region === -1);
}

/**
 * True when the antecedents of sentence `sentence` from index `k` back (at most
 * {@link MAX_LOOKBACK}) that satisfy `ok` stand for two entities or more.
 */
function twoEntitiesFrom(timeline: readonly Antecedent[], k: number, sentence: number, ok: (a: Antecedent) => boolean): boolean {
  let one: Entity | null = null;
  for (let j = k; j >= 0 && k - j < MAX_LOOKBACK; j--) {
    const a = timeline[j] as Antecedent;
    if (a.sentence !== sentence) break;
    if (!ok(a)) continue;
    if (one !== null && one !== a.entity) return true;
    one = a.entity;
  }
  return false;
}

/**
 * Counts a gendered pronoun at `at` as evidence for the one person mentioned before it in the same
 * sentence ("Clinton said her plan …"); says nothing when there are none or several.
 */
export function voteGender(timeline: readonly Antecedent[], at: Anchor, gender: Gender): void {
  let only: Entity | null = null;
  const last = lastBefore(timeline, at.pos);
  for (let k = last; k >= 0 && last - k < MAX_LOOKBACK; k--) {
    const a = timeline[k] as Antecedent;
    if (a.sentence !== at.sentence) break;
    // A pronoun inside a quotation speaks of the people the quotation names, not of the ones outside it.
    if (!isPersonLike(a.entity) || a.region !== at.region || a.pronoun === true) continue;
    if (only !== null && only !== a.entity) return;
    only = a.entity;
  }
  if (only !== null) only.votes[gender]++;
}

/**
 * True when the sentence of `at`, before it, mentions two or more different people outside
 * quotations: a pronoun resolved there is a guess between them, and says nothing of gender
 * ("Ruiz told Hill, after he admitted …").
 */
export function severalPeopleBefore(timeline: readonly Antecedent[], at: Anchor): boolean {
  return twoEntitiesFrom(timeline, lastBefore(timeline, at.pos), at.sentence, (a) => isPersonLike(a.entity) && a.region === -1);
}

/**
 * The entity of the most recent mention before `pos` (and not before `floorPos`) that satisfies
 * `ok`, looking back at most {@link MAX_LOOKBACK} mentions.
 */
export function recentEntity(timeline: readonly Antecedent[], pos: number, ok: (e: Entity) => boolean, floorPos = 0): Entity | null {
  const last = lastBefore(timeline, pos);
  for (let k = last; k >= 0 && last - k < MAX_LOOKBACK; k--) {
    const a = timeline[k] as Antecedent;
    if (a.pos < floorPos) return null;
    if (ok(a.entity)) return a.entity;
  }
  return null;
}

/** Inserts an antecedent keeping the timeline in input order. */
export function addAntecedent(timeline: Antecedent[], a: Antecedent): void {
  const k = lastBefore(timeline, a.pos + 1);
  if (k === timeline.length - 1) timeline.push(a);
  else timeline.splice(k + 1, 0, a);
}
