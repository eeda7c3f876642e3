/**
 * Recognising page furniture: whole lines that belong to the page, not the article.
 * @module
 */
import { DATE_LINE_WORDS, FURNITURE_LINES, SECTION_LABELS } from '../lexicon/furniture.js';

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
    const w = match[0].toLowerCase().replace(/[.:,]+$/, '');
    if (DIGITS_OR_TIME.test(w)) {
      informative++;
      continue;
    }
    if (!DATE_LINE_WORDS.has(w) && !DATE_LINE_WORDS.has(match[0].toLowerCase())) return false;
    if (w !== 'on' && w !== 'at' && w !== 'and' && w !== 'of' && w !== 'the' && w !== 'by') informative++;
  }
  return words > 0 && informative > 0;
}

/** True for a breadcrumb trail such as "Home > World > Europe". */
function isBreadcrumb(text: string): boolean {
  if (text.length > 120 || !BREADCRUMB_SEPARATOR.test(text)) return false;
  const parts = text.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 2 && parts.every((p) => p.length > 0 && p.length <= 30 && !/[.!?]$/.test(p));
}

/**
 * True when a whole line is page furniture: an ad slot or button label, a section label, a
 * timestamp or reading-time line, or breadcrumbs. `text` is the line's collapsed text.
 */
export function isFurniture(text: string): boolean {
  if (text.length > 120) return false;
  const key = text.toLowerCase().replace(/[\s:|•·]+$/, '');
  return FURNITURE_LINES.has(key) || SECTION_LABELS.has(key) || isDateLine(text) || isBreadcrumb(text);
}

/** True for the furniture that may also interrupt the body (ad slots and "continue reading" lines). */
export function isBodyFurniture(text: string): boolean {
  if (text.length > 60) return false;
  const key = text.toLowerCase();
  return key.includes('advertisement') ? FURNITURE_LINES.has(key) : key === 'continue reading the main story';
}
