/**
 * Photo credits in the body: "(Photo: Jane Doe/Reuters)", "(AP Photo/Jane Doe)", a paragraph
 * "Photograph by Jane Doe". Names inside them are no one the article talks about: they are
 * dropped before coreference, as the byline and the dateline are.
 * @module
 */
import type { Paragraph } from '../schema.js';
import { isWordChar } from '../text/chars.js';
import { CREDIT_LABELS } from '../lexicon/coreference.js';

/** A credit: offsets into the input. */
export interface CreditSpan {
  readonly start: number;
  readonly end: number;
}

/** How many words may stand before the label ("AP Photo", "Getty Images file photo"). */
const MAX_LEAD_WORDS = 3;
/** The length of the longest credit label ("illustration"). */
const MAX_LABEL_LENGTH = Math.max(...[...CREDIT_LABELS].map((l) => l.length));
/** How long a credit with no label may be ("Facebook/Jane Doe."): longer, the slash is prose. */
const MAX_SLASH_CREDIT = 60;
/** How far a parenthesised credit may run before its ")", and how long a credit paragraph may be (longer, it is prose). */
const MAX_CREDIT_LENGTH = 160;

/**
 * The credits of the paragraphs, in input order: a parenthesis, or a whole paragraph, that opens
 * with a credit label (after at most a few words) followed by ":", "/" or "by", or that is short
 * and opens with a capitalised word, a slash and a name ("Facebook/Jane Doe."). Each paragraph
 * is read once, and each "(" at most {@link MAX_CREDIT_LENGTH} characters on.
 */
export function creditSpans(input: string, paragraphs: readonly Paragraph[]): CreditSpan[] {
  const out: CreditSpan[] = [];
  // The next "(" at or after the current paragraph: one search serves every paragraph before it,
  // so the whole input is searched once however many paragraphs have no bracket.
  let paren = -1;
  for (const p of paragraphs) {
    // A credit paragraph is a short line; prose paragraphs are not read for one.
    if (p.end - p.start <= MAX_CREDIT_LENGTH && opensCredit(input, p.start, p.end)) {
      out.push({ start: p.start, end: p.end });
      continue;
    }
    if (paren !== Infinity && paren < p.start) paren = nextParen(input, p.start);
    for (let i = paren; i < p.end; i = nextParen(input, i + 1), paren = i) {
      const close = closingParen(input, i + 1, Math.min(p.end, i + MAX_CREDIT_LENGTH));
      if (close === -1) continue;
      if (opensCredit(input, i + 1, close)) {
        out.push({ start: i, end: close + 1 });
        i = close;
      }
    }
  }
  return out;
}

/** The offset of the first ")" in `[from, to)`, or -1: a bounded look, never to the end of the input. */
function closingParen(input: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (input.charCodeAt(k) === 0x29) return k;
  return -1;
}

/** The offset of the next "(" from `from`, or Infinity. */
function nextParen(input: string, from: number): number {
  const i = input.indexOf('(', from);
  return i === -1 ? Infinity : i;
}

/** True when `[from, to)` opens with up to {@link MAX_LEAD_WORDS} words, a credit label, then ":", "/" or "by". */
function opensCredit(input: string, from: number, to: number): boolean {
  let i = skipBlanks(input, from, to);
  for (let words = 0; words <= MAX_LEAD_WORDS && i < to; words++) {
    const start = i;
    while (i < to && isWordChar(input.charCodeAt(i))) i++;
    if (i === start) return false;
    const next = skipBlanks(input, i, to);
    const c = input.charAt(next);
    // Only a word as long as a label is made a string.
    if (i - start >= 3 && i - start <= MAX_LABEL_LENGTH && CREDIT_LABELS.has(input.slice(start, i).toLowerCase())) {
      if (c === ':' || c === '/') return true;
      if (input.slice(next, next + 3).toLowerCase() === 'by ') return true;
    }
    // "Facebook/Jane Doe", "Reuters/Jane Doe": a short credit of a source and a photographer.
    if (c === '/' && next === i && to - from <= MAX_SLASH_CREDIT && isCapital(input.charCodeAt(start)) && isCapital(input.charCodeAt(next + 1))) return true;
    if (next === i && i < to) return false;
    i = next;
  }
  return false;
}

/** True for an ASCII capital letter (credits name sources and people). */
function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function skipBlanks(input: string, i: number, to: number): number {
  let k = i;
  while (k < to && (input.charCodeAt(k) === 0x20 || input.charCodeAt(k) === 0x09 || input.charCodeAt(k) === 0x0a || input.charCodeAt(k) === 0x0d)) k++;
  return k;
}
