/**
 * Definite descriptions as speakers: "the Ukrainian president", "the NATO chief", "the governor",
 * "the outlet", "the company". A role refers to the latest person whose title has that role and
 * every qualifying word ("Ukrainian President Volodymyr Zelenskyy"); an outlet noun to the outlet
 * just cited; an organisation noun to the latest organisation of that kind.
 * @module
 */
import { isPlace, recentEntity, resolveBack, type Anchor, type Antecedent } from './coreference.js';
import { genderOf, titleWordsOf, type Entity } from './entities.js';
import type { TokenList } from './words.js';
import { isOrganizationNoun, isOutletNoun, isPersonTitle, isPersonTitleCore, titleGender } from './vocabulary.js';
import { DEFINITE_DETERMINERS } from '../lexicon/grammar.js';
import { PARTY_MEMBERS } from '../lexicon/names.js';
import { DESCRIPTION_FILLERS, GENERIC_ROLES, LEADING_TITLES, ROLE_CHANGERS } from '../lexicon/titles.js';
import { BACK_REFERENCE_NOUNS, NOUN_NAME_HEADS, SPEAKING_DOCUMENTS } from '../lexicon/coreference.js';

/** A determiner + modifiers + head phrase. */
export interface Description {
  /** Head noun, lower-cased ("president"); the noun before "of" in "the secretary of state". */
  readonly head: string;
  /** Lower-cased qualifying words ("ukrainian", "nato"), without fillers such as "former". */
  readonly modifiers: readonly string[];
  /** Opens with the/this/that. */
  readonly definite: boolean;
}

const MAX_WORDS = 7;

/** Parses tokens `[from, to]` as a description, or null when they do not look like one. */
export function parseDescription(tokens: TokenList, from: number, last: number): Description | null {
  if (last - from + 1 > 2 * MAX_WORDS) return null;
  const to = firstRoleEnd(tokens, from, last);
  if (to - from + 1 > MAX_WORDS) return null;
  const definite = DEFINITE_DETERMINERS.has(tokens.lowerAt(from));
  let end = to;
  for (let k = from + 1; k < to; k++) if (tokens.lowerAt(k) === 'of') end = k - 1;
  const head = tokens.lowerAt(end);
  if (tokens.isCap(end) && !isPersonTitleCore(tokens, end) && !(definite && PARTY_MEMBERS.has(head))) return null;
  const modifiers: string[] = [];
  for (let k = definite ? from + 1 : from; k <= to; k++) {
    if (k === end) continue;
    const lower = tokens.lowerAt(k);
    if (lower === 'of' || lower === 'the' || DESCRIPTION_FILLERS.has(lower) || isAgeOrNumber(lower)) continue;
    for (const w of titleWordsOf(lower)) modifiers.push(w);
  }
  return { head, modifiers, definite };
}

/**
 * "the Vermont senator and Democratic presidential candidate": one person with two roles, of which
 * the first, before "and", is read as the description. The last token of `[from, last]` otherwise.
 */
function firstRoleEnd(tokens: TokenList, from: number, last: number): number {
  for (let k = from + 2; k < last; k++) if (tokens.lowerAt(k) === 'and') return isPersonTitle(tokens.lowerAt(k - 1)) ? k - 1 : last;
  return last;
}

/** "68-year-old", "2016", "two-term": words that say nothing about which person is meant. */
function isAgeOrNumber(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || lower.endsWith('-old');
}

/**
 * True when a description's head is a role a person holds, or an age ("the 34-year-old", which
 * news copy writes for the person the passage is about).
 */
export function isRoleHead(d: Description): boolean {
  return isPersonTitle(d.head) || GENERIC_ROLES.has(d.head) || PARTY_MEMBERS.has(d.head) || isAge(d.head);
}

/** "34-year-old": an age written as one word, used as a noun. */
function isAge(lower: string): boolean {
  return lower.endsWith('-old') && isAgeOrNumber(lower);
}

/**
 * The entity a description refers to, or null when nothing earlier fits. A role nobody holds by
 * title falls back to the person the passage is about, unless `fallback` is false.
 */
