/**
 * Units: the paragraph candidates of a document. A block of lines is either one paragraph whose
 * lines were hard-wrapped, several one-line paragraphs, or a mixture; `structure/breaks` decides
 * each line break, using the document's wrap width from `structure/wrap-width`.
 * @module
 */
import type { Block } from '../text/blocks.js';
import { indentOf, type Line } from '../text/lines.js';
import { spanText } from '../text/span.js';
import { isSoftBreak } from './breaks.js';

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
        indent: indentOf(input, first),
      });
      from = i;
    }
  }
  return units;
}
