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
import {
  ADJUNCT_PREPOSITIONS,
  ARTICLES,
  AUXILIARIES,
  BASE_FORM_PRONOUNS,
  CONTENT_PREPOSITIONS,
  DETERMINERS,
  EVIDENCE_HEADS,
  HEAD_JOINING_PREPOSITIONS,
  INTERVENING_ADVERBS,
  NOT_A_SPEAKER_HEAD,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  REFLEXIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  SENTENCE_OPENERS,
  SETTING_PREPOSITIONS,
  SPEAKER_PRONOUNS,
  TIME_WORD_MODIFIERS,
  TIME_WORDS,
  WH_WORDS,
} from './grammar.js';
import { ANONYMOUS_SOURCE_HEADS } from './anonymous-sources.js';
import {
  COLLECTIVE_HEADS,
  COLON_NAME_STOPS,
  CONTENT_BREAKS,
  FRONTED_ADVERBIAL_STARTS,
  NOMINATIVE_PRONOUNS,
  NOT_CLAUSE_START,
  PARTICIPLE_OPENERS,
  PLURAL_SPEAKER_WORDS,
  POSSESSIVE_DETERMINERS,
  POSTMODIFIER_PREPOSITIONS,
  POSTMODIFIER_STARTS,
  SAYING_FRAMES,
  STANDALONE_DETERMINERS,
  SUBORDINATORS,
  NUMBER_WORDS,
} from './attribution.js';
import { NAME_JOINTS, NOT_NAME_START, PARTY_WORDS } from './names.js';
import { SPEECH_NOUNS } from './speech-nouns.js';
import { ORGANIZATION_HEADS, ORGANIZATION_NOUNS } from './organizations.js';
import { OUTLET_NAME_HINTS, OUTLET_NOUNS } from './outlets.js';
import { PLACE_NAMES } from './places.js';
import { SPEAKING_DOCUMENTS } from './coreference.js';
import { REPORTING_VERB_BY_FORM } from './reporting-verbs.js';
import { HONORIFICS, NATIONALITY_ADJECTIVES, PERSON_TITLES, TITLE_QUALIFIERS } from './titles.js';
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
  /** A one-word noun of speech ("statement", "interview"): `SPEECH_NOUNS`. */
  SpeechNoun: 1 << 4,
  /** A subject pronoun with agreement features ("he", "it"): the keys of `PRONOUNS`. */
  SubjectPronoun: 1 << 5,
  /** A word that opens an indirect question ("whether", "why"): `WH_WORDS`. */
  WhWord: 1 << 6,
  /** A word that qualifies a time word after it ("last", "early"): `TIME_WORD_MODIFIERS`. */
  TimeWordModifier: 1 << 7,
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
  /** A word that ends the name run of a colon label ("on" of "Gillibrand on …"): `COLON_NAME_STOPS`. */
  ColonNameStop: 1 << 24,
  /** The head of a written or recorded thing that speaks ("letter", "report"): `SPEAKING_DOCUMENTS`. */
  SpeakingDocument: 1 << 25,
  /** The head of a subject that presents evidence ("poll", "study", "data"): `EVIDENCE_HEADS`. */
  EvidenceHead: 1 << 26,
  /** A subordinator that opens an adverbial clause with its own subject ("after", "when"): `SUBORDINATORS`. */
  Subordinator: 1 << 27,
  /** A party word, capitalised but describing people ("Republican", "Democrats"): `PARTY_WORDS`. */
  PartyWord: 1 << 28,
  /** A number word of poll copy ("six in ten"): `NUMBER_WORDS`. */
  NumberWord: 1 << 29,
  // Bits 30–31 are free.
} as const;

/**
 * The function-word classes of the quote grammar, one bit each, in a column of their own
 * ({@link Lexicon.grammar}): each is one list of `grammar.ts`, `attribution.ts`, `names.ts`,
 * `titles.ts` or `anonymous-sources.ts`, so "is this word a determiner?" is a bit test on the
 * word's id instead of a set lookup on its string. A class holds the list's one-word entries
 * without a final period; a word written with a possessive, a clitic or a kept period is never in
 * one (as it is in no set of plain words) — the `…Dotted` classes hold the cores of entries written
 * with a period ("st" of "st.").
 *
 * @example
 * ```ts
 * ((LEXICON.grammar[lexiconId('the')] ?? 0) & GrammarClass.Determiner) !== 0; // true
 * ```
 */
