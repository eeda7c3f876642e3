/**
 * Which "he" and "she" speakers resolved to a source are evidence of its gender. A pronoun
 * resolved past someone else is not: another person named between the source's last mention and
 * the pronoun ("Nariman says … Melanie's hometown … she"), or a person described but not named
 * just before it ("The woman's enthusiasm for Trump … “…,” she said"). The resolution itself is
 * not changed — it stays the coreference pass's — only what the gender may rest on.
 *
 * Each pronoun speaker costs a binary search and a bounded look-back (a few mentions, names and
 * at most two sentences of tokens).
 * @module
 */
import type { Span, TextSpan } from '../schema.js';
import { GENDERED_PERSON_NOUNS } from '../lexicon/gender.js';
import { GENDERED_TITLES } from '../lexicon/titles.js';
import { ShapedList } from './word-shapes.js';
import { DETERMINERS, OBLIQUE_PREPOSITIONS } from '../lexicon/grammar.js';
import { PRONOUN_FORMS } from '../lexicon/words.js';
import { isPersonLike, type Entity } from './entities.js';
import { isPlace } from './coreference.js';
import type { NameMention } from './names.js';
import { tokensIn } from './roles.js';
import type { TokenList } from './words.js';
import { countStartingBefore, spanIndexAt, type SourcesState } from './state.js';
import { pronounFeatures, titleGender, type Gender } from './vocabulary.js';

/** What the pronoun speakers of a source say of its gender (see {@link pronounSpeakers}). */
export interface PronounSpeakers {
  /** "he" speakers resolved to the source that no one else stands closer to. */
  readonly male: number;
  readonly female: number;
  /** "he"/"she" speakers resolved to it past someone else: not evidence. */
  readonly passed: number;
  /**
   * Of the speakers that count, those that stand in the sentence right after the source's naming
   * (or in its sentence) with no other person named in either: one such is evidence enough ("NATO
   * Secretary General Mark Rutte expressed hope … He stated …").
   */
  readonly plain: number;
  /**
   * The text knows it as a person apart from the pronouns: a title or honorific, a name of
   * several words, or a name mentioned twice that also speaks under its name.
   */
  readonly named: boolean;
}

/** "he", "she" and their other forms standing as speakers ("Her goal: …") to their gender. */
const GENDERED_SPEAKERS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);

/**
 * Every word of the gendered nouns and titles ("woman", "chairwoman", "lady" of "first lady"),
 * by shape first: a cheap test before a title or up to two sentences of words are read for one.
 */
export const GENDERED_WORDS = new ShapedList(new Set([...GENDERED_PERSON_NOUNS.keys(), ...[...GENDERED_TITLES.keys()].flatMap((t) => t.split(' '))]));

/** The gender a noun or title word at token `k` states ("mother", "chairwoman"), or null. */
export function genderedNounAt(tokens: TokenList, k: number): Gender | null {
  if (!GENDERED_WORDS.hasAt(tokens, k)) return null;
  const lower = tokens.lowerAt(k);
  return GENDERED_PERSON_NOUNS.get(lower) ?? titleGender(lower);
}

/** How many earlier mentions are walked over to find the last one that is not a pronoun. */
const MAX_PRONOUN_RUN = 8;
/** How many names between a mention and a pronoun are looked at. */
const MAX_NAMES_BETWEEN = 16;
/** How many tokens before a pronoun are read for a described person. */
const MAX_LOOKBACK_TOKENS = 120;

/**
 * The "he" and "she" speakers of `e`, whose mentions in input order are `mentions`, read up to
 * the first that stands plainly after its naming.
 */
