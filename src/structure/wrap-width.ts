/**
 * Hard-wrap detection. Wrapping is a property of the whole document (an email, a terminal export,
 * a text dump wrapped at 72 or 80 columns), so its width is estimated once, from the document's
 * own line lengths.
 * @module
 */
import type { Block } from '../text/blocks.js';
import { firstWordLength, lineLength, type Line } from '../text/lines.js';

// Wrapped text is rarely wider or narrower than this; longer lines mean one paragraph per line.
const MAX_WRAP_WIDTH = 120;
const MIN_WRAP_WIDTH = 40;
// In wrapped text hardly any line runs past the width (an unbreakable URL, a headline pasted
// above the wrapped body); the width is taken below this share of the longest lines.
const MAX_OVERLONG_SHARE = 0.05;
// Lines of a wrapped text's top edge lie within this many code units of each other.
const CLUSTER_GAP = 2;
// Fewer filled lines than this and the estimate is noise: four list items of similar length
// line up like wrapped lines by chance. (A short wrapped note still mostly joins, because a
// line that goes on in lower case is joined without a width.)
const MIN_FILLED = 5;
// A wrapper leaves every line but a paragraph's last at least this full …
const FILL_RATIO = 0.75;
// … so among the longer lines (at least half the width) most are filled. Short lines (list
// items, a paragraph's last line) say nothing either way and are left out of the share.
const MIN_FILLED_SHARE = 0.6;
// And a wrapper breaks a filled line only when the next word would not fit on it; in a list of
// items of every length the next item's first word often would have. Only a paragraph that ends
// on a filled line (in text without blank lines) breaks the rule in wrapped text.
const MIN_OVERFLOW_SHARE = 0.65;

/** Every line's visible length, sorted in ascending order (a typed array sorts numerically, in place). */
function sortedLengths(blocks: readonly Block[]): Int32Array {
  let count = 0;
  for (const block of blocks) count += block.lines.length;
  const lengths = new Int32Array(count);
  let k = 0;
  for (const block of blocks) for (const line of block.lines) lengths[k++] = lineLength(line);
  return lengths.sort();
}

/**
 * The longest line length once the few overlong lines a wrapped text may hold are set aside: the
 * top of the first cluster of long lines (a wrapper fills many lines to within a character or
 * two of its width; an unbreakable address sticks out alone).
 */
function candidateWidth(blocks: readonly Block[]): number {
  const lengths = sortedLengths(blocks);
  const n = lengths.length;
  if (n === 0) return 0;
  // The k-th longest line, from 0.
  const longest = (k: number): number => lengths[n - 1 - k] as number;
  const outliers = Math.min(Math.floor(Math.max(1, n * MAX_OVERLONG_SHARE)), n - 1);
  for (let k = 0; k < outliers; k++) {
    if (longest(k) - longest(k + 1) <= CLUSTER_GAP) return longest(k);
  }
  return longest(outliers);
}

/**
 * The document's hard-wrap width in code units, or `null` when its lines are not hard-wrapped.
 * The width is the longest line but for a few outliers; the text is wrapped when, of the lines
 * followed by another line of their block (where a wrapper breaks), the longer ones nearly all
 * fill that width and the word after a filled line would not have fitted on it. Unwrapped text
 * fails one way or another: its one-line paragraphs are far longer than any wrap width, or its
 * short lines spread out instead of stopping at one edge, or they stop short of words that fit.
 */
export function estimateWrapWidth(input: string, blocks: readonly Block[]): number | null {
  const width = candidateWidth(blocks);
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return null;
  let longer = 0;
  let filled = 0;
  let overflowing = 0;
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.lines.length; i++) {
      const n = lineLength(block.lines[i] as Line);
      if (n >= width / 2) longer++;
      if (n < width * FILL_RATIO) continue;
      filled++;
      if (n + 1 + firstWordLength(input, block.lines[i + 1] as Line) > width) overflowing++;
    }
  }
  if (filled < MIN_FILLED || filled < longer * MIN_FILLED_SHARE) return null;
  return overflowing >= filled * MIN_OVERFLOW_SHARE ? width : null;
}
