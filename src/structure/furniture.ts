/**
 * Recognising page furniture: whole lines that belong to the page, not the article.
 * @module
 */
import { BODY_FURNITURE_LINES, DATE_LINE_WORDS, FURNITURE_LINES, SECTION_LABELS } from '../lexicon/furniture.js';
import { trimEndChars } from './strings.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.:'’-]*/gu;
const DIGITS_OR_TIME = /^[\d.:/-]+(?:st|nd|rd|th|h|m)?$/;
const BREADCRUMB_SEPARATOR = /\s[>›»/|]\s/;

/** True for a timestamp or reading-time line: only date words, numbers and punctuation. */
export function isDateLine(text: string): boolean {
  if (text.length > 100) return false;
  let words = 0;
  let informative = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    const w = trimEndChars(match[0].toLowerCase(), '.:,');
    if (DIGITS_OR_TIME.test(w)) {
      informative++;
      continue;
    }
    if (!DATE_LINE_WORDS.has(w) && !DATE_LINE_WORDS.has(match[0].toLowerCase())) return false;
    if (w !== 'on' && w !== 'at' && w !== 'and' && w !== 'of' && w !== 'the' && w !== 'by') informative++;
  }
  return words > 0 && informative > 0;
}

// Breadcrumb steps are section names: "World", "Middle East", "Science & Environment".
const MAX_CRUMB_WORDS = 3;

/**
 * True for a breadcrumb trail such as "Home > World > Europe". Every step is a short section
 * name; a headline with a site name after a bar ("Best phones of 2024 | Top 10 reviewed") has a
 * longer part and stays a headline.
 */
function isBreadcrumb(text: string): boolean {
  if (text.length > 120 || !BREADCRUMB_SEPARATOR.test(text)) return false;
  const parts = text.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 2 && parts.every(isCrumb);
}

function isCrumb(part: string): boolean {
  if (part.length === 0 || part.length > 30 || /[.!?]$/.test(part)) return false;
  return part.split(' ').length <= MAX_CRUMB_WORDS;
}

/**
 * True when a whole line is page furniture: an ad slot or button label, a section label, a
 * timestamp or reading-time line, or breadcrumbs. `text` is the line's collapsed text.
 */
export function isFurniture(text: string): boolean {
  if (text.length > 120) return false;
  const key = trimEndChars(text.toLowerCase(), ' :|•·');
  return FURNITURE_LINES.has(key) || BODY_FURNITURE_LINES.has(key) || SECTION_LABELS.has(key) || isDateLine(text) || isBreadcrumb(text);
}

/** True for the furniture that may also interrupt the body (ad slots, "continue reading", box labels). */
export function isBodyFurniture(text: string): boolean {
  return text.length <= 60 && BODY_FURNITURE_LINES.has(trimEndChars(text.toLowerCase(), ' :'));
}
