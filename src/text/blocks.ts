/**
 * Blocks: runs of non-blank lines, separated by one or more blank lines. A block is what a
 * blank-line-separated layout calls a paragraph, and what a one-paragraph-per-line layout calls a
 * group of paragraphs; `structure/units` decides which.
 * @module
 */
import { isBlankLine, type Line } from './lines.js';

/** A run of consecutive non-blank lines. */
export interface Block {
  readonly lines: readonly Line[];
}

/** Groups the non-blank lines of a document into blocks. */
export function groupBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlankLine(line)) {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}
