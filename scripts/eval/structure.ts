/**
 * Structure figures: headline and byline accuracy, paragraph P/R/F1 (multisets of
 * whitespace-collapsed units), and predicted section headings.
 * @module
 */
import type { Article } from '../../src/schema.js';
import type { NaebRecord, Parsed, PolnearRecord } from './corpus.js';
import {
  addCounts,
  blankLineBlocks,
  collapse,
  isBlankLine,
  multisetMatch,
  nonBlankLines,
  prf,
  zeroCounts,
  type Counts,
  type Prf,
} from './metrics.js';

/** A correct/total tally. */
export interface Tally {
  correct: number;
  total: number;
}

/** A predicted-vs-gold mismatch kept for `--errors`. */
export interface Mismatch {
  id: string;
  pred: string | null;
  gold: string | null;
}

/** Per-article paragraph comparison kept for `--errors` (worst F1 first). */
export interface ParagraphDiff {
  id: string;
  f1: number;
  counts: Counts;
  /** Gold units with no equal predicted unit. */
  missed: string[];
  /** Predicted units with no equal gold unit. */
  spurious: string[];
}

/** Paragraph figures: counts plus P/R/F1. */
export type ParagraphScore = Counts & Prf;

/** Structure results for one corpus. */
export interface StructureResult {
  corpus: string;
  articles: number;
  headline: Tally;
  /** NAEB only. */
  byline: { withAuthors: Tally; withoutAuthors: Tally; combined: Tally } | null;
  /** Primary paragraph score (NAEB: gold = non-blank body lines; PolNeAR: blank-line blocks). */
  paragraphs: ParagraphScore;
  /** Secondary paragraph score with the other gold (NAEB: blank-line blocks; PolNeAR: non-blank lines). */
  paragraphsAlt: { gold: string; score: ParagraphScore } | null;
  /** Gold blank-line blocks (NAEB: of the bodies; PolNeAR: after the first), and how many span more than one line. */
  goldBlocks: { total: number; multiLine: number } | null;
  headings: { predicted: number; inGold: number };
  samples: {
    headline: Mismatch[];
    byline: Mismatch[];
    paragraphs: ParagraphDiff[];
    /** Predicted headings that are not a gold unit. */
    headings: Mismatch[];
  };
}

/**
 * Predicted units: every paragraph's text, every section heading's text and the standfirst's —
 * each a unit of the page's text, as the gold (body lines, or blank-line blocks) counts them.
 */
export function predictedUnits(article: Article): string[] {
  const units = article.paragraphs.map((p) => collapse(p.text));
  for (const s of article.sections) if (s.heading) units.push(collapse(s.heading.text));
  if (article.standfirst) units.push(collapse(article.standfirst.text));
  return units;
}

function headingTexts(article: Article): string[] {
  const out: string[] = [];
  for (const s of article.sections) if (s.heading) out.push(collapse(s.heading.text));
  return out;
}

function score(c: Counts): ParagraphScore {
  return { ...c, ...prf(c) };
}

function compareUnits(id: string, pred: string[], gold: string[]): ParagraphDiff {
  const m = multisetMatch(gold, pred);
  const counts: Counts = { tp: m.matched, pred: pred.length, gold: gold.length };
  return { id, f1: prf(counts).f1, counts, missed: m.onlyA, spurious: m.onlyB };
}

function newResult(corpus: string): StructureResult {
  return {
    corpus,
    articles: 0,
    headline: { correct: 0, total: 0 },
    byline: null,
    paragraphs: score(zeroCounts()),
    paragraphsAlt: null,
    goldBlocks: null,
    headings: { predicted: 0, inGold: 0 },
    samples: { headline: [], byline: [], paragraphs: [], headings: [] },
  };
}

function tallyHeadline(res: StructureResult, id: string, article: Article, gold: string): void {
  const pred = article.headline ? collapse(article.headline.text) : null;
  res.headline.total++;
  if (pred === gold) res.headline.correct++;
  else res.samples.headline.push({ id, pred, gold });
}