export function resolveDescription(timeline: readonly Antecedent[], at: Anchor, d: Description, windowStart: number, fallback = true): Entity | null {
  if (isOutletNoun(d.head)) {
    const named = recentEntity(timeline, at.pos, (e) => (e.kind === 'outlet' || e.kind === 'organization') && e.words.includes(d.head), windowStart);
    const outlet = named ?? recentEntity(timeline, at.pos, (e) => e.kind === 'outlet', windowStart);
    // "the agency", "the network" name organisations too: with no outlet before, try those.
    if (outlet !== null || !isOrganizationNoun(d.head)) return outlet;
  }
  if (isOrganizationNoun(d.head)) {
    const named = recentEntity(timeline, at.pos, (e) => e.kind === 'organization' && (e.words.includes(d.head) || hasTitleWord(e, d.head)) && modifiersFit(e, d));
    // "Acme Corp. cut jobs … the company said": no organisation is named with the noun, so the
    // one named last in the passage whose name ends in a head of that kind ("Corp." for "the company").
    if (named !== null || d.modifiers.length > 0) return named;
    const heads = NOUN_NAME_HEADS.get(d.head);
    if (heads !== undefined) return recentEntity(timeline, at.pos, (e) => e.kind === 'organization' && heads.has(e.words[e.words.length - 1] ?? ''), windowStart);
    // "The Tax Policy Center … came to a similar conclusion. …, the group said": a back-reference
    // noun only the organisation of the sentence before, never a country ("the group" is not "the
    // United States"); a collective noun ("police said") none.
    if (!BACK_REFERENCE_NOUNS.has(d.head)) return null;
    return resolveBack(timeline, at, (e) => e.kind === 'organization' && !isPlace(e), 2);
  }
  if (d.definite && SPEAKING_DOCUMENTS.has(d.head)) {
    // "A Bloomberg poll shows … according to the poll": the document cited before, by its head.
    return recentEntity(timeline, at.pos, (e) => e.kind === 'anonymous' && e.words[e.words.length - 1] === d.head && d.modifiers.every((m) => e.words.includes(m)), windowStart);
  }
  if (!isRoleHead(d)) return null;
  const titled = recentEntity(timeline, at.pos, (e) => e.kind === 'person' && roleFits(e, d));
  if (titled !== null || !d.definite || !fallback) return titled;
  // No one holds the role by title: the person the passage is about ("the candidate said").
  const gender = titleGender(d.head);
  return resolveBack(timeline, at, (e) => e.kind === 'person' && (gender === null || genderOf(e) !== (gender === 'male' ? 'female' : 'male')));
}

/**
 * "The Florida senator said", "the Wisconsin Republican said": a role or party with a place, which
 * the text gave no one by title, refers to the person the passage is about — a speaker or subject
 * of the sentences just before — when nothing the text says of them contradicts it: no title of
 * another role, no other gender.
 */
export function resolvePlacedRole(timeline: readonly Antecedent[], at: Anchor, d: Description): Entity | null {
  const gender = titleGender(d.head);
  // (A party is no office: "the Wisconsin Republican" may hold any title.)
  const party = PARTY_MEMBERS.has(d.head);
  return resolveBack(
    timeline,
    at,
    (e) => e.kind === 'person' && (gender === null || genderOf(e) !== (gender === 'male' ? 'female' : 'male')) && (party || e.titleWords === null || e.titleWords.size === 0 || e.titleWords.has(d.head)),
    MAX_PLACED_ROLE_SENTENCES,
  );
}

// How many sentences back the person a placed role refers to may have been the speaker or subject.
const MAX_PLACED_ROLE_SENTENCES = 3;

/** True when every qualifying word of `d` is among `e`'s title or name words. */
function modifiersFit(e: Entity, d: Description): boolean {
  return d.modifiers.every((m) => hasTitleWord(e, m) || e.words.includes(m));
}

/** True when `w` is a word of some title of `e`. */
function hasTitleWord(e: Entity, w: string): boolean {
  return e.titleWords !== null && e.titleWords.has(w);
}

/** True when `e`'s title holds the description's role ("president"), or leads what a generic role names. */
function roleFits(e: Entity, d: Description): boolean {
  const words = e.titleWords;
  if (words === null || words.size === 0 || !modifiersFit(e, d)) return false;
  // "the president" is not the vice president: a word that changes the role must be in the description too.
  for (const q of ROLE_CHANGERS) if (words.has(q) && !d.modifiers.includes(q)) return false;
  if (words.has(d.head)) return true;
  if (!GENERIC_ROLES.has(d.head)) return false;
  for (const w of words) if (LEADING_TITLES.has(w)) return true;
  return false;
}
