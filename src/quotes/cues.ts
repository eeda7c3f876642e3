/**
 * Cues: the reporting expression of an attribution. A reporting verb with the auxiliaries that
 * belong to it ("said", "has said", "is quoted as saying", "pointed out"), or the fixed phrase
 * "according to".
 * @module
 */
import { AUXILIARIES } from '../lexicon/grammar.js';
import { REPORTING_VERB_BY_FORM, type ReportingVerb } from '../lexicon/reporting-verbs.js';
import type { Item } from './frame.js';

/** A cue found in a frame: items `[from, to)`; `verb` is null for "according to". */
export interface Cue {
  readonly from: number;
  readonly to: number;
  /** Index of the verb's own item (the last word of the cue). */
  readonly head: number;
  readonly verb: ReportingVerb | null;
}

// Multi-word verb forms ("pointed out", "went on"), indexed by their first word.
const PHRASAL: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const form of REPORTING_VERB_BY_FORM.keys()) {
    if (!form.includes(' ')) continue;
    const words = form.split(' ');
    const first = words[0] as string;
    const list = map.get(first) ?? [];
    list.push(words.slice(1));
    map.set(first, list);
  }
  return map;
})();

function word(items: readonly Item[], i: number): string {
  const item = items[i];
  return item !== undefined && item.kind === 'word' ? item.lower : '';
}

/** The verb form starting at item `i` and the index after it, or null. */
function verbAt(items: readonly Item[], i: number): { verb: ReportingVerb; end: number } | null {
  const item = items[i];
  if (item === undefined || item.kind !== 'word') return null;
  const w = item.lower;
  const tails = PHRASAL.get(w);
  if (tails !== undefined) {
    for (const tail of tails) {
      if (tail.every((t, k) => word(items, i + 1 + k) === t)) {
        const verb = REPORTING_VERB_BY_FORM.get(`${w} ${tail.join(' ')}`);
        if (verb !== undefined) return { verb, end: i + 1 + tail.length };
      }
    }
  }
  const verb = REPORTING_VERB_BY_FORM.get(w);
  return verb === undefined ? null : { verb, end: i + 1 };
}

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
  while (from > 0 && AUXILIARIES.has(word(items, from - 1))) from--;
  return { from, to: end, head: end - 1, verb: found.verb };
}