function tallyHeadings(res: StructureResult, id: string, article: Article, goldUnits: readonly string[]): void {
  const gold = new Set(goldUnits);
  for (const h of headingTexts(article)) {
    res.headings.predicted++;
    if (gold.has(h)) res.headings.inGold++;
    else res.samples.headings.push({ id, pred: h, gold: null });
  }
}

/** NAEB: headline, byline, paragraphs (gold = non-blank body lines; secondary: blank-line blocks). */
export function evalNaebStructure(docs: readonly Parsed<NaebRecord>[]): StructureResult {
  const res = newResult('naeb');
  const withAuthors: Tally = { correct: 0, total: 0 };
  const withoutAuthors: Tally = { correct: 0, total: 0 };
  const byLines = zeroCounts();
  const byBlocks = zeroCounts();
  const blocks = { total: 0, multiLine: 0 };
  for (const { id, record, article } of docs) {
    res.articles++;
    tallyHeadline(res, id, article, collapse(record.title));

    const predByline = article.byline ? collapse(article.byline.text) : null;
    if (record.authors) {
      const gold = collapse(`By ${record.authors}`);
      withAuthors.total++;
      if (predByline === gold) withAuthors.correct++;
      else res.samples.byline.push({ id, pred: predByline, gold });
    } else {
      withoutAuthors.total++;
      if (predByline === null) withoutAuthors.correct++;
      else res.samples.byline.push({ id, pred: predByline, gold: null });
    }

    const pred = predictedUnits(article);
    const goldLines = nonBlankLines(record.body);
    const diff = compareUnits(id, pred, goldLines);
    addCounts(byLines, diff.counts);
    res.samples.paragraphs.push(diff);

    const goldBlocks = blankLineBlocks(record.body);
    blocks.total += goldBlocks.length;
    blocks.multiLine += goldBlocks.filter((b) => b.length > 1).length;
    addCounts(byBlocks, compareUnits(id, pred, goldBlocks.map((b) => collapse(b.join(' ')))).counts);

    tallyHeadings(res, id, article, goldLines);
  }
  res.byline = {
    withAuthors,
    withoutAuthors,
    combined: {
      correct: withAuthors.correct + withoutAuthors.correct,
      total: withAuthors.total + withoutAuthors.total,
    },
  };
  res.paragraphs = score(byLines);
  res.paragraphsAlt = { gold: 'blank-line blocks', score: score(byBlocks) };
  res.goldBlocks = blocks;
  return res;
}

/** The gold structure of a PolNeAR text: first line is the headline, later blank-line blocks are paragraphs. */
export function polnearGoldStructure(text: string): {
  headline: string;
  paragraphs: string[];
  /** The blocks' lines, for the secondary score and the multi-line check. */
  blocks: string[][];
} {
  const firstBreak = text.search(/\r\n|\n|\r/);
  const headline = collapse(firstBreak === -1 ? text : text.slice(0, firstBreak));
  const blocks = blankLineBlocks(text).slice(1);
  return { headline, paragraphs: blocks.map((b) => collapse(b.join(' '))), blocks };
}

/** PolNeAR: headline = first line; paragraphs = blank-line blocks after the first. */
export function evalPolnearStructure(docs: readonly Parsed<PolnearRecord>[], corpus: string): StructureResult {
  const res = newResult(corpus);
  const total = zeroCounts();
  const byLines = zeroCounts();
  const blocks = { total: 0, multiLine: 0 };
  for (const { id, record, article } of docs) {
    res.articles++;
    const gold = polnearGoldStructure(record.text);
    tallyHeadline(res, id, article, gold.headline);
    const pred = predictedUnits(article);
    const diff = compareUnits(id, pred, gold.paragraphs);
    addCounts(total, diff.counts);
    res.samples.paragraphs.push(diff);
    const lines = gold.blocks.flatMap((b) => b.filter((l) => !isBlankLine(l)).map(collapse));
    addCounts(byLines, compareUnits(id, pred, lines).counts);
    blocks.total += gold.blocks.length;
    blocks.multiLine += gold.blocks.filter((b) => b.length > 1).length;
    tallyHeadings(res, id, article, gold.paragraphs);
  }
  res.paragraphs = score(total);
  res.paragraphsAlt = { gold: 'non-blank lines after the first', score: score(byLines) };
  res.goldBlocks = blocks;
  return res;
}
