/**
 * Splitting the input into lines without copying it. Every line break style counts: LF, CRLF,
 * lone CR (old Mac exports), U+2028 and U+2029.
 * @module
 */
import { isBlank, isWhitespace } from './chars.js';

/** One line of the input: `[start, end)` excludes the line break; `textStart/textEnd` exclude blank edges. */
export interface Line {
  readonly start: number;
  readonly end: number;
  /** First non-blank index, or `end` for a blank line. */
  readonly textStart: number;
  /** One past the last non-blank index, or `end` for a blank line. */
  readonly textEnd: number;
  /**
   * True when the visible text holds no whitespace but single plain spaces and the line holds no
   * invisible non-whitespace character (zero-width space, soft hyphen …) anywhere: its collapsed
   * text is then `input.slice(textStart, textEnd)` as it stands, and joining it to the next plain
   * line takes exactly one space.
   */
  readonly plain: boolean;
}

/** Visible length of a line: its trimmed extent in code units. */
export function lineLength(line: Line): number {
  return line.textEnd - line.textStart;
}

/** Length of the line's first word: its visible text up to the first whitespace. */
export function firstWordLength(input: string, line: Line): number {
  let i = line.textStart;
  while (i < line.textEnd && !isWhitespace(input.charCodeAt(i))) i++;
  return i - line.textStart;
}

/**
 * How far the line is indented, in visible columns: spaces and tabs count, invisible characters
 * (a BOM, zero-width spaces) do not, so a file's BOM never reads as an indent.
 */
export function indentOf(input: string, line: Line): number {
  let columns = 0;
  for (let i = line.start; i < line.textStart; i++) {
    const code = input.charCodeAt(i);
    if (code !== 0xfeff && isWhitespace(code)) columns++;
  }
  return columns;
}

/** True when the line holds nothing a reader would see. */
export function isBlankLine(line: Line): boolean {
  return line.textStart === line.textEnd;
}

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Reads the line that starts at `start`; the caller continues after its `end` and line break.
 * `run` is {@link splitLines}'s sticky regex of plain stretches.
 */
function readLine(input: string, start: number, run: RegExp): Line {
  const n = input.length;
  let textStart = -1;
  let textEnd = start;
  // An irregular blank (a tab, a second space, NBSP …) seen since the last visible character.
  let pending = false;
  let plain = true;
  let prevSpace = false;
  let i = start;
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    // Printable ASCII, by far the most common case, decides everything in one comparison.
    if (c > 0x20 && c < 0x7f) {
      if (pending) plain = false;
      if (textStart < 0) textStart = i;
      // The rest of the stretch leaves every flag as this character did; only its end matters.
      run.lastIndex = i;
      run.test(input);
      i = run.lastIndex - 1;
      textEnd = i + 1;
      pending = prevSpace = false;
    } else if (c === 0x20) {
      // Leading blanks are trimmed, never collapsed: only a run after visible text counts.
      if (prevSpace && textStart >= 0) pending = true;
      prevSpace = true;
    } else if (isBreak(c)) {
      break;
    } else if (isBlank(c)) {
      // Whitespace only collapses where it is; an invisible non-whitespace character stays in the text.
      if (!isWhitespace(c)) plain = false;
      pending = textStart >= 0;
      prevSpace = true;
    } else {
      if (pending) plain = false;
      if (textStart < 0) textStart = i;
      textEnd = i + 1;
      pending = prevSpace = false;
    }
  }
  if (textStart < 0) return { start, end: i, textStart: i, textEnd: i, plain };
  return { start, end: i, textStart, textEnd, plain };
}

/** Splits `input` into lines in one pass. */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const n = input.length;
  let start = 0;
  // A stretch of printable ASCII words separated by single spaces: the bulk of any English text.
  // Such a stretch never changes a line's `plain` state, so readLine lets this regex skip it at
  // native speed instead of stepping through it one code unit at a time. Linear: a space is
  // matched only when a printable character follows it, and the word class excludes the space.
  // A literal here, not at module level: its `lastIndex` is per-call state (and a literal is
  // cloned far more cheaply than `new RegExp` builds one).
  const run = /[\x21-\x7e]+(?: [\x21-\x7e]+)*/y;
  for (;;) {
    const line = readLine(input, start, run);
    lines.push(line);
    if (line.end >= n) return lines;
    const crlf = input.charCodeAt(line.end) === 0x0d && input.charCodeAt(line.end + 1) === 0x0a;
    start = line.end + (crlf ? 2 : 1);
  }
}
