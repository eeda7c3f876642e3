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
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !isBlankLine(lines[i] as Line)) continue;
    // One exact-size slice per block: pushing line by line would grow every block's array.
    if (i > from) blocks.push({ lines: lines.slice(from, i) });
    from = i + 1;
  }
  return blocks;
}
