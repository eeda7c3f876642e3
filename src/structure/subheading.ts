/**
 * Subheadings: short lines that introduce the paragraphs after them.
 *
 * A candidate is short, single-line, starts with a capital or digit and does not end like a
 * sentence or a lead-in. Whether it *is* a subheading depends on its neighbours (see
 * `structure/sections`): a lone candidate between paragraphs is a heading; a run of candidates
 * is a list, and a candidate after a colon is the content the colon announced.
 * @module
 */
import { isByline } from './byline.js';

const MAX_HEADING_LENGTH = 90;
const MAX_HEADING_WORDS = 12;
// Starts a list item, a quotation, a parenthetical note or a credit line: never a heading.
const NOT_A_HEADING_START = /^(?:[-*•●▪–—"“„«‘'([]|\d+[.)]\s)/u;
const ENDS_LIKE_SENTENCE = /[.,;:!…]["”’»)]?$|["”’»]$/u;
const HAS_LETTER = /\p{L}/u;
const STARTS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** True when a single-line unit's text could be a subheading on its own. */
export function isHeadingCandidate(text: string): boolean {
  if (text.length < 2 || text.length > MAX_HEADING_LENGTH) return false;
  if (!STARTS_CAPITAL_OR_DIGIT.test(text) || NOT_A_HEADING_START.test(text)) return false;
  if (ENDS_LIKE_SENTENCE.test(text) || !HAS_LETTER.test(text)) return false;
  const words = text.split(' ');
  if (words.length > MAX_HEADING_WORDS) return false;
  // A one-word question ("Why?") is a paragraph; a longer one ("What happens next?") may head a section.
  if (text.endsWith('?') && words.length < 3) return false;
  // Two sentences in a row are prose.
  if (/[.!?] \p{Lu}/u.test(text)) return false;
  return !isByline(text, false);
}
