/**
 * Splitting the input into lines without copying it. Every line break style counts: LF, CRLF,
 * lone CR (old Mac exports), U+2028 and U+2029.
 * @module
 */
import { isBlank } from './chars.js';

/** One line of the input: `[start, end)` excludes the line break; `textStart/textEnd` exclude blank edges. */
export interface Line {
  readonly start: number;
  readonly end: number;
  /** First non-blank index, or `end` for a blank line. */
  readonly textStart: number;
  /** One past the last non-blank index, or `end` for a blank line. */
  readonly textEnd: number;
}

/** Visible length of a line: its trimmed extent in code units. */
export function lineLength(line: Line): number {
  return line.textEnd - line.textStart;
}

/** True when the line holds nothing a reader would see. */
export function isBlankLine(line: Line): boolean {
  return line.textStart === line.textEnd;
}

/** Splits `input` into lines in one pass. */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const n = input.length;
  let start = 0;
  let textStart = -1;
  let textEnd = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? input.charCodeAt(i) : 0x0a;
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      if (textStart < 0) lines.push({ start, end: i, textStart: i, textEnd: i });
      else lines.push({ start, end: i, textStart, textEnd });
      if (code === 0x0d && i + 1 < n && input.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
      textStart = -1;
    } else if (!isBlank(code)) {
      if (textStart < 0) textStart = i;
      textEnd = i + 1;
    }
  }
  return lines;
}
