/**
 * What a role phrase says besides the role: the organisation it is held for ("Apple CEO", "a
 * spokesperson for the library system", "the city's finance director", ", of the finance
 * ministry,") and the gender its head states ("chairwoman", "a spokesman for Queen Elizabeth" →
 * male: the words after "for" describe someone else).
 *
 * Everything here reads a bounded token range of one title (at most a dozen words), so it adds
 * constant work per name.
 * @module
 */
import { AFFILIATION_PREPOSITIONS, JURISDICTION_NOUNS, ROLE_HEAD_STOPS } from '../lexicon/roles.js';
import { GENDERED_PERSON_NOUNS } from '../lexicon/gender.js';
import { PARTY_WORDS } from '../lexicon/names.js';
import { TITLE_MODIFIERS } from '../lexicon/titles.js';
import { titleGenderAt, titleLengthAt } from './titles.js';
import { isKnownOutlet } from './outlets.js';
import { isAnonymousHead, isNationalityAt, isOrganizationHeadAt, isOrganizationName, isOrganizationNounAt, isOutletHintAt, isTitleWordAt, type Gender } from './vocabulary.js';
import { tokensInSpan, type TokenList } from './words.js';
import { displayOf, isPlaceName } from './names.js';
import { ShapedList } from './word-shapes.js';
import { DETERMINERS } from '../lexicon/grammar.js';
import { lexiconId } from '../lexicon/lookup.js';

/** The gendered person nouns, by shape first: asked of a word before every name of a source. */
const KIN = new ShapedList(new Set(GENDERED_PERSON_NOUNS.keys()));

/** Tokens `[from, to]` (inclusive). */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The organisation a person's title `[titleFrom, titleTo]` (-1 when none; before the name when
 * `pre`) names, or else a ", of the finance ministry," after the name that ends at token `b`.
 */
export function affiliationOf(tokens: TokenList, titleFrom: number, titleTo: number, pre: boolean, b: number): TokenRange | null {
  if (titleFrom >= 0) {
    const found = pre ? preTitleAffiliation(tokens, titleFrom, titleTo) : appositiveAffiliation(tokens, titleFrom, titleTo);
    if (found !== null) return found;
  }
  return ofAffiliation(tokens, b);
}

/** "Ruiz, of the finance ministry, said", "Smith of the Heritage Foundation": "of" and an organisation after the name that ends at `b`. */
function ofAffiliation(tokens: TokenList, b: number): TokenRange | null {
  const k = b + 1;
  if (k + 1 >= tokens.length || tokens.id[k] !== OF || tokens.sentence[k] !== tokens.sentence[b] || (tokens.hasGap(k) && !tokens.gapIs(k, 0x2c))) return null;
  return objectOrganization(tokens, k, Math.min(tokens.length - 1, k + 12));
}

/**
 * The gender of a lower-case kinship noun written just before the mention that starts at token
 * `a`: "his wife, Mollie Gates", "her husband, the actor Tom Hill", "their son Tom" — or null.
 */
export function kinBefore(tokens: TokenList, a: number): Gender | null {
  let j = a - 1;
  // Shapes first: nearly every name has no kinship noun before it, nor one behind a determiner.
  if (j < 0 || !(KIN.hasAt(tokens, j) || (j > 0 && KIN.hasAt(tokens, j - 1)))) return null;
  if (tokens.sentence[j] !== tokens.sentence[a] || !(tokens.joined(a) || tokens.gapIs(a, 0x2c))) return null;
  // "his wife, the actor …": over the determiner of the title.
  if (!KIN.hasAt(tokens, j) && DETERMINERS.has(tokens.lowerAt(j)) && tokens.gapIs(j, 0x2c)) j--;
  return tokens.isCap(j) || !KIN.hasAt(tokens, j) ? null : (GENDERED_PERSON_NOUNS.get(tokens.lowerAt(j)) ?? null);
}


/** The lexicon id of "of", compared by id after every name of a source. */
const OF = lexiconId('of');

/** The longest organisation phrase or title range looked at. */
const MAX_ROLE_TOKENS = 12;

/**
 * The gender the head of the title in tokens `[from, to]` states: the title or gendered noun
 * that ends the phrase before its first preposition or relative word ("the chairman's
 * spokeswoman" → female; "a spokesman for Queen Elizabeth" → male; "the Teen Mom star" → null:
 * its head is "star"), or null. Possessives before the head ("the chairman's") are skipped.
 */
