/**
 * Source figures: for matched quotes whose gold source is a pronoun or a description, how often the
 * predicted source has a name that occurs in the article (the referent itself can only be checked by
 * hand: a sample goes to a TSV file); for gold sources that are names, how often a predicted source's
 * name contains it or is contained in it.
 * @module
 */
import type { Parsed, PolnearRecord } from './corpus.js';
import { collapse, containsWords, pickSamples, trimNonWord } from './metrics.js';
import { goldAttributions, goldText, matchArticle } from './quotes.js';
import { HONORIFICS, PERSON_TITLES } from '../../src/lexicon/titles.js';

/** How a gold source is written. */
export type SourceClass = 'pronoun' | 'description' | 'name' | 'other';

const PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'myself',
  'we', 'us', 'our', 'ours', 'ourselves',
  'you', 'your', 'yours', 'yourself', 'yourselves',
  'he', 'him', 'his', 'himself',
  'she', 'her', 'hers', 'herself',
  'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves',
  'who', 'whom', 'whose', 'which', 'that',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one']);

/** True when `text` is a single pronoun ("he", "They", "whom"). */
export function isPronoun(text: string): boolean {
  return PRONOUNS.has(trimNonWord(collapse(text)).toLowerCase());
}

/**
 * Classifies a gold source as written: a pronoun; a description (starts with the/a/an/another/one
 * or a lowercase word: "a senior official", "The Post", "officials"); a name (starts with an
 * uppercase letter otherwise: "Trump", "Sen. Ted Cruz"); or other.
 */
export function classifySource(text: string): SourceClass {
  const t = trimNonWord(collapse(text));
  if (t === '') return 'other';
  if (PRONOUNS.has(t.toLowerCase())) return 'pronoun';
  const first = t.split(' ')[0] ?? '';
  if (DETERMINERS.has(first.toLowerCase())) return 'description';
  const ch = t.charAt(0);
  if (ch !== ch.toUpperCase()) return 'description';
  if (ch !== ch.toLowerCase()) return 'name';
  return 'other';
}

const NAME_CUTS = [',', '(', ' —', ' –', ' - ', ' who ', ' whose ', ' which '];
const REFLEXIVES = [' himself', ' herself', ' themselves', ' itself'];

/**
 * The name a gold source phrase is headed by, as a source list writes names: without the
 * appositive or relative clause after it, a reflexive, a possessive "'s", or the honorifics and
 * titles before it ("Mr. Rubio, the Florida senator," → "Rubio"; "Sen. Ted Cruz's" → "Ted Cruz").
 * At least one word is kept.
 */
