/**
 * Cues: the reporting expression of an attribution. A reporting verb with the auxiliaries that
 * belong to it ("said", "has said", "is quoted as saying", "pointed out"), or the fixed phrase
 * "according to".
 * @module
 */
import { BE_FORMS, QUOTE_ONLY_VERBS } from '../lexicon/grammar.js';
import { GrammarClass, LEXICON, lexiconId, WordClass } from '../lexicon/lookup.js';
import { REPORTING_VERB_BY_FORM, type ReportingVerb } from '../lexicon/reporting-verbs.js';
import type { Items } from './frame.js';
import { isDetermined } from './items.js';

/** A cue found in a frame: items `[from, to)`; `verb` is null for "according to". */
export interface Cue {
  readonly from: number;
  readonly to: number;
  /** Index of the verb's own item (the last word of the cue). */
  readonly head: number;
  readonly verb: ReportingVerb | null;
}

/** What a first word can start: a one-word verb form, and multi-word forms as their remaining words. */
interface VerbEntry {
  readonly verb: ReportingVerb | undefined;
  /** Multi-word forms: the word ids after the first word ("out" of "pointed out"). */
  readonly phrasal: readonly { readonly tail: readonly number[]; readonly verb: ReportingVerb }[];
}

const ACCORDING = lexiconId('according');
const TO = lexiconId('to');
const AS = lexiconId('as');

// Every verb form indexed by the id of its first word ("pointed out" under "pointed"): a dense
// array over the lexicon's ids, so finding a word's entry is one read, not a hash lookup.
const VERB_INDEX: readonly (VerbEntry | undefined)[] = (() => {
  const index: ({ verb: ReportingVerb | undefined; phrasal: { tail: number[]; verb: ReportingVerb }[] } | undefined)[] = new Array(LEXICON.table.size + 1).fill(undefined);
  for (const [form, verb] of REPORTING_VERB_BY_FORM) {
    const ids = form.split(' ').map(lexiconId);
    const first = ids[0] as number;
    const entry = index[first] ?? { verb: undefined, phrasal: [] };
    if (ids.length === 1) entry.verb = verb;
    else entry.phrasal.push({ tail: ids.slice(1), verb });
    index[first] = entry;
  }
  return index;
})();

/** The verb form starting at item `i`, a plain word of id `id`, and the index after it, or null. */
function verbAt(items: Items, i: number, id: number): { verb: ReportingVerb; end: number } | null {
  // One read of the dense index: only a word that starts some verb form has an entry.
  const entry = id < VERB_INDEX.length ? VERB_INDEX[id] : undefined;
  if (entry === undefined) return null;
  const phrasal = entry.phrasal;
  for (let p = 0; p < phrasal.length; p++) {
    const { tail, verb } = phrasal[p] as (typeof phrasal)[number];
    let k = 0;
    while (k < tail.length && items.plainId(i + 1 + k) === tail[k]) k++;
    if (k === tail.length) return { verb, end: i + 1 + k };
  }
  return entry.verb === undefined ? null : { verb: entry.verb, end: i + 1 };
}

const MAX_AUXILIARIES = 4;

const QUOTE_LEMMA = 'quote';

/**
 * "“…,” the agency quoted worker Dan Ogle as saying": for a bare "quoted" cue, the index of the
 * "as" after the phrase it quotes (a few words at most) and the verb ("saying", "telling") after
 * that; or null.
 */
export function quotedAs(items: Items, cue: Cue): { as: number; verb: ReportingVerb } | null {
  if (cue.verb?.lemma !== QUOTE_LEMMA || cue.head !== cue.to - 1) return null;
  for (let k = cue.to + 1; k <= cue.to + MAX_QUOTED_PHRASE && items.isWord(k); k++) {
    if (!items.isWordId(k, AS)) continue;
    const saying = verbAt(items, k + 1, items.plainId(k + 1));
    return saying !== null && items.endsWith(k + 1, 'ing') ? { as: k, verb: saying.verb } : null;
  }
  return null;
}

// Most words of the person an outlet quotes ("quoted Peoplesoft worker Dan Ogle as saying").
const MAX_QUOTED_PHRASE = 8;

// "issued a statement", "released the following statement" (lexicon/reporting-verbs.ts).
const STATEMENT_LEMMA = 'issue a statement';
// Most words of a setting between a statement verb and its colon ("on Friday", "after the vote").
const MAX_STATEMENT_SETTING = 5;

