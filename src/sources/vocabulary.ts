/**
 * The sources stage's view of the lexicons: small predicates and lookups built once from the
 * shared word lists in `src/lexicon/`, so the scanners ask questions ("is this a title?") instead
 * of knowing how each list is stored.
 * @module
 */
import { ANONYMOUS_SOURCE_HEADS } from '../lexicon/anonymous-sources.js';
import { ORGANIZATION_HEADS, ORGANIZATION_NAMES, ORGANIZATION_NOUNS } from '../lexicon/organizations.js';
import { AMBIGUOUS_OUTLET_NAMES, OUTLET_NAME_HINTS, OUTLET_NOUNS, OUTLETS } from '../lexicon/outlets.js';
import { GENDERED_TITLES, HONORIFICS, NATIONALITY_ADJECTIVES, PERSON_TITLES, type Gender } from '../lexicon/titles.js';
import { PRONOUNS, type PronounFeatures } from '../lexicon/words.js';
import { LEXICON, WordClass } from '../lexicon/lookup.js';
import { hashFolded } from '../text/word-table.js';
import type { TokenList } from './words.js';
import { ShapedList } from './word-shapes.js';

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

/** The gender a lowercase title implies, or null. */
export function titleGender(lower: string): Gender | null {
  return GENDERED_TITLES.get(lower) ?? null;
}

/** True for a nationality adjective or adjectival country abbreviation as written ("Ukrainian", "U.S."). */
export function isNationality(text: string): boolean {
  return NATIONALITY_ADJECTIVES.has(text);
}

/** Agreement features of a lowercase subject pronoun ("he", "they", "i"), or undefined. */
export function pronounFeatures(lower: string): PronounFeatures | undefined {
  return PRONOUNS.get(lower);
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

/** True for a lowercase noun that heads an organisation phrase ("ministry", "company"). */
export function isOrganizationNoun(lower: string): boolean {
  return ORGANIZATION_NOUNS.has(lower);
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
const KNOWN_FIRST_WORDS = new ShapedList(new Set([...OUTLET_BY_KEY.keys(), ...ORGANIZATION_BY_KEY].map((k) => k.split(' ')[0] ?? '')));

/** False when no known outlet or organisation name starts with word `k` in lower case. */
export function mayStartKnownNameAt(tokens: TokenList, k: number): boolean {
  return KNOWN_FIRST_WORDS.hasAt(tokens, k);
}

/** True for a known organisation name as written, with or without its article ("the Pentagon", "NATO"). */
export function isOrganizationName(name: string): boolean {
  return ORGANIZATION_BY_KEY.has(outletKey(name));
}

// Word by word: the same questions about word `k` of a token list, answered from its lexicon class
// bits (see `lexicon/lookup.ts`) instead of hashing its strings. A word with a kept period ("Sen.")
// is tested against the dotted entries, as its key ("sen.") would be. The case-sensitive lists
// (honorifics, nationalities, organisation heads, outlet hints) have a bit on the lower-case core
// that only says "maybe"; the text as written then decides, for the few words that have it.

/** {@link isPersonTitle} of word `k`'s key ("president", "sen."). */
export function isPersonTitleAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & (tokens.hasPeriod(k) ? WordClass.PersonTitleDotted : WordClass.PersonTitle)) !== 0;
}

/** {@link isPersonTitle} of word `k` in lower case without its period ("sen" of "Sen."). */
export function isPersonTitleCore(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.PersonTitle) !== 0;
}

/** True when word `k` (lower-cased, period kept: "sen.") occurs in some person title. */
export function isTitleWordAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & (tokens.hasPeriod(k) ? WordClass.TitleWordDotted : WordClass.TitleWord)) !== 0;
}

/** True when word `k` (lower-cased, period kept) is not a name by its capital alone ("the", "however", "monday"). */
export function isNonNameAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & (tokens.hasPeriod(k) ? WordClass.NonNameDotted : WordClass.NonName)) !== 0;
}

