// Lines and blocks: every line-break style, blank lines made of invisible characters, and the
// `plain` flag that lets the structure stage skip whitespace collapsing. All texts are invented.
import { describe, it, expect } from 'vitest';
import { groupBlocks } from '../src/text/blocks.js';
import { isBlankLine, lineLength, splitLines, type Line } from '../src/text/lines.js';
import { collapsed } from './fixtures/structure-helpers/offsets.js';

/** The visible text of each line, checking the offsets contract on it as it goes. */
function visible(input: string): string[] {
  return splitLines(input).map((line) => {
    const text = input.slice(line.textStart, line.textEnd);
    expect(line.start).toBeLessThanOrEqual(line.textStart);
    expect(line.textEnd).toBeLessThanOrEqual(line.end);
    // A plain line needs no collapsing: its slice already is the contract's text.
    if (line.plain) expect(text).toBe(collapsed(input, line.textStart, line.textEnd));
    return text;
  });
}

function only(lines: Line[]): Line {
  expect(lines).toHaveLength(1);
  return lines[0] as Line;
}

describe('splitLines', () => {
  it('splits on LF, CRLF, lone CR, U+2028 and U+2029 alike', () => {
    const input = 'one\ntwo\r\nthree\rfour\u2028five\u2029six';
    expect(visible(input)).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
    const lines = splitLines(input);
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      [0, 3],
      [4, 7],
      [9, 14],
      [15, 19],
      [20, 24],
      [25, 28],
    ]);
  });

  it('keeps a trailing empty line after a final break, and one empty line for empty input', () => {
    expect(visible('last line\n')).toEqual(['last line', '']);
    expect(splitLines('')).toEqual([{ start: 0, end: 0, textStart: 0, textEnd: 0, plain: true }]);
  });

  it('treats CR followed by LF as one break, not two', () => {
    const lines = splitLines('a\r\n\r\nb');
    expect(lines.map(isBlankLine)).toEqual([false, true, false]);
  });

  it('trims a BOM, tabs, NBSP and zero-width spaces off the visible text', () => {
    const input = '\ufeffHeadline\n\t\u00a0Body text\u200b \n';
    const [head, body] = splitLines(input);
    expect(input.slice(head?.textStart, head?.textEnd)).toBe('Headline');
    expect(head?.textStart).toBe(1);
    expect(input.slice(body?.textStart, body?.textEnd)).toBe('Body text');
    expect(lineLength(body as Line)).toBe(9);
  });

  it('sees a line of only spaces, tabs, NBSP, zero-width characters or soft hyphens as blank', () => {
    const lines = splitLines(' \t\u00a0\n\u200b\u200c\u200d\u2060\n\u00ad \u3000\nx');
    expect(lines.map(isBlankLine)).toEqual([true, true, true, false]);
    expect(lines[0]).toMatchObject({ textStart: 3, textEnd: 3 });
  });

  it('marks plain lines: single spaces inside, any whitespace at the edges', () => {
    expect(only(splitLines('Prices rose “sharply” in May')).plain).toBe(true);
    expect(only(splitLines('  \tindented and trailing \t ')).plain).toBe(true);
    expect(only(splitLines('Café crème à la carte')).plain).toBe(true);
  });

  it('marks lines that need collapsing or hold invisible characters as not plain', () => {
    for (const text of ['two  spaces', 'a\ttab', 'no\u00a0break', 'ideographic\u3000space', 'zero\u200bwidth', 'edge\u200b', '\u00adsoft']) {
      const line = only(splitLines(text));
      expect(line.plain).toBe(false);
      // The visible edges still exclude every blank character.
      expect(text.slice(line.textStart, line.textEnd).trim()).toBe(text.slice(line.textStart, line.textEnd));
    }
  });
});

describe('groupBlocks', () => {
  it('groups lines into blocks separated by blank lines of any kind', () => {
    const input = 'Title\n\nFirst line\nsecond line\n \u200b \n\nLast';
    const blocks = groupBlocks(splitLines(input));
    expect(blocks.map((b) => b.lines.map((l) => input.slice(l.textStart, l.textEnd)))).toEqual([
      ['Title'],
      ['First line', 'second line'],
      ['Last'],
    ]);
  });

  it('ignores leading and trailing blank lines', () => {
    const blocks = groupBlocks(splitLines('\r\n\r\nOnly block\r\n\r\n'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.lines[0]).toMatchObject({ textStart: 4, textEnd: 14 });
  });
});