export function goldNameHead(text: string): string {
  let t = collapse(text);
  for (const cut of NAME_CUTS) {
    const at = t.indexOf(cut);
    if (at > 0) t = t.slice(0, at);
  }
  for (const r of REFLEXIVES) if (t.endsWith(r)) t = t.slice(0, -r.length);
  t = trimNonWord(t.replace(/['’]s?$/u, ''));
  const words = t.split(' ');
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k] as string;
    const two = `${w} ${words[k + 1] ?? ''}`.toLowerCase();
    if (k < words.length - 2 && PERSON_TITLES.has(two)) k += 2;
    else if (HONORIFICS.has(w) || PERSON_TITLES.has(w.toLowerCase())) k++;
    else break;
  }
  return words.slice(k).join(' ');
}

/** A tally of pronoun/description gold sources on matched quotes. */
export interface ResolutionTally {
  /** Matched pairs whose gold source is of this class. */
  total: number;
  /** …where the predicted quote has a source with a name. */
  named: number;
  /** …and that name occurs in the article text (case-insensitive). */
  nameInArticle: number;
  /** …and that name is not itself a pronoun. */
  nameInArticleNotPronoun: number;
}

/** One row of the hand-check sample. */
export interface SourceSampleRow {
  id: string;
  cls: SourceClass;
  goldSource: string;
  sentence: string;
  predictedSpeaker: string | null;
  predictedName: string | null;
}

/** A gold name no predicted source name matched, for `--errors`. */
export interface NameMiss {
  id: string;
  gold: string;
  predicted: string[];
}

/** Source figures over one PolNeAR split. */
export interface SourceResult {
  corpus: string;
  /** Total predicted sources over the split. */
  predictedSources: number;
  resolution: { pronoun: ResolutionTally; description: ResolutionTally; combined: ResolutionTally };
  /**
   * Gold attributions (all, first annotator) whose source is a name, and for how many some predicted
   * source's name contains it or is contained in it (case-insensitive, at word boundaries);
   * `matchedHead` compares the gold name's head ({@link goldNameHead}) instead: a source list
   * writes "Elizabeth Warren" where the gold says "Ms. Warren, the senator,".
   */
  names: { total: number; matched: number; matchedHead: number };
  /** Up to 50 evenly spaced rows for `.eval-cache/source-sample.tsv`. */
  sample: SourceSampleRow[];
  nameMisses: NameMiss[];
}

function newTally(): ResolutionTally {
  return { total: 0, named: 0, nameInArticle: 0, nameInArticleNotPronoun: 0 };
}

function addTally(into: ResolutionTally, t: ResolutionTally): void {
  into.total += t.total;
  into.named += t.named;
  into.nameInArticle += t.nameInArticle;
  into.nameInArticleNotPronoun += t.nameInArticleNotPronoun;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', '»']);

/**
 * The sentence around `[start, end)` of `text` (bounded by line breaks, or by `.!?` plus optional
 * closing quote then whitespace), whitespace-collapsed, with the span marked as ⟦…⟧ and capped
 * at about `max` characters either side.
 */
export function sentenceAround(text: string, start: number, end: number, max = 300): string {
  let s = start;
  while (s > 0 && start - s < max) {
    const prev = text.charAt(s - 1);
    if (prev === '\n' || prev === '\r') break;
    if (/\s/.test(prev)) {
      let k = s - 2;
      while (k >= 0 && CLOSERS.has(text.charAt(k))) k--;
      if (k >= 0 && SENTENCE_END.has(text.charAt(k))) break;
    }
    s--;
  }
  let e = end;
  while (e < text.length && e - end < max) {
    const ch = text.charAt(e);
    if (ch === '\n' || ch === '\r') break;
    e++;
    if (SENTENCE_END.has(ch)) {
      while (e < text.length && CLOSERS.has(text.charAt(e))) e++;
      if (e >= text.length || /\s/.test(text.charAt(e))) break;
    }
  }
  return collapse(`${text.slice(s, start)}⟦${text.slice(start, end)}⟧${text.slice(end, e)}`);
}

/** Source figures over one PolNeAR split (quotes matched as in the `all` setting). */
export function evalSources(docs: readonly Parsed<PolnearRecord>[], corpus: string, sampleSize = 50): SourceResult {
  const pronoun = newTally();
  const description = newTally();
  const population: SourceSampleRow[] = [];
  const names = { total: 0, matched: 0, matchedHead: 0 };
  const nameMisses: NameMiss[] = [];
  let predictedSources = 0;

  for (const doc of docs) {
    const { article, input } = doc;
    predictedSources += article.sources.length;
    const lowerInput = input.toLowerCase();

    for (const { gold, quote } of matchArticle(doc, 'all').pairs) {
      const goldSource = goldText(gold.source);
      if (goldSource === null) continue;
      const cls = classifySource(goldSource);
      if (cls !== 'pronoun' && cls !== 'description') continue;
      const tally = cls === 'pronoun' ? pronoun : description;
      const name = quote.source === null ? null : (article.sources[quote.source]?.name ?? null);
      tally.total++;
      if (name !== null && name.trim() !== '') {
        tally.named++;
        if (lowerInput.includes(collapse(name).toLowerCase())) {
          tally.nameInArticle++;
          if (!isPronoun(name)) tally.nameInArticleNotPronoun++;
        }
      }
      const first = gold.source?.[0];
      const last = gold.source?.[gold.source.length - 1];
      population.push({
        id: doc.id,
        cls,
        goldSource,
        sentence: first && last ? sentenceAround(input, first.start, last.end) : '',
        predictedSpeaker: quote.speaker?.text ?? null,
        predictedName: name,
      });
    }

    const predictedNames = article.sources.map((s) => s.name).filter((n) => n.trim() !== '');
    for (const g of goldAttributions(doc.record)) {
      const goldSource = goldText(g.source);
      if (goldSource === null || classifySource(goldSource) !== 'name') continue;
      names.total++;
      const found = (g: string): boolean => predictedNames.some((n) => containsWords(n, g) || containsWords(g, n));
      if (found(goldSource)) names.matched++;
      const head = goldNameHead(goldSource);
      if (found(head)) names.matchedHead++;
      else nameMisses.push({ id: doc.id, gold: goldSource, predicted: article.sources.map((s) => s.name) });
    }
  }

  const combined = newTally();
  addTally(combined, pronoun);
  addTally(combined, description);
  return {
    corpus,
    predictedSources,
    resolution: { pronoun, description, combined },
    names,
    sample: pickSamples(population, sampleSize),
    nameMisses,
  };
}

function tsvCell(value: string | null): string {
  return value === null ? '' : value.replace(/[\t\r\n]+/g, ' ');
}

/** The hand-check sample as TSV (header row first). */
export function sourceSampleTsv(rows: readonly SourceSampleRow[]): string {
  const header = ['article_id', 'gold_source', 'sentence', 'predicted_name', 'gold_class', 'predicted_speaker'];
  const lines = rows.map((r) =>
    [r.id, r.goldSource, r.sentence, r.predictedName, r.cls, r.predictedSpeaker].map(tsvCell).join('\t'),
  );
  return `${[header.join('\t'), ...lines].join('\n')}\n`;
}