export function pronounSpeakers(state: SourcesState, e: Entity, mentions: readonly TextSpan[]): PronounSpeakers {
  let male = 0;
  let female = 0;
  let passed = 0;
  let plain = 0;
  let namedSpeaker = false;
  for (const i of e.quotes) {
    const speaker = state.quotes[i]?.speaker;
    if (speaker === null || speaker === undefined) continue;
    const gender = speaker.text.length <= 3 ? (GENDERED_SPEAKERS.get(speaker.text.toLowerCase()) ?? null) : null;
    if (gender === null) {
      if (!isPronoun(speaker.text)) namedSpeaker = true;
      continue;
    }
    const reading = readPronoun(state, e, mentions, speaker, gender);
    if (reading === Reading.Passed) passed++;
    else if (gender === 'male') male++;
    else female++;
    // One plain speaker decides (the caller has checked that no pronoun says the other gender).
    if (reading === Reading.Plain) {
      plain++;
      break;
    }
  }
  const named = e.marked || e.title !== null || e.words.length > 1 || (namedSpeaker && namedMentions(mentions) > 1);
  return { male, female, passed, plain, named };
}

/** True for a pronoun in any form ("she", "her", "they", "him"). */
function isPronoun(text: string): boolean {
  // The longest form is "themselves": a name is usually longer, and needs no lower-case copy.
  if (text.length > MAX_PRONOUN_LENGTH || text.includes(' ')) return false;
  const lower = text.toLowerCase();
  return pronounFeatures(PRONOUN_FORMS.get(lower) ?? lower) !== undefined;
}

const MAX_PRONOUN_LENGTH = 10;

/** How many of `mentions` are not pronouns (at most 2 counted). */
function namedMentions(mentions: readonly TextSpan[]): number {
  let n = 0;
  for (const m of mentions) {
    if (!isPronoun(m.text)) n++;
    if (n > 1) break;
  }
  return n;
}

/** What a pronoun speaker resolved to a source says of it (see {@link readPronoun}). */
const Reading = {
  /** Resolved past someone else, or far from the source's naming: no evidence. */
  Passed: 0,
  /** Evidence, confirmed by other pronouns. */
  Counts: 1,
  /** Evidence on its own: right after the naming, with no one else named around. */
  Plain: 2,
} as const;

/** How the pronoun `speaker` resolved to `e` reads: past another person (named or described), plainly, or in between. */
function readPronoun(state: SourcesState, e: Entity, mentions: readonly TextSpan[], speaker: Span, gender: Gender): (typeof Reading)[keyof typeof Reading] {
  const prev = previousNamed(mentions, speaker.start);
  if (prev === null) return Reading.Passed;
  const at = tokensIn(state.tokens, speaker);
  const named = tokensIn(state.tokens, prev);
  if (at === null || named === null) return Reading.Passed;
  const back = sentencesBetween(state, named.to, at.from);
  // Far from the last time the source was named, a pronoun is as likely someone else's; and a
  // name after a preposition or in brackets ("the bustle of Central London", "Mister (Colman
  // Domingo)") is no subject a pronoun takes up.
  if (back > MAX_SENTENCES_BACK || asideOrOblique(state, named.from)) return Reading.Passed;
  if (personNamedBetween(state, e, prev.end, speaker.start) || personDescribedBefore(state, mentions, at.from, named.to, gender)) return Reading.Passed;
  return back <= 1 && !personNamedBetween(state, e, sentenceStart(state, named.to), prev.start) ? Reading.Plain : Reading.Counts;
}

/**
 * How many sentence starts lie after token `from` up to token `to` (sentence indexes are not
 * consecutive across paragraphs, so they are counted); more than {@link MAX_SENTENCES_BACK} when
 * the two are further apart than {@link MAX_LOOKBACK_TOKENS} tokens.
 */
function sentencesBetween(state: SourcesState, from: number, to: number): number {
  if (to - from > MAX_LOOKBACK_TOKENS * 2) return MAX_SENTENCES_BACK + 1;
  const { sentence } = state.tokens;
  let n = 0;
  for (let k = from + 1; k <= to && n <= MAX_SENTENCES_BACK; k++) if (sentence[k] !== sentence[k - 1]) n++;
  return n;
}

