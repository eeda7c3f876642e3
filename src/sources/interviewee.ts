/**
 * Whose "I" a Q&A's answers are: in a transcript where each answer opens with "A:" ("A: I think
 * it was a mistake."), the person who answers is the one the introduction is about — the person
 * it names most often before the first answer (the first named on a tie), as a reader takes
 * "Q&A with Vice President Joe Biden" … "A: I am surprised."
 * @module
 */
import type { Entity } from './entities.js';
import type { SourcesState } from './state.js';

/**
 * The answer paragraphs of a Q&A, by index, to the person answering; empty unless at least two
 * paragraphs open with an answer marker (one "A." could be an initial).
 */
export function answerParagraphs(state: SourcesState): Map<number, Entity> {
  const out = new Map<number, Entity>();
  const answers: number[] = [];
  state.paragraphs.forEach((p, i) => {
    if (opensWithAnswerMarker(state.input, p.start)) answers.push(i);
  });
  const first = state.paragraphs[answers[0] ?? -1];
  if (answers.length < 2 || first === undefined) return out;
  const interviewee = mostNamedBefore(state, first.start);
  if (interviewee === null) return out;
  for (const i of answers) out.set(i, interviewee);
  return out;
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
