/**
 * The structure stage: from the raw input to headline, byline, dateline, paragraphs and sections.
 *
 * Like markdown-it's block parser, it is a named, ordered list of small rules over one shared
 * state; each rule lives in its own file under `rules/` and only changes unit roles or lead spans.
 * @module
 */
import type { Paragraph, Section, TextSpan } from '../schema.js';
import { groupBlocks } from '../text/blocks.js';
import { splitLines } from '../text/lines.js';
import { bodyFurniture } from './rules/body-furniture.js';
import { dateline } from './rules/dateline.js';
import { headingStyle } from './rules/heading-style.js';
import { lead } from './rules/lead.js';
import { linkBox } from './rules/link-box.js';
import { subheadings } from './rules/subheadings.js';
import { unitTextSpan, type StructureRule, type StructureState, type UnitRole } from './state.js';
import { splitIntoUnits, type Unit } from './units.js';
import { estimateWrapWidth } from './wrap-width.js';

/** The structure rules, in the order they run. */
export const STRUCTURE_RULES: readonly StructureRule[] = [
  { name: 'lead', run: lead },
  { name: 'body-furniture', run: bodyFurniture },
  { name: 'link-box', run: linkBox },
  { name: 'subheadings', run: subheadings },
  { name: 'heading-style', run: headingStyle },
  { name: 'dateline', run: dateline },
];

/** What the structure stage finds. */
export interface Structure {
  readonly headline: TextSpan | null;
  readonly byline: TextSpan | null;
  readonly dateline: TextSpan | null;
  readonly standfirst: TextSpan | null;
  readonly paragraphs: Paragraph[];
  readonly sections: Section[];
}

/** Runs the structure stage over `input`. */
export function parseStructure(input: string): Structure {
  const blocks = groupBlocks(splitLines(input));
  const units = splitIntoUnits(input, blocks, estimateWrapWidth(input, blocks));
  const state: StructureState = {
    input,
    units,
    texts: units.map((u) => u.text),
    roles: units.map((): UnitRole => 'paragraph'),
    headline: null,
    byline: null,
    dateline: null,
    standfirst: null,
  };
  for (const rule of STRUCTURE_RULES) rule.run(state);
  const { paragraphs, sections } = assembleSections(state);
  return { headline: state.headline, byline: state.byline, dateline: state.dateline, standfirst: state.standfirst, paragraphs, sections };
}

/** Turns paragraph and heading units into `Article.paragraphs` and `Article.sections`. */
function assembleSections(state: StructureState): { paragraphs: Paragraph[]; sections: Section[] } {
  const paragraphs: Paragraph[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  for (let i = 0; i < state.units.length; i++) {
    const role = state.roles[i];
    if (role === 'heading') {
      current = { index: sections.length, heading: unitTextSpan(state, i), paragraphs: [] };
      sections.push(current);
    } else if (role === 'paragraph') {
      if (current === null) {
        current = { index: 0, heading: null, paragraphs: [] };
        sections.push(current);
      }
      const index = paragraphs.length;
      const unit = state.units[i] as Unit;
      paragraphs.push({ start: unit.start, end: unit.end, text: unit.text, index, section: current.index });
      current.paragraphs.push(index);
    }
  }
  return { paragraphs, sections };
}
