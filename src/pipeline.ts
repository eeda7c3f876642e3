/**
 * The pipeline: one ordered, named list of passes over one per-call state. This list is the one
 * place the order of the parse is written; each pass lives in the module it names and reads what
 * the passes before it left in the state.
 *
 * ```
 * structure → tokens → quote-marks → attributions → quotes → names → coreference → sources
 * ```
 * @module
 */
import type { Quote, Source } from './schema.js';
import { gatherQuotes, newQuotesState, pairMarks, readFrames, type QuotesState } from './quotes/find-quotes.js';
import { buildSources } from './sources/output.js';
import { newSourcesState, resolveCoreference } from './sources/resolve-sources.js';
import type { SourcesState } from './sources/state.js';
import { parseStructure, type Structure } from './structure/parse-structure.js';
import { tokenize, type TokenBlock, type TokenStore } from './text/tokens.js';

/** What the passes of one parse share; each field is filled by the pass that names it. */
export interface ParseState {
  readonly input: string;
  structure: Structure | null;
  store: TokenStore | null;
  quoting: QuotesState | null;
  quotes: Quote[] | null;
  sourcing: SourcesState | null;
  sources: Source[] | null;
}

/** A named pass of the pipeline. */
export interface Pass {
  readonly name: string;
  readonly run: (state: ParseState) => void;
}

/** A fresh state for parsing `input`: no pass has run. */
export function newParseState(input: string): ParseState {
  return { input, structure: null, store: null, quoting: null, quotes: null, sourcing: null, sources: null };
}

/** `value`, which an earlier pass must have set; a pass run out of order is a bug. */
function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`pipeline: ${what} is not set; a pass ran out of order`);
  return value;
}

/** The passes, in the order they run. */
export const PASSES: readonly Pass[] = [
  // Headline, byline, dateline, standfirst, paragraphs and sections (its own rule list: structure/).
  { name: 'structure', run: (s) => void (s.structure = parseStructure(s.input)) },
  // One tokenizer over the headline and the paragraphs: words, punctuation, word ids, flags.
  { name: 'tokens', run: (s) => void (s.store = tokenize(s.input, tokenBlocks(need(s.structure, 'structure')))) },
  // Quotation marks paired into top-level quoted segments.
  {
    name: 'quote-marks',
    run: (s) => {
      const structure = need(s.structure, 'structure');
      s.quoting = newQuotesState(need(s.store, 'store'), structure.headline, structure.paragraphs, structure.dateline);
      pairMarks(s.quoting);
    },
  },
  // Each paragraph's frame read sentence by sentence: cues, speakers, attributions.
  { name: 'attributions', run: (s) => readFrames(need(s.quoting, 'quoting')) },
  // Split and continued quotations joined; the article's quotes in input order.
  { name: 'quotes', run: (s) => void (s.quotes = gatherQuotes(need(s.quoting, 'quoting'))) },
  // The body's words and the name mentions in them.
  { name: 'names', run: (s) => void (s.sourcing = newSourcesState(need(s.store, 'store'), need(s.structure, 'structure'), need(s.quotes, 'quotes'))) },
  // Names linked to entities, pronouns and descriptions resolved, each speaker to whom it is.
  { name: 'coreference', run: (s) => resolveCoreference(need(s.sourcing, 'sourcing')) },
  // The source list, and the quotes with `source` set.
  {
    name: 'sources',
    run: (s) => {
      const built = buildSources(need(s.sourcing, 'sourcing'));
      s.quotes = built.quotes;
      s.sources = built.sources;
    },
  },
];

/** The blocks the tokenizer reads: the headline (block -1) and the paragraphs. */
function tokenBlocks(structure: Structure): readonly TokenBlock[] {
  const { headline, paragraphs } = structure;
  return headline === null ? paragraphs : [{ start: headline.start, end: headline.end, index: -1 }, ...paragraphs];
}

/**
 * Runs the passes from the one named `from` (default: the first) through the one named `to`
 * (default: the last) over `state`, and returns it.
 */
export function runPasses(state: ParseState, from?: string, to?: string): ParseState {
  let on = from === undefined;
  for (const pass of PASSES) {
    if (pass.name === from) on = true;
    if (on) pass.run(state);
    if (pass.name === to) break;
  }
  return state;
}
