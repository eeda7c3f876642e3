import { describe, expect, it } from 'vitest';
import { LEXICON, WordClass } from '../src/lexicon/lookup.js';
import { TokenFlag, tokenize, type TokenStore } from '../src/text/tokens.js';

function storeOf(text: string, start = 0, end = text.length): TokenStore {
  return tokenize(text, [{ start, end, index: 0 }]);
}

function tokens(text: string): string[] {
  const store = storeOf(text);
  const out: string[] = [];
  for (let i = 0; i < store.length; i++) out.push(`${store.isWord(i) ? '' : '#'}${text.slice(store.start[i], store.end[i])}`);
  return out;
}

describe('tokenize', () => {
  it('joins words across apostrophes, hyphens and inner periods', () => {
    expect(tokens('Don’t miss the U.S. self-defense plan.')).toEqual(['Don’t', 'miss', 'the', 'U.S.', 'self-defense', 'plan', '#.']);
  });

  it('keeps the period of an abbreviation or an initial with its word', () => {
    expect(tokens('Sen. J. Smith arrived.')).toEqual(['Sen.', 'J.', 'Smith', 'arrived', '#.']);
  });

  it('gives every other visible character a token and skips invisible ones', () => {
    expect(tokens('Hi,\u200b “you” 👋')).toEqual(['Hi', '#,', '#“', 'you', '#”', '#👋']);
  });

  it('reports offsets into the original string and lower-cases words', () => {
    const store = storeOf('xx Ábc Déf', 3, 10);
    expect([0, 1].map((i) => [store.start[i], store.end[i], store.lowerAt(i), store.isCap(i)])).toEqual([
      [3, 6, 'ábc', true],
      [7, 10, 'déf', true],
    ]);
  });

  it('never reads past the end of a block', () => {
    const store = storeOf('alpha beta', 0, 7);
    expect([0, 1].map((i) => store.lowerAt(i))).toEqual(['alpha', 'b']);
    expect(store.length).toBe(2);
  });

  it('marks a possessive or a clitic and ends the core before it', () => {
    const text = 'Trump’s aides say they’ve left.';
    const store = storeOf(text);
    expect(store.lowerAt(0)).toBe('trump’s');
    expect(store.has(0, TokenFlag.Possessive)).toBe(true);
    expect(text.slice(store.start[0], store.coreEnd(0))).toBe('Trump');
    expect(store.wordOf(store.id[0] ?? 0)).toBe('trump');
    expect(store.has(3, TokenFlag.Clitic)).toBe(true);
    expect(store.wordOf(store.id[3] ?? 0)).toBe('they');
  });

  it('gives the same word one id whatever its case, and lexicon words their classes', () => {
    const store = storeOf('Said the man. He said SAID.');
    const ids = [0, 4, 5].map((i) => store.id[i]);
    expect(new Set(ids).size).toBe(2);
    expect(store.id[0]).toBe(store.id[5]);
    expect(store.is(0, WordClass.VerbStart)).toBe(true);
    expect(store.is(2, WordClass.VerbStart)).toBe(false);
    // A word outside the lexicon gets an id after the lexicon's.
    expect(store.id[2]).toBeGreaterThan(LEXICON.table.size);
  });

  it('keeps blocks apart, in one store', () => {
    const text = 'One two\n\nThree';
    const store = tokenize(text, [
      { start: 0, end: 7, index: -1 },
      { start: 9, end: 14, index: 0 },
    ]);
    expect([...store.start.subarray(0, store.length)]).toEqual([0, 4, 9]);
    expect(store.indexAt(8)).toBe(2);
  });

  it('ends the core before a possessive, a clitic or a kept period', () => {
    const text = 'Sen. Obama’s aide said they’d go, they’ll see.';
    const store = storeOf(text);
    const cores = [0, 1, 4, 7].map((i) => text.slice(store.start[i], store.coreEnd(i)));
    expect(cores).toEqual(['Sen', 'Obama', 'they', 'they']);
    expect(store.coreEnd(6)).toBe(store.end[6]);
    // A dotted word keeps its period after a possessive too.
    const dotted = storeOf('the U.S’s. plan');
    expect(dotted.lowerAt(1)).toBe('u.s’s.');
    expect(dotted.wordOf(dotted.id[1] ?? 0)).toBe('u.s');
    expect(dotted.coreEnd(1)).toBe(7);
  });
});
