import { describe, expect, it } from 'vitest';
import { findMarks } from '../src/quotes/marks.js';
import { pairQuotes } from '../src/quotes/pairing.js';

function roles(text: string): string {
  return findMarks(text, 0, text.length)
    .map((m) => `${text.slice(m.pos, m.pos + m.len)}:${m.family[0]}${m.role === 'either' ? '?' : m.role[0]}`)
    .join(' ');
}

function segments(paragraphs: string[]): string[] {
  const input = paragraphs.join('\n\n');
  let at = 0;
  const spans = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  return pairQuotes(input, spans).map((s) => `${s.paragraph}:${input.slice(s.contentStart, s.contentEnd)}${s.closed ? '' : '…'}${s.continued ? '→' : ''}`);
}

describe('findMarks', () => {
  it('reads curly marks by their shape and straight marks by their neighbours', () => {
    expect(roles('“Yes,” he said.')).toBe('“:do ”:dc');
    expect(roles('"Yes," he said.')).toBe('":do ":dc');
    expect(roles('«Oui», dit-il.')).toBe('«:do »:dc');
    expect(roles('„Ja“, sagte er.')).toBe('„:do “:dc');
  });

  it('ignores apostrophes inside words and before digits', () => {
    expect(roles('Ukraine’s allies don’t miss the ’90s or O’Brien.')).toBe('');
    expect(roles("It's the '90s.")).toBe('');
  });

  it('reads doubled apostrophes and backticks as one double mark', () => {
    expect(roles("''It works,'' she said.")).toBe("'':do '':dc");
    expect(roles('``It works,’’ she said.')).toBe('``:do ’’:dc');
  });

  it('keeps a closing single mark for the pairing step to judge', () => {
    expect(roles('the officials’ report')).toBe('’:sc');
  });
});

describe('pairQuotes', () => {
  it('pairs top-level quotations and keeps nested ones inside', () => {
    expect(segments(['“He said ‘never’ twice,” she recalled.'])).toEqual(['0:He said ‘never’ twice,']);
  });

  it('treats a closing single mark with nothing open as an apostrophe', () => {
    expect(segments(['The officials’ plan was “bold” indeed.'])).toEqual(['0:bold']);
  });

  it('continues a quotation into a paragraph that opens with a mark', () => {
    expect(segments(['“First part.', '“Second part,” she said.'])).toEqual(['0:First part.…→', '1:Second part,']);
  });

  it('ends an unclosed quotation with its paragraph when the next does not open with a mark', () => {
    expect(segments(['A stray “mark here.', 'Plain text follows.'])).toEqual(['0:mark here.…']);
  });

  it('recovers from a stray opening mark at the next opening mark', () => {
    expect(segments(['A stray “ then “a real quote” ends.'])).toEqual(['0:a real quote']);
  });

  it('ends an unclosed quotation at the sentence end before a reopened mark, a lost paragraph break', () => {
    expect(segments(['He said: “We trained well. The team is ready. “Nobody is bigger than the club.” Then he left.'])).toEqual([
      '0:We trained well. The team is ready.…',
      '0:Nobody is bigger than the club.',
    ]);
  });
});
