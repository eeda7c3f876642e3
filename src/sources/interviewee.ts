/**
 * Whose "I" a Q&A's answers are: in a transcript where each answer opens with "A:" ("A: I think
 * it was a mistake."), the person who answers is the one the introduction is about — the person
 * it names most often before the first answer (the first named on a tie), as a reader takes
 * "Q&A with Vice President Joe Biden" … "A: I am surprised."
 * @module
 */
import { isWordChar } from '../text/chars.js';
import type { Entity } from './entities.js';
import type { SourcesState } from './state.js';

/**
 * The answer paragraphs of a Q&A, by index, to the person answering: when at least two paragraphs
 * open with an answer marker (one "A." could be an initial), the person the introduction names
 * most; in a Q&A without markers, null — someone other than the author, whom the text does not settle.
 */
export function answerParagraphs(state: SourcesState): Map<number, Entity | null> {
  const out = new Map<number, Entity | null>();
  const answers: number[] = [];
  state.paragraphs.forEach((p, i) => {
    if (opensWithAnswerMarker(state.input, p.start)) answers.push(i);
  });
  const first = state.paragraphs[answers[0] ?? -1];
  if (answers.length < 2 || first === undefined) {
    // Without markers the introduction need not name the interviewee most: the answers are only
    // known not to be the author's.
    for (const i of answersAfterQuestions(state)) out.set(i, null);
    return out;
  }
  const interviewee = mostNamedBefore(state, first.start);
  if (interviewee === null) return out;
  for (const i of answers) out.set(i, interviewee);
  return out;
}

// Longest question paragraph of a Q&A without answer markers, in characters.
const MAX_QUESTION = 300;

/**
 * A Q&A printed without markers: paragraphs that are one question put to the interviewee (they
 * end with "?" and address "you"), each followed by the answer's paragraphs. Two such questions
 * at least; rhetorical questions of an op-ed seldom ask "you" anything. The paragraphs after each
 * question up to the next, in order.
 */
function answersAfterQuestions(state: SourcesState): number[] {
  const { input, paragraphs } = state;
  const questions: number[] = [];
  paragraphs.forEach((p, i) => {
    if (p.end - p.start <= MAX_QUESTION && input.charCodeAt(p.end - 1) === 0x3f && addressesYou(input, p.start, p.end)) questions.push(i);
  });
  const answers: number[] = [];
  if (questions.length < 2) return answers;
  for (let q = 0; q < questions.length; q++) {
    const next = questions[q + 1] ?? paragraphs.length;
    for (let i = (questions[q] as number) + 1; i < next; i++) answers.push(i);
  }
  return answers;
}

/** True when "you" or "your" stands as a word in `[from, to)`. */
function addressesYou(input: string, from: number, to: number): boolean {
  const text = input.slice(from, to).toLowerCase();
  for (let k = text.indexOf('you'); k !== -1; k = text.indexOf('you', k + 3)) {
    const after = text.charCodeAt(k + 3);
    if (!isWordChar(text.charCodeAt(k - 1)) && (after === 0x72 || !isWordChar(after))) return true;
  }
  return false;
}

/** True when the text at `at` is "A:" or "A." followed by a blank: an interview answer's marker. */
function opensWithAnswerMarker(input: string, at: number): boolean {
  if (input.charCodeAt(at) !== 0x41) return false;
  const mark = input.charCodeAt(at + 1);
  const next = input.charCodeAt(at + 2);
  return (mark === 0x3a || mark === 0x2e) && (next === 0x20 || next === 0x09 || next === 0xa0);
}

/** The person named most often before offset `end` (the first named on a tie), or null. */
function mostNamedBefore(state: SourcesState, end: number): Entity | null {
  const counts = new Map<Entity, number>();
  let best: Entity | null = null;
  let bestCount = 0;
  for (let i = 0; i < state.names.length; i++) {
    const m = state.names[i];
    if (m === undefined || m.start >= end) break;
    const e = state.nameEntity[i];
    if (e === null || e === undefined || e.kind !== 'person') continue;
    const n = (counts.get(e) ?? 0) + 1;
    counts.set(e, n);
    if (n > bestCount) {
      best = e;
      bestCount = n;
    }
  }
  return best;
}
