// The structure stage end to end: headline, byline, dateline, paragraphs and sections from the
// layouts people paste — blank-line paragraphs, one per line, hard-wrapped, mixtures — in every
// line-break style and with the invisible characters web pages carry. All texts are invented.
import { describe, it, expect } from 'vitest';
import { headingTexts, paragraphTexts, structureOf, wrap } from './fixtures/structure-helpers/offsets.js';

const HEADLINE = 'Dam repairs delay reopening of river path';
const BYLINE = 'By Jane Doe and John Roe, Associated Press';
const P1 = 'RIVERTON, Ore. (AP) — The river path below the Hollins Dam will stay closed until at least October while engineers repair a crack in the spillway, county officials said Wednesday.';
const P2 = 'The path, popular with cyclists and families, was closed in March after an inspection found water seeping through the concrete.';
const HEADING = 'What the repairs involve';
const P3 = '“We would rather keep it closed a few more months than take any chances,” said county engineer Ruth Okafor, adding that divers would start work next week.';
const P4 = 'A temporary trail along the east bank will open on Saturday.';
const BODY = [P1, P2, P3, P4];

function expectArticle(input: string): void {
  const s = structureOf(input);
  expect(s.headline?.text).toBe(HEADLINE);
  expect(s.byline?.text).toBe(BYLINE);
  expect(s.dateline?.text).toBe('RIVERTON, Ore. (AP) —');
  expect(paragraphTexts(s)).toEqual(BODY);
  expect(headingTexts(s)).toEqual([null, HEADING]);
  expect(s.sections.map((section) => section.paragraphs)).toEqual([[0, 1], [2, 3]]);
}

describe('parseStructure', () => {
  it('reads blank-line paragraphs with furniture, byline, timestamp, dateline and a subheading', () => {
    const input = `World\n\n${HEADLINE}\n${BYLINE}\nUpdated 5:02 PM EDT, Tue July 4, 2025\n\n${P1}\n\n${P2}\n\n${HEADING}\n\n${P3}\n\n${P4}\n`;
    expectArticle(input);
    const s = structureOf(input);
    expect(s.headline).toEqual({ start: 7, end: 7 + HEADLINE.length, text: HEADLINE });
    expect(s.paragraphs[0]).toEqual({ start: input.indexOf('RIVERTON'), end: input.indexOf('RIVERTON') + P1.length, text: P1, index: 0, section: 0 });
    expect(s.paragraphs[3]).toMatchObject({ index: 3, section: 1, text: P4 });
  });

  it('reads the same article with CRLF, lone CR, U+2028 and U+2029 line breaks', () => {
    for (const eol of ['\r\n', '\r', '\u2028', '\u2029']) {
      expectArticle([HEADLINE, BYLINE, '', P1, '', P2, '', HEADING, '', P3, '', P4].join(eol));
    }
  });

  it('reads one paragraph per line without blank lines', () => {
    expectArticle([HEADLINE, BYLINE, P1, P2, HEADING, P3, P4].join('\n'));
  });

  it('reads paragraphs hard-wrapped at 72 columns, with and without blank lines', () => {
    const wrapped = (p: string): string => wrap(p, 72).join('\n');
    expectArticle([HEADLINE, BYLINE, '', ...[P1, P2, HEADING, P3, P4].map(wrapped)].join('\n'));
    expectArticle([HEADLINE, BYLINE, '', [P1, P2, HEADING, P3, P4].map(wrapped).join('\n\n')].join('\n'));
  });

  it('reads a mixture of wrapped and one-line paragraphs', () => {
    expectArticle(`${HEADLINE}\n${BYLINE}\n\n${wrap(P1, 72).join('\n')}\n\n${P2}\n\n${HEADING}\n\n${wrap(P3, 72).join('\n')}\n${P4}`);
  });

  it('keeps offsets on the original through a BOM, tabs, NBSP and zero-width spaces', () => {
    const input = `\ufeff${HEADLINE}\u200b\n\t${BYLINE}\n\u00a0\n${P1.replace('closed until', 'closed\u00a0\tuntil')}\n\u200b\n${P2}\n\n${HEADING}\n\n${P3}\n\n${P4}`;
    expectArticle(input);
    const s = structureOf(input);
    expect(s.headline).toEqual({ start: 1, end: 1 + HEADLINE.length, text: HEADLINE });
    expect(s.byline?.start).toBe(input.indexOf('By '));
  });

  it('keeps a standfirst on the headline’s own line block out of the body', () => {
    const standfirst = 'Engineers found a crack in the spillway during a routine inspection.';
    const s = structureOf(`${HEADLINE}\n${standfirst}\n\n${P1}\n\n${P2}\n\n${P4}`);
    expect(s.headline?.text).toBe(HEADLINE);
    expect(paragraphTexts(s)).toEqual([P1, P2, P4]);
  });

  it('keeps the first paragraph when it follows the headline without a blank line in a short article', () => {
    const s = structureOf(`${HEADLINE}\n${P2}\n\n${P4}`);
    expect(paragraphTexts(s)).toEqual([P2, P4]);
  });

  it('takes no headline from a text that is a single paragraph', () => {
    const s = structureOf(P1);
    expect(s.headline).toBeNull();
    expect(paragraphTexts(s)).toEqual([P1]);
    expect(s.dateline?.text).toBe('RIVERTON, Ore. (AP) —');
  });

  it('takes no headline when the text opens with a long paragraph of several sentences', () => {
    const opening = `${P2} ${P4} Officials expect the work to cost about $3 million, most of it paid by the state.`;
    const s = structureOf(`${opening}\n\n${P3}`);
    expect(s.headline).toBeNull();
    expect(paragraphTexts(s)).toEqual([opening, P3]);
  });

  it('returns empty paragraphs and sections for an input of blank lines', () => {
    const s = structureOf('\n \u200b\n\t\n');
    expect(s).toEqual({ headline: null, byline: null, dateline: null, standfirst: null, paragraphs: [], sections: [] });
  });
});
