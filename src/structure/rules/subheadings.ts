/**
 * The subheadings rule: a heading candidate (see `structure/subheading`) is a subheading when it
 * stands alone between body text. The unit before it must not be a candidate (a run of short
 * lines is a list) nor end with a colon (then the short line is what the colon announced). The
 * unit after it is a paragraph that is not itself a candidate — or the start of a list the
 * candidate introduces (see {@link introducesList}).
 *
 * Two layout signals keep list items out: a run of lines indented deeper than the body's usual
 * indentation is a list or fact box (one indented line alone may be a centred heading), and a
 * "Label: value" line right after another ("Age: 19" after "Position: PF") is a fact-box field.
 * @module
 */
import { isHeadingCandidate } from '../subheading.js';
import type { StructureState } from '../state.js';
import type { Unit } from '../units.js';
import { endsSentence } from '../../text/punctuation.js';

// A paragraph this long is prose, not a list item that happens to be a sentence.
const MAX_LIST_ITEM_LENGTH = 90;
const MAX_LABEL_LENGTH = 30;

/** Indices of the units still in the body (paragraph role), in order. */
function bodyUnits(state: StructureState): number[] {
  const body: number[] = [];
  for (let i = 0; i < state.units.length; i++) if (state.roles[i] === 'paragraph') body.push(i);
  return body;
}

/** The label of a "Label: value" line ("Age: 19", "Last fight:Dec. 20"), or `null`. */
function labelOf(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null;
  // A colon between digits is a time or a score ("3:30", "2:1"), not the end of a label.
  return isDigit(text.charCodeAt(colon - 1)) && isDigit(text.charCodeAt(colon + 1)) ? null : text.slice(0, colon);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A fact-box field: a short "Label: value" line. */
function isShortLabelLine(text: string): boolean {
  return text.length <= MAX_LIST_ITEM_LENGTH && labelOf(text) !== null;
}

/**
 * The indentation of the body's prose: the least among paragraphs too long to be list items.
 * Lists and quotes are indented deeper than prose, never less, and a list-heavy article may
 * have more long indented items than paragraphs.
 */
function proseIndent(units: readonly Unit[], texts: readonly string[]): number {
  let least = Infinity;
  for (let k = 0; k < units.length; k++) {
    if ((texts[k] as string).length > MAX_LIST_ITEM_LENGTH) least = Math.min(least, (units[k] as Unit).indent);
  }
  return least === Infinity ? 0 : least;
}

/** True when unit `k` is indented deeper than the body and a neighbour is indented just as deep. */
function inIndentedRun(units: readonly Unit[], k: number, usual: number): boolean {
  const own = (units[k] as Unit).indent;
  return own > usual && (units[k - 1]?.indent === own || units[k + 1]?.indent === own);
}

/** Per-article view of the body the rule reads. */
interface Body {
  readonly units: readonly Unit[];
  readonly texts: readonly string[];
  readonly candidate: readonly boolean[];
}

function itemsIndentedUnder(body: Body, k: number): boolean {
  return (body.units[k + 1] as Unit).indent > (body.units[k] as Unit).indent;
}

/**
 * True when the candidate at `k` opens the list after it rather than being its first item: the
 * items are indented under it, or it follows a finished prose paragraph and is not itself a
 * "label: value" line, as fact-box items are.
 */
function introducesList(state: StructureState, body: Body, k: number): boolean {
  if (itemsIndentedUnder(body, k)) return true;
  const prev = body.units[k - 1];
  if (prev === undefined || (body.texts[k - 1] as string).length <= MAX_LIST_ITEM_LENGTH) return false;
  return endsSentence(state.input, prev.start, prev.end) && labelOf(body.texts[k] as string) === null;
}

function isHeading(state: StructureState, body: Body, k: number): boolean {
  if (!body.candidate[k] || k + 1 >= body.units.length) return false;
  if (body.texts[k - 1]?.endsWith(':')) return false;
  // A line with items indented under it heads them, even right after another list.
  if (body.candidate[k - 1] === true && !itemsIndentedUnder(body, k)) return false;
  return !body.candidate[k + 1] || introducesList(state, body, k);
}

/** The subheadings rule. */
export function subheadings(state: StructureState): void {
  const indices = bodyUnits(state);
  const units = indices.map((i) => state.units[i] as Unit);
  const texts = indices.map((i) => state.texts[i] as string);
  const indent = proseIndent(units, texts);
  const candidate = texts.map((text, k) => {
    const unit = units[k] as Unit;
    if (unit.lineCount !== 1 || inIndentedRun(units, k, indent) || !isHeadingCandidate(text)) return false;
    return k === 0 || labelOf(text) === null || !isShortLabelLine(texts[k - 1] as string);
  });
  const body: Body = { units, texts, candidate };
  for (let k = 0; k < indices.length; k++) if (isHeading(state, body, k)) state.roles[indices[k] as number] = 'heading';
}
