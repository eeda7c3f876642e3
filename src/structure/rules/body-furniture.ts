/**
 * The body-furniture rule: ad slots and "continue reading" lines that interrupt the body are
 * dropped, so they never become paragraphs.
 * @module
 */
import { isBodyFurniture } from '../furniture.js';
import type { StructureState } from '../state.js';

/** The body-furniture rule. */
export function bodyFurniture(state: StructureState): void {
  for (let i = 0; i < state.units.length; i++) {
    if (state.roles[i] === 'paragraph' && isBodyFurniture(state.texts[i] as string)) state.roles[i] = 'furniture';
  }
}
