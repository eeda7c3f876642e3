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

  // The exact sources are checked field by field by the seed's golden fixture (fixtures.test.ts);
  // here, only what must hold of any quotes-stage output.
  it('attributes every quote that has a speaker', () => {
    for (const q of result.quotes) if (q.speaker !== null) expect(q.source).not.toBeNull();
    expectWellFormed(input, result);
  });
});
