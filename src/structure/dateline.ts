/**
 * Datelines: the place (and sometimes date and agency) that wire copy puts before the first
 * sentence: "KYIV, July 4 (Reuters) -", "TALLAHASSEE, Fla. (AP) —", "ATLANTA --",
 * "WASHINGTON (CNN) —", "Hong Kong CNN —", "Dec 29 (Reuters) -".
 *
 * The place is either in capitals (the wire convention) or in ordinary case followed by an agency
 * in brackets or an agency name; an ordinary capitalised word followed by a dash alone
 * ("Biden — who …") is far more often a sentence than a dateline, so it is not taken.
 * @module
 */
import type { Span } from '../schema.js';

// Spaces a CMS writes in place of plain ones; each is one code unit, so swapping them for a plain
// space keeps every offset.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f]/g;
// Every quantifier is bounded and every pattern anchored, so matching is linear in its (short) input.
const CAPS_PLACE = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}/u;
const CASED_WORD = /^\p{Lu}[\p{L}.'’-]+/u;
const REGION = /^, (\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*){0,2}/u;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?$/;
const DATE = /^,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}/;
const DATE_FIRST = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}/;
const AGENCY_IN_BRACKETS = /^ ?\(\p{L}[\p{L} .&'’-]{0,40}\)/u;
const AGENCY_BARE = /^ {1,2}(?:CNN|AP|AFP|Reuters|UPI|dpa|Bloomberg|Xinhua|TASS)\b/u;
// Hyphen, en dash, em dash, horizontal bar (some sites' house dash) or a doubled hyphen.
const DASH = /^ {0,2}(?:--|[—–―-]) ?/u;
const MAX_DATELINE = 100;
const MAX_PLACE_WORDS = 4;

/** A cursor over the head of the paragraph: each step consumes a pattern if it matches. */
class Scanner {
  /** Keeps the shape of this class's instances alive between parses (see `TokenStore.shapeAnchor`). @internal */
  static readonly shapeAnchor: Scanner = new Scanner('', 0);
  constructor(
    readonly head: string,
    public i: number,
  ) {}

  step(re: RegExp): RegExpExecArray | null {
    const m = re.exec(this.head.slice(this.i));
    if (m !== null) this.i += m[0].length;
    return m;
  }
}

/**
 * Reads what follows a place ending at `placeEnd` — region, date, agency, dash — and returns
 * where the dash ends, or -1. `needsAgency`: an ordinary-case place is a dateline only with one.
 */
function readAfterPlace(head: string, placeEnd: number, needsAgency: boolean): number {
  const s = new Scanner(head, placeEnd);
  const region = REGION.exec(head.slice(s.i));
  // ", Dec 24" is the date, not a region ("KYIV, Dec 24 (Reuters) -").
  if (region !== null && !MONTH.test(region[1] as string)) s.i += region[0].length;
  s.step(DATE);
  const agency = s.step(AGENCY_IN_BRACKETS) !== null || s.step(AGENCY_BARE) !== null;
  if (needsAgency && !agency) return -1;
  const dashAt = s.i;
  if (s.step(DASH) === null) return -1;
  // A dash must be followed by the first sentence, not end the paragraph.
  if (s.i >= head.length) return -1;
  // The span ends on the dash itself, not on the space after it.
  let dashEnd = s.i;
  while (dashEnd > dashAt && head.charCodeAt(dashEnd - 1) === 0x20) dashEnd--;
  return dashEnd;
}

/** Ends of the first one to four capitalised words: the candidate places, longest first. */
function casedPlaceEnds(head: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (ends.length < MAX_PLACE_WORDS) {
    const m = CASED_WORD.exec(head.slice(i));
    if (m === null) break;
    i += m[0].length;
    ends.push(i);
    if (head.charCodeAt(i) !== 0x20) break;
    i++;
  }
  return ends.reverse();
}

function countUpper(text: string): number {
  let n = 0;
  for (const ch of text) if (ch !== ch.toLowerCase()) n++;
  return n;
}

/** Where the dateline at the start of `head` ends, or -1. */
function datelineEnd(head: string): number {
  // Place-less wire copy opens with the date: "Dec 29 (Reuters) -".
  const date = DATE_FIRST.exec(head);
  if (date !== null) return readAfterPlace(head, date[0].length, true);
  const caps = CAPS_PLACE.exec(head);
  // Single capital letters ("A", "I") are words, not places.
  if (caps !== null && countUpper(caps[0]) >= 2) {
    const end = readAfterPlace(head, caps[0].length, false);
    if (end >= 0) return end;
  }
  // "Hong Kong CNN —": the place is shorter than the run of capitalised words.
  for (const placeEnd of casedPlaceEnds(head)) {
    const end = readAfterPlace(head, placeEnd, true);
    if (end >= 0) return end;
  }
  return -1;
}

/** True when `input[start, end)` holds one of the dashes {@link DASH} matches: every dateline ends on one. */
function hasDash(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2d /* - */ || c === 0x2014 /* — */ || c === 0x2013 /* – */ || c === 0x2015 /* ― */) return true;
  }
  return false;
}

/** Finds a dateline at `start` in `input`; returns its span (up to and including the dash) or `null`. */
export function findDateline(input: string, start: number, end: number): Span | null {
  const headEnd = Math.min(end, start + MAX_DATELINE);
  // Most paragraphs open with no dash at all: no pattern below can match there.
  if (!hasDash(input, start, headEnd)) return null;
  const head = input.slice(start, headEnd).replace(ODD_SPACE, ' ');
  const dashEnd = datelineEnd(head);
  return dashEnd < 0 ? null : { start, end: start + dashEnd };
}
