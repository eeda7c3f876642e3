/**
 * Where a short line stands: the layout signals that make it a list item or a fact-box field
 * rather than a heading, read from the body around it.
 *
 * - A run of lines indented deeper than the body's prose is a list or fact box (one indented
 *   line alone may be a centred heading).
 * - A "Label: value" line right after another ("Age: 19" after "Position: PF") is a field.
 * - Three or more short lines kept together in one block, with no blank line between them, are
 *   a list. (Two are not: sites often run a heading on right after the short last sentence of
 *   the paragraph before it.) A line at the margin with a run indented under it heads that run
 *   and is neither.
 * @module
 */
import type { Unit } from './units.js';

/** A paragraph this long is prose, not a list item that happens to be a sentence. */
export const MAX_LIST_ITEM_LENGTH = 90;
const MAX_LABEL_LENGTH = 30;

/** The body of an article as the subheading rule reads it. */
export interface Body {
  readonly units: readonly Unit[];
  readonly texts: readonly string[];
}

/** The label of a "Label: value" line ("Age: 19", "Last fight:Dec. 20"), or `null`. */
export function labelOf(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null;
  // A colon between digits is a time or a score ("3:30", "2:1"), not the end of a label.
  return isDigit(text.charCodeAt(colon - 1)) && isDigit(text.charCodeAt(colon + 1)) ? null : text.slice(0, colon);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isShortLabelLine(text: string): boolean {
  return text.length <= MAX_LIST_ITEM_LENGTH && labelOf(text) !== null;
}

/**
 * The indentation of the body's prose: the least among paragraphs too long to be list items.
 * Lists and quotes are indented deeper than prose, never less, and a list-heavy article may
 * have more long indented items than paragraphs.
 */
function proseIndent(body: Body): number {
  let least = Infinity;
  for (let k = 0; k < body.units.length; k++) {
    if ((body.texts[k] as string).length > MAX_LIST_ITEM_LENGTH) least = Math.min(least, (body.units[k] as Unit).indent);
  }
  return least === Infinity ? 0 : least;
}

/** True when unit `k` is indented deeper than the prose and a neighbour is indented just as deep. */
function inIndentedRun(body: Body, k: number, prose: number): boolean {
  const own = (body.units[k] as Unit).indent;
  return own > prose && (body.units[k - 1]?.indent === own || body.units[k + 1]?.indent === own);
}

const HAS_LETTER = /\p{L}/u;
// Short lines in one block from this many on are a list.
const MIN_LIST_RUN = 3;

/** For every unit, the length of the run of short lines of one block it belongs to (0 if long). */
function shortRuns(body: Body): number[] {
  const n = body.units.length;
  // A rule of underscores or asterisks separates; it belongs to no list.
  const short = body.texts.map((text) => text.length <= MAX_LIST_ITEM_LENGTH && HAS_LETTER.test(text));
  const runs = body.texts.map(() => 0);
  let k = 0;
  while (k < n) {
    let end = k + 1;
    if (short[k]) while (end < n && short[end] && body.units[end]?.block === body.units[k]?.block) end++;
    if (short[k]) for (let j = k; j < end; j++) runs[j] = end - k;
    k = end;
  }
  return runs;
}

/**
 * True when unit `k` stands at the prose's margin with a run of lines indented under it: it is
 * what the run is about ("Review: Performance" over "    A faster chip" / "    More memory"), not
 * an item of a run of short lines it shares a block with, nor a field after the "Score: 5 / 5"
 * line before it.
 */
function headsIndentedRun(body: Body, k: number, prose: number): boolean {
  const own = (body.units[k] as Unit).indent;
  const next = body.units[k + 1];
  return own <= prose && next !== undefined && next.indent > own && inIndentedRun(body, k + 1, prose);
}

/** For every body unit, whether its surroundings make it a list item or a field, whatever its text. */
export function listItems(body: Body): boolean[] {
  const prose = proseIndent(body);
  const runs = shortRuns(body);
  return body.texts.map((text, k) => {
    if (inIndentedRun(body, k, prose)) return true;
    if (headsIndentedRun(body, k, prose)) return false;
    if ((runs[k] as number) >= MIN_LIST_RUN) return true;
    return k > 0 && labelOf(text) !== null && isShortLabelLine(body.texts[k - 1] as string);
  });
}
