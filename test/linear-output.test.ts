/**
 * Linear by construction: the run-on shapes that once cost cues × sentence length, and a small,
 * fast slice of the benchmark's generative shape search (`bench/grammar.ts`). Time is measured
 * only by `npm run bench`; what is checked here is deterministic: every parse succeeds and keeps
 * the Article contract, each attribution of a run-on sentence is its own quote with its own
 * speaker, and the output grows in proportion to the input — the quoted text never holds any
 * input character more than twice, and the JSON stays within a constant factor of the input.
 */
import { describe, expect, it } from 'vitest';
import { generatedShapes, layOut } from '../bench/grammar.js';
import { parseArticle, type Article } from '../src/index.js';
import { assertArticleInvariants } from './invariants.js';

/** Seed and size of the slice: 12 units × 3 layouts, each at two sizes. */
const SLICE_SEED = 7;
const SLICE_UNITS = 12;
const SIZES = [4_000, 16_000] as const;
/** Most `JSON.stringify` characters per input character: one-character paragraphs cost ~35. */
const MAX_JSON_RATIO = 40;
/** Most quoted characters per input character: "X, according to Y, Z" may credit Z's clause to both sides. */
const MAX_QUOTED_RATIO = 2;

function quotedChars(article: Article): number {
  return article.quotes.reduce((sum, q) => sum + q.text.length, 0);
}

function parsed(text: string): Article {
  const article = parseArticle(text);
  assertArticleInvariants(text, article);
  return article;
}

describe('run-on sentences of many attributions', () => {
  it('gives each cue and quotation of one sentence its own quote and speaker', () => {
    const article = parsed('Talks\n\n“Yes,” he said, “no,” she said, “maybe,” they said.');
    expect(article.quotes.map((q) => [q.kind, q.text, q.speaker?.text])).toEqual([
      ['direct', 'Yes', 'he'],
      ['direct', 'no', 'she'],
      ['direct', 'maybe', 'they'],
    ]);
  });

  it.each([
    ['paragraph', '“x,” he said, '],
    ['wrapped', '“x,” he said, '],
    ['lines', "''x,'' he said,"],
    ['paragraph', '“Why now?” Smith asked '],
  ] as const)('a %s of %j repeated: one direct quote per repetition', (layout, unit) => {
    const text = layOut(unit, layout, 20_000);
    const article = parsed(text);
    const repeated = layout === 'lines' ? `${unit.trimEnd()}\n` : unit;
    const repetitions = Math.floor((text.length - 40) / repeated.length);
    expect(article.quotes.length).toBeGreaterThanOrEqual(repetitions - 1);
    // (The input is cut to size, so its last repetition may be cut inside its cue.)
    expect(article.quotes.slice(0, -1).every((q) => q.kind === 'direct' && q.spans.length === 1 && q.speaker !== null)).toBe(true);
  });

  it('an "according to" clause repeated: each quote holds its own clause, not the whole sentence', () => {
    const text = layOut('a b c, according to Reuters, ', 'paragraph', 20_000);
    const article = parsed(text);
    expect(article.quotes.length).toBeGreaterThan(500);
    expect(Math.max(...article.quotes.map((q) => q.text.length))).toBeLessThan(40);
    expect(article.quotes.every((q) => q.speaker?.text === 'Reuters')).toBe(true);
  });

  it('two "according to" clauses in one sentence each credit their own side', () => {
    const article = parsed('Talks\n\nThe plan will work, according to Reuters, and it is cheap, according to the AP.');
    expect(article.quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['The plan will work', 'Reuters'],
      ['and it is cheap', 'the AP'],
    ]);
  });

  it('a verb attribution inside an "according to" clause is still found', () => {
    const article = parsed('Talks\n\nAccording to the report, officials said the plan would fail.');
    expect(article.quotes.map((q) => q.speaker?.text)).toEqual(['the report', 'officials']);
  });

  it('"…,” said X, who added that …" credits the relative clause to X', () => {
    const article = parsed('Talks\n\n“It is done,” said Ann Lee, who added that the vote would be held in May.');
    expect(article.quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['It is done', 'Ann Lee'],
      ['the vote would be held in May', 'Ann Lee'],
    ]);
  });
});

describe(`generated shapes (seed ${SLICE_SEED}, ${SLICE_UNITS} units × 3 layouts)`, () => {
  it.each(generatedShapes(SLICE_SEED, SLICE_UNITS).map((s) => [s.name, s] as const))('%s: output in proportion to input', (_name, shape) => {
    const ratios = SIZES.map((size) => {
      const text = shape.generate(size);
      const article = parsed(text);
      expect(quotedChars(article)).toBeLessThanOrEqual(MAX_QUOTED_RATIO * text.length);
      return JSON.stringify(article).length / text.length;
    });
    for (const ratio of ratios) expect(ratio).toBeLessThanOrEqual(MAX_JSON_RATIO);
    // Four times the input, about the same output per character (a headline makes small inputs a little denser).
    expect(ratios[1]).toBeLessThanOrEqual((ratios[0] as number) * 1.25 + 0.5);
  });
});
