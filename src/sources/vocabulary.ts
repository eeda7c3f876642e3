/**
 * The sources stage's view of the lexicons: small predicates and lookups built once from the
 * shared word lists in `src/lexicon/`, so the scanners ask questions ("is this a title?") instead
 * of knowing how each list is stored.
 * @module
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { ANONYMOUS_SOURCE_HEADS } from '../lexicon/anonymous-sources.js';
import { ORGANIZATION_HEADS, ORGANIZATION_NAMES, ORGANIZATION_NOUNS } from '../lexicon/organizations.js';
import { AMBIGUOUS_OUTLET_NAMES, OUTLET_NAME_HINTS, OUTLET_NOUNS, OUTLETS } from '../lexicon/outlets.js';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.js';
import { GENDERED_TITLES, HONORIFICS, NATIONALITY_ADJECTIVES, PERSON_TITLES, type Gender } from '../lexicon/titles.js';
import { NON_NAME_CAPITALISED, PRONOUNS, type PronounFeatures } from '../lexicon/words.js';

export type { Gender, PronounFeatures };

/**
 * Every person title, and each one written with a final period also without it ("sen." → "sen"):
 * a word is a title when it, or it with a period added, is listed — one lookup, no string built.
 */
const PERSON_TITLE_FORMS: ReadonlySet<string> = new Set([...PERSON_TITLES].flatMap((t) => (t.endsWith('.') ? [t, t.slice(0, -1)] : [t])));

/** True for a lowercase single- or multi-word person title ("president", "secretary general", "sen."). */
export function isPersonTitle(lower: string): boolean {
  return PERSON_TITLE_FORMS.has(lower);
}

/** Every word that occurs in some person title: a cheap first test before joining words into phrases. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES].flatMap((t) => t.split(' ')));

/** True when the lower-cased word (period kept: "sen.") occurs in some person title. */
export function isTitleWord(key: string): boolean {
  return TITLE_WORDS.has(key);
}

/** The gender an honorific as written signals; `undefined` when `text` is no honorific. */
export function honorificGender(text: string): Gender | null | undefined {
  return HONORIFICS.get(text);
}

/** The gender a lowercase title implies, or null. */
export function titleGender(lower: string): Gender | null {
  return GENDERED_TITLES.get(lower) ?? null;
}

/** True for a nationality adjective or adjectival country abbreviation as written ("Ukrainian", "U.S."). */
export function isNationality(text: string): boolean {
  return NATIONALITY_ADJECTIVES.has(text);
}

const NON_NAME_LOWER: ReadonlySet<string> = new Set([...NON_NAME_CAPITALISED].map((w) => w.toLowerCase()));

/** True for a lower-cased word (period kept) that is not a name by its capital alone ("the", "however", "monday"). */
export function isNonNameCapitalised(key: string): boolean {
  return NON_NAME_LOWER.has(key);
}

/** Agreement features of a lowercase subject pronoun ("he", "they", "i"), or undefined. */
export function pronounFeatures(lower: string): PronounFeatures | undefined {
  return PRONOUNS.get(lower);
}

/** True for the lowercase form of a reporting verb ("said", "reported", "told"). */
export function isReportingVerb(lower: string): boolean {
  return REPORTING_VERB_BY_FORM.has(lower);
}

/** True for a lowercase abbreviation (without period) whose period belongs to the word. */
export function isAbbreviation(lower: string): boolean {
  return ABBREVIATIONS.has(lower);
}

/** True for a lowercase anonymous-source head noun ("source", "officials", "spokeswoman"). */
export function isAnonymousHead(lower: string): boolean {
  return ANONYMOUS_SOURCE_HEADS.has(lower);
}

/** True for a lowercase noun that refers back to an outlet ("the newspaper", "the outlet"). */
export function isOutletNoun(lower: string): boolean {
  return OUTLET_NOUNS.has(lower);
}

/** First words of the outlet nouns of several words ("news" of "news agency"): only they need the phrase built. */
const OUTLET_NOUN_FIRST_WORDS: ReadonlySet<string> = new Set([...OUTLET_NOUNS].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0] ?? ''));

/** False when no outlet noun of several words starts with this lowercase word. */
export function mayStartOutletNoun(lower: string): boolean {
  return OUTLET_NOUN_FIRST_WORDS.has(lower);
}

/** True for a capitalised word that marks an unknown name as an outlet ("Times", "Gazette"). */
export function isOutletHint(word: string): boolean {
  return OUTLET_NAME_HINTS.has(word);
}

/** True for a lowercase noun that heads an organisation phrase ("ministry", "company"). */
export function isOrganizationNoun(lower: string): boolean {
  return ORGANIZATION_NOUNS.has(lower);
}

/** True for a capitalised word that ends or heads an organisation name ("Department", "Party", "Inc."), as written. */
export function isOrganizationHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word);
}

/** Lower-cased outlet names and aliases, with a leading "the " removed, mapped to their canonical name. */
const OUTLET_BY_KEY: ReadonlyMap<string, string> = new Map(
  OUTLETS.flatMap((o) => [o.name, ...o.aliases].map((n) => [outletKey(n), o.name] as const)),
);

/** Lower-case, with a leading article dropped: the key names are compared by. */
export function outletKey(name: string): string {
  const lower = name.toLowerCase();
  return lower.startsWith('the ') ? lower.slice(4) : lower;
}

/** The canonical outlet for a name as written (with or without its article), or undefined. */
export function outletByName(name: string): string | undefined {
  return OUTLET_BY_KEY.get(outletKey(name));
}

/** True for an outlet name that is also an ordinary word or surname ("Bloomberg", "Time"). */
export function isAmbiguousOutlet(name: string): boolean {
  return AMBIGUOUS_OUTLET_NAMES.has(name) || AMBIGUOUS_OUTLET_NAMES.has(`The ${name}`);
}

const ORGANIZATION_BY_KEY: ReadonlySet<string> = new Set(ORGANIZATION_NAMES.flatMap((o) => [o.name, ...o.aliases].map(outletKey)));

/** First words (lower case, article dropped) of every known outlet and organisation name: a cheap test before the lookups. */
const KNOWN_FIRST_WORDS: ReadonlySet<string> = new Set([...OUTLET_BY_KEY.keys(), ...ORGANIZATION_BY_KEY].map((k) => k.split(' ')[0] ?? ''));

/** False when no known outlet or organisation name starts with this lower-cased word. */
export function mayStartKnownName(firstLower: string): boolean {
  return KNOWN_FIRST_WORDS.has(firstLower);
}

/** True for a known organisation name as written, with or without its article ("the Pentagon", "NATO"). */
export function isOrganizationName(name: string): boolean {
  return ORGANIZATION_BY_KEY.has(outletKey(name));
}
