// Unit tests for the evaluation script's pure metric helpers. All texts here are invented.
import { describe, it, expect } from 'vitest';
import {
  addCounts,
  blankLineBlocks,
  clip,
  collapse,
  containsWords,
  dice,
  greedyMatch,
  isBlankLine,
  multisetMatch,
  nonBlankLines,
  normalizeExact,
  overlaps,
  overlapsAny,
  pickSamples,
  prf,
  rangesText,
  trimNonWord,
  wordSet,
  wordTokens,
  zeroCounts,
} from '../scripts/eval/metrics.js';
import { classifySource, isPronoun, sentenceAround, sourceSampleTsv } from '../scripts/eval/sources.js';
import { predictedUnits, polnearGoldStructure } from '../scripts/eval/structure.js';
import { textSpanProblem, spanProblem } from '../scripts/eval/invariants.js';
import type { Article } from '../src/schema.js';

describe('collapse and lines', () => {
  it('collapses whitespace runs and trims', () => {
    expect(collapse('  The  mayor\n\tspoke\u00a0today. ')).toBe('The mayor spoke today.');
  });

  it('treats whitespace-only and zero-width lines as blank', () => {
    expect(isBlankLine(' \t\u00a0')).toBe(true);
    expect(isBlankLine('\u200b')).toBe(true);
    expect(isBlankLine(' x ')).toBe(false);
  });

  it('lists non-blank lines and blank-line blocks', () => {
    const text = 'Ferry fares rise\n\nThe council voted.\nIt was close.\n  \n\nA new  section\n';
    expect(nonBlankLines(text)).toEqual(['Ferry fares rise', 'The council voted.', 'It was close.', 'A new section']);
    expect(blankLineBlocks(text)).toEqual([['Ferry fares rise'], ['The council voted.', 'It was close.'], ['A new  section']]);
  });
});

describe('word tokens and dice', () => {
  it('lowercases and keeps inner apostrophes', () => {
    expect(wordTokens('“We don’t know,” the Baker said.')).toEqual(['we', "don't", 'know', 'the', 'baker', 'said']);
  });

  it('computes Dice over sets', () => {
    expect(dice(wordSet('the bridge will open'), wordSet('the bridge will open'))).toBe(1);
    expect(dice(wordSet('a b c d'), wordSet('c d e f'))).toBe(0.5);
    expect(dice(wordSet('alpha'), wordSet('beta'))).toBe(0);
    expect(dice(new Set(), new Set())).toBe(0);
    // Duplicates do not count twice: {the, cat} vs {the, cat, sat}.
    expect(dice(wordSet('the the cat'), wordSet('the cat sat'))).toBeCloseTo(0.8);
  });
});

describe('greedyMatch', () => {
  const table = [
    [0.9, 0.6, 0.0],
    [0.8, 0.7, 0.0],
    [0.0, 0.0, 0.4],
  ];
  const score = (a: number, b: number): number => table[a]?.[b] ?? 0;

  it('takes the highest score first, one-to-one', () => {
    expect(greedyMatch(3, 3, score, 0.5)).toEqual([
      { a: 0, b: 0, score: 0.9 },
      { a: 1, b: 1, score: 0.7 },
    ]);
  });

  it('respects the threshold and lets a lower threshold add pairs', () => {
    expect(greedyMatch(3, 3, score, 0.4)).toHaveLength(3);
    expect(greedyMatch(3, 3, score, 0.95)).toEqual([]);
  });

  it('is greedy, not optimal', () => {
    // Optimal would pair (0,1) and (1,0) for 2 matches; greedy grabs (0,0) first and leaves 1 unmatched.
    const t = [
      [0.9, 0.6],
      [0.7, 0.0],
    ];
    expect(greedyMatch(2, 2, (a, b) => t[a]?.[b] ?? 0, 0.5)).toEqual([{ a: 0, b: 0, score: 0.9 }]);
  });

  it('breaks ties by lower indices', () => {
    expect(greedyMatch(2, 2, () => 1, 0.5)).toEqual([
      { a: 0, b: 0, score: 1 },
      { a: 1, b: 1, score: 1 },
    ]);
  });

  it('handles empty sides', () => {
    expect(greedyMatch(0, 4, () => 1, 0)).toEqual([]);
  });
});