/** True when word `k` in lower case is a one-word reporting verb form ("said", "reported", "told"). */
export function isReportingVerbAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.ReportingVerb) !== 0;
}

/** {@link isOrganizationNoun} of word `k` in lower case. */
export function isOrganizationNounAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.OrganizationNoun) !== 0;
}

/** The gender the honorific word `k` signals as written ("Mr.", "Ms."); `undefined` when it is no honorific. */
export function honorificGenderAt(tokens: TokenList, k: number): Gender | null | undefined {
  return (tokens.classesAt(k) & WordClass.Honorific) !== 0 ? HONORIFICS.get(tokens.textAt(k)) : undefined;
}

/** {@link isNationality} of word `k` as written. */
export function isNationalityAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.Nationality) !== 0 && NATIONALITY_ADJECTIVES.has(tokens.textAt(k));
}

/** True when word `k` as written ends or heads an organisation name ("Department", "Party", "Inc."). */
export function isOrganizationHeadAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.OrganizationHead) !== 0 && ORGANIZATION_HEADS.has(tokens.textAt(k));
}

/** True when word `k` as written marks an unknown name as an outlet ("Times", "Gazette"). */
export function isOutletHintAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.OutletHint) !== 0 && OUTLET_NAME_HINTS.has(tokens.textAt(k));
}

/** {@link isOutletNoun} of word `k` in lower case. */
export function isOutletNounAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.OutletNoun) !== 0;
}

/** {@link mayStartOutletNoun} of word `k` in lower case. */
export function mayStartOutletNounAt(tokens: TokenList, k: number): boolean {
  return (tokens.classesAt(k) & WordClass.OutletNounStart) !== 0;
}

/** True when word id `id` is a form of a gendered pronoun ("he", "her", "himself"). */
export function isGenderedPronounWord(id: number): boolean {
  // An article's own word (an id past the lexicon's) has no class bits: answered without a read past the table.
  return id < LEXICON.classes.length && ((LEXICON.classes[id] as number) & WordClass.GenderedPronoun) !== 0;
}

/**
 * The person titles of several words as a trie over word keys (`2 × id`, plus 1 for a kept
 * period), so a title is matched word by word from the word ids, with no phrase built. Each node
 * says whether the words up to it form a title ({@link isPersonTitle} of the phrase) and which
 * gender that title implies.
 */
export interface TitleNode {
  readonly next: Map<number, TitleNode>;
  title: boolean;
  gender: Gender | null;
}

/** The key of a title word in the trie: its id doubled, plus one when it keeps its period. */
function titleKey(id: number, dotted: boolean): number {
  return id * 2 + (dotted ? 1 : 0);
}

/** The trie of every title form; a form with a word the lexicon table lacks is left out (no word's key can be it). */
function titleTrie(): TitleNode {
  const root: TitleNode = { next: new Map(), title: false, gender: null };
  for (const form of PERSON_TITLE_FORMS) {
    let node: TitleNode | null = root;
    for (const word of form.split(' ')) {
      const dotted = word.endsWith('.');
      const core = dotted ? word.slice(0, -1) : word;
      const id = LEXICON.table.find(core, 0, core.length, hashFolded(core, 0, core.length));
      if (id === -1) {
        node = null;
        break;
      }
      const key = titleKey(id, dotted);
      const child: TitleNode = node.next.get(key) ?? { next: new Map(), title: false, gender: null };
      node.next.set(key, child);
      node = child;
    }
    if (node === null) continue;
    node.title = true;
    node.gender = GENDERED_TITLES.get(form) ?? null;
  }
  return root;
}

/** The root of the title trie: no word read yet. */
export const TITLE_TRIE: TitleNode = titleTrie();

/** The trie node after reading word `k` of `tokens` (its key) from `node`, or undefined when no title goes on so. */
export function titleChild(node: TitleNode, tokens: TokenList, k: number): TitleNode | undefined {
  return node.next.get(titleKey(tokens.id[k] as number, tokens.hasPeriod(k)));
}

