/**
 * Cues: the reporting expression of an attribution. A reporting verb with the auxiliaries that
 * belong to it ("said", "has said", "is quoted as saying", "pointed out"), or the fixed phrase
 * "according to".
 * @module
 */
import { AUXILIARIES } from '../lexicon/grammar.js';
import { REPORTING_VERB_BY_FORM, type ReportingVerb } from '../lexicon/reporting-verbs.js';
import type { Item } from './frame.js';
import { word } from './items.js';

/** A cue found in a frame: items `[from, to)`; `verb` is null for "according to". */
export interface Cue {
  readonly from: number;
  readonly to: number;
  /** Index of the verb's own item (the last word of the cue). */
  readonly head: number;
  readonly verb: ReportingVerb | null;
}

/** What a first word can start: a one-word verb form, and multi-word forms as their remaining words. */
interface VerbEntry {
  readonly verb: ReportingVerb | undefined;
  readonly phrasal: readonly { readonly tail: readonly string[]; readonly verb: ReportingVerb }[];
}

// One lookup per word: every verb form indexed by its first word ("pointed out" under "pointed").
const VERB_INDEX: ReadonlyMap<string, VerbEntry> = (() => {
  const map = new Map<string, { verb: ReportingVerb | undefined; phrasal: { tail: string[]; verb: ReportingVerb }[] }>();
  for (const [form, verb] of REPORTING_VERB_BY_FORM) {
    const words = form.split(' ');
    const first = words[0] as string;
    const entry = map.get(first) ?? { verb: undefined, phrasal: [] };
    if (words.length === 1) entry.verb = verb;
    else entry.phrasal.push({ tail: words.slice(1), verb });
    map.set(first, entry);
  }
  return map;
})();

// A cheap test before the index lookup: one byte per hash of a word's first two and last two
// characters and its length, set for every first word of the index. Most words of a frame (nine
// in ten on news text) miss it and so need no map lookup — which, for a freshly tokenised word,
// would also hash the whole string.
const FILTER_BITS = 16;

function filterKey(w: string): number {
  const n = w.length;
  // FNV-1a steps over the sampled characters (a missing one reads as 0); the top bits index the table.
  let h = Math.imul(0x811c9dc5 ^ w.charCodeAt(0), 0x01000193);
  h = Math.imul(h ^ (w.charCodeAt(1) | 0), 0x01000193);
  h = Math.imul(h ^ (w.charCodeAt(n - 2) | 0), 0x01000193);
  h = Math.imul(h ^ (w.charCodeAt(n - 1) | 0), 0x01000193);
  return Math.imul(h ^ n, 0x01000193) >>> (32 - FILTER_BITS);
}

const MAY_START_VERB: Uint8Array = (() => {
  const table = new Uint8Array(1 << FILTER_BITS);
  for (const first of VERB_INDEX.keys()) table[filterKey(first)] = 1;
  return table;
})();


/** The verb form starting at item `i` and the index after it, or null. */
function verbAt(items: readonly Item[], i: number): { verb: ReportingVerb; end: number } | null {
  const item = items[i];
  if (item === undefined || item.kind !== 'word' || MAY_START_VERB[filterKey(item.lower)] === 0) return null;
  const entry = VERB_INDEX.get(item.lower);
  if (entry === undefined) return null;
  for (const { tail, verb } of entry.phrasal) {
    let k = 0;
    while (k < tail.length && word(items, i + 1 + k) === tail[k]) k++;
    if (k === tail.length) return { verb, end: i + 1 + k };
  }
  return entry.verb === undefined ? null : { verb: entry.verb, end: i + 1 };
}

const MAX_AUXILIARIES = 4;

/** The cue whose verb is at item `i` (with its auxiliaries), or null. */
export function cueAt(items: readonly Item[], i: number): Cue | null {
  const item = items[i];
  if (item === undefined || item.kind !== 'word') return null;
  if (item.lower === 'according' && word(items, i + 1) === 'to') return { from: i, to: i + 2, head: i + 1, verb: null };
  const found = verbAt(items, i);
  if (found === null) return null;
  let end = found.end;
  // "is quoted as saying" / "was quoted as telling": the whole phrase is the cue.
  if (found.verb.lemma === 'quote' && word(items, end) === 'as') {
    const saying = verbAt(items, end + 1);
    if (saying !== null) end = saying.end;
  }
  let from = i;
  // "would not have been said": a few auxiliaries at most, so a run of them costs nothing per cue.
  while (from > 0 && i - from < MAX_AUXILIARIES && AUXILIARIES.has(word(items, from - 1))) from--;
  return { from, to: end, head: end - 1, verb: found.verb };
}