describe('multisetMatch', () => {
  it('matches with multiplicity and reports leftovers in order', () => {
    const r = multisetMatch(['x', 'y', 'x', 'z'], ['x', 'w', 'y', 'y']);
    expect(r.matched).toBe(2);
    expect(r.onlyA).toEqual(['x', 'z']);
    expect(r.onlyB).toEqual(['w', 'y']);
  });
});

describe('prf', () => {
  it('computes micro P/R/F1', () => {
    const c = addCounts(zeroCounts(), { tp: 3, pred: 4, gold: 6 });
    addCounts(c, { tp: 1, pred: 1, gold: 2 });
    expect(c).toEqual({ tp: 4, pred: 5, gold: 8 });
    const r = prf(c);
    expect(r.precision).toBeCloseTo(0.8);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });

  it('is 0 rather than NaN on empty denominators', () => {
    expect(prf(zeroCounts())).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, pred: 3, gold: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('normalizeExact', () => {
  it('strips quotation marks of every style and edge punctuation', () => {
    expect(normalizeExact('“The tide is turning,”', 'content')).toBe('The tide is turning');
    expect(normalizeExact("''We will rebuild.''", 'content')).toBe('We will rebuild');
    expect(normalizeExact('«Nous verrons»', 'content')).toBe('Nous verrons');
    expect(normalizeExact('„Wir schaffen das“', 'content')).toBe('Wir schaffen das');
    expect(normalizeExact('‹ peu › —', 'content')).toBe('peu');
    expect(normalizeExact('"nested \'inner\'"', 'content')).toBe("nested 'inner");
  });

  it('strips a leading "that " from content only, repeatedly with marks', () => {
    expect(normalizeExact('that the pier would close.', 'content')).toBe('the pier would close');
    expect(normalizeExact('that “the pier would close”', 'content')).toBe('the pier would close');
    expect(normalizeExact('That plan failed', 'content')).toBe('plan failed');
    expect(normalizeExact('that', 'source')).toBe('that');
    expect(normalizeExact('thatched roofs', 'content')).toBe('thatched roofs');
  });

  it('trims dashes and whitespace on sources and cues and keeps inner text', () => {
    expect(normalizeExact(' — the harbour master, ', 'source')).toBe('the harbour master');
    expect(normalizeExact('said:', 'cue')).toBe('said');
    expect(normalizeExact('told  reporters', 'cue')).toBe('told reporters');
  });

  it('makes two renderings of one quote equal', () => {
    expect(normalizeExact('“We are ready.”', 'content')).toBe(normalizeExact('We are ready', 'content'));
  });
});

describe('overlap', () => {
  it('needs at least one shared character', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 3, end: 4 }, { start: 0, end: 10 })).toBe(true);
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 10 })).toBe(false);
  });

  it('checks against any of several spans', () => {
    const gold = [
      { start: 0, end: 2 },
      { start: 10, end: 12 },
    ];
    expect(overlapsAny({ start: 11, end: 20 }, gold)).toBe(true);
    expect(overlapsAny({ start: 2, end: 10 }, gold)).toBe(false);
    expect(overlapsAny({ start: 0, end: 1 }, [])).toBe(false);
  });
});

