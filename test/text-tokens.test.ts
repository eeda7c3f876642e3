import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../src/text/tokens.js';

function tokens(text: string): string[] {
  const out: Token[] = [];
  tokenize(text, 0, text.length, out);
  return out.map((t) => `${t.kind === 'word' ? '' : '#'}${text.slice(t.start, t.end)}`);
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
    const out: Token[] = [];
    tokenize('xx Ábc Déf', 3, 10, out);
    expect(out.map((t) => [t.start, t.end, t.lower, t.cap])).toEqual([
      [3, 6, 'ábc', true],
      [7, 10, 'déf', true],
    ]);
  });

  it('never reads past the end it is given', () => {
    const out: Token[] = [];
    tokenize('alpha beta', 0, 7, out);
    expect(out.map((t) => t.lower)).toEqual(['alpha', 'b']);
  });
});
