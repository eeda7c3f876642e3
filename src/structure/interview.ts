/**
 * Interview turns: in a Q&A, the interviewer's question sits on a line of its own like a heading
 * ("What drew you to painting?"). It is a turn of the dialogue, not the title of a section: it is
 * put to someone (second person) and the answer after it speaks in the first person.
 * @module
 */
import { FIRST_PERSON, SECOND_PERSON } from '../lexicon/headings.js';
import { hasWordIn } from './strings.js';

// The answer's person shows in its opening words; reading further would let a quotation deep in
// an explainer's paragraph count.
const ANSWER_OPENING = 80;

/** True when the question `text`, followed by the paragraph `next`, is an interviewer's turn. */
export function isInterviewQuestion(text: string, next: string | undefined): boolean {
  if (!text.endsWith('?') || next === undefined || !hasWordIn(text, SECOND_PERSON)) return false;
  return hasWordIn(next.slice(0, ANSWER_OPENING), FIRST_PERSON);
}
