import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { resolveSources } from '../src/sources/resolve-sources.js';
import { parseStructure } from '../src/structure/parse-structure.js';
import { expectWellFormed } from './fixtures/sources-helpers/quotes.js';

const input = readFileSync(new URL('../seeds/000_ca9804c517f5dec6.txt', import.meta.url), 'utf8');

describe('sources of the seed after the real quotes stage', () => {
  const structure = parseStructure(input);
  const result = resolveSources(input, structure, findQuotes(input, structure.headline, structure.paragraphs));

  it('gives the golden sources, the Pentagon cited by "announced" even without a quote of its own', () => {
    expect(result.sources.map((s) => [s.name, s.kind, s.title])).toEqual([
      ['Mark Rutte', 'person', 'NATO Secretary General'],
      ['Bloomberg', 'outlet', null],
      ['the Pentagon', 'organization', null],
      ['Volodymyr Zelenskyy', 'person', 'Ukrainian President'],
      ['Axios', 'outlet', null],
      ['a source', 'anonymous', null],
    ]);
  });

  it('attributes every quote that has a speaker', () => {
    for (const q of result.quotes) if (q.speaker !== null) expect(q.source).not.toBeNull();
    expectWellFormed(input, result);
  });
});
