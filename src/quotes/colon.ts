/**
 * Colon attributions: "Ryan: FBI decision ‘defies explanation’" in headlines, "Matthews: Well, …"
 * in transcripts — a name before a colon at the start of a sentence, with no verb.
 * @module
 */
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.js';
import type { Attribution } from './attribute.js';
import { contentEnd, MIN_INDIRECT_WORDS } from './content.js';
import type { Items, Sentence } from './frame.js';
import { hasWords, isPunct, word } from './items.js';
import { startsWithDigit } from './frame.js';
import { COLON_LABELS, COLON_NAME_STOPS } from '../lexicon/attribution.js';

const MAX_COLON_SPEAKER = 8;

/**
 * "Ryan: FBI decision ‘defies explanation’" / "Matthews: Well, …": a name standing before a colon
 * at the start of a sentence, with no verb, is the speaker of what follows (headlines, transcripts).
 */
export function colonAttribution(items: Items, s: Sentence): Attribution | null {
  // Most sentences have no colon near their start: the cheap scan for one comes before any word lookup.
  if (!items.cap(s.from) || !colonSoon(items, s) || COLON_LABELS.has(items.lower(s.from))) return null;
  let colon = -1;
  for (let k = s.from + 1; k < s.to && k - s.from <= MAX_COLON_SPEAKER; k++) {
    const code = items.code(k);
    if (code !== -1) {
      if (code === 0x3a) colon = k;
      if (!isPunct(items, k, ".’'")) break;
    } else if (items.isQuote(k) || REPORTING_VERB_BY_FORM.has(items.lower(k))) return null;
  }
  // "scored at 12:31 of the third period": a clock time or a score, not a label.
  if (colon < 0 || (startsWithDigit(word(items, colon - 1)) && startsWithDigit(word(items, colon + 1)))) return null;
  // The speaker is the name run that opens the sentence ("Gillibrand on Hillary …" → Gillibrand).
  let to = s.from + 1;
  while (to < colon && items.cap(to) && !COLON_NAME_STOPS.has(word(items, to))) to++;
  const end = contentEnd(items, s);
  const hasQuote = items.isQuote(colon + 1);
  if (!hasQuote && !hasWords(items, colon + 1, end, MIN_INDIRECT_WORDS)) return null;
  return { cue: { from: colon, to: colon + 1, head: colon, verb: null }, cueTo: colon + 1, speaker: { from: s.from, to }, content: [{ from: colon + 1, to: end }], shape: 'leading' };
}

/**
 * True when a colon closes the run of words opening `s` within MAX_COLON_SPEAKER items — the
 * punctuation test of {@link colonAttribution}'s scan alone, without its lexicon lookups.
 */
function colonSoon(items: Items, s: Sentence): boolean {
  for (let k = s.from + 1; k < s.to && k - s.from <= MAX_COLON_SPEAKER; k++) {
    const code = items.code(k);
    if (code === -1) continue;
    if (code === 0x3a) return true;
    if (!isPunct(items, k, ".’'")) return false;
  }
  return false;
}