describe('text helpers', () => {
  it('joins ranges with a space', () => {
    const input = '"Rain," she said, "is coming."';
    expect(rangesText(input, [{ start: 1, end: 5 }, { start: 19, end: 28 }])).toBe('Rain is coming');
  });

  it('matches words at boundaries, case-insensitively', () => {
    expect(containsWords('Mayor Lena Ortiz', 'ortiz')).toBe(true);
    expect(containsWords('Ortizville council', 'Ortiz')).toBe(false);
    expect(containsWords("Ortiz's office", 'Ortiz')).toBe(true);
    expect(containsWords('anything', '')).toBe(false);
  });

  it('trims non-word edges', () => {
    expect(trimNonWord('“He,” ')).toBe('He');
    expect(trimNonWord('...')).toBe('');
  });

  it('clips long text in the middle', () => {
    expect(clip(null)).toBe('∅');
    expect(clip('short')).toBe('"short"');
    const c = clip('x'.repeat(200), 21);
    expect(c.length).toBe(23);
    expect(c).toContain('…');
  });

  it('samples worst first with a score, evenly otherwise', () => {
    expect(pickSamples([5, 1, 4, 2], 2, (x) => x)).toEqual([1, 2]);
    expect(pickSamples([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(pickSamples([1, 2], 5)).toEqual([1, 2]);
    expect(pickSamples([1, 2], 0)).toEqual([]);
  });
});

describe('source classes', () => {
  it('classifies pronouns, descriptions and names', () => {
    expect(classifySource('he')).toBe('pronoun');
    expect(classifySource('They')).toBe('pronoun');
    expect(classifySource('a port official')).toBe('description');
    expect(classifySource('The Harbour Gazette')).toBe('description');
    expect(classifySource('residents')).toBe('description');
    expect(classifySource('Lena Ortiz')).toBe('name');
    expect(classifySource('Sen. Ortiz')).toBe('name');
    expect(classifySource('42')).toBe('other');
    expect(isPronoun('“she”')).toBe(true);
    expect(isPronoun('Shelby')).toBe(false);
  });

  it('finds the sentence around a span and marks it', () => {
    const text = 'Fares rose. The ferry operator said costs doubled. Riders objected.';
    const start = text.indexOf('The ferry operator');
    expect(sentenceAround(text, start, start + 'The ferry operator'.length)).toBe(
      '⟦The ferry operator⟧ said costs doubled.',
    );
    const he = text.indexOf('Riders');
    expect(sentenceAround(text, he, he + 6)).toBe('⟦Riders⟧ objected.');
  });

  it('writes TSV without stray tabs or newlines', () => {
    const tsv = sourceSampleTsv([
      { id: 'a1', cls: 'pronoun', goldSource: 'he', sentence: 'x\ty\nz', predictedSpeaker: 'he', predictedName: null },
    ]);
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]?.split('\t')).toEqual(['a1', 'he', 'x y z', '', 'pronoun', 'he']);
  });
});

describe('structure helpers', () => {
  it('takes the first line as headline and later blocks as paragraphs', () => {
    const g = polnearGoldStructure('Ferry fares rise.\n\nFirst  para\ncontinues.\n\nSecond para.');
    expect(g).toEqual({
      headline: 'Ferry fares rise.',
      paragraphs: ['First para continues.', 'Second para.'],
      blocks: [['First  para', 'continues.'], ['Second para.']],
    });
  });

  it('counts paragraphs and section headings as predicted units', () => {
    const article: Article = {
      headline: null,
      byline: null,
      dateline: null,
      standfirst: null,
      paragraphs: [
        { start: 0, end: 3, text: 'One', index: 0, section: 0 },
        { start: 9, end: 12, text: 'Two', index: 1, section: 1 },
      ],
      sections: [
        { index: 0, heading: null, paragraphs: [0] },
        { index: 1, heading: { start: 4, end: 8, text: 'Head' }, paragraphs: [1] },
      ],
      quotes: [],
      sources: [],
    };
    expect(predictedUnits(article)).toEqual(['One', 'Two', 'Head']);
  });
});

describe('invariants', () => {
  const input = 'Quay  works\nbegin today.';
  it('accepts a collapsed, trimmed slice', () => {
    expect(textSpanProblem(input, { start: 0, end: 11, text: 'Quay works' })).toBeNull();
    expect(textSpanProblem(input, { start: 0, end: input.length, text: 'Quay works begin today.' })).toBeNull();
  });

  it('reports a wrong text or bad offsets', () => {
    expect(textSpanProblem(input, { start: 0, end: 11, text: 'Quay  works' })).toMatch(/slice gives/);
    expect(textSpanProblem(input, { start: 5, end: 2, text: '' })).toMatch(/outside|reversed/);
    expect(spanProblem(input, { start: 0, end: input.length + 1 })).not.toBeNull();
    expect(spanProblem(input, { start: 3, end: 3 })).toBeNull();
  });
});

describe('normalizeExact on multi-part content', () => {
  it('treats the marks between quoted parts as edges', () => {
    expect(normalizeExact('“The roof leaks,” “and nobody comes.”', 'content')).toBe('The roof leaks and nobody comes');
    expect(normalizeExact('The roof leaks and nobody comes', 'content')).toBe('The roof leaks and nobody comes');
  });
});
