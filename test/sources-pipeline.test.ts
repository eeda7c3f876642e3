import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newParseState, runPasses } from '../src/pipeline.js';
import { expectWellFormed } from './fixtures/sources-helpers/quotes.js';

const input = readFileSync(new URL('../seeds/000_ca9804c517f5dec6.txt', import.meta.url), 'utf8');

describe('sources of the seed after the real quotes stage', () => {
  const state = runPasses(newParseState(input));
  const result = { quotes: state.quotes ?? [], sources: state.sources ?? [] };

  // The exact sources are checked field by field by the seed's golden fixture (fixtures.test.ts);
  // here, only what must hold of any quotes-stage output.
  it('attributes every quote that has a speaker', () => {
    for (const q of result.quotes) if (q.speaker !== null) expect(q.source).not.toBeNull();
    expectWellFormed(input, result);
  });
});
