/**
 * Questions as attributions: the question an unnamed asker put ("Asked whether …, Lee said",
 * "… said when asked whether …") and the question of an asker named after "by" ("was asked by
 * host Bill Maher, “…?”"). A question's content is the indirect question (or the quotation) up to
 * the comma that hands on to the answer.
 * @module
 */
import { QUESTION_VERBS } from '../lexicon/attribution.js';
import { lexiconId, WordClass } from '../lexicon/lookup.js';
import type { Attribution } from './attribute.js';
import { clauseEnd, CONTENT_SCAN, contentEnd } from './content.js';
import { cueAt, isPassive, type Cue } from './cues.js';
import type { Items, Sentence } from './frame.js';
import { hasWords, isPunct } from './items.js';
import { speakerAfter } from './speakers.js';

const BY = lexiconId('by');
const WHO = lexiconId('who');
const ABOUT = lexiconId('about');

/**
 * "Asked whether the plan would pass, Lee said …": a fronted question verb opening the sentence
 * reports the question of an asker the sentence does not name (its speaker is empty, from ===
 * to) — the indirect question up to the comma that hands on to the main clause.
 */
export function frontedQuestion(items: Items, s: Sentence): Attribution | null {
  if (!items.cap(s.from)) return null;
  // "When asked whether …, Lee said": a subordinator may open the clause ("When", "If", "Once").
  const second = cueAt(items, s.from + 1);
  const at = second !== null && second.from === s.from + 1 && items.is(s.from, WordClass.Subordinator) ? s.from + 1 : s.from;
  const cue = at === s.from ? cueAt(items, s.from) : second;
  if (cue === null || cue.verb === null || cue.from !== at || !QUESTION_VERBS.has(cue.verb.lemma)) return null;
  // "Asked by a reporter whether …": the asker is named after "by".
  const asker = items.isWordId(cue.to, BY) ? speakerAfter(items, cue.to + 1, s.to) : null;
  const from = questionStart(items, asker?.to ?? cue.to);
  // ("Asked about the cuts, Lee said …" names a topic, not a question: it only frames the answer.)
  if (from < 0) return null;
  const to = questionEnd(items, from, s.to);
  // Without the comma and a main clause after it, the sentence is a question of its own ("Asked why? …").
  if (to >= s.to - 1 || !hasWords(items, from + 1, to, 2)) return null;
  return { cue, cueTo: cue.to, speaker: asker ?? { from: s.from, to: s.from }, content: [{ from, to }], shape: 'leading' };
}

// Most words of a setting between a question verb and its question ("asked *on Monday* whether").
const MAX_QUESTION_SETTING = 5;

/**
 * Where the indirect question after a question verb starts — at `from`, or past a short setting
 * ("asked *during a debate* why", "asked *specifically* what") — or -1. A topic ("asked about the
 * cuts") is no question.
 */
function questionStart(items: Items, from: number): number {
  for (let k = from; k <= from + MAX_QUESTION_SETTING && items.isWord(k); k++) {
    if (items.is(k, WordClass.WhWord)) return k;
    if (items.isWordId(k, ABOUT) || items.is(k, WordClass.SubjectPronoun)) return -1;
  }
  return -1;
}

/**
 * "“You bet I would,” Lee said when asked whether …": a question verb after a subordinator inside
 * the sentence reports the question of an asker the sentence does not name. Its empty speaker
 * stands at the subordinator, so the content before it ends there.
 */
export function whenAsked(items: Items, cue: Cue, start: number, s: Sentence): Attribution | null {
  const sub = cue.from - 1;
  // (Every cue of a sentence is asked this: the tests that read no string come first.)
  if (cue.from !== cue.head || sub <= start || items.cap(sub) || !items.isWord(sub) || !items.is(sub, WordClass.Subordinator)) return null;
  if (!QUESTION_VERBS.has(cue.verb?.lemma ?? '') || !items.endsWith(cue.head, 'ed')) return null;
  const from = questionStart(items, cue.to);
  if (from < 0) return null;
  return { cue, cueTo: cue.to, speaker: { from: sub, to: sub }, content: [{ from, to: questionEnd(items, from, contentEnd(items, s)) }], shape: 'leading' };
}

/** Where an indirect question starting at `from` ends: at the comma that hands on to the answer ("when asked if …, Parry said"), or `end`. */
function questionEnd(items: Items, from: number, end: number): number {
  let to = from + 1;
  while (to < end && to - from < CONTENT_SCAN && !isPunct(items, to, ',')) to++;
  return to;
}

/**
 * "Lee was asked by host Bill Maher, “…?”", "… was asked by a reporter whether …": a passive
 * question verb with its agent reports the agent's question — the quotation or indirect question
 * after the agent (and a relative clause on it, ", who backs him,"); or null.
 */
export function askedBy(items: Items, s: Sentence, cue: Cue): Attribution | null {
  if (!items.isWordId(cue.to, BY) || !QUESTION_VERBS.has(cue.verb?.lemma ?? '') || !isPassive(items, cue)) return null;
  const asker = speakerAfter(items, cue.to + 1, s.to);
  if (asker === null) return null;
  let from = asker.to;
  if (isPunct(items, from, ',') && items.isWordId(from + 1, WHO)) {
    const stop = Math.min(s.to, from + CONTENT_SCAN);
    for (from += 2; from < stop && !isPunct(items, from, ','); from++);
  }
  if (isPunct(items, from, ',:')) from++;
  if (!items.isQuote(from) && !items.is(from, WordClass.WhWord)) return null;
  return { cue, cueTo: cue.to, speaker: asker, content: [{ from, to: clauseEnd(items, from, contentEnd(items, s)) }], shape: 'leading' };
}
