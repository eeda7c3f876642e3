// Units: paragraph candidates from blank-line paragraphs, one-per-line text, hard-wrapped text
// (with and without blank lines), mixtures, and every line-break style. All texts are invented.
import { describe, it, expect } from 'vitest';
import { groupBlocks } from '../src/text/blocks.js';
import { splitLines } from '../src/text/lines.js';
import { splitIntoUnits, type Unit } from '../src/structure/units.js';
import { estimateWrapWidth } from '../src/structure/wrap-width.js';
import { expectSpan, wrap } from './fixtures/structure-helpers/offsets.js';

const PARAGRAPHS = [
  'The city council voted on Tuesday night to extend the late bus service through the winter, after a month of complaints from shift workers who said the last departures left them stranded at the edge of town after work.',
  'Officials said the extension would cost about $1.2 million and be paid for from a reserve fund that had been set aside for repairs.',
  '“We heard from nurses, cleaners and warehouse staff who were walking home in the dark,” said Mara Lindqvist, who chairs the transport committee. “That is not acceptable in a city of this size.”',
  'The first of the extended routes will start running on Monday, and the council will review ridership figures in the spring before deciding whether to keep them.',
];

function unitsOf(input: string): Unit[] {
  const blocks = groupBlocks(splitLines(input));
  const units = splitIntoUnits(input, blocks, estimateWrapWidth(input, blocks));
  for (const unit of units) expectSpan(input, unit);
  return units;
}

function textsOf(input: string): string[] {
  return unitsOf(input).map((u) => u.text);
}

function widthOf(input: string): number | null {
  return estimateWrapWidth(input, groupBlocks(splitLines(input)));
}

function wrapped(width: number, separator: string, eol = '\n'): string {
  return PARAGRAPHS.map((p) => wrap(p, width).join(eol)).join(separator);
}

/** The longest line of a text: what a wrap-width estimate can see of the width. */
function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((l) => l.length));
}

describe('estimateWrapWidth', () => {
  it('finds the width of text wrapped at 72 columns', () => {
    const input = wrapped(72, '\n\n');
    expect(longestLine(input)).toBe(70);
    expect(widthOf(input)).toBe(70);
  });

  it('finds it without blank lines between paragraphs too', () => {
    expect(widthOf(wrapped(60, '\n'))).toBe(60);
    expect(widthOf(wrapped(80, '\n'))).toBe(80);
  });

  it('is null for one paragraph per line', () => {
    expect(widthOf(PARAGRAPHS.join('\n'))).toBeNull();
    expect(widthOf(PARAGRAPHS.join('\n\n'))).toBeNull();
  });

  it('is null for a headline over its byline above long one-line paragraphs', () => {
    // Three short lines in a row look wrapped until the long paragraphs show they are not.
    const input = `Late buses will run all winter after shift workers complain\nBy Jane Doe\n\n${PARAGRAPHS.join('\n\n')}\n\nSchedules:\nRoute 4 until 1 a.m.\nRoute 9 until midnight`;
    expect(widthOf(input)).toBeNull();
  });

  it('is null for a list of short items of every length', () => {
    const items = ['Bread', 'Two pints of milk', 'A dozen eggs from the farm shop', 'Coffee', 'Batteries for the kitchen clock', 'Soap'];
    expect(widthOf(items.join('\n'))).toBeNull();
  });

  it('is null for a few list items of about the same length', () => {
    const items = ['Route 4 will run until one o’clock in the morning', 'Route 9 will run until midnight on weekdays', 'Route 12 will run on Saturdays and Sundays only', 'Route 15 keeps the timetable it has today'];
    expect(widthOf(items.join('\n'))).toBeNull();
  });

  it('is null for items that stop short of words that would have fitted', () => {
    const items = [
      'Route 4 will run until one o’clock in the morning from next week',
      'Route 9 until midnight on weekdays',
      'Route 12 will run on Saturdays and Sundays only, from the depot',
      'Night buses on all lines',
      'Route 15 keeps the timetable it has today, the council said',
      'Fares unchanged',
      'Route 21 will add a stop outside the hospital on Carver Street',
      'Tickets on the app',
    ];
    expect(widthOf(items.join('\n'))).toBeNull();
  });

  it('still finds the width when one unbreakable address runs past it', () => {
    const input = `${wrapped(80, '\n\n')}\n\nhttps://example.org/transport/late-bus-service/winter-extension-consultation-results`;
    expect(longestLine(input)).toBe(84);
    expect(widthOf(input)).toBe(80);
  });
});