export function roleHeadGender(tokens: TokenList, from: number, to: number): Gender | null {
  let gender: Gender | null = null;
  const last = Math.min(to, from + MAX_ROLE_TOKENS - 1);
  for (let k = from; k <= last; ) {
    if (k > from && ROLE_HEAD_STOPS.has(tokens.lowerAt(k))) break;
    const n = titleLengthAt(tokens, k, last);
    const end = n > 0 ? k + n - 1 : k;
    // Only the word that heads the phrase so far counts: any later word replaces it.
    if (!tokens.isPossessive(end)) gender = n > 0 ? titleGenderAt(tokens, k, n) : (GENDERED_PERSON_NOUNS.get(tokens.lowerAt(k)) ?? null);
    k = end + 1;
  }
  return gender;
}

/**
 * The organisation a title before a name holds its role for: its capitalised words before the
 * role ("Apple" of "Apple CEO", "NATO" of "NATO Secretary General", "Trump campaign" of "Trump
 * campaign manager"), or its possessor ("the city" of "the city's finance director"). Null when
 * those words are a place, a nationality, a party or a person.
 */
export function preTitleAffiliation(tokens: TokenList, from: number, to: number): TokenRange | null {
  return possessorIn(tokens, from, to) ?? leadingOrganization(tokens, from, to);
}

/**
 * The organisation an appositive title names: after "for", "at", "with" or "of" ("a spokesperson
 * for the library system", "an economist at the IMF"), else its possessor or capitalised
 * qualifier ("the commission's executive director", "the Pentagon spokesman").
 */
export function appositiveAffiliation(tokens: TokenList, from: number, to: number): TokenRange | null {
  const last = Math.min(to, from + MAX_ROLE_TOKENS - 1);
  // The preposition follows the role's head ("a spokesman *for*"), or the object of an "of" that
  // named no organisation ("a professor of economics *at* Yale"); "familiar with" is no role.
  let after = -1;
  for (let k = from + 1; k < last; k++) {
    const lower = tokens.lowerAt(k);
    if (lower === 'who' || lower === 'which' || lower === 'whose') break;
    if (!AFFILIATION_PREPOSITIONS.has(lower) || !(after === k - 1 || isRoleHeadAt(tokens, k - 1))) continue;
    const org = objectOrganization(tokens, k, last);
    if (org !== null) return org;
    after = lower === 'of' && k + 1 <= last && tokens.joined(k + 1) && !tokens.isCap(k + 1) ? k + 1 : -1;
  }
  const start = tokens.lowerAt(from) === 'the' || tokens.lowerAt(from) === 'a' || tokens.lowerAt(from) === 'an' ? from + 1 : from;
  return preTitleAffiliation(tokens, start, headEnd(tokens, start, last));
}

/** True when word `k` can head a role: a person title's word, or an anonymous source's head ("official", "spokesperson"). */
function isRoleHeadAt(tokens: TokenList, k: number): boolean {
  return !tokens.isPossessive(k) && (isTitleWordAt(tokens, k) || isAnonymousHead(tokens.lowerAt(k)));
}

/** The tokens of `tokens` inside the input span `span` (at most a role's reach), or null when it covers none. */
export function tokensIn(tokens: TokenList, span: { start: number; end: number }): TokenRange | null {
  return tokensInSpan(tokens, span, MAX_ROLE_TOKENS * 2);
}

/** The last token of a role's head: before its first preposition or relative word. */
function headEnd(tokens: TokenList, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) if (ROLE_HEAD_STOPS.has(tokens.lowerAt(k))) return k - 1;
  return to;
}

/**
 * The organisation after the preposition at `p` (not beyond `last`): a phrase with "the" (for
 * "for", "at" and "with": "the library system", "the family"), or one the text shows to be an
 * organisation ("the finance ministry", "the IMF", "Capital Economics Ltd."); "of" takes only the
 * latter ("the director of the program" is no affiliation, "of the finance ministry" is).
 */
