import { describe, expect, it } from 'vitest';
import { newParseState, PASSES, runPasses } from '../src/pipeline.js';
import { parseArticle } from '../src/parse-article.js';

const text = 'Storm hits coast\n\nBy Jane Doe\n\n“We are ready,” Mayor Ana Ruiz said on Monday. She added that the shelters were open.';

describe('pipeline', () => {
  it('runs its passes in the documented order', () => {
    expect(PASSES.map((p) => p.name)).toEqual(['structure', 'tokens', 'quote-marks', 'attributions', 'quotes', 'names', 'coreference', 'sources']);
  });

  it('fills the state pass by pass, and a partial run stops where it is told', () => {
    const state = runPasses(newParseState(text), 'structure', 'quotes');
    expect(state.store).not.toBeNull();
    expect(state.quotes?.map((q) => q.speaker?.text)).toEqual(['Mayor Ana Ruiz', 'She']);
    expect(state.sources).toBeNull();
    runPasses(state, 'names');
    expect(state.sources?.map((s) => s.name)).toContain('Ana Ruiz');
  });

  it('gives the same article as parseArticle', () => {
    const state = runPasses(newParseState(text));
    const article = parseArticle(text);
    expect(state.quotes).toEqual(article.quotes);
    expect(state.sources).toEqual(article.sources);
  });

  it('refuses a pass run before the passes it needs', () => {
    expect(() => runPasses(newParseState(text), 'quote-marks', 'quote-marks')).toThrow(/out of order/);
  });
});
