/**
 * Reported content: where it starts after a cue (past the hearer, the setting and "that"), where
 * it ends (before the sentence's stop or a trailing comment clause), and whether a stretch of
 * the frame reads as a clause of its own.
 * @module
 */
import { ADJUNCT_PREPOSITIONS, CONTENT_PREPOSITIONS, DETERMINERS, HEARER_VERBS, NOT_A_SPEAKER_HEAD, OBJECT_PRONOUNS, SETTING_PREPOSITIONS, TIME_WORD_MODIFIERS, TIME_WORDS } from '../lexicon/grammar.js';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.js';
import { SPEECH_NOUNS } from '../lexicon/speech-nouns.js';
import { cueAt, type Cue } from './cues.js';
import type { Items, Sentence } from './frame.js';
import { hasWords, isPunct, word } from './items.js';
import { CONTENT_BREAKS, NOT_CLAUSE_START, NOMINATIVE_PRONOUNS } from '../lexicon/attribution.js';

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
  if (OBJECT_PRONOUNS.has(word(items, k))) return k + 1;
  if (DETERMINERS.has(word(items, k))) k++;
  const start = k;
  while (k < hi && k - start < 6) {
    if (!items.isWord(k)) break;
    const w = items.lower(k);
    // "of" joins two names ("Chris Wallace of Fox News"); other function words end the phrase.
    if (w === 'of' && items.cap(k + 1) && k > start) k++;
    else if (NOT_A_SPEAKER_HEAD.has(w) || TIME_WORDS.has(w)) break;
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
  if (verb !== null && HEARER_VERBS.has(verb.lemma) && k < hi && items.isWord(k) && word(items, k) !== 'that' && !NOMINATIVE_PRONOUNS.has(word(items, k))) {
    k = skipPhrase(items, k, hi);
    cueTo = k;
  }
  for (let guard = 0; guard < 3 && k < hi; guard++) {
    const w = word(items, k);
    if (w === 'to' && verb !== null && skipPhrase(items, k + 1, hi) > k + 1) k = cueTo = skipPhrase(items, k + 1, hi);
    else if (SETTING_PREPOSITIONS.has(w) && SPEECH_NOUNS.has(speechNounAfter(items, k + 1))) k = cueTo = skipPhrase(items, k + 1, hi);
    else if (TIME_WORDS.has(w)) k++;
    else if (TIME_WORD_MODIFIERS.has(w) && TIME_WORDS.has(word(items, k + 1))) k += 2;
    else break;
  }
  // Any other setting ("on CNN", "at a rally in Ohio", "during Tuesday's debate") before "that" or a colon.
  if (ADJUNCT_PREPOSITIONS.has(word(items, k))) k = pastAdjunct(items, k, hi);
  if (isPunct(items, k, ':,')) k++;
  if (word(items, k) === 'that') k++;
  return { cueTo, contentFrom: k };
}

const MAX_ADJUNCT = 10;

/** The index of the "that" or colon closing a prepositional setting that starts at `k`, or `k` when none does. */
function pastAdjunct(items: Items, k: number, hi: number): number {
  for (let j = k + 1; j < hi && j - k <= MAX_ADJUNCT; j++) {
    const kind = items.kind(j);
    if (kind === 'quote') return k;
    if (kind === 'punct') return items.code(j) === 0x3a || (items.code(j) === 0x2c && items.isQuote(j + 1)) ? j : k;
    const w = items.lower(j);
    if (w === 'that') return j;
    if (REPORTING_VERB_BY_FORM.has(w)) return k;
  }
  return k;
}

function speechNounAfter(items: Items, i: number): string {
  let k = i;
  if (DETERMINERS.has(word(items, k))) k++;
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
    if (!isPunct(items, k, ',') || !CONTENT_BREAKS.has(word(items, k + 1))) continue;
    let close = k + 1;
    while (close < to && !isPunct(items, close, ',')) close++;
    if (close + 1 >= to) return k;
    k = close - 1;
  }
  return to;
}

/** True when `[from, to)` reads as a reported clause of its own: four words or more, not an adjunct or a subordinate clause. */
export function clauseFollows(items: Items, from: number, to: number): boolean {
  const first = word(items, from);
  return first !== '' && !CONTENT_PREPOSITIONS.has(first) && !NOT_CLAUSE_START.has(first) && hasWords(items, from, to, 4);
}

/** After ", he said,": a quotation or a lower-case predicate ("had been …") carries on the content. */
export function continuesContent(items: Items, i: number): boolean {
  if (items.isQuote(i)) return true;
  if (!items.isWord(i) || items.cap(i)) return false;
  // A participle ("…, citing low growth") comments on the attribution; it does not continue the content.
  const w = items.lower(i);
  return !w.endsWith('ing') && !NOT_CLAUSE_START.has(w) && !CONTENT_PREPOSITIONS.has(w) && cueAt(items, i) === null;
}

