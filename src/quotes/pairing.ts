/**
 * Pairing quotation marks into quoted segments, paragraph by paragraph.
 *
 * Marks never pair across a paragraph break, with one exception that is a rule of English
 * typesetting: a quotation that runs over several paragraphs opens each paragraph with a mark and
 * closes only at the end. So a double quotation left open at the end of a paragraph continues when
 * the next paragraph starts with an opening mark; otherwise it ends with its paragraph. A stray
 * mark can therefore never swallow more than the rest of its own paragraph. A quotation never
 * continues from the headline into the body, nor across a subheading: the caller says which
 * blocks open a new run.
 *
 * Only top-level segments are returned: a quotation inside a quotation stays part of its outer
 * quotation's text.
 * @module
 */
import type { Span } from '../schema.js';
import { TITLE_CASE_MINOR_WORDS } from '../lexicon/headings.js';
import { isBlank, isLower, isUpper } from '../text/chars.js';
import { findMarks, newMarkSearch, type Mark, type MarkFamily } from './marks.js';

/** A top-level quoted stretch of one paragraph. */
export interface QuoteSegment {
  readonly paragraph: number;
  /** Index of the opening mark, or -1 when a continued quotation's paragraph has none. */
  readonly open: number;
  /** Where the quoted words start (after the opening mark) and end (before the closing mark). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** One past the closing mark; equals `contentEnd` when the segment runs to its paragraph's end unclosed. */
  readonly end: number;
  readonly closed: boolean;
  readonly family: MarkFamily;
  /** True when the segment's opening mark is the first character of its paragraph. */
  readonly opensParagraph: boolean;
  /** True when the quotation goes on in the next paragraph's first segment. */
  continued: boolean;
}

interface Open {
  readonly mark: Mark;
}

/**
 * Pairs the marks of every paragraph into top-level quoted segments, in input order.
 * `startsRun(p)` is true when no quotation open at the end of block `p - 1` may go on in block `p`.
 */
export function pairQuotes(input: string, paragraphs: readonly Span[], startsRun: (p: number) => boolean = () => false): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let carried: QuoteSegment | null = null;
  const search = newMarkSearch();
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    const marks = findMarks(input, para.start, para.end, search);
    const before = segments.length;
    const open = startsRun(p) ? null : carried;
    carried = pairParagraph(input, p, para, marks, segments);
    // A continued quotation: the previous paragraph ended inside a quotation and this one's first
    // segment opens the paragraph (its mark survived pairing).
    const first = segments[before];
    if (open !== null && first !== undefined && first.opensParagraph && first.family === 'double') open.continued = true;
  }
  return segments;
}

/** Pairs one paragraph's marks; returns the segment left open at its end, if any. */
function pairParagraph(input: string, p: number, para: Span, marks: readonly Mark[], out: QuoteSegment[]): QuoteSegment | null {
  let double: Open | null = null;
  const singles: Open[] = [];
  for (const mark of marks) {
    if (mark.family === 'double') {
      if (double !== null && mark.role !== 'open') {
        // (A nickname inside a name, Marcia “Cia” Price, is part of the name, not a quotation.)
        if (!isNickname(input, double.mark, mark)) out.push(segment(p, para, double.mark, mark, 'double'));
        double = null;
        singles.length = 0;
      } else if (mark.role !== 'close') {
        // A second opening mark while one is open. After a sentence's end ("… the right place.
        // “Rafa is …") it opens the next paragraph of a quotation whose paragraph break was lost
        // (a quotation of several paragraphs opens each and closes only the last): the first
        // quotation ends with that sentence. Elsewhere the first mark was a stray: recover from here.
        const cut = double === null ? -1 : sentenceEndBefore(input, double.mark.pos + double.mark.len, mark.pos);
        if (double !== null && cut >= 0) out.push(cutSegment(p, para, double.mark, cut));
        double = { mark };
        singles.length = 0;
      }
      continue;
    }
    if (mark.role === 'open') singles.push({ mark });
    else {
      const open = singles.pop();
      // A closing single with nothing open is an apostrophe after all ("officials’ views").
      if (open !== undefined && double === null && singles.length === 0) out.push(segment(p, para, open.mark, mark, 'single'));
    }
  }
  if (double === null) return null;
  const open = double.mark;
  const unclosed: QuoteSegment = {
    paragraph: p,
    open: open.pos,
    contentStart: open.pos + open.len,
    contentEnd: para.end,
    end: para.end,
    closed: false,
    family: 'double',
    opensParagraph: open.pos === para.start,
    continued: false,
  };
  out.push(unclosed);
  return unclosed;
}

// Most characters of a nickname between the marks ("Cia", "The Rock").
const MAX_NICKNAME = 24;

/**
 * True when the marks `open` and `close` enclose a nickname inside a name — one or two
 * capitalised words between a capitalised word and the next: Jesse “Bam” Rodriguez, Dwayne
 * “The Rock” Johnson.
 */
function isNickname(input: string, open: Mark, close: Mark): boolean {
  const from = open.pos + open.len;
  if (close.pos - from > MAX_NICKNAME || close.pos <= from || !isUpper(input.charCodeAt(from))) return false;
  let spaces = 0;
  for (let k = from; k < close.pos; k++) {
    const c = input.charCodeAt(k);
    if (c === 0x20) {
      if (++spaces > 1 || !isUpper(input.charCodeAt(k + 1))) return false;
    } else if (!isUpper(c) && !isLower(c)) return false;
  }
  const after = close.pos + close.len;
  if (input.charCodeAt(open.pos - 1) !== 0x20 || input.charCodeAt(after) !== 0x20 || !isUpper(input.charCodeAt(after + 1))) return false;
  // (A title-case heading goes on with a minor word: "Why She Felt “Invisible” As A Child".)
  let end = after + 1;
  while (end < input.length && isLower(input.charCodeAt(end + 1)) && end - after < MAX_NICKNAME) end++;
  if (TITLE_CASE_MINOR_WORDS.has(input.slice(after + 1, end + 1).toLowerCase())) return false;
  // The word before the opening mark is a given name: a capital, then lower-case letters.
  let k = open.pos - 1;
  while (k > 0 && isLower(input.charCodeAt(k - 1))) k--;
  return k < open.pos - 1 && k > 0 && isUpper(input.charCodeAt(k - 1));
}

/**
 * The end of the sentence that blanks separate from `pos` — one past its ".", "?" or "!" — or -1
 * when no blank, or no such mark, stands right before `pos` (not looking before `from`).
 */
function sentenceEndBefore(input: string, from: number, pos: number): number {
  let k = pos;
  while (k > from && isBlank(input.charCodeAt(k - 1))) k--;
  if (k === pos || k <= from) return -1;
  const c = input.charCodeAt(k - 1);
  return c === 0x2e || c === 0x3f || c === 0x21 ? k : -1;
}

/** A double-mark quotation from `open` that ends, with no closing mark, at `end`. */
function cutSegment(p: number, para: Span, open: Mark, end: number): QuoteSegment {
  return { paragraph: p, open: open.pos, contentStart: open.pos + open.len, contentEnd: end, end, closed: false, family: 'double', opensParagraph: open.pos === para.start, continued: false };
}

function segment(p: number, para: Span, open: Mark, close: Mark, family: MarkFamily): QuoteSegment {
  return {
    opensParagraph: open.pos === para.start,
    paragraph: p,
    open: open.pos,
    contentStart: open.pos + open.len,
    contentEnd: close.pos,
    end: close.pos + close.len,
    closed: true,
    family,
    continued: false,
  };
}
