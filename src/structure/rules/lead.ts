/**
 * The lead rule: what stands above the body. Skips page furniture, takes the headline, then the
 * byline and any furniture (timestamps, labels) between the headline and the first paragraph.
 * @module
 */
import { isByline } from '../byline.js';
import { isFurniture } from '../furniture.js';
import { unitTextSpan, type StructureState } from '../state.js';
import type { Unit } from '../units.js';
import { endsSentence } from '../../text/punctuation.js';

const MAX_HEADLINE_LENGTH = 300;
// How many units after the headline may still hold the byline (a timestamp, a label, the byline).
const LEAD_WINDOW = 4;

/** A headline is short and is not itself a multi-sentence paragraph. */
function isHeadlineLike(state: StructureState, i: number): boolean {
  const text = state.texts[i] as string;
  const unit = state.units[i] as Unit;
  if (text.length > MAX_HEADLINE_LENGTH || unit.lineCount > 2) return false;
  // A long unit that ends like a sentence is the first paragraph of an article without a title.
  if (text.length > 200 && endsSentence(state.input, unit.start, unit.end)) return false;
  const innerSentences = text.match(/[.!?]["”’]? \p{Lu}/gu)?.length ?? 0;
  return innerSentences < 2;
}

/** The lead rule. */
export function lead(state: StructureState): void {
  const n = state.units.length;
  let i = 0;
  while (i < n && isFurniture(state.texts[i] as string)) state.roles[i++] = 'furniture';
  // A byline above the headline (some CMS exports put it first) is still the byline.
  let hasByline = false;
  if (i < n && isByline(state.texts[i] as string, false)) {
    state.roles[i++] = 'byline';
    hasByline = true;
  }
  // One unit alone is a paragraph, not a headline with no body.
  if (i < n - 1 && isHeadlineLike(state, i)) {
    const h = i;
    state.roles[h] = 'headline';
    state.headline = unitTextSpan(state, h);
    const end = Math.min(n - 1, h + 1 + LEAD_WINDOW);
    for (let j = h + 1; j < end; j++) {
      const text = state.texts[j] as string;
      if (isFurniture(text)) state.roles[j] = 'furniture';
      else if (!hasByline && isByline(text, j === h + 1)) {
        state.roles[j] = 'byline';
        hasByline = true;
      } else break;
    }
  }
  const b = state.roles.indexOf('byline');
  if (b >= 0) state.byline = unitTextSpan(state, b);
}
