/**
 * Subheadings: short lines that introduce the paragraphs after them.
 *
 * A candidate is short, single-line, starts with a capital or digit and does not end like a
 * sentence or a lead-in. Whether it *is* a subheading depends on its neighbours (see
 * `rules/subheadings`): a lone candidate between paragraphs is a heading; a run of candidates
 * is a list, and a candidate after a colon is the content the colon announced.
 *
 * What short lines in news bodies turn out to be, besides headings: list items, fact-box lines
 * ("Record: 40-0, 31 KOs"), lead-ins ending in a colon, interview turns ("Q: Why now?"),
 * rhetorical one-line paragraphs ("And the good news?"), credits and bylines. The tests below
 * keep each of them out by its own shape.
 * @module
 */
import { isCreditLine } from './byline.js';

const MAX_HEADING_LENGTH = 90;
const MAX_HEADING_WORDS = 12;
// Starts a list item, a quotation, a parenthetical note or a credit line: never a heading. A
// number followed by a period ("2. Document everything") is a numbered heading as often as a
// list item, so it is left to the neighbours.
const NOT_A_HEADING_START = /^[-*•●▪–—"“„«‘'([]/u;
// NYT-style text closes quotes with two apostrophes (''), hence up to two closing marks.
const ENDS_LIKE_SENTENCE = /[.,;:!…]["”’»)']{0,2}$|["”’»]$/u;
const HAS_LETTER = /\p{L}/u;
const STARTS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
// A line that opens with a conjunction continues the prose before it ("And the good news?").
const CONJUNCTION_START = /^(?:And|But|So|Or|Yet|Nor)\s/u;
// A fact-box line: a short label, a colon, then a figure ("Age: 19", "Display score: 4.5 / 5").
const FACT_LINE = /^[\p{L}\p{N} /'’-]{1,30}: ?[\d$£€]/u;
// An interview turn: "Q: …", "A. …", or a speaker in capitals ("JANE DOE: Why not?").
const QA_TURN = /^[QA][:.] /u;
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu} .'’-]{1,40}: /u;
// A sentence end after a word (not after a number, "No. 9", or an initial) followed by a capital.
const TWO_SENTENCES = /\p{Ll}{2}[.!?] \p{Lu}/u;

/** True for "JANE DOE: Why not?" but not for an all-capitals heading "EDITOR'S PICKS: BEST DEALS". */
function isSpeakerTurn(text: string): boolean {
  const m = SPEAKER_LABEL.exec(text);
  if (m === null) return false;
  const rest = text.slice(m[0].length);
  return rest !== rest.toUpperCase();
}

/** True when the text has a shape that is never a heading, whatever its neighbours. */
function isNeverHeading(text: string): boolean {
  return (
    NOT_A_HEADING_START.test(text) ||
    CONJUNCTION_START.test(text) ||
    FACT_LINE.test(text) ||
    QA_TURN.test(text) ||
    isSpeakerTurn(text)
  );
}

/** True when a single-line unit's text could be a subheading on its own. */
export function isHeadingCandidate(text: string): boolean {
  if (text.length < 2 || text.length > MAX_HEADING_LENGTH) return false;
  if (!STARTS_CAPITAL_OR_DIGIT.test(text) || isNeverHeading(text)) return false;
  if (ENDS_LIKE_SENTENCE.test(text) || !HAS_LETTER.test(text)) return false;
  const words = text.split(' ');
  if (words.length > MAX_HEADING_WORDS) return false;
  // A one-word question ("Why?") is a paragraph; a longer one ("What happens next?") may head a section.
  if (text.endsWith('?') && words.length < 3) return false;
  // Two sentences in a row are prose.
  if (TWO_SENTENCES.test(text)) return false;
  // A byline or sign-off ("Jane Doe | Reuters") is a credit, not a heading.
  return !isCreditLine(text);
}
