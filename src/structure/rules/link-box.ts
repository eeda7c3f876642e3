/**
 * The link-box rule: a box of links to other articles ("Related Stories" over a few titles set in
 * under it) is page furniture as a whole. The label alone is caught by the body-furniture rule
 * (every `LINK_BOX_LABELS` entry is a body-furniture line);
 * this rule takes the titles too, which read like headings or short paragraphs but belong to the
 * page. The layout is the evidence: only lines indented deeper than the label count, so a flush
 * subheading or paragraph after the label stays the article's.
 * @module
 */
import { isLinkBoxLabel, isLinkTitle } from '../furniture.js';
import type { StructureState } from '../state.js';
import type { Unit } from '../units.js';

// A box holds a handful of links; a longer indented run is more likely the article's own list.
const MAX_LINKS = 8;

/** Number of link titles set in under the label at unit `label` (0 when none, or too many for a box). */
function linkRun(state: StructureState, label: number): number {
  const indent = (state.units[label] as Unit).indent;
  let n = 0;
  for (let j = label + 1; j < state.units.length && n <= MAX_LINKS; j++, n++) {
    const unit = state.units[j] as Unit;
    if (state.roles[j] !== 'paragraph' || unit.indent <= indent || !isLinkTitle(state.texts[j] as string)) break;
  }
  return n > MAX_LINKS ? 0 : n;
}

/** The link-box rule. */
export function linkBox(state: StructureState): void {
  for (let i = 0; i < state.units.length; i++) {
    // (The body-furniture rule has already made every box label furniture.)
    if (state.roles[i] !== 'furniture' || !isLinkBoxLabel(state.texts[i] as string)) continue;
    const n = linkRun(state, i);
    if (n === 0) continue;
    for (let j = i; j <= i + n; j++) state.roles[j] = 'furniture';
    i += n;
  }
}
