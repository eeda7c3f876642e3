/**
 * Interview turns: in a Q&A, the interviewer's question sits on a line of its own like a heading
 * ("What drew you to painting?"). It is a turn of the dialogue, not the title of a section: it is
 * put to someone (second person) and the answer after it speaks in the first person or opens
 * with its speaker's name and a colon.
 * @module
 */
import { FIRST_PERSON, SECOND_PERSON } from '../lexicon/headings.js';
import { hasWordIn } from './strings.js';

// The answer's person shows in its opening words; reading further would let a quotation deep in
// an explainer's paragraph count.
const ANSWER_OPENING = 80;

// An answer labelled with its speaker: one to three capitalised words and a colon ("Asake: It
// is…", "Dr. Lee: No."). Bounded and anchored, so it never backtracks over the paragraph.
const ANSWER_SPEAKER_LABEL = /^\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,2}: /u;

/** True when the question `text`, followed by the paragraph `next`, is an interviewer's turn. */
export function isInterviewQuestion(text: string, next: string | undefined): boolean {
  if (!text.endsWith('?') || next === undefined || !hasWordIn(text, SECOND_PERSON)) return false;
  return ANSWER_SPEAKER_LABEL.test(next) || hasWordIn(next.slice(0, ANSWER_OPENING), FIRST_PERSON);
}
