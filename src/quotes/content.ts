/**
 * Reported content: where it starts after a cue (past the hearer, the setting and "that"), where
 * it ends (before the sentence's stop or a trailing comment clause), and whether a stretch of
 * the frame reads as a clause of its own.
 * @module
 */
import { HEARER_VERBS, INFINITIVE_CONTENT_VERBS } from '../lexicon/grammar.js';
import { GrammarClass as G, lexiconId, WordClass } from '../lexicon/lookup.js';
import { SPEECH_NOUNS } from '../lexicon/speech-nouns.js';
import { cueAt, type Cue } from './cues.js';
import type { Items, Sentence } from './frame.js';
import { hasWords, isDetermined, isPunct, word } from './items.js';

const THAT = lexiconId('that');
const OF = lexiconId('of');
const TO = lexiconId('to');

export const MIN_INDIRECT_WORDS = 3;

/** End of a sentence's content: before its final stop. */
export function contentEnd(items: Items, s: Sentence): number {
  let to = s.to;
  // At most a few stops ("?!", "…."): a bound, so a run of punctuation costs nothing per cue.
  while (to > s.from && to > s.to - 4 && isPunct(items, to - 1, '.!?;:')) to--;
  return to;
}

/** Skips a short noun phrase starting at `i`: a hearer ("reporters", "the outlet", "Chris Wallace of Fox News") or a setting's object. */
export function skipPhrase(items: Items, i: number, hi: number): number {
  let k = i;
  if (items.isIn(k, G.ObjectPronoun)) return k + 1;
  if (items.isIn(k, G.Determiner)) k++;
  const start = k;
  while (k < hi && k - start < 6) {
    if (!items.isWord(k)) break;
    // "of" joins two names ("Chris Wallace of Fox News"); other function words end the phrase.
    if (items.isWordId(k, OF) && items.cap(k + 1) && k > start) k++;
    // ("told BBC News he had …": a subject pronoun starts the next clause.)
    else if (items.isIn(k, G.NotSpeakerHead | G.TimeWord) || (k > start && items.is(k, WordClass.SubjectPronoun))) break;
    else k++;
  }
  return k;
}

/** After a leading cue: skips its hearer, time and setting; returns where the cue phrase ends and where content starts. */
export function afterCue(items: Items, cue: Cue, hi: number): { cueTo: number; contentFrom: number } {
  let k = cue.to;
  let cueTo = cue.to;
  const verb = cue.verb;
  // ("warned they would strike": a subject pronoun starts the content, it is no hearer.)
  if (verb !== null && HEARER_VERBS.has(verb.lemma) && k < hi && items.isWord(k) && !items.isWordId(k, THAT) && !items.isIn(k, G.NominativePronoun)) {
    // ("warned it could run out of cash", "warned the city would lose": a phrase before an
    // auxiliary is the content's subject, not a hearer.)
    const past = skipPhrase(items, k, hi);
    if (!items.is(past, WordClass.Auxiliary)) k = cueTo = past;
  }
  for (let guard = 0; guard < 3 && k < hi; guard++) {
    // ("said to reporters" names a hearer; "hopes to finish" starts the content.)
    if (items.isWordId(k, TO) && verb !== null && !INFINITIVE_CONTENT_VERBS.has(verb.lemma) && skipPhrase(items, k + 1, hi) > k + 1) k = cueTo = skipPhrase(items, k + 1, hi);
    else if (items.isIn(k, G.SettingPreposition) && SPEECH_NOUNS.has(speechNounAfter(items, k + 1))) k = cueTo = skipPhrase(items, k + 1, hi);
    else if (items.isIn(k, G.TimeWord)) k++;
    else if (items.is(k, WordClass.TimeWordModifier) && items.isIn(k + 1, G.TimeWord)) k += 2;
    else break;
  }
  // Any other setting ("on CNN", "at a rally in Ohio", "during Tuesday's debate") before "that" or a colon.
  if (items.isIn(k, G.AdjunctPreposition)) k = pastAdjunct(items, k, hi);
  if (isPunct(items, k, ':,')) k++;
  if (items.isWordId(k, THAT)) k++;
  return { cueTo, contentFrom: k };
}

const MAX_ADJUNCT = 10;

/** The index of the "that" or colon closing a prepositional setting that starts at `k`, or `k` when none does. */
function pastAdjunct(items: Items, k: number, hi: number): number {
  for (let j = k + 1; j < hi && j - k <= MAX_ADJUNCT; j++) {
    const kind = items.kind(j);
    if (kind === 'quote') return k;
    if (kind === 'punct') return items.code(j) === 0x3a || (items.code(j) === 0x2c && items.isQuote(j + 1)) ? j : k;
    if (items.isWordId(j, THAT)) return j;
    // (A verb's form after an article is its noun: "said from the start that …", "in the report that …".)
    if (items.is(j, WordClass.ReportingVerb) && !isDetermined(items, j)) return k;
  }
  return k;
}

function speechNounAfter(items: Items, i: number): string {
  let k = i;
  if (items.isIn(k, G.Determiner)) k++;
  const one = word(items, k);
  const two = `${one} ${word(items, k + 1)}`;
  return SPEECH_NOUNS.has(two) ? two : SPEECH_NOUNS.has(one) ? one : word(items, k + 1);
}

// How far into reported content its structure (comment clauses, coordinated cues) is read.
export const CONTENT_SCAN = 400;

/**
 * Where reported content `[from, to)` ends: before a trailing ", which …" or "; …" comment. A
 * relative clause closed by a second comma is inside the content ("the bomber, who …, had …").
 */
export function clauseEnd(items: Items, from: number, to: number): number {
  for (let k = from + 1; k < to && k < from + CONTENT_SCAN; k++) {
    if (isPunct(items, k, ';')) return k;
    if (!isPunct(items, k, ',') || !items.isIn(k + 1, G.ContentBreak)) continue;
    let close = k + 1;
    while (close < to && !isPunct(items, close, ',')) close++;
    if (close + 1 >= to) return k;
    k = close - 1;
  }
  return to;
}

/** True when `[from, to)` reads as a reported clause of its own: four words or more, not an adjunct or a subordinate clause. */
export function clauseFollows(items: Items, from: number, to: number): boolean {
  return items.isWord(from) && !items.isIn(from, G.ContentPreposition | G.NotClauseStart) && hasWords(items, from, to, 4);
}

/** After ", he said,": a quotation or a lower-case predicate ("had been …") carries on the content. */
export function continuesContent(items: Items, i: number): boolean {
  if (items.isQuote(i)) return true;
  if (!items.isWord(i) || items.cap(i)) return false;
  // A participle ("…, citing low growth") comments on the attribution; it does not continue the content.
  return !items.endsWith(i, 'ing') && !items.isIn(i, G.NotClauseStart | G.ContentPreposition) && cueAt(items, i) === null;
}

