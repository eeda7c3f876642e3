// Bylines: the prefixed and unprefixed forms news sites print, and the sentences that merely
// start like one. All names and texts are invented.
import { describe, it, expect } from 'vitest';
import { isByline } from '../src/structure/byline.js';
import { paragraphTexts, structureOf } from './fixtures/structure-helpers/offsets.js';

const BODY = 'The harbour authority said on Monday that the ferry would resume service next week.';

describe('isByline', () => {
  it.each([
    'By Jane Doe',
    'By JANE DOE and JOHN ROE, Associated Press',
    'By Jane Doe, CNN',
    'By Jane Doe, CNN Updated 5:02 PM EDT, Tue July 4, 2025',
    'By Jane Doe, staff writer',
    'By Jane Doe and John Roe | Updated July 4, 2025',
    'By Jane Doe, John Roe and Mary Major',
    'By María de la Cruz',
    'By Nelson R.J.',
    'By Jane Doe.',
    'By Jane Doe |',
    'Written by Jane Doe',
    'Reporting by Jane Doe in Lisbon',
  ])('takes %j in any position', (text) => {
    expect(isByline(text, false)).toBe(true);
  });

  it.each(['Jane Doe | Reuters', 'Jane Doe, Reuters', 'JANE DOE and JOHN ROE', 'Jane Doe — The Daily Courier'])(
    'takes the unprefixed %j only right under the headline',
    (text) => {
      expect(isByline(text, true)).toBe(true);
      expect(isByline(text, false)).toBe(false);
    },
  );

  it.each([
    'By Tuesday, the company had sold most of its fleet',
    'By and large, the ferry ran on time',
    'By the way the harbour looked, nobody expected a storm',
    'By 2030 the port wants to run on electricity',
    'Harbour Reopens After Storm',
    'Stade Municipal, Lisbon',
    'Lisbon and Porto.',
    'By Jane Doe? Hardly.',
  ])('rejects %j', (text) => {
    expect(isByline(text, true)).toBe(false);
  });
});

describe('bylines in an article', () => {
  it('finds a prefixed byline with an agency under the headline', () => {
    const input = `Ferry service to resume next week\nBy JANE DOE and JOHN ROE, Associated Press\n\n${BODY}`;
    const s = structureOf(input);
    expect(s.headline?.text).toBe('Ferry service to resume next week');
    expect(s.byline).toEqual({ start: 34, end: 76, text: 'By JANE DOE and JOHN ROE, Associated Press' });
    expect(paragraphTexts(s)).toEqual([BODY]);
  });

  it('finds "Name | Outlet" under the headline', () => {
    const s = structureOf(`Ferry service to resume next week\n\nJane Doe | Reuters\n\n${BODY}`);
    expect(s.byline?.text).toBe('Jane Doe | Reuters');
    expect(paragraphTexts(s)).toEqual([BODY]);
  });

  it('finds a byline after a timestamp line', () => {
    const s = structureOf(`Ferry service to resume next week\nUpdated 5:02 PM EDT, Tue July 4, 2025\nBy Jane Doe\n\n${BODY}`);
    expect(s.byline?.text).toBe('By Jane Doe');
    expect(paragraphTexts(s)).toEqual([BODY]);
  });

  it('finds a byline printed above the headline', () => {
    const s = structureOf(`By Jane Doe\n\nFerry service to resume next week\n\n${BODY}`);
    expect(s.byline?.text).toBe('By Jane Doe');
    expect(s.headline?.text).toBe('Ferry service to resume next week');
  });

  it('keeps a paragraph that starts with "By" in the body', () => {
    const first = 'By Tuesday, the company had sold most of its fleet to a rival operator.';
    const s = structureOf(`Ferry operator sells fleet\n\n${first}\n\n${BODY}`);
    expect(s.byline).toBeNull();
    expect(paragraphTexts(s)).toEqual([first, BODY]);
  });

  it('does not take an unprefixed name line deep in the body', () => {
    const s = structureOf(`Ferry service to resume next week\n\n${BODY}\n\nJane Doe | Reuters\n\n${BODY}`);
    expect(s.byline).toBeNull();
    expect(paragraphTexts(s)).toContain('Jane Doe | Reuters');
  });

  it('is null when the article has none', () => {
    const s = structureOf(`Ferry service to resume next week\n\n${BODY}`);
    expect(s.byline).toBeNull();
  });
});
