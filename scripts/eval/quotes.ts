/**
 * Quote figures against PolNeAR attributions (first annotator): content P/R/F1 by word-set Dice
 * with one-to-one greedy matching, speaker and cue accuracy on matched pairs, and CofeNet-style
 * exact-span F1 per element.
 * @module
 */
import { REPORTING_VERB_BY_FORM } from '../../src/lexicon/reporting-verbs.js';
import { cueTypeOfClass } from '../../src/quotes/cue-type.js';
import type { CueType, Quote } from '../../src/schema.js';
import type { GoldAttribution, GoldSpan, Parsed, PolnearRecord } from './corpus.js';
import {
  addCounts,
  dice,
  greedyMatch,
  multisetMatch,
  normalizeExact,
  overlapsAny,
  prf,
  rangesText,
  wordSet,
  zeroCounts,
  type Counts,
  type Element,
  type Prf,
} from './metrics.js';

/** Minimum Dice of content word sets for a predicted quote to match a gold attribution. */
export const DICE_THRESHOLD = 0.5;

/**
 * `direct`: gold attributions flagged `direct` vs predicted direct/mixed quotes; `marked`: the
 * same with every gold content that holds a quotation mark counted direct — the corpus flags
 * NYT's `''…''` quotations as not direct, so under `direct` each of them the parser finds counts
 * as a spurious direct quote; `all`: everything.
 */
export type QuoteSettingName = 'direct' | 'marked' | 'all';

/** A gold attribution paired with the predicted quote matched to it. */
export interface QuotePair {
  gold: GoldAttribution;
  quote: Quote;
  dice: number;
}

/** Gold attributions and predicted quotes of one article for a setting, and their matching. */
export interface ArticleMatching {
  gold: GoldAttribution[];
  quotes: Quote[];
  pairs: QuotePair[];
  /** Per gold attribution: the matched quote's index in `quotes`, or -1. */
  goldMatch: number[];
  /** Per predicted quote: the matched gold's index in `gold`, or -1. */
  quoteMatch: number[];
  /** Dice of every gold attribution with its best-scoring predicted quote (0 when none). */
  goldBest: { quote: number; dice: number }[];
}

/** An accuracy tally over matched pairs. */
export interface Accuracy {
  correct: number;
  total: number;
  /** Pairs whose gold element is null. */
  goldNull: number;
  /** …of which the prediction was null too (counted correct). */
  goldNullCorrect: number;
}

/** One quote-sample line for `--errors`. */
export interface QuoteSample {
  id: string;
  /** What the sample shows, e.g. the best Dice for a missed gold. */
  note: string;
  pred: string | null;
  gold: string | null;
  /** Extra context: the gold source of a missed quote, the speaker of a spurious one, the content of a pair. */
  context: string | null;
}

/** Figures for one setting. */
export interface QuoteSettingResult {
  setting: QuoteSettingName;
  content: Counts & Prf;
  speaker: Accuracy;
  cue: Accuracy;
  exact: Record<Element, Counts & Prf>;
  /** Gold attributions with null content (they can never match). */
  goldWithoutContent: number;
  /** Per cue type: predicted quotes by `Quote.cueType`, gold attributions by the type of their cue. */
  byCueType: Record<string, CueTypeCounts>;
  samples: {
    missed: QuoteSample[];
    spurious: QuoteSample[];
    speaker: QuoteSample[];
    cue: QuoteSample[];
    /** Matched pairs whose normalised content differs (span-boundary errors). */
    boundary: QuoteSample[];
  };
}

/** The quote evaluation over one PolNeAR split. */
export interface QuoteResult {
  corpus: string;
  articles: number;
  goldAttributions: number;
  predictedQuotes: number;
  settings: QuoteSettingResult[];
}

/** The first annotator's attributions, or none. */
export function goldAttributions(record: PolnearRecord): GoldAttribution[] {
  return record.annotations[0]?.attributions ?? [];
}

/** Gold spans' text joined with one space (`null` when the element is absent). */
export function goldText(spans: readonly GoldSpan[] | null): string | null {
  if (!spans || spans.length === 0) return null;
  return spans.map((s) => s.text).join(' ');
}

/** A predicted quote's content as it stands in the input (its spans joined with one space). */
export function quoteContent(input: string, quote: Quote): string {
  return rangesText(input, quote.spans);
}