describe('splitIntoUnits', () => {
  it('keeps blank-line paragraphs as they are', () => {
    expect(textsOf(PARAGRAPHS.join('\n\n'))).toEqual(PARAGRAPHS);
  });

  it('keeps one paragraph per line', () => {
    expect(textsOf(PARAGRAPHS.join('\n'))).toEqual(PARAGRAPHS);
  });

  it('joins text hard-wrapped at 72 with blank lines between paragraphs', () => {
    const input = wrapped(72, '\n\n');
    const units = unitsOf(input);
    expect(units.map((u) => u.text)).toEqual(PARAGRAPHS);
    expect(units.map((u) => u.lineCount)).toEqual([4, 2, 3, 3]);
    expect(units[0]).toMatchObject({ start: 0, end: input.indexOf('\n\n') });
  });

  it('joins text hard-wrapped at 72 without blank lines, breaking where a last line is short', () => {
    expect(textsOf(wrapped(72, '\n'))).toEqual(PARAGRAPHS);
  });

  it('joins text hard-wrapped at 60 and 80 columns', () => {
    expect(textsOf(wrapped(60, '\n\n'))).toEqual(PARAGRAPHS);
    expect(textsOf(wrapped(80, '\n\n'))).toEqual(PARAGRAPHS);
  });

  it('reads the same from CRLF, lone CR and U+2028 line breaks', () => {
    for (const eol of ['\r\n', '\r', '\u2028']) {
      expect(textsOf(wrapped(72, eol + eol, eol))).toEqual(PARAGRAPHS);
    }
  });

  it('starts a paragraph at a first-line indent in text without blank lines', () => {
    const input = PARAGRAPHS.map((p) => `    ${wrap(p, 72).join('\n')}`).join('\n');
    const units = unitsOf(input);
    expect(units.map((u) => u.text)).toEqual(PARAGRAPHS);
    expect(units.map((u) => u.indent)).toEqual([4, 4, 4, 4]);
  });

  it('keeps a bulleted list apart from the wrapped paragraph before it', () => {
    const input = `${wrap(PARAGRAPHS[0] as string, 72).join('\n')}\n• Route 4 until 1 a.m.\n• Route 9 until midnight\n• Route 12 on weekends`;
    expect(textsOf(input)).toEqual([PARAGRAPHS[0], '• Route 4 until 1 a.m.', '• Route 9 until midnight', '• Route 12 on weekends']);
  });

  it('joins a spaced dash that the wrapper moved to the start of a line', () => {
    const text = 'The committee met for nearly three hours on Tuesday and heard residents – most of them in favour of the plan to keep the buses running.';
    const lines = wrap(text, 72);
    expect(lines[1]?.startsWith('–')).toBe(true);
    expect(textsOf(`${lines.join('\n')}\n${wrapped(72, '\n')}`)).toEqual([text, ...PARAGRAPHS]);
  });

  it('keeps a dash item after a finished sentence apart', () => {
    const input = `${wrapped(72, '\n')}\n- Route 4 until 1 a.m.\n- Route 9 until midnight`;
    expect(textsOf(input)).toEqual([...PARAGRAPHS, '- Route 4 until 1 a.m.', '- Route 9 until midnight']);
  });

  it('joins a sentence broken by a stray line break, when the next line goes on in lower case', () => {
    const input = 'The mayor said the money would come\nfrom the reserve fund, not from fares.\nRiders welcomed the news.';
    expect(textsOf(input)).toEqual(['The mayor said the money would come from the reserve fund, not from fares.', 'Riders welcomed the news.']);
  });

  it('does not join a list item that starts with a lower-case brand or a command', () => {
    const input = 'Best phones for the bus ride home\niPhone 15 for battery life\neBook readers for the long routes\nbus.schedule --winter';
    expect(textsOf(input)).toEqual(['Best phones for the bus ride home', 'iPhone 15 for battery life', 'eBook readers for the long routes', 'bus.schedule --winter']);
  });

  it('does not join after a colon', () => {
    expect(textsOf('The new routes are:\nroute 4 and route 9')).toEqual(['The new routes are:', 'route 4 and route 9']);
  });

  it('collapses tabs, NBSP and zero-width spaces inside a unit while the span stays on the original', () => {
    const input = 'Fares\tstay at\u00a0$2.50\nfor now,\u200b the council said. ';
    const [unit] = unitsOf(input);
    expect(unit).toEqual({ start: 0, end: input.length - 1, text: 'Fares stay at $2.50 for now,\u200b the council said.', lineCount: 2, block: 0, indent: 0 });
  });
});
