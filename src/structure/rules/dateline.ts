/**
 * The dateline rule: finds the dateline at the start of the first paragraph. The dateline stays
 * in that paragraph's text (it is part of what the reporter wrote); `Article.dateline` points at it.
 * @module
 */
import { findDateline } from '../dateline.js';
import type { StructureState } from '../state.js';
import type { Unit } from '../units.js';
import { textSpan } from '../../text/span.js';

/** The dateline rule. */
export function dateline(state: StructureState): void {
  const first = state.roles.indexOf('paragraph');
  if (first < 0) return;
  const unit = state.units[first] as Unit;
  const span = findDateline(state.input, unit.start, unit.end);
  if (span !== null) state.dateline = textSpan(state.input, span.start, span.end);
}
