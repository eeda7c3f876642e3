/**
 * "According to" attributions: "According to Zelenskyy, …", "…, according to Reuters." and
 * "X, according to Y, Z" — the content is the rest of the sentence on either side.
 * @module
 */
import type { Attribution } from './attribute.js';
import { contentEnd, MIN_INDIRECT_WORDS } from './content.js';
import type { Cue } from './cues.js';
import type { Items, Sentence } from './frame.js';
import { firstQuoteIn, hasWords, isPunct } from './items.js';
import type { SpeakerPhrase } from './speakers.js';

const MAX_ACCORDING_SOURCE = 25;

/**
 * The source after "according to": everything up to the next comma or the sentence end, since it
 * is often a long description ("early results of exit polls conducted for …", "data released
 * Friday by state regulators").
 */
function accordingSource(items: Items, from: number, to: number): SpeakerPhrase | null {
  let k = from;
  while (k < to && k - from < MAX_ACCORDING_SOURCE) {
    if (items.isQuote(k) || (items.code(k) !== -1 && !isPunct(items, k, "-’'/"))) break;
    k++;
  }
  return k > from && items.isWord(k - 1) ? { from, to: k } : null;
}

export function accordingTo(items: Items, s: Sentence, cue: Cue): Attribution | null {
  const speaker = accordingSource(items, cue.to, s.to);
  if (speaker === null) return null;
  const end = contentEnd(items, s);
  const before = { from: s.from, to: isPunct(items, cue.from - 1, ',') ? cue.from - 1 : cue.from };
  const afterFrom = isPunct(items, speaker.to, ',') ? speaker.to + 1 : speaker.to;
  // "“…,” according to Reuters.": a quotation is content however few its words.
  const content = [before, { from: afterFrom, to: end }].filter((r) => hasWords(items, r.from, r.to, MIN_INDIRECT_WORDS) || firstQuoteIn(items, r.from, r.to) >= 0);
  return content.length === 0 ? null : { cue, cueTo: cue.to, speaker, content, shape: 'according' };
}