export function objectOrganization(tokens: TokenList, p: number, last: number): TokenRange | null {
  const from = p + 1;
  if (from > last || !tokens.joined(from)) return null;
  const article = tokens.lowerAt(from) === 'the';
  const first = article ? from + 1 : from;
  let to = first - 1;
  while (to + 1 <= last && to + 1 - from < MAX_ROLE_TOKENS && tokens.joined(to + 1) && !tokens.isPossessive(to) && continuesName(tokens, to + 1)) to++;
  if (to < first) return null;
  const range = { from: article ? from : first, to };
  if (isOrganizationPhrase(tokens, first, to, article)) return range;
  const loose = article && tokens.lowerAt(p) !== 'of' && !tokens.isCap(to);
  return loose ? range : null;
}

/** True when word `k` goes on an organisation's name: no preposition, except "of" inside capitals ("the University of Michigan"). */
function continuesName(tokens: TokenList, k: number): boolean {
  if (!ROLE_HEAD_STOPS.has(tokens.lowerAt(k))) return true;
  return tokens.lowerAt(k) === 'of' && tokens.isCap(k - 1) && k + 1 < tokens.length && tokens.isCap(k + 1) && tokens.joined(k + 1);
}

/** "the city" of "the city's finance director": a possessor inside `[from, to]` that is an organisation or a jurisdiction. */
function possessorIn(tokens: TokenList, from: number, to: number): TokenRange | null {
  for (let p = from; p < to; p++) {
    if (!tokens.isPossessive(p)) continue;
    let a = p;
    if (tokens.isCap(p)) while (a - 1 >= from && tokens.isCap(a - 1) && tokens.joined(a)) a--;
    else while (a - 1 >= from && !tokens.isCap(a - 1) && tokens.joined(a) && tokens.lowerAt(a - 1) !== 'the' && p - a < 3) a--;
    const article = a - 1 >= 0 && tokens.lowerAt(a - 1) === 'the' && tokens.joined(a);
    const jurisdiction = !tokens.isCap(p) && article && JURISDICTION_NOUNS.has(tokens.lowerAt(p));
    if (jurisdiction || isOrganizationPhrase(tokens, a, p, article)) return { from: article ? a - 1 : a, to: p };
    return null;
  }
  return null;
}

/** The capitalised words that open a title, and the organisation nouns after them: "Apple", "Trump campaign". */
function leadingOrganization(tokens: TokenList, from: number, to: number): TokenRange | null {
  let a = from;
  while (a <= to && !tokens.isCap(a) && TITLE_MODIFIERS.has(tokens.lowerAt(a))) a++;
  let b = a - 1;
  while (b + 1 <= to && tokens.isCap(b + 1) && titleLengthAt(tokens, b + 1, to) === 0 && (b + 1 === a || tokens.joined(b + 1))) b++;
  if (b < a) return null;
  // "Trump campaign manager": a name and the organisation noun it qualifies are one organisation.
  let c = b;
  while (c + 1 < to && !tokens.isCap(c + 1) && tokens.joined(c + 1) && isOrganizationNounAt(tokens, c + 1)) c++;
  if (c > b && !isPlaceName(tokens, a, b) && !isNationalityAt(tokens, a)) return { from: a, to: c };
  const article = a - 1 >= 0 && tokens.lowerAt(a - 1) === 'the' && tokens.joined(a);
  return isOrganizationPhrase(tokens, a, b, article) ? { from: a, to: b } : null;
}

/**
 * True when tokens `[first, last]` (after "the" when `article`) name an organisation by what the
 * text shows: a lower-case organisation noun at its end ("the finance ministry"), a known
 * organisation or outlet, an organisation head ("Justice Department"), an outlet word ("the
 * Times"), an acronym ("NATO"), or a capitalised name after "the" (people take no article). Never
 * a place, a nationality or a party.
 */
export function isOrganizationPhrase(tokens: TokenList, first: number, last: number, article: boolean): boolean {
  if (last < first || last - first >= MAX_ROLE_TOKENS) return false;
  if (!tokens.isCap(last)) return isOrganizationNounAt(tokens, last);
  if (isNationalityAt(tokens, first) || isPlaceName(tokens, first, last) || (first === last && PARTY_WORDS.has(tokens.lowerAt(first)))) return false;
  const display = displayOf(tokens, first, last);
  if (isOrganizationName(display) || isKnownOutlet(display)) return true;
  if (isOrganizationHeadAt(tokens, last) || isOrganizationHeadAt(tokens, first) || isOutletHintAt(tokens, last)) return true;
  if (first === last && tokens.isAllCaps(first) && tokens.wordLength(first) >= 2 && tokens.wordLength(first) <= 6) return true;
  return article;
}

