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
import { isLower, isWhitespace } from '../text/chars.js';
import type { Block } from '../text/blocks.js';
import { lineLength, type Line } from '../text/lines.js';
import { endsSentence, isClosingMark, isSentenceEnd } from '../text/punctuation.js';
import { spanText } from '../text/span.js';

/** A paragraph candidate: one or more lines, `[start, end)` trimmed to visible text. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  /** The collapsed text of `[start, end)`, per the offsets contract. */
  readonly text: string;
  /** Number of input lines the unit joins (1 for a one-line unit). */
  readonly lineCount: number;
  /** Index of the blank-line-separated block the unit comes from. */
  readonly block: number;
  /** Blank characters before the unit's first line: list items and fact boxes are often indented. */
  readonly indent: number;
}

// Wrapped text is rarely wider than this; longer lines mean one paragraph per line.
const MAX_WRAP_WIDTH = 120;
// In wrapped text hardly any line runs past the width (an unbreakable URL, a headline pasted
// above the wrapped body); the width is taken below this share of the longest lines.
const MAX_OVERLONG_SHARE = 0.05;
// Fewer filled lines than this and the estimate is noise.
const MIN_FILLED = 3;
// A wrapper leaves every line but a paragraph's last at least this full …
const FILL_RATIO = 0.75;
// … so among the longer lines (at least half the width) most are filled. Short lines (list
// items, a paragraph's last line) say nothing either way and are left out of the share.
const MIN_FILLED_SHARE = 0.6;

function visibleLengths(blocks: readonly Block[]): number[] {
  const lengths: number[] = [];
  for (const block of blocks) for (const line of block.lines) lengths.push(lineLength(line));
  return lengths;
}

/** The longest line length once the few overlong lines a wrapped text may hold are set aside. */
function candidateWidth(blocks: readonly Block[]): number {
  const lengths = visibleLengths(blocks).sort((a, b) => b - a);
  const outliers = Math.floor(Math.max(1, lengths.length * MAX_OVERLONG_SHARE));
  const cut = lengths[Math.min(outliers, lengths.length - 1)] as number;
  // A line a little longer than the cut is the true width, not an outlier.
  for (const n of lengths) if (n <= cut * 1.1) return n;
  return cut;
}

/**
 * The document's hard-wrap width in code units, or `null` when its lines are not hard-wrapped.
 * The width is the longest line but for a few outliers; the text is wrapped when, of the lines
 * followed by another line of their block (where a wrapper breaks), the longer ones nearly all
 * fill that width. Unwrapped text fails one way or the other: its one-line paragraphs are far
 * longer than any wrap width, or its short lines spread out instead of stopping at one edge.
 */
export function estimateWrapWidth(blocks: readonly Block[]): number | null {
  const width = candidateWidth(blocks);
  if (width > MAX_WRAP_WIDTH) return null;
  let longer = 0;
  let filled = 0;
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.lines.length; i++) {
      const n = lineLength(block.lines[i] as Line);
      if (n >= width * FILL_RATIO) filled++;
      if (n >= width / 2) longer++;
    }
  }
  return filled >= MIN_FILLED && filled >= longer * MIN_FILLED_SHARE ? width : null;
}

function firstWordLength(input: string, line: Line): number {
  let i = line.textStart;
  while (i < line.textEnd && !isWhitespace(input.charCodeAt(i))) i++;
  return i - line.textStart;
}

/**
 * How a line opens: with a bullet (always a new item), with a dash (a new item, or a spaced dash
 * that a wrapper moved to the start of the line), or with neither.
 */
function itemMark(input: string, line: Line): 'bullet' | 'dash' | null {
  const c = input.charCodeAt(line.textStart);
  if (c === 0x2022 || c === 0x25cf || c === 0x25aa) return 'bullet';
  if (c === 0x2013 || c === 0x2014) return 'dash';
  if (!isWhitespace(input.charCodeAt(line.textStart + 1))) return null;
  return c === 0x2a ? 'bullet' : c === 0x2d ? 'dash' : null;
}

/**
 * True when the line starts with a plain lower-case word, as the rest of a broken sentence does.
 * "iPhone", "uMobix" or "careers.promote" are names and code, which start list items as often.
 */
function startsWithPlainLowerWord(input: string, line: Line): boolean {
  let end = line.textStart;
  while (end < line.textEnd && !isWhitespace(input.charCodeAt(end))) end++;
  // Punctuation after the word ("racist," "here!") does not make it a name.
  while (end > line.textStart && isTrailingPunctuation(input.charCodeAt(end - 1))) end--;
  if (end === line.textStart) return false;
  for (let i = line.textStart; i < end; i++) {
    const c = input.charCodeAt(i);
    if (!isLower(c) && c !== 0x2d /* - */ && c !== 0x27 /* ' */ && c !== 0x2019 /* ’ */) return false;
  }
  return true;
}

function isTrailingPunctuation(code: number): boolean {
  return code === 0x2c /* , */ || code === 0x3b /* ; */ || code === 0x3a /* : */ || isSentenceEnd(code) || isClosingMark(code);
}

/**
 * True when `b` is indented deeper than `a` while `a` is no list item: the first-line indent
 * that marks a new paragraph in text laid out without blank lines. (Under a list item, a deeper
 * line is the item's hanging continuation.)
 */
function opensIndentedParagraph(input: string, a: Line, b: Line): boolean {
  return b.textStart - b.start > a.textStart - a.start && itemMark(input, a) === null;
}

/** True when the break between `a` and the following line `b` is a soft wrap to be joined. */
function isSoftBreak(input: string, a: Line, b: Line, width: number | null): boolean {
  const mark = itemMark(input, b);
  if (mark === 'bullet' || opensIndentedParagraph(input, a, b)) return false;
  const ended = endsSentence(input, a.textStart, a.textEnd) || input.charCodeAt(a.textEnd - 1) === 0x3a; /* : */
  // A sentence broken mid-way by a stray line break: the next line goes on in lower case.
  if (mark === null && !ended && startsWithPlainLowerWord(input, b)) return true;
  if (width === null || lineLength(a) + 1 + firstWordLength(input, b) <= width) return false;
  // After a full line, a dash that does not follow a finished sentence or a colon is a spaced
  // dash the wrapper moved down ("… she said – thankful"), not a new list item.
  return mark === null || !ended;
}

/**
 * The collapsed text of `lines[from, to)` joined into one unit. Plain lines (see {@link Line})
 * need no regex: their slices joined by single spaces are exactly the collapsed text.
 */
function joinedText(input: string, lines: readonly Line[], from: number, to: number): string {
  const first = lines[from] as Line;
  const last = lines[to - 1] as Line;
  let text = '';
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (!line.plain) return spanText(input, first.textStart, last.textEnd);
    text = i === from ? input.slice(line.textStart, line.textEnd) : `${text} ${input.slice(line.textStart, line.textEnd)}`;
  }
  return text;
}

/** Splits every block into units, joining soft-wrapped lines. */
export function splitIntoUnits(input: string, blocks: readonly Block[], width: number | null): Unit[] {
  const units: Unit[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const lines = (blocks[b] as Block).lines;
    let from = 0;
    for (let i = 1; i <= lines.length; i++) {
      const next = lines[i];
      if (next !== undefined && isSoftBreak(input, lines[i - 1] as Line, next, width)) continue;
      const first = lines[from] as Line;
      units.push({
        start: first.textStart,
        end: (lines[i - 1] as Line).textEnd,
        text: joinedText(input, lines, from, i),
        lineCount: i - from,
        block: b,
        indent: first.textStart - first.start,
      });
      from = i;
    }
  }
  return units;
}
