import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, run } from './fixtures/sources-helpers/quotes.js';

const input = readFileSync(new URL('../seeds/000_ca9804c517f5dec6.txt', import.meta.url), 'utf8');

// The quotes the quotes stage gives for the seed, with their speakers as written.
const result = run(input, [
  { speaker: 'Bloomberg', content: 'Ukraine has the resources for self-defense', after: 'NATO Secretary' },
  { speaker: 'He', content: 'the US must ensure its stockpiles are sufficient', after: 'He stated' },
  { kind: 'direct', speaker: 'Rutte', content: 'The US has to make sure that the stockpiles', after: '“The US has' },
  { speaker: 'the Pentagon', content: 'a halt to the supply of artillery shells', after: 'Earlier this week' },
  { speaker: 'Zelenskyy', content: 'they discussed the supply of air defense systems', after: 'According to Zelenskyy' },
  { kind: 'direct', speaker: 'the Ukrainian president', content: 'Today, we discussed the situation', after: '“Today' },
  { speaker: 'Axios', content: 'Trump promised Zelenskyy assistance with the supply of air defense systems', after: 'Additionally' },
  { kind: 'direct', speaker: 'a source', content: 'Trump said he wants to help', after: '“Trump said' },
]);

describe('sources of the seed article', () => {
  it('lists whom the article cites, in order of first mention', () => {
    expect(result.sources.map((s) => [s.name, s.kind, s.title])).toEqual([
      ['Mark Rutte', 'person', 'NATO Secretary General'],
      ['Bloomberg', 'outlet', null],
      ['the Pentagon', 'organization', null],
      ['Volodymyr Zelenskyy', 'person', 'Ukrainian President'],
      ['Axios', 'outlet', null],
      ['a source', 'anonymous', null],
    ]);
  });

  it('gives each source the role, affiliation and gender the text states, and no more', () => {
    expect(result.sources.map((s) => [s.name, s.title, s.affiliation, s.gender, s.genderEvidence])).toEqual([
      // "NATO Secretary General": NATO is whom he speaks for; "He stated" is resolved to him.
      ['Mark Rutte', 'NATO Secretary General', 'NATO', 'male', 'pronoun'],
      ['Bloomberg', null, null, null, null],
      ['the Pentagon', null, null, null, null],
      // "Ukrainian" is a nationality, not an organisation; no pronoun refers to him ("him" is Trump).
      ['Volodymyr Zelenskyy', 'Ukrainian President', null, null, null],
      ['Axios', null, null, null, null],
      ['a source', null, null, null, null],
    ]);
  });

  it('links every quote to its speaker’s source', () => {
    expect(result.quotes.map((q) => q.source)).toEqual([1, 0, 0, 2, 3, 3, 4, 5]);
    expect(result.sources.map((s) => s.quotes)).toEqual([[1, 2], [0], [3], [4, 5], [6], [7]]);
  });

  it('resolves the pronoun, the surname and the description to the person', () => {
    expect(result.sources[0]?.mentions.map((m) => m.text)).toEqual(['NATO Secretary General Mark Rutte', 'He', 'Rutte']);
    expect(result.sources[3]?.mentions.map((m) => m.text)).toEqual([
      'Ukrainian President Volodymyr Zelenskyy',
      'Zelenskyy',
      'the Ukrainian president',
      'Zelenskyy',
    ]);
  });

  it('counts "the outlet" as a mention of the outlet just cited', () => {
    expect(result.sources[4]?.mentions.map((m) => m.text)).toEqual(['Axios', 'the outlet']);
  });

  it('does not list a person who is only mentioned', () => {
    expect(result.sources.some((s) => s.name.includes('Trump'))).toBe(false);
  });

  it('keeps every span on the input', () => {
    expectWellFormed(input, result);
  });
});
