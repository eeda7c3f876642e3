import { describe, expect, it } from 'vitest';
import { endsInLyAt, ShapedList } from '../src/sources/word-shapes.js';
import { wordsOf, type TokenList } from '../src/sources/words.js';
import { tokenize } from '../src/text/tokens.js';
import { parseStructure } from '../src/structure/parse-structure.js';
import { NAME_PARTICLES, PLACE_PREPOSITIONS } from '../src/lexicon/grammar.js';
import { PLACE_FIRST_WORDS } from '../src/lexicon/names.js';

/** The body's words as the sources passes read them. */
function bodyWords(body: string): TokenList {
  const input = `Headline for the test\n\n${body}`;
  const { paragraphs } = parseStructure(input);
  return wordsOf(tokenize(input, paragraphs), paragraphs);
}

// Lexicon words, words of no list, list words outside the lexicon ("van", "der", "Santa"), a kept
// period ("St."), capitals, a non-ASCII letter and an -ly adverb in capitals.
const BODY =
  'Separately, Ludwig van der Berg spoke IN Santa Fe near St. Louis with Ángel de la Cruz, who said the FAMILY quietly left. ' +
  'Early reports from DE and Van officials were only rarely wrong.';

describe('ShapedList', () => {
  const tokens = bodyWords(BODY);
  const lists = [NAME_PARTICLES, PLACE_PREPOSITIONS, PLACE_FIRST_WORDS];

  it('answers as the set does for the lower-case core of every word', () => {
    for (const set of lists) {
      const list = new ShapedList(set);
      for (let k = 0; k < tokens.length; k++) expect(list.hasAt(tokens, k), tokens.textAt(k)).toBe(set.has(tokens.lowerAt(k)));
    }
  });

  it('finds list words inside and outside the lexicon', () => {
    const at = (text: string): number => tokens.slice(0, tokens.length).findIndex((t) => t.text === text);
    expect(new ShapedList(NAME_PARTICLES).hasAt(tokens, at('van'))).toBe(true);
    expect(new ShapedList(NAME_PARTICLES).hasAt(tokens, at('DE'))).toBe(true);
    expect(new ShapedList(PLACE_PREPOSITIONS).hasAt(tokens, at('IN'))).toBe(true);
    expect(new ShapedList(PLACE_FIRST_WORDS).hasKeyAt(tokens, at('St.'))).toBe(true);
    expect(new ShapedList(PLACE_FIRST_WORDS).hasAt(tokens, at('Santa'))).toBe(true);
  });

  it('answers as the set does for the key (period kept) of every word', () => {
    for (const set of lists) {
      const list = new ShapedList(set);
      for (let k = 0; k < tokens.length; k++) expect(list.hasKeyAt(tokens, k), tokens.textAt(k)).toBe(set.has(tokens.keyAt(k)));
    }
  });
});

describe('endsInLyAt', () => {
  it('is the -ly test of the lower-case core', () => {
    const tokens = bodyWords(BODY);
    for (let k = 0; k < tokens.length; k++) {
      const lower = tokens.lowerAt(k);
      expect(endsInLyAt(tokens, k), tokens.textAt(k)).toBe(lower.endsWith('ly') && lower.length > 4);
    }
  });
});
