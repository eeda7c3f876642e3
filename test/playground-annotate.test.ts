/**
 * The playground's layout of an Article into blocks and nested marks (playground/annotate.ts),
 * checked in Node: the browser test checks the drawing, this checks the nesting rules, including
 * the crossing spans the seed never has.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutArticle, nestMarks, type Mark, type Run } from '../playground/annotate.js';
import { parseArticle } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedFile = readdirSync(join(root, 'seeds')).find((f) => f.endsWith('.txt')) ?? '';
const seed = readFileSync(join(root, 'seeds', seedFile), 'utf8');

const mark = (kind: Mark['kind'], start: number, end: number, quote: number | null = null): Mark => ({ kind, start, end, quote, source: null, part: 0 });

/** The tree as a compact string: text as `input` slices, marks as `kind[...]`, pieces after the first with `~`. */
function show(runs: readonly Run[], input: string): string {
  return runs.map((r) => (r.type === 'text' ? input.slice(r.start, r.end) : `${r.first ? '' : '~'}${r.mark.kind}[${show(r.children, input)}]`)).join('');
}

/** Every text run's range, in order: they must tile the block exactly. */
function textRanges(runs: readonly Run[]): [number, number][] {
  return runs.flatMap((r) => (r.type === 'text' ? [[r.start, r.end] as [number, number]] : textRanges(r.children)));
}

describe('nestMarks', () => {
  const input = '"Yes," said Ana Lopez today.';
  const at = (word: string): [number, number] => [input.indexOf(word), input.indexOf(word) + word.length];
  const [said, saidEnd] = at('said');
  const [ana, lopezEnd] = at('Ana Lopez');

  it('nests a mention inside the speaker it coincides with, and both beside the quote', () => {
    const runs = nestMarks(0, input.length, [mark('mention', ana, lopezEnd), mark('quote', 1, 4, 0), mark('speaker', ana, lopezEnd, 0), mark('cue', said, saidEnd, 0)]);
    expect(show(runs, input)).toBe('"quote[Yes]," cue[said] speaker[mention[Ana Lopez]] today.');
  });

  it('keeps an inner mark inside an outer one', () => {
    const runs = nestMarks(0, input.length, [mark('mention', ...at('Ana')), mark('quote', said, input.indexOf('y.'), 0)]);
    expect(show(runs, input)).toBe('"Yes," quote[said mention[Ana] Lopez toda]y.');
  });

  it('splits a mark that crosses another instead of dropping either', () => {
    const runs = nestMarks(0, input.length, [mark('quote', 1, input.indexOf('Lopez'), 0), mark('mention', ana, lopezEnd)]);
    expect(show(runs, input)).toBe('"quote[Yes," said mention[Ana ]]~mention[Lopez] today.');
  });

  it('clips marks to the block and leaves the pieces that began before it unlabelled', () => {
    const runs = nestMarks(said, lopezEnd, [mark('quote', 0, saidEnd, 0), mark('mention', input.indexOf('Lopez'), 40)]);
    expect(show(runs, input)).toBe('~quote[said] Ana mention[Lopez]');
    expect(textRanges(runs)).toEqual([[said, saidEnd], [saidEnd, input.indexOf('Lopez')], [input.indexOf('Lopez'), lopezEnd]]);
  });

  it('returns the plain text when there are no marks', () => {
    expect(nestMarks(2, 9, [])).toEqual([{ type: 'text', start: 2, end: 9 }]);
  });
});

describe('layoutArticle on the seed', () => {
  const article = parseArticle(seed);
  const blocks = layoutArticle(article);

  it('lays the blocks out in reading order: headline, then each section heading and its paragraphs', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]?.start).toBeGreaterThanOrEqual(blocks[i - 1]?.end ?? 0);
  });

  it('tiles every block with its text, whatever the marks', () => {
    for (const block of blocks) {
      const ranges = textRanges(block.children);
      expect(ranges[0]?.[0]).toBe(block.start);
      expect(ranges.at(-1)?.[1]).toBe(block.end);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
    }
  });

  it('labels each quote once and puts every quote, cue, speaker and mention in some block', () => {
    const firsts: Mark[] = [];
    const walk = (runs: readonly Run[]): void => {
      for (const r of runs) {
        if (r.type !== 'mark') continue;
        if (r.first) firsts.push(r.mark);
        walk(r.children);
      }
    };
    for (const block of blocks) walk(block.children);
    const count = (kind: Mark['kind']): number => firsts.filter((m) => m.kind === kind).length;
    expect(count('quote')).toBe(article.quotes.reduce((n, q) => n + q.spans.length, 0));
    expect(count('cue')).toBe(article.quotes.filter((q) => q.cue).length);
    expect(count('speaker')).toBe(article.quotes.filter((q) => q.speaker).length);
    expect(count('mention')).toBe(article.sources.reduce((n, s) => n + s.mentions.length, 0));
  });
});
