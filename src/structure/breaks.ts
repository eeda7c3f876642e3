/**
 * Line breaks inside a block: soft (a wrapper's or a stray break, to be joined) or hard (a new
 * paragraph, list item or heading). Within a wrapped document a break is soft when the next
 * line's first word would not have fitted on the line: that is exactly the rule a wrapping
 * program follows, so it separates a wrapped line from a short line that ended a paragraph
 * without any guess about punctuation.
 * @module
 */
import { isLower, isWhitespace } from '../text/chars.js';
import { firstWordLength, indentOf, lineLength, type Line } from '../text/lines.js';
import { endsSentence, isClosingMark, isSentenceEnd } from '../text/punctuation.js';

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
  return indentOf(input, b) > indentOf(input, a) && itemMark(input, a) === null;
}

/** True when the break between `a` and the following line `b` is a soft wrap to be joined. */
export function isSoftBreak(input: string, a: Line, b: Line, width: number | null): boolean {
  const mark = itemMark(input, b);
  if (mark === 'bullet' || opensIndentedParagraph(input, a, b)) return false;
  const ended = endsSentence(input, a.textStart, a.textEnd) || input.charCodeAt(a.textEnd - 1) === 0x3a; /* : */
  // A sentence broken mid-way by a stray line break: the next line goes on in lower case.
  if (mark === null && !ended && startsWithPlainLowerWord(input, b)) return true;
  if (width === null) return false;
  // In wrapped text no paragraph ends with a comma or semicolon: a hand-wrapped line that stops
  // on one goes on, even where the next word would have fitted.
  const last = input.charCodeAt(a.textEnd - 1);
  if (mark === null && (last === 0x2c || last === 0x3b) && lineLength(a) * 2 >= width) return true;
  if (lineLength(a) + 1 + firstWordLength(input, b) <= width) return false;
  // After a full line, a dash that does not follow a finished sentence or a colon is a spaced
  // dash the wrapper moved down ("… she said – thankful"), not a new list item.
  return mark === null || !ended;
}