/**
 * True when a colon follows item `i` after at most a short setting: "issued a statement on
 * Friday:" introduces the statement; "issued a statement saying …" hands on to the participle
 * and "released a statement in opposition" reports no words.
 */
function colonFollows(items: Items, i: number): boolean {
  for (let k = i; k <= i + MAX_STATEMENT_SETTING; k++) {
    if (items.code(k) === 0x3a) return true;
    if (!items.isWord(k)) return false;
  }
  return false;
}

// Most adverbs among a verb's auxiliaries ("has also repeatedly said").
const MAX_AUXILIARY_ADVERBS = 2;

/**
 * Where the auxiliaries of the verb at item `i` start: "would not have been said", "has also
 * said", "had previously said" — adverbs count only with an auxiliary before them. A few words at
 * most, so a run of them costs nothing per cue.
 */
function auxiliariesBefore(items: Items, i: number): number {
  let from = i;
  let adverbs = 0;
  for (let k = i - 1; k >= 0 && i - k <= MAX_AUXILIARIES + MAX_AUXILIARY_ADVERBS; k--) {
    if (items.is(k, WordClass.Auxiliary)) from = k;
    else if (adverbs < MAX_AUXILIARY_ADVERBS && items.isWord(k) && !items.cap(k) && (items.isIn(k, GrammarClass.InterveningAdverb) || items.endsWith(k, 'ly'))) adverbs++;
    else break;
  }
  return from;
}

/**
 * True when the verb form at `i` is a noun, not a cue: an "-s" form after an article or a
 * possessive ("some of the emails that …", "her remarks"), a bare form before a title and a name
 * ("report author Mary Madden said"), and any form of a verb that tags
 * quotations only (`QUOTE_ONLY_VERBS`) there ("from the start that …", "her smile") or
 * capitalised, as an imperative or a heading ("Start Slowly: …"). A singular noun of another verb
 * ("the report said") is told apart where its phrase is read.
 */
function isNotQuoteTag(items: Items, i: number, verb: ReportingVerb): boolean {
  const determined = isDetermined(items, i);
  if (determined && items.endsWith(i, 's')) return true;
  // ("report author Mary Madden said": a bare form before a title and a name is the title's noun.)
  if (isBareForm(items, i) && items.isIn(i + 1, GrammarClass.PersonTitlePlain) && items.cap(i + 2) && !items.cap(i + 1)) return true;
  return (items.cap(i) || determined) && QUOTE_ONLY_VERBS.has(verb.lemma);
}

/** True when the verb form at `i` has no ending ("report", "study"; not "said", "says", "saying"). */
function isBareForm(items: Items, i: number): boolean {
  return !items.endsWith(i, 'ed') && !items.endsWith(i, 's') && !items.endsWith(i, 'ing') && !items.endsWith(i, 'd');
}

/** The cue whose verb is at item `i` (with its auxiliaries), or null. */
export function cueAt(items: Items, i: number): Cue | null {
  // Every cue starts with a plain word: punctuation, quotations and suffixed words have id 0 here.
  const id = items.plainId(i);
  if (id === 0) return null;
  if (id === ACCORDING && items.plainId(i + 1) === TO) return { from: i, to: i + 2, head: i + 1, verb: null };
  const found = verbAt(items, i, id);
  if (found === null || isNotQuoteTag(items, i, found.verb)) return null;
  let end = found.end;
  let verb = found.verb;
  if (verb.lemma === STATEMENT_LEMMA && !colonFollows(items, end)) return null;
  // "is quoted as saying" / "was quoted as telling": the whole phrase is the cue, and what it
  // reports is the subject's speech, as the verb after "as" names it.
  if (verb.lemma === QUOTE_LEMMA && items.isWordId(end, AS)) {
    const saying = verbAt(items, end + 1, items.plainId(end + 1));
    if (saying !== null) ({ end, verb } = saying);
  }
  return { from: auxiliariesBefore(items, i), to: end, head: end - 1, verb };
}

/**
 * True when the cue's auxiliaries hold a form of "be" before a past participle ("was asked", "has
 * been accused").
 *
 * @example
 * ```ts
 * // For the cue "was asked" of "Lee was asked by a reporter whether …": true.
 * ```
 */
export function isPassive(items: Items, cue: Cue): boolean {
  // "was referring to", "is urging": a form of "be" before an "-ing" form is progressive.
  if (items.endsWith(cue.head, 'ing')) return false;
  for (let k = cue.from; k < cue.head; k++) if (BE_FORMS.has(items.lower(k))) return true;
  return false;
}
