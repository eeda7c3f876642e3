/**
 * The subheadings rule: a heading candidate (see `structure/subheading`) is a subheading when it
 * stands alone between body text: the unit after it is a paragraph that is not itself a
 * candidate, the unit before it is not a candidate (a run of short lines is a list), and the unit
 * before it does not end with a colon (then the short line is what the colon announced).
 * @module
 */
import { isHeadingCandidate } from '../subheading.js';
import type { StructureState } from '../state.js';
import type { Unit } from '../units.js';

/** The subheadings rule. */
export function subheadings(state: StructureState): void {
  const body: number[] = [];
  for (let i = 0; i < state.units.length; i++) if (state.roles[i] === 'paragraph') body.push(i);
  const candidate = body.map((i) => (state.units[i] as Unit).lineCount === 1 && isHeadingCandidate(state.texts[i] as string));
  for (let k = 0; k < body.length; k++) {
    if (!candidate[k]) continue;
    const next = body[k + 1];
    if (next === undefined || candidate[k + 1]) continue;
    if (k > 0 && candidate[k - 1]) continue;
    const prevText = k > 0 ? (state.texts[body[k - 1] as number] as string) : '';
    if (prevText.endsWith(':')) continue;
    state.roles[body[k] as number] = 'heading';
  }
}
