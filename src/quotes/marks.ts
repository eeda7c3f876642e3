/**
 * Quotation marks: finding them and deciding, from their neighbours, whether each opens, closes
 * or may do either. Apostrophes inside words (don't, Ukraine’s, O’Brien, the ’90s) are not marks.
 *
 * Two families: double marks (“ ” " « » „ and the `''` / ``` `` ``` / ‘‘ ’’ pairs of NYT archives,
 * LaTeX-style text and doubled curly singles) and single marks (‘ ’ ' ‹ › ‚). Whether a closing single mark is really a
 * quote or a plural possessive ("officials’ views") is only known when pairing, so such marks are
 * reported as `close` and dropped by the pairing step when nothing is open.
 * @module
 */
import { isWhitespace, isWordChar } from '../text/chars.js';

/** Which set of marks a mark belongs to: marks only pair within their family. */
export type MarkFamily = 'double' | 'single';

/** What a mark can do, judged from its neighbours. */
export type MarkRole = 'open' | 'close' | 'either';

/** One quotation mark in the input. */
export interface Mark {
  /** Index of the mark's first code unit. */
  readonly pos: number;
  /** Code units it occupies: 2 for `''` and ``` `` ```, else 1. */
  readonly len: number;
  readonly family: MarkFamily;
  readonly role: MarkRole;
}

const APOS = 0x27;
const BACKTICK = 0x60;

// Characters after which a mark reads as opening: start of text, space, brackets, dashes, slash.
function isOpeningContext(code: number): boolean {
  return code < 0 || isWhitespace(code) || code === 0x28 || code === 0x5b || code === 0x7b || code === 0x2014 || code === 0x2013 || code === 0x2d || code === 0x2f;
}

// Characters before which a mark reads as closing: end of text, space, punctuation, brackets, dashes.
function isClosingContext(code: number): boolean {
  return (
    code < 0 || isWhitespace(code) || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f ||
    code === 0x29 || code === 0x5d || code === 0x2014 || code === 0x2013 || code === 0x2d || code === 0x2026
  );
}

/** Role of a double mark whose shape gives a direction, corrected when its context clearly says the opposite. */
function directedRole(shape: 'open' | 'close', prev: number, next: number): MarkRole {
  const opensHere = isOpeningContext(prev) && !isClosingContext(next);
  const closesHere = !isOpeningContext(prev) && isClosingContext(next);
  if (shape === 'open') return closesHere ? 'close' : 'open';
  return opensHere ? 'open' : 'close';
}

function straightRole(prev: number, next: number): MarkRole {
  const opening = isOpeningContext(prev) || isOpeningMarkCode(prev);
  const closing = isClosingContext(next) || isClosingMarkCode(next);
  if (opening && !closing) return 'open';
  if (closing && !opening) return 'close';
  return 'either';
}

function isOpeningMarkCode(code: number): boolean {
  return code === 0x201c || code === 0x2018 || code === 0x201e || code === 0x201a || code === 0xab || code === 0x2039;
}

function isClosingMarkCode(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x203a;
}

// ’ or ' between two word characters is an apostrophe (don’t, O’Brien); so is one before a digit (’90s).
function isApostrophe(prev: number, next: number): boolean {
  return (prev >= 0 && isWordChar(prev) && next >= 0 && isWordChar(next)) || (next >= 0x30 && next <= 0x39);
}

function singleRole(code: number, prev: number, next: number): MarkRole | null {
  if (isApostrophe(prev, next)) return null;
  if (code === 0x2018 || code === 0x201a || code === 0x2039) return isClosingContext(next) ? null : 'open';
  if (code === 0x203a) return 'close';
  // ’ or ': opening only after a space and before a word; closing after a word; else a stray.
  if (isOpeningContext(prev) && !isClosingContext(next)) return code === APOS ? 'open' : null;
  if (!isOpeningContext(prev)) return 'close';
  return null;
}

// Every quotation mark character; the scan jumps from one to the next with a native search.
const MARK_CHARS = /["'`«»‘’‚‹›“”„]/;

/**
 * A search for the next quotation mark, for {@link findMarks}: one per parse can serve every
 * paragraph, since each search starts over (a global expression keeps its position in `lastIndex`,
 * so it is never shared between calls that may interleave).
 */
export function newMarkSearch(): RegExp {
  return new RegExp(MARK_CHARS.source, 'g');
}

/** Finds every quotation mark in `input[start, end)`, in order; `search` (from {@link newMarkSearch}) may be reused across calls. */
export function findMarks(input: string, start: number, end: number, search: RegExp = newMarkSearch()): Mark[] {
  const marks: Mark[] = [];
  const codeAt = (k: number): number => (k < end ? input.charCodeAt(k) : -1);
  // Search a slice (cheap in V8: it shares the input's memory) so the scan never runs past `end`.
  const text = input.slice(start, end);
  search.lastIndex = 0;
  // `test` moves `lastIndex` past the mark it finds without building a match array.
  while (search.test(text)) {
    const i = search.lastIndex - 1 + start;
    const code = input.charCodeAt(i);
    const prev = i > start ? input.charCodeAt(i - 1) : -1;
    if ((code === APOS || code === BACKTICK || code === 0x2018 || code === 0x2019) && codeAt(i + 1) === code) {
      // '' and `` (NYT archives, TeX-style text) and doubled ‘‘ ’’ stand for a double mark.
      const role = code === BACKTICK || code === 0x2018 ? 'open' : code === 0x2019 ? 'close' : straightRole(prev, codeAt(i + 2));
      marks.push({ pos: i, len: 2, family: 'double', role });
      search.lastIndex = i + 2 - start;
      continue;
    }
    const mark = classify(i, code, prev, codeAt(i + 1));
    if (mark !== null) marks.push(mark);
  }
  return marks;
}

/** The one-unit mark at `pos`, or null when the character there is no quotation mark in its context. */
function classify(pos: number, code: number, prev: number, next: number): Mark | null {
  switch (code) {
    case 0x22:
      return { pos, len: 1, family: 'double', role: straightRole(prev, next) };
    case 0x201c:
    case 0x201e:
    case 0xab:
      return { pos, len: 1, family: 'double', role: directedRole('open', prev, next) };
    case 0x201d:
    case 0xbb:
      return { pos, len: 1, family: 'double', role: directedRole('close', prev, next) };
    case APOS:
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x2039:
    case 0x203a: {
      const role = singleRole(code, prev, next);
      return role === null ? null : { pos, len: 1, family: 'single', role };
    }
    default:
      return null;
  }
}
