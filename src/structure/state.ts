/**
 * The state the structure rules share while one input is parsed. Created fresh per call, never
 * kept at module level.
 * @module
 */
import type { TextSpan } from '../schema.js';
import type { Unit } from './units.js';

/**
 * What a unit turned out to be. A `standfirst` is the summary line some sites print under the
 * headline; like furniture it is not a body paragraph.
 */
export type UnitRole = 'paragraph' | 'headline' | 'byline' | 'furniture' | 'heading' | 'standfirst';

/** Mutable state threaded through the structure rules. */
export interface StructureState {
  readonly input: string;
  readonly units: readonly Unit[];
  /** Collapsed text of each unit, computed once. */
  readonly texts: readonly string[];
  /** Role of each unit; every unit starts as a paragraph. */
  readonly roles: UnitRole[];
  headline: TextSpan | null;
  byline: TextSpan | null;
  dateline: TextSpan | null;
  /** The standfirst's span (see `Article.standfirst`), set by the lead rule. */
  standfirst: TextSpan | null;
}

/** A named step of the structure pipeline. */
export interface StructureRule {
  readonly name: string;
  readonly run: (state: StructureState) => void;
}

/** The {@link TextSpan} of unit `i`. */
export function unitTextSpan(state: StructureState, i: number): TextSpan {
  const u = state.units[i] as Unit;
  return { start: u.start, end: u.end, text: state.texts[i] as string };
}
