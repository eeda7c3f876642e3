/**
 * The lexicon compiled once into one lookup: every word the passes test by list membership gets
 * an id, and each id a bitmask of the classes (lists) it belongs to. The tokenizer looks each word
 * up once, from the input's characters; afterwards "is this a reporting verb?" is a bit test.
 *
 * Where it came from: the lists of this folder, each with its own provenance header; this module
 * only indexes them.
 * @module
 */
import { hashFolded, WordTable } from '../text/word-table.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { AUXILIARIES, SENTENCE_OPENERS } from './grammar.js';
import { ORGANIZATION_HEADS, ORGANIZATION_NOUNS } from './organizations.js';
import { OUTLET_NAME_HINTS, OUTLET_NOUNS } from './outlets.js';
import { PLACE_NAMES } from './places.js';
import { REPORTING_VERB_BY_FORM } from './reporting-verbs.js';
import { HONORIFICS, NATIONALITY_ADJECTIVES, PERSON_TITLES } from './titles.js';
import { NON_NAME_CAPITALISED, PRONOUN_FORMS, PRONOUNS } from './words.js';

/**
 * The word classes, one bit each.
 *
 * @example
 * ```ts
 * ((LEXICON.classes[lexiconId('said')] ?? 0) & WordClass.VerbStart) !== 0; // true
 * ```
 */
export const WordClass = {
  /** An abbreviation whose period belongs to it ("sen", "jan", "inc"): `ABBREVIATIONS`. */
  Abbreviation: 1 << 0,
  /** A word that typically opens a sentence, so an abbreviation's period before it ends one: `SENTENCE_OPENERS`. */
  SentenceOpener: 1 << 1,
  /** An auxiliary that belongs to the cue after it ("has said"): `AUXILIARIES`. */
  Auxiliary: 1 << 2,
  /** The first word of some reporting verb form ("said", "pointed" of "pointed out"): `REPORTING_VERB_BY_FORM`. */
  VerbStart: 1 << 3,
  // Bits 4–7 are free.
  /**
   * A one-word person title, or the core of one written with a period ("president", "sen" of
   * "sen."): `PERSON_TITLES`. A word without a kept period is a title exactly when it has this bit.
   */
  PersonTitle: 1 << 8,
  /** The core of a one-word person title written with a period ("sen" of "sen."): a word with its period kept is a title exactly when it has this bit. */
  PersonTitleDotted: 1 << 9,
  /** A word of some person title as listed, without a period ("secretary", "general"): `PERSON_TITLES`. */
  TitleWord: 1 << 10,
  /** The core of a word of some person title listed with a period ("lt" of "lt. gov."). */
  TitleWordDotted: 1 << 11,
  /** A capitalised word that is no name by its capital alone, lower-cased ("the", "monday"): `NON_NAME_CAPITALISED`. */
  NonName: 1 << 12,
  /** The core of a `NON_NAME_CAPITALISED` word written with a period ("jan" of "Jan."). */
  NonNameDotted: 1 << 13,
  /** A one-word reporting verb form ("said", "told"): `REPORTING_VERB_BY_FORM`. */
  ReportingVerb: 1 << 14,
  /**
   * The lower-case core of an honorific ("mr" of "Mr." and "Mr"): `HONORIFICS`. The list is
   * case-sensitive, so the bit only says the word may be one; the text as written decides.
   */
  Honorific: 1 << 15,
  /** The lower-case core of a one-word nationality ("u.s" of "U.S."): `NATIONALITY_ADJECTIVES`; case-sensitive, as {@link WordClass.Honorific}. */
  Nationality: 1 << 16,
  /** The lower-case core of an organisation head ("department", "inc" of "Inc."): `ORGANIZATION_HEADS`; case-sensitive, as {@link WordClass.Honorific}. */
  OrganizationHead: 1 << 17,
  /** The lower-case form of an outlet name hint ("times", "gazette"): `OUTLET_NAME_HINTS`; case-sensitive, as {@link WordClass.Honorific}. */
  OutletHint: 1 << 18,
  /** A one-word organisation noun ("company", "ministry"): `ORGANIZATION_NOUNS`. */
  OrganizationNoun: 1 << 19,
  /** A one-word outlet noun ("newspaper", "outlet"): `OUTLET_NOUNS`. */
  OutletNoun: 1 << 20,
  /** The first word of an outlet noun of several words ("news" of "news agency"): `OUTLET_NOUNS`. */
  OutletNounStart: 1 << 21,
  /** A form of a gendered pronoun ("he", "him", "hers"): `PRONOUNS` and `PRONOUN_FORMS`. */
  GenderedPronoun: 1 << 22,
  /** The lower-case core of the first word of a place name ("new" of "New York"): `PLACE_NAMES`; case-sensitive, as {@link WordClass.Honorific}. */
  PlaceStart: 1 << 23,
} as const;

/** The entries of `list` that are one word without a final period: the only ones a word's core can be. */
function plainWords(list: Iterable<string>): string[] {
  return [...list].filter((w) => !w.includes(' ') && !w.endsWith('.'));
}

