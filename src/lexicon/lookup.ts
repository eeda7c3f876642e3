/**
 * The lexicon compiled once into one lookup: every word the passes test by list membership gets
 * an id, and each id a bitmask of the classes (lists) it belongs to. The tokenizer looks each word
 * up once, from the input's characters; afterwards "is this a reporting verb?" is a bit test.
 *
 * Where it came from: the lists of this folder, each with its own provenance header; this module
 * only indexes them.
 * @module
 */
import { hashFolded, WordTable } from '../text/word-table.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { AUXILIARIES, SENTENCE_OPENERS } from './grammar.js';
import { REPORTING_VERB_BY_FORM } from './reporting-verbs.js';

/**
 * The word classes, one bit each.
 *
 * @example
 * ```ts
 * (classOf(LEXICON.find('said')) & WordClass.VerbStart) !== 0; // true
 * ```
 */
export const WordClass = {
  /** An abbreviation whose period belongs to it ("sen", "jan", "inc"): `ABBREVIATIONS`. */
  Abbreviation: 1 << 0,
  /** A word that typically opens a sentence, so an abbreviation's period before it ends one: `SENTENCE_OPENERS`. */
  SentenceOpener: 1 << 1,
  /** An auxiliary that belongs to the cue after it ("has said"): `AUXILIARIES`. */
  Auxiliary: 1 << 2,
  /** The first word of some reporting verb form ("said", "pointed" of "pointed out"): `REPORTING_VERB_BY_FORM`. */
  VerbStart: 1 << 3,
} as const;

/** The lists behind each class, as `[bit, words]`. */
const CLASS_LISTS: readonly (readonly [number, Iterable<string>])[] = [
  [WordClass.Abbreviation, ABBREVIATIONS],
  [WordClass.SentenceOpener, SENTENCE_OPENERS],
  [WordClass.Auxiliary, AUXILIARIES],
  [WordClass.VerbStart, [...REPORTING_VERB_BY_FORM.keys()].map((form) => form.split(' ')[0] as string)],
  // Every word of a multi-word verb form has an id, so the form is matched by ids ("pointed out").
  [0, [...REPORTING_VERB_BY_FORM.keys()].flatMap((form) => form.split(' ').slice(1))],
  // Words the passes compare a token with by id ("according to").
  [0, ['according', 'to']],
];

/** The compiled lexicon: the table of word ids and the class bits of each id. */
export interface Lexicon {
  readonly table: WordTable;
  /** `classes[id]`: the class bits of word `id` (index 0 unused). */
  readonly classes: Int32Array;
}

function compile(): Lexicon {
  const table = new WordTable(1, 4096);
  const bits: number[] = [0];
  for (const [bit, words] of CLASS_LISTS) {
    for (const word of words) {
      const id = table.add(word);
      bits[id] = (bits[id] ?? 0) | bit;
    }
  }
  const classes = new Int32Array(table.size + 1);
  for (let id = 1; id <= table.size; id++) {
    classes[id] = bits[id] ?? 0;
    // Every word's string is built now, so the table never changes after the module has loaded.
    table.wordOf(id);
  }
  return { table, classes };
}

/**
 * The id of a word the compiled lexicon holds; throws for any other word (a bug in the lists
 * above, caught when the module using the id loads).
 *
 * @example
 * ```ts
 * const ACCORDING = lexiconId('according');
 * ```
 */
export function lexiconId(word: string): number {
  const id = LEXICON.table.find(word, 0, word.length, hashFolded(word, 0, word.length));
  if (id === -1) throw new Error(`lexicon: "${word}" is not in the compiled lexicon`);
  return id;
}

/**
 * The lexicon's word ids and classes, built when the module loads and never changed afterwards.
 *
 * @example
 * ```ts
 * const id = LEXICON.table.add('said'); // an existing word keeps its id
 * LEXICON.classes[id] & WordClass.VerbStart; // non-zero
 * ```
 */
export const LEXICON: Lexicon = compile();
