/**
 * Units: the paragraph candidates of a document. A block of lines is either one paragraph whose
 * lines were hard-wrapped, several one-line paragraphs, or a mixture; this module decides each
 * line break from the document's own line lengths.
 *
 * Hard wrapping is a property of the whole document (an email, a terminal export, a text dump
 * wrapped at 72 or 80 columns), so its width is estimated once from every line that does not end
 * a block. Within a wrapped document a break is soft when the next line's first word would not
 * have fitted on the line: that is exactly the rule a wrapping program follows, so it separates a
 * wrapped line from a short line that ended a paragraph without any guess about punctuation.
 * @module
 */
import { isLower } from '../text/chars.js';
import type { Block } from '../text/blocks.js';
import { lineLength, type Line } from '../text/lines.js';
import { endsSentence } from '../text/punctuation.js';
import { isWhitespace } from '../text/chars.js';

/** A paragraph candidate: one or more lines, `[start, end)` trimmed to visible text. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  /** Number of input lines the unit joins (1 for a one-line unit). */
  readonly lineCount: number;
}

// Wrapped text is rarely wider than this; longer lines mean one paragraph per line.
const MAX_WRAP_WIDTH = 160;
// Fewer wrap-candidate lines than this and the estimate is noise.
const MIN_SAMPLE = 3;
// In wrapped text most non-final lines fill at least this share of the width.
const FILL_RATIO = 0.75;
const MIN_FILLED_SHARE = 0.6;

/**
 * The document's hard-wrap width in code units, or `null` when its lines are not hard-wrapped.
 * Looks only at lines that are followed by another line of the same block.
 */
export function estimateWrapWidth(blocks: readonly Block[]): number | null {
  const lengths: number[] = [];
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.lines.length; i++) lengths.push(lineLength(block.lines[i] as Line));
  }
  if (lengths.length < MIN_SAMPLE) return null;
  lengths.sort((a, b) => a - b);
  const p90 = lengths[Math.floor((lengths.length - 1) * 0.9)] as number;
  if (p90 > MAX_WRAP_WIDTH) return null;
  const filled = lengths.filter((n) => n >= p90 * FILL_RATIO).length;
  if (filled / lengths.length < MIN_FILLED_SHARE) return null;
  // The width is the longest line that is not an outlier beyond the 90th percentile.
  let width = p90;
  for (const n of lengths) if (n <= p90 * 1.1 && n > width) width = n;
  return width;
}

function firstWordLength(input: string, line: Line): number {
  let i = line.textStart;
  while (i < line.textEnd && !isWhitespace(input.charCodeAt(i))) i++;
  return i - line.textStart;
}

// A line that opens a list item or a new quoted paragraph starts a unit of its own.
function startsItem(input: string, line: Line): boolean {
  const c = input.charCodeAt(line.textStart);
  if (c === 0x2022 || c === 0x25cf || c === 0x25aa || c === 0x2013 || c === 0x2014) return true;
  if ((c === 0x2d || c === 0x2a) && isWhitespace(input.charCodeAt(line.textStart + 1))) return true;
  return false;
}

/** True when the break between `a` and the following line `b` is a soft wrap to be joined. */
function isSoftBreak(input: string, a: Line, b: Line, width: number | null): boolean {
  if (startsItem(input, b)) return false;
  const ended = endsSentence(input, a.textStart, a.textEnd);
  const nextLower = isLower(input.charCodeAt(b.textStart));
  // A sentence broken mid-way by a stray line break: the next line goes on in lower case.
  if (nextLower && !ended) {
    const last = input.charCodeAt(a.textEnd - 1);
    if (last !== 0x3a /* : */) return true;
  }
  if (width === null) return false;
  return lineLength(a) + 1 + firstWordLength(input, b) > width;
}

/** Splits every block into units, joining soft-wrapped lines. */
export function splitIntoUnits(input: string, blocks: readonly Block[], width: number | null): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    const lines = block.lines;
    let first = lines[0] as Line;
    let count = 1;
    for (let i = 1; i <= lines.length; i++) {
      const prev = lines[i - 1] as Line;
      const next = lines[i];
      if (next !== undefined && isSoftBreak(input, prev, next, width)) {
        count++;
        continue;
      }
      units.push({ start: first.textStart, end: prev.textEnd, lineCount: count });
      if (next !== undefined) first = next;
      count = 1;
    }
  }
  return units;
}