/** The cores of the one-word entries of `list` written with a final period ("sen." → "sen"). */
function dottedCores(list: Iterable<string>): string[] {
  return [...list].filter((w) => !w.includes(' ') && w.endsWith('.')).map((w) => w.slice(0, -1));
}

/** The core of each one-word entry, period or not ("Mr." and "Mr" → "Mr"): for the case-sensitive lists. */
function cores(list: Iterable<string>): string[] {
  // Read once: `list` may be an iterator (a map's keys).
  const words = [...list];
  return [...plainWords(words), ...dottedCores(words)];
}

/** Every word of the multi-word entries of `list` too ("secretary general" → "secretary", "general"). */
function allWords(list: Iterable<string>): string[] {
  return [...list].flatMap((w) => w.split(' '));
}

/** Every form of a gendered pronoun: the subject pronouns with a gender and their other forms. */
function genderedPronouns(): string[] {
  return [...PRONOUNS.keys(), ...PRONOUN_FORMS.keys()].filter((w) => PRONOUNS.get(PRONOUN_FORMS.get(w) ?? w)?.gender != null);
}

/** The lists behind each class, as `[bit, words]`. */
const CLASS_LISTS: readonly (readonly [number, Iterable<string>])[] = [
  [WordClass.Abbreviation, ABBREVIATIONS],
  [WordClass.SentenceOpener, SENTENCE_OPENERS],
  [WordClass.Auxiliary, AUXILIARIES],
  [WordClass.VerbStart, [...REPORTING_VERB_BY_FORM.keys()].map((form) => form.split(' ')[0] as string)],
  // Every word of a multi-word verb form has an id, so the form is matched by ids ("pointed out").
  [0, [...REPORTING_VERB_BY_FORM.keys()].flatMap((form) => form.split(' ').slice(1))],
  // Words the passes compare a token with by id ("according to").
  [0, ['according', 'to']],
  // A title written with a period is a title without it too ("sen." → "sen").
  [WordClass.PersonTitle, cores(PERSON_TITLES)],
  [WordClass.PersonTitleDotted, dottedCores(PERSON_TITLES)],
  [WordClass.TitleWord, plainWords(allWords(PERSON_TITLES))],
  [WordClass.TitleWordDotted, dottedCores(allWords(PERSON_TITLES))],
  [WordClass.NonName, plainWords([...NON_NAME_CAPITALISED].map((w) => w.toLowerCase()))],
  [WordClass.NonNameDotted, dottedCores([...NON_NAME_CAPITALISED].map((w) => w.toLowerCase()))],
  [WordClass.ReportingVerb, plainWords(REPORTING_VERB_BY_FORM.keys())],
  [WordClass.Honorific, cores(HONORIFICS.keys())],
  [WordClass.Nationality, cores(NATIONALITY_ADJECTIVES)],
  [WordClass.OrganizationHead, cores(ORGANIZATION_HEADS)],
  [WordClass.OutletHint, cores(OUTLET_NAME_HINTS)],
  [WordClass.OrganizationNoun, plainWords(ORGANIZATION_NOUNS)],
  [WordClass.OutletNoun, plainWords(OUTLET_NOUNS)],
  [WordClass.OutletNounStart, [...OUTLET_NOUNS].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0] as string)],
  [WordClass.GenderedPronoun, genderedPronouns()],
  [WordClass.PlaceStart, cores([...PLACE_NAMES].map((name) => name.split(' ')[0] as string))],
];

/** The compiled lexicon: the table of word ids and the class bits of each id. */
export interface Lexicon {
  readonly table: WordTable;
  /** `classes[id]`: the class bits of word `id` (index 0 unused). */
  readonly classes: Int32Array;
}

function compile(): Lexicon {
  // Every listed word as a range of one string, the table's text.
  const entries = CLASS_LISTS.flatMap(([bit, words]) => [...words].map((word) => [bit, word] as const));
  const text = entries.map(([, word]) => word).join(' ');
  const table = new WordTable(text, 1, 4096);
  const bits: number[] = [0];
  let at = 0;
  for (const [bit, word] of entries) {
    const id = table.intern(at, at + word.length, hashFolded(text, at, at + word.length));
    bits[id] = (bits[id] ?? 0) | bit;
    at += word.length + 1;
  }
  const classes = new Int32Array(table.size + 1);
  for (let id = 1; id <= table.size; id++) {
    classes[id] = bits[id] ?? 0;
    // Every word's string is built now, so the table never changes after the module has loaded.
    table.wordOf(id);
  }
  return { table, classes };
}

/**
 * The id of a word the compiled lexicon holds; throws for any other word (a bug in the lists
 * above, caught when the module using the id loads).
 *
 * @example
 * ```ts
 * const ACCORDING = lexiconId('according');
 * ```
 */
export function lexiconId(word: string): number {
  const id = LEXICON.table.find(word, 0, word.length, hashFolded(word, 0, word.length));
  if (id === -1) throw new Error(`lexicon: "${word}" is not in the compiled lexicon`);
  return id;
}

/**
 * The lexicon's word ids and classes, built when the module loads and never changed afterwards.
 *
 * @example
 * ```ts
 * (LEXICON.classes[lexiconId('said')] ?? 0) & WordClass.VerbStart; // non-zero
 * ```
 */
export const LEXICON: Lexicon = compile();
