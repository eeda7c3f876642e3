/**
 * The kind of reporting an attribution's cue names ({@link CueType}), read from the cue's verb
 * class in the reporting-verb lexicon, or from the shape of an attribution without a verb.
 * @module
 */
import type { ReportingVerbClass } from '../lexicon/reporting-verbs.js';
import type { CueType } from '../schema.js';
import type { Attribution } from './attribute.js';

/**
 * The cue type of each reporting-verb class. Agreement ("confirmed", "denied"), manner ("joked",
 * "shouted") and naming ("called it “a disaster”") are ways of saying: users who count speech
 * count them too.
 */
const TYPE_OF_CLASS: Readonly<Record<ReportingVerbClass, CueType>> = {
  speech: 'speech',
  agreement: 'speech',
  manner: 'speech',
  naming: 'speech',
  writing: 'writing',
  cognition: 'thought',
  publication: 'publication',
};

/**
 * The cue type of attribution `a`: its verb's class, or for a cue without a verb `according-to`
 * or `colon` (the only two attributions without one).
 */
export function cueTypeOf(a: Attribution): CueType {
  if (a.cue.verb !== null) return cueTypeOfClass(a.cue.verb.class);
  return a.shape === 'according' ? 'according-to' : 'colon';
}

/** The cue type of a reporting verb of class `cls`. */
export function cueTypeOfClass(cls: ReportingVerbClass): CueType {
  return TYPE_OF_CLASS[cls];
}