/** Where the sentence of token `k` starts, as an input offset (looking back a bounded number of tokens). */
function sentenceStart(state: SourcesState, k: number): number {
  const { tokens } = state;
  let j = k;
  while (j > 0 && k - j < MAX_LOOKBACK_TOKENS && tokens.sentence[j - 1] === tokens.sentence[k]) j--;
  return tokens.start[j] as number;
}

/** True when the mention that starts at token `k` stands in brackets or after a preposition. */
function asideOrOblique(state: SourcesState, k: number): boolean {
  const { tokens } = state;
  if (tokens.gapHas(k, 0x28)) return true;
  const prev = k - 1;
  // "according to X" cites X: the one place a preposition puts a source first.
  if (prev < 1 || !tokens.joined(k) || !OBLIQUE_PREPOSITIONS.has(tokens.lowerAt(prev))) return false;
  return !(tokens.lowerIs(prev, 'to') && tokens.lowerIs(prev - 1, 'according'));
}

/** How many sentences back the source's last naming may stand from a pronoun that is evidence. */
const MAX_SENTENCES_BACK = 1;

/** The last of `mentions` (in input order) that ends by `pos` and is no pronoun, or null. */
function previousNamed(mentions: readonly TextSpan[], pos: number): TextSpan | null {
  const lo = countStartingBefore(mentions, pos);
  for (let k = lo - 1; k >= 0 && lo - k <= MAX_PRONOUN_RUN; k--) {
    const m = mentions[k] as TextSpan;
    if (m.end <= pos && !isPronoun(m.text)) return m;
  }
  return null;
}

/** True when a name of some other person stands in `[from, to)`. */
function personNamedBetween(state: SourcesState, e: Entity, from: number, to: number): boolean {
  const { names } = state;
  const lo = countStartingBefore(names, from);
  for (let n = lo; n < names.length && n - lo < MAX_NAMES_BETWEEN && (names[n] as NameMention).start < to; n++) {
    const other = state.nameEntity[n];
    // A bare capitalised word may be a person too ("Schaefer had advocated …"): it counts.
    if (other !== null && other !== undefined && other !== e && (isPersonLike(other) || (other.kind === 'unknown' && !isPlace(other)))) return true;
  }
  return false;
}

/**
 * True when, between the source's last naming (token `named`) and the pronoun (token `pronoun`),
 * or in the pronoun's sentence or the one before, a noun of the pronoun's gender heads a
 * phrase of its own ("The woman's enthusiasm", "the young mother") — not a title written with a
 * name ("spokeswoman Jane Roe") nor an appositive after one ("Jane Roe, the spokeswoman,"), and
 * not inside a mention of `e`.
 */
function personDescribedBefore(state: SourcesState, mentions: readonly TextSpan[], pronoun: number, named: number, gender: Gender): boolean {
  const { tokens } = state;
  // From the sentence before the pronoun's, or from the source's last naming if that is earlier.
  const floor = Math.min(named, pronoun);
  const sentence = Math.min(tokens.sentence[pronoun] as number, (tokens.sentence[floor] as number) + 1) - 1;
  for (let k = pronoun - 1; k >= 0 && pronoun - k <= MAX_LOOKBACK_TOKENS && (k >= floor || (tokens.sentence[k] as number) >= sentence); k--) {
    if (genderedNounAt(tokens, k) !== gender) continue;
    if (spanIndexAt(mentions, tokens.start[k] as number) !== -1 || writtenWithName(state, k)) continue;
    return true;
  }
  return false;
}

/** True when the noun at token `k` is a name's title ("spokeswoman Jane Roe") or in an appositive right after a name ("Jane Roe, the spokeswoman"). */
function writtenWithName(state: SourcesState, k: number): boolean {
  const { tokens } = state;
  if (k + 1 < tokens.length && tokens.joined(k + 1) && tokens.isCap(k + 1)) return true;
  let d = k;
  while (d > 0 && k - d < 4 && tokens.joined(d) && !DETERMINERS.has(tokens.lowerAt(d)) && !tokens.isPossessive(d - 1)) d--;
  return d > 0 && tokens.gapHas(d, 0x2c) && tokens.isCap(d - 1);
}