export const GrammarClass = {
  /** `DETERMINERS`. */
  Determiner: 1 << 0,
  /** `TIME_WORDS`. */
  TimeWord: 1 << 1,
  /** `NOT_A_SPEAKER_HEAD`. */
  NotSpeakerHead: 1 << 2,
  /** `NOT_NAME_START`. */
  NotNameStart: 1 << 3,
  /** `SPEAKER_PRONOUNS`. */
  SpeakerPronoun: 1 << 4,
  /** `STANDALONE_DETERMINERS`. */
  StandaloneDeterminer: 1 << 5,
  /** `NAME_JOINTS`, its one-word entries without a period ("of", "von"). */
  NameJoint: 1 << 6,
  /** `NAME_JOINTS`, the cores of its entries written with a period ("st" of "st."). */
  NameJointDotted: 1 << 7,
  /** `INTERVENING_ADVERBS`. */
  InterveningAdverb: 1 << 8,
  /** `CONTENT_PREPOSITIONS`. */
  ContentPreposition: 1 << 9,
  /** `ANONYMOUS_SOURCE_HEADS`. */
  AnonymousHead: 1 << 10,
  /** `RELATIVE_PRONOUNS`. */
  RelativePronoun: 1 << 11,
  /** `PREPOSITIONS`. */
  Preposition: 1 << 12,
  /** `PERSON_TITLES`, its one-word entries without a period ("president"); those with one are `WordClass.PersonTitleDotted`. */
  PersonTitlePlain: 1 << 13,
  /** `TITLE_QUALIFIERS`. */
  TitleQualifier: 1 << 14,
  /** `NOT_CLAUSE_START`. */
  NotClauseStart: 1 << 15,
  /** `REFLEXIVE_PRONOUNS`. */
  ReflexivePronoun: 1 << 16,
  /** `POSTMODIFIER_STARTS`. */
  PostmodifierStart: 1 << 17,
  /** `POSSESSIVE_DETERMINERS`. */
  PossessiveDeterminer: 1 << 18,
  /** `ARTICLES`. */
  Article: 1 << 19,
  /** `FRONTED_ADVERBIAL_STARTS`. */
  FrontedAdverbialStart: 1 << 20,
  /** `PARTICIPLE_OPENERS`. */
  ParticipleOpener: 1 << 21,
  /** `SAYING_FRAMES`. */
  SayingFrame: 1 << 22,
  /** `COLLECTIVE_HEADS`. */
  CollectiveHead: 1 << 23,
  /** A word that makes a speaker phrase plural: `BASE_FORM_PRONOUNS` and `PLURAL_SPEAKER_WORDS`. */
  PluralSpeakerWord: 1 << 24,
  /** `HEAD_JOINING_PREPOSITIONS`. */
  HeadJoiningPreposition: 1 << 25,
  /** `POSTMODIFIER_PREPOSITIONS`. */
  PostmodifierPreposition: 1 << 26,
  /** `CONTENT_BREAKS`. */
  ContentBreak: 1 << 27,
  /** `NOMINATIVE_PRONOUNS`. */
  NominativePronoun: 1 << 28,
  /** `OBJECT_PRONOUNS`. */
  ObjectPronoun: 1 << 29,
  /** `SETTING_PREPOSITIONS`. */
  SettingPreposition: 1 << 30,
  /** `ADJUNCT_PREPOSITIONS`. */
  AdjunctPreposition: 1 << 31,
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

/**
 * The one-word entries of `list` as a class of plain words. Throws (when the module loads) for an
 * entry that a word with a suffix could spell ("he's", "editors'"): a set lookup on such a word's
 * string would find it, a class bit, which only plain words have, would not.
 */
function oneWords(name: string, list: Iterable<string>): string[] {
  const words = plainWords(list);
  for (const w of words) {
    if (w !== w.toLowerCase()) throw new Error(`lexicon: ${name} entry "${w}" is not lower-case`);
    if (/^[^'’].*['’](?:[dms]|ve|re|ll)?$/.test(w)) throw new Error(`lexicon: ${name} entry "${w}" ends like a possessive or clitic`);
  }
  return words;
}

/** The grammar lists behind each {@link GrammarClass}, as `[bit, words]`. */
const GRAMMAR_LISTS: readonly (readonly [number, Iterable<string>])[] = [
  [GrammarClass.Determiner, oneWords('DETERMINERS', DETERMINERS)],
  [GrammarClass.TimeWord, oneWords('TIME_WORDS', TIME_WORDS)],
  [GrammarClass.NotSpeakerHead, oneWords('NOT_A_SPEAKER_HEAD', NOT_A_SPEAKER_HEAD)],
  [GrammarClass.NotNameStart, oneWords('NOT_NAME_START', NOT_NAME_START)],
  [GrammarClass.SpeakerPronoun, oneWords('SPEAKER_PRONOUNS', SPEAKER_PRONOUNS)],
  [GrammarClass.StandaloneDeterminer, oneWords('STANDALONE_DETERMINERS', STANDALONE_DETERMINERS)],
  // ("&" is punctuation to the tokenizer, never a word.)
  [GrammarClass.NameJoint, oneWords('NAME_JOINTS', NAME_JOINTS)],
  [GrammarClass.NameJointDotted, dottedCores(NAME_JOINTS)],
  [GrammarClass.InterveningAdverb, oneWords('INTERVENING_ADVERBS', INTERVENING_ADVERBS)],
  [GrammarClass.ContentPreposition, oneWords('CONTENT_PREPOSITIONS', CONTENT_PREPOSITIONS)],
  [GrammarClass.AnonymousHead, oneWords('ANONYMOUS_SOURCE_HEADS', ANONYMOUS_SOURCE_HEADS)],
  [GrammarClass.RelativePronoun, oneWords('RELATIVE_PRONOUNS', RELATIVE_PRONOUNS)],
  [GrammarClass.Preposition, oneWords('PREPOSITIONS', PREPOSITIONS)],
  [GrammarClass.PersonTitlePlain, oneWords('PERSON_TITLES', PERSON_TITLES)],
  [GrammarClass.TitleQualifier, oneWords('TITLE_QUALIFIERS', TITLE_QUALIFIERS)],
  [GrammarClass.NotClauseStart, oneWords('NOT_CLAUSE_START', NOT_CLAUSE_START)],
  [GrammarClass.ReflexivePronoun, oneWords('REFLEXIVE_PRONOUNS', REFLEXIVE_PRONOUNS)],
  [GrammarClass.PostmodifierStart, oneWords('POSTMODIFIER_STARTS', POSTMODIFIER_STARTS)],
  [GrammarClass.PossessiveDeterminer, oneWords('POSSESSIVE_DETERMINERS', POSSESSIVE_DETERMINERS)],
  [GrammarClass.Article, oneWords('ARTICLES', ARTICLES)],
  [GrammarClass.FrontedAdverbialStart, oneWords('FRONTED_ADVERBIAL_STARTS', FRONTED_ADVERBIAL_STARTS)],
  [GrammarClass.ParticipleOpener, oneWords('PARTICIPLE_OPENERS', PARTICIPLE_OPENERS)],
  [GrammarClass.SayingFrame, oneWords('SAYING_FRAMES', SAYING_FRAMES)],
  [GrammarClass.CollectiveHead, oneWords('COLLECTIVE_HEADS', COLLECTIVE_HEADS)],
  [GrammarClass.PluralSpeakerWord, oneWords('BASE_FORM_PRONOUNS', BASE_FORM_PRONOUNS)],
  [GrammarClass.PluralSpeakerWord, oneWords('PLURAL_SPEAKER_WORDS', PLURAL_SPEAKER_WORDS)],
  [GrammarClass.HeadJoiningPreposition, oneWords('HEAD_JOINING_PREPOSITIONS', HEAD_JOINING_PREPOSITIONS)],
  [GrammarClass.PostmodifierPreposition, oneWords('POSTMODIFIER_PREPOSITIONS', POSTMODIFIER_PREPOSITIONS)],
  [GrammarClass.ContentBreak, oneWords('CONTENT_BREAKS', CONTENT_BREAKS)],
  [GrammarClass.NominativePronoun, oneWords('NOMINATIVE_PRONOUNS', NOMINATIVE_PRONOUNS)],
  [GrammarClass.ObjectPronoun, oneWords('OBJECT_PRONOUNS', OBJECT_PRONOUNS)],
  [GrammarClass.SettingPreposition, oneWords('SETTING_PREPOSITIONS', SETTING_PREPOSITIONS)],
  [GrammarClass.AdjunctPreposition, oneWords('ADJUNCT_PREPOSITIONS', ADJUNCT_PREPOSITIONS)],
];

/** The lists behind each class, as `[bit, words]`. */
const CLASS_LISTS: readonly (readonly [number, Iterable<string>])[] = [
  [WordClass.Abbreviation, ABBREVIATIONS],
  [WordClass.SentenceOpener, SENTENCE_OPENERS],
  [WordClass.Auxiliary, AUXILIARIES],
  [WordClass.VerbStart, [...REPORTING_VERB_BY_FORM.keys()].map((form) => form.split(' ')[0] as string)],
  // Every word of a multi-word verb form has an id, so the form is matched by ids ("pointed out").
  [0, [...REPORTING_VERB_BY_FORM.keys()].flatMap((form) => form.split(' ').slice(1))],
  // Words the passes compare a token with by id ("according to", "said *that*", "*and* added").
  [0, ['according', 'to', 'that', 'and', 'but', 'then', 'the', 'what', 'of', 'who', 'last', 'on', 'as', 'a', 'an']],
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
  [WordClass.ColonNameStop, oneWords('COLON_NAME_STOPS', COLON_NAME_STOPS)],
  [WordClass.SpeakingDocument, oneWords('SPEAKING_DOCUMENTS', SPEAKING_DOCUMENTS)],
  [WordClass.EvidenceHead, oneWords('EVIDENCE_HEADS', EVIDENCE_HEADS)],
  [WordClass.Subordinator, oneWords('SUBORDINATORS', SUBORDINATORS)],
  [WordClass.PartyWord, oneWords('PARTY_WORDS', PARTY_WORDS)],
  [WordClass.NumberWord, oneWords('NUMBER_WORDS', NUMBER_WORDS)],
  [WordClass.SpeechNoun, oneWords('SPEECH_NOUNS', SPEECH_NOUNS)],
  [WordClass.SubjectPronoun, oneWords('PRONOUNS', PRONOUNS.keys())],
  [WordClass.WhWord, oneWords('WH_WORDS', WH_WORDS)],
  [WordClass.TimeWordModifier, oneWords('TIME_WORD_MODIFIERS', TIME_WORD_MODIFIERS)],
];

/** The compiled lexicon: the table of word ids and the class bits of each id. */
export interface Lexicon {
  readonly table: WordTable;
  /** `classes[id]`: the class bits of word `id` (index 0 unused). */
  readonly classes: Int32Array;
  /** `grammar[id]`: the {@link GrammarClass} bits of word `id` (index 0 unused). */
  readonly grammar: Int32Array;
}

function compile(): Lexicon {
  // Every listed word as a range of one string, the table's text.
  // Each entry: its column (0: classes, 1: grammar), its bit and its word.
  const entries = [
    ...CLASS_LISTS.flatMap(([bit, words]) => [...words].map((word) => [0, bit, word] as const)),
    ...GRAMMAR_LISTS.flatMap(([bit, words]) => [...words].map((word) => [1, bit, word] as const)),
  ];
  const text = entries.map(([, , word]) => word).join(' ');
  const table = new WordTable(text, 1, 4096);
  const bits: [number[], number[]] = [[0], [0]];
  let at = 0;
  for (const [column, bit, word] of entries) {
    const id = table.intern(at, at + word.length, hashFolded(text, at, at + word.length));
    bits[column][id] = (bits[column][id] ?? 0) | bit;
    at += word.length + 1;
  }
  const classes = new Int32Array(table.size + 1);
  const grammar = new Int32Array(table.size + 1);
  for (let id = 1; id <= table.size; id++) {
    classes[id] = bits[0][id] ?? 0;
    grammar[id] = bits[1][id] ?? 0;
    // Every word's string is built now, so the table never changes after the module has loaded.
    table.wordOf(id);
  }
  return { table, classes, grammar };
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
