/**
 * The subheadings rule: a heading candidate (see `structure/subheading`) is a subheading when it
 * stands alone between body text. The unit before it must not be a candidate (a run of short
 * lines is a list) nor end with a colon (then the short line is what the colon announced). The
 * unit after it is a paragraph that is not itself a candidate — or the start of a list the
 * candidate introduces (see {@link introducesList}). Lines whose layout makes them list items
 * (`structure/list-context`) are never candidates.
 *
 * The context can also overrule the shape either way:
 * - the names of an entry list (`structure/entry-lists`) head their entries, whatever stands
 *   around them, and a line in capitals or Title Case right over the first name titles the list;
 * - a candidate right under a heading and over a paragraph is a subheading of it when both are
 *   set as titles or the first in capitals (see {@link isUnderHeading});
 * - a candidate followed by a line that goes on in lower case is the start of a sentence the
 *   layout broke, not a heading;
 * - a question is a heading only once the body has begun (a question that opens the body is the
 *   lede's hook), not after another question (a run of rhetorical questions) and when it is not
 *   an interviewer's turn (`structure/interview`);
 * - a candidate with one short line on each side and another candidate beyond is an entry of an
 *   alternating list, not a heading, unless it is an entry list's name;
 * - an open lead-in ("Buy it if...") heads the lines that finish it, and they are not headings
 *   (`structure/lead-ins`);
 * - one of a set of parallel candidates ("Part 2", "Part 3"; `structure/parallel-headings`) is a
 *   heading even when a short line stands next to it, and two of one shape side by side are
 *   list items, neither heading the other.
 * @module
 */
import { entryHeads } from '../entry-lists.js';
import { isInterviewQuestion } from '../interview.js';
import { leadInRoles, type LeadInRole } from '../lead-ins.js';
import { labelOf, listItems, MAX_LIST_ITEM_LENGTH, type Body } from '../list-context.js';
import { parallelRoles } from '../parallel-headings.js';
import { isHeadingCandidate } from '../subheading.js';
import { isAllCapitals, isCapitalised, isTitleStyled } from '../title-case.js';
import type { StructureState } from '../state.js';
import type { Unit } from '../units.js';
import { endsSentence } from '../../text/punctuation.js';

interface Candidates extends Body {
  readonly candidate: readonly boolean[];
  readonly parallel: readonly ('heading' | 'item' | null)[];
  /** Names heading the entries of an entry list (`structure/entry-lists`). */
  readonly entry: readonly boolean[];
  /** Open lead-ins and the lines that finish them (`structure/lead-ins`). */
  readonly leadIn: readonly LeadInRole[];
}

// A line that opens with a lower-case word continues the sentence of the line before it. A brand
// such as "iPhone" has a capital after its first letter and does not count.
const CONTINUES_IN_LOWER_CASE = /^\p{Ll}(?:\p{Ll}|\s|$)/u;

/** Indices of the units still in the body (paragraph role), in order. */
function bodyUnits(state: StructureState): number[] {
  const body: number[] = [];
  for (let i = 0; i < state.units.length; i++) if (state.roles[i] === 'paragraph') body.push(i);
  return body;
}

function itemsIndentedUnder(body: Body, k: number): boolean {
  return (body.units[k + 1] as Unit).indent > (body.units[k] as Unit).indent;
}

/**
 * True when the candidate at `k` opens the list after it rather than being its first item: the
 * items are indented under it, or it follows a finished prose paragraph and is not itself a
 * "label: value" line, as fact-box items are.
 */
function introducesList(state: StructureState, body: Candidates, k: number): boolean {
  if (itemsIndentedUnder(body, k)) return true;
  const prev = body.units[k - 1];
  if (prev === undefined || (body.texts[k - 1] as string).length <= MAX_LIST_ITEM_LENGTH) return false;
  return endsSentence(state.input, prev.start, prev.end) && labelOf(body.texts[k] as string) === null;
}

function isShort(body: Candidates, k: number): boolean {
  const text = body.texts[k];
  return text !== undefined && text.length <= MAX_LIST_ITEM_LENGTH;
}

/**
 * True when the candidate at `k` is one entry of an alternating list: name, one short line, name,
 * one short line ("Acme / Up to 30 per cent off / Brightco / 20 per cent off shoes"), even with
 * each offer indented under its name. A heading is followed by paragraphs, not by one short line
 * and the next name.
 */
function inAlternatingList(body: Candidates, k: number): boolean {
  if (!isShort(body, k + 1)) return false;
  if (isShort(body, k - 1) && body.candidate[k - 2] === true) return true;
  // The first entry, after prose: only the layout tells it from a list's title, when each short
  // line is indented under its name and the next name is back at the name's indentation.
  const indent = (j: number): number | undefined => body.units[j]?.indent;
  const first = indent(k) as number;
  return body.candidate[k + 2] === true && isShort(body, k + 3) && (indent(k + 1) as number) > first && indent(k + 2) === first && indent(k + 3) === indent(k + 1);
}

/**
 * True when the candidate at `k`, after a paragraph ending in a colon, heads a section all the
 * same: a colon may announce the sections that follow ("the steps are as follows:" / "Step 1 —
 * Buy a Ticket" / paragraphs / "Step 2 — …", "Here is what we know:" / "A faster chip" /
 * paragraphs). It does when it is one of a set of parallel headings, or when a paragraph follows
 * it; an item of the list the colon announced is followed by more short lines.
 */
function headsSectionAfterColon(body: Candidates, k: number): boolean {
  if (body.parallel[k] === 'heading') return true;
  return (body.texts[k + 1] as string).length > MAX_LIST_ITEM_LENGTH && body.candidate[k + 1] !== true;
}

