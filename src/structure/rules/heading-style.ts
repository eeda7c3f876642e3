/**
 * The heading-style rule: a page sets all its subheadings one way. When most of an article's
 * headings start at the margin, an indented heading between two paragraphs at the margin is not
 * one of them: it is a line the page put inside the text, such as a link to a related article
 * (sites that print those as indented list items print their own subheadings flush). It goes
 * back to being a paragraph: the layout says it is not a heading, but not that it is furniture.
 * Pages that indent every subheading ("  1. Document everything") keep them all.
 * @module
 */
import type { StructureState } from '../state.js';
import type { Unit } from '../units.js';

// Below this many flush headings there is no house style to read.
const MIN_FLUSH_HEADINGS = 2;
// A single leading blank is a stray from the page's markup (" Tips for …" over flush text), not
// an indent the page chose; list items and inset links come with two or more.
const MIN_INDENT = 2;

/** Indices of the units the earlier rules made headings. */
function headingUnits(state: StructureState): number[] {
  const out: number[] = [];
  for (let i = 0; i < state.units.length; i++) if (state.roles[i] === 'heading') out.push(i);
  return out;
}

const indentAt = (state: StructureState, i: number): number | undefined => state.units[i]?.indent;

/**
 * True when the heading at `i` is indented and the units on both sides are paragraphs right at the
 * margin: on a page whose lines start with stray blanks here and there, nothing stands out.
 */
function isIndentedAlone(state: StructureState, i: number): boolean {
  if ((state.units[i] as Unit).indent < MIN_INDENT) return false;
  return indentAt(state, i - 1) === 0 && indentAt(state, i + 1) === 0 && state.roles[i - 1] === 'paragraph' && state.roles[i + 1] === 'paragraph';
}

/** The heading-style rule. */
export function headingStyle(state: StructureState): void {
  const headings = headingUnits(state);
  const flush = headings.filter((i) => (state.units[i] as Unit).indent < MIN_INDENT).length;
  if (flush < MIN_FLUSH_HEADINGS || 2 * flush <= headings.length) return;
  for (const i of headings) if (isIndentedAlone(state, i)) state.roles[i] = 'paragraph';
}
