/**
 * Datelines: the place (and sometimes date and agency) that wire copy puts before the first
 * sentence: "KYIV, July 4 (Reuters) -", "TALLAHASSEE, Fla. (AP) —", "ATLANTA --",
 * "WASHINGTON (CNN) —", "Hong Kong CNN —".
 *
 * The place is either in capitals (the wire convention) or in ordinary case followed by an agency
 * in brackets or an agency name; an ordinary capitalised word followed by a dash alone
 * ("Biden — who …") is far more often a sentence than a dateline, so it is not taken.
 * @module
 */
import type { Span } from '../schema.js';

// Every quantifier is bounded and the pattern is anchored, so matching is linear in its (short) input.
const CAPS_PLACE = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}/u;
const CASED_PLACE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}/u;
const REGION = /^, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}/u;
const DATE = /^,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}/u;
const AGENCY_IN_BRACKETS = /^ ?\(\p{L}[\p{L} .&'’-]{0,40}\)/u;
const AGENCY_BARE = /^ {1,2}(?:CNN|AP|AFP|Reuters|UPI|dpa|Bloomberg|Xinhua|TASS)\b/u;
const DASH = /^ {0,2}(?:--|[—–-]) ?/;
const MAX_DATELINE = 100;

/** Finds a dateline at `start` in `input`; returns its span (up to and including the dash) or `null`. */
export function findDateline(input: string, start: number, end: number): Span | null {
  const head = input.slice(start, Math.min(end, start + MAX_DATELINE));
  const caps = CAPS_PLACE.exec(head);
  const place = caps ?? CASED_PLACE.exec(head);
  if (place === null) return null;
  // Single capital letters ("A", "I") are words, not places.
  if (caps !== null && countUpper(caps[0]) < 2) return null;
  let i = place[0].length;
  const step = (re: RegExp): boolean => {
    const m = re.exec(head.slice(i));
    if (m === null) return false;
    i += m[0].length;
    return true;
  };
  step(REGION);
  step(DATE);
  const agency = step(AGENCY_IN_BRACKETS) || step(AGENCY_BARE);
  if (caps === null && !agency) return null;
  const dashAt = i;
  if (!step(DASH)) return null;
  // A dash must be followed by the first sentence, not end the paragraph.
  if (i >= head.length) return null;
  // Trim the trailing space after the dash: the span ends on the dash itself.
  let dashEnd = i;
  while (dashEnd > dashAt && head.charCodeAt(dashEnd - 1) === 0x20) dashEnd--;
  return { start, end: start + dashEnd };
}

function countUpper(text: string): number {
  let n = 0;
  for (const ch of text) if (ch !== ch.toLowerCase()) n++;
  return n;
}