function inSetting(setting: QuoteSettingName, g: GoldAttribution): boolean {
  if (setting === 'all' || g.direct) return true;
  return setting === 'marked' && hasQuotationMark(goldText(g.content) ?? '');
}

/** True when `text` holds a double quotation mark, a guillemet, or NYT's two-apostrophe mark. */
function hasQuotationMark(text: string): boolean {
  return /["«»“”„]|''/.test(text);
}

/** Tallies of one cue type: predicted quotes (and how many matched) and gold attributions (and how many were found). */
export interface CueTypeCounts {
  pred: number;
  predMatched: number;
  gold: number;
  goldMatched: number;
}

/** The cue type a gold attribution's cue names, read with the parser's own lexicon; `other` for a cue it has no verb for. */
export function goldCueType(g: GoldAttribution): CueType | 'other' {
  const text = (goldText(g.cue) ?? '').toLowerCase();
  if (text === '') return 'none';
  if (text.includes('according to')) return 'according-to';
  if (text.trim() === ':') return 'colon';
  const words = text.split(/[^\p{L}'’]+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const verb = REPORTING_VERB_BY_FORM.get(`${words[i]} ${words[i + 1] ?? ''}`) ?? REPORTING_VERB_BY_FORM.get(words[i] ?? '');
    if (verb !== undefined) return cueTypeOfClass(verb.class);
  }
  return 'other';
}

function tallyCueTypes(byType: Record<string, CueTypeCounts>, m: ArticleMatching): void {
  const at = (t: string): CueTypeCounts => (byType[t] ??= { pred: 0, predMatched: 0, gold: 0, goldMatched: 0 });
  m.quotes.forEach((q, i) => {
    const c = at(q.cueType);
    c.pred++;
    if (m.quoteMatch[i] !== -1) c.predMatched++;
  });
  m.gold.forEach((g, i) => {
    const c = at(goldCueType(g));
    c.gold++;
    if (m.goldMatch[i] !== -1) c.goldMatched++;
  });
}

function quoteInSetting(setting: QuoteSettingName, q: Quote): boolean {
  return setting === 'all' || q.kind === 'direct' || q.kind === 'mixed';
}

/** Matches one article's gold attributions and predicted quotes for a setting. */
export function matchArticle(doc: Parsed<PolnearRecord>, setting: QuoteSettingName): ArticleMatching {
  const gold = goldAttributions(doc.record).filter((g) => inSetting(setting, g));
  const quotes = doc.article.quotes.filter((q) => quoteInSetting(setting, q));
  const goldSets = gold.map((g) => wordSet(goldText(g.content) ?? ''));
  const quoteSets = quotes.map((q) => wordSet(quoteContent(doc.input, q)));
  const scores = goldSets.map((gs) => quoteSets.map((qs) => dice(gs, qs)));
  const score = (a: number, b: number): number => scores[a]?.[b] ?? 0;
  const matches = greedyMatch(gold.length, quotes.length, score, DICE_THRESHOLD);
  const goldMatch = gold.map(() => -1);
  const quoteMatch = quotes.map(() => -1);
  const pairs: QuotePair[] = [];
  for (const m of matches) {
    const g = gold[m.a];
    const q = quotes[m.b];
    if (!g || !q) continue;
    goldMatch[m.a] = m.b;
    quoteMatch[m.b] = m.a;
    pairs.push({ gold: g, quote: q, dice: m.score });
  }
  const goldBest = scores.map((row) => {
    let best = { quote: -1, dice: 0 };
    row.forEach((d, i) => {
      if (d > best.dice) best = { quote: i, dice: d };
    });
    return best;
  });
  return { gold, quotes, pairs, goldMatch, quoteMatch, goldBest };
}

function newAccuracy(): Accuracy {
  return { correct: 0, total: 0, goldNull: 0, goldNullCorrect: 0 };
}

/** Scores a predicted element span against gold spans: overlap, or null/null. */
function tallyElement(acc: Accuracy, pred: { start: number; end: number } | null, gold: GoldSpan[] | null): boolean {
  acc.total++;
  let ok: boolean;
  if (!gold || gold.length === 0) {
    acc.goldNull++;
    ok = pred === null;
    if (ok) acc.goldNullCorrect++;
  } else {
    ok = pred !== null && overlapsAny(pred, gold);
  }
  if (ok) acc.correct++;
  return ok;
}

function exactTexts(items: readonly (string | null)[], element: Element): string[] {
  const out: string[] = [];
  for (const t of items) if (t !== null && t.trim() !== '') out.push(normalizeExact(t, element));
  return out;
}

function evalSetting(docs: readonly Parsed<PolnearRecord>[], setting: QuoteSettingName): QuoteSettingResult {
  const content = zeroCounts();
  const speaker = newAccuracy();
  const cue = newAccuracy();
  const exact: Record<Element, Counts> = { source: zeroCounts(), cue: zeroCounts(), content: zeroCounts() };
  let goldWithoutContent = 0;
  const byCueType: Record<string, CueTypeCounts> = {};
  const samples: QuoteSettingResult['samples'] = { missed: [], spurious: [], speaker: [], cue: [], boundary: [] };

  for (const doc of docs) {
    const m = matchArticle(doc, setting);
    tallyCueTypes(byCueType, m);
    addCounts(content, { tp: m.pairs.length, pred: m.quotes.length, gold: m.gold.length });
    const qText = m.quotes.map((q) => quoteContent(doc.input, q));

    m.gold.forEach((g, i) => {
      if (!g.content || g.content.length === 0) goldWithoutContent++;
      if (m.goldMatch[i] !== -1) return;
      const best = m.goldBest[i];
      const bestText = best && best.quote >= 0 ? (qText[best.quote] ?? null) : null;
      samples.missed.push({
        id: doc.id,
        note: `best dice ${(best?.dice ?? 0).toFixed(2)}`,
        pred: bestText,
        gold: goldText(g.content),
        context: goldText(g.source),
      });
    });
    m.quotes.forEach((q, i) => {
      if (m.quoteMatch[i] !== -1) return;
      samples.spurious.push({ id: doc.id, note: q.kind, pred: qText[i] ?? '', gold: null, context: q.speaker?.text ?? null });
    });

    for (const { gold: g, quote: q, dice: d } of m.pairs) {
      const gContent = goldText(g.content);
      const pContent = quoteContent(doc.input, q);
      if (!tallyElement(speaker, q.speaker, g.source)) {
        samples.speaker.push({ id: doc.id, note: '', pred: q.speaker?.text ?? null, gold: goldText(g.source), context: gContent });
      }
      if (!tallyElement(cue, q.cue, g.cue)) {
        samples.cue.push({ id: doc.id, note: '', pred: q.cue?.text ?? null, gold: goldText(g.cue), context: gContent });
      }
      if (gContent !== null && normalizeExact(gContent, 'content') !== normalizeExact(pContent, 'content')) {
        samples.boundary.push({ id: doc.id, note: `dice ${d.toFixed(2)}`, pred: pContent, gold: gContent, context: null });
      }
    }

    const elements: [Element, (string | null)[], (string | null)[]][] = [
      ['source', m.gold.map((g) => goldText(g.source)), m.quotes.map((q) => q.speaker?.text ?? null)],
      ['cue', m.gold.map((g) => goldText(g.cue)), m.quotes.map((q) => q.cue?.text ?? null)],
      ['content', m.gold.map((g) => goldText(g.content)), qText],
    ];
    for (const [element, goldItems, predItems] of elements) {
      const gold = exactTexts(goldItems, element);
      const pred = exactTexts(predItems, element);
      addCounts(exact[element], { tp: multisetMatch(gold, pred).matched, pred: pred.length, gold: gold.length });
    }
  }

  return {
    setting,
    content: { ...content, ...prf(content) },
    speaker,
    cue,
    exact: {
      source: { ...exact.source, ...prf(exact.source) },
      cue: { ...exact.cue, ...prf(exact.cue) },
      content: { ...exact.content, ...prf(exact.content) },
    },
    goldWithoutContent,
    byCueType,
    samples,
  };
}

/** Quote figures for both settings over one PolNeAR split. */
export function evalQuotes(docs: readonly Parsed<PolnearRecord>[], corpus: string): QuoteResult {
  let goldCount = 0;
  let predCount = 0;
  for (const d of docs) {
    goldCount += goldAttributions(d.record).length;
    predCount += d.article.quotes.length;
  }
  return {
    corpus,
    articles: docs.length,
    goldAttributions: goldCount,
    predictedQuotes: predCount,
    settings: [evalSetting(docs, 'direct'), evalSetting(docs, 'marked'), evalSetting(docs, 'all')],
  };
}