/** True when the context rules out a heading at `k` whatever its neighbours' shapes. */
function contextSaysNot(body: Candidates, k: number): boolean {
  const text = body.texts[k] as string;
  const prev = body.texts[k - 1];
  const next = body.texts[k + 1] as string;
  if (prev?.endsWith(':') === true && !headsSectionAfterColon(body, k)) return true;
  // A list indented under the line (of code, say) does not go on with its sentence.
  if ((CONTINUES_IN_LOWER_CASE.test(next) && !itemsIndentedUnder(body, k)) || inAlternatingList(body, k)) return true;
  // One of a set of parallel headings ("Question 3: Is it worth it?") is read by its set, not as
  // a question.
  if (!text.endsWith('?') || body.parallel[k] === 'heading') return false;
  // A question after a paragraph ending in a question is one more rhetorical question — unless it
  // is set in capitals, as only headings are.
  const afterQuestion = prev?.endsWith('?') === true && text !== text.toUpperCase();
  return prev === undefined || afterQuestion || isInterviewQuestion(text, next);
}

/**
 * True when the candidate at `k`, right under the heading at `k - 1` and over a paragraph, is a
 * subheading of that heading's section ("Heavy Duty Driveline Components" / "A Stronger Front
 * Axle", "PREP WRESTLING" / "Local champion keeps her title"): both set as titles, or the first in
 * capitals, a kicker over the second. A line with a comma or a colon under a name is what the name
 * is about ("Casta’s Bar" / "1121 Main St., NW", "The Office" / "Design firm: Acme"), and a line
 * in sentence case under a title is a note on it ("Acme X5" / "Read our Acme X5 review").
 */
function isUnderHeading(body: Candidates, k: number, prevTaken: boolean): boolean {
  const next = body.texts[k + 1] as string;
  if (!prevTaken || body.candidate[k + 1] === true || next.length <= MAX_LIST_ITEM_LENGTH) return false;
  const text = body.texts[k] as string;
  if (text.includes(',') || text.includes(':')) return false;
  const prev = body.texts[k - 1] as string;
  return isAllCapitals(prev) || (isCapitalised(prev.split(' ')) && isCapitalised(text.split(' ')));
}

/**
 * True when the candidate at `k` titles the entry list or the set of parallel headings that
 * starts under it ("BEST HOME DEALS" / "Harbour Books" / "Up to 30 per cent off" / …, "The Best
 * Phones, Ranked" / "1. Acme X5" / …): it is set in capitals or Title Case, as the offers between
 * the names are not, and is not announced by a colon.
 */
function titlesList(body: Candidates, k: number): boolean {
  if (body.texts[k - 1]?.endsWith(':') === true) return false;
  if (body.entry[k + 1] !== true && body.parallel[k + 1] !== 'heading') return false;
  const text = body.texts[k] as string;
  return isAllCapitals(text) || isTitleStyled(text.split(' '));
}

function isHeading(state: StructureState, body: Candidates, k: number, prevTaken: boolean): boolean {
  if (k + 1 >= body.units.length || body.leadIn[k] === 'item') return false;
  if (body.leadIn[k] === 'lead-in') return true;
  if (!body.candidate[k]) return false;
  if (body.entry[k] || titlesList(body, k)) return true;
  if (isUnderHeading(body, k, prevTaken)) return true;
  if (contextSaysNot(body, k)) return false;
  if (body.parallel[k] !== null) return body.parallel[k] === 'heading';
  // A line with items indented under it heads them, even right after another list.
  if (body.candidate[k - 1] === true && !itemsIndentedUnder(body, k)) return false;
  return !body.candidate[k + 1] || introducesList(state, body, k);
}

// Quotations in double marks from this many on set the article's house style.
const MIN_DOUBLE_MARKS = 4;

/** True when the article sets its quotations in double curly marks (“…”): it has several of them. */
function quotesInDoubleMarks(input: string): boolean {
  let count = 0;
  for (let at = input.indexOf('“'); at >= 0 && count < MIN_DOUBLE_MARKS; at = input.indexOf('“', at + 1)) count++;
  return count >= MIN_DOUBLE_MARKS;
}

/** True when some body unit has a heading's shape: without one there is no context to read. */
function hasCandidateShape(state: StructureState): boolean {
  for (let i = 0; i < state.units.length; i++) {
    // Single marks read as a headline's is the laxer reading, so it misses no candidate.
    if (state.roles[i] === 'paragraph' && (state.units[i] as Unit).lineCount === 1 && isHeadingCandidate(state.texts[i] as string, true)) return true;
  }
  return false;
}

/** The subheadings rule. */
export function subheadings(state: StructureState): void {
  // Most articles have no short line of a heading's shape; they are spared the list context.
  if (!hasCandidateShape(state)) return;
  const indices = bodyUnits(state);
  const units = indices.map((i) => state.units[i] as Unit);
  const texts = indices.map((i) => state.texts[i] as string);
  const items = listItems({ units, texts });
  const doubleMarks = quotesInDoubleMarks(state.input);
  const candidate = texts.map((text, k) => (units[k] as Unit).lineCount === 1 && !items[k] && isHeadingCandidate(text, doubleMarks));
  const body: Candidates = {
    units,
    texts,
    candidate,
    parallel: parallelRoles(texts, candidate),
    entry: entryHeads({ units, texts }, candidate),
    leadIn: leadInRoles(texts, candidate),
  };
  let prevTaken = false;
  for (let k = 0; k < indices.length; k++) {
    prevTaken = isHeading(state, body, k, prevTaken);
    if (prevTaken) state.roles[indices[k] as number] = 'heading';
  }
}
