// The standfirst: the summary line or lines between the headline and the body, when the layout
// sets them apart. Never a paragraph. All texts are invented.
import { describe, it, expect } from 'vitest';
import { parseArticle } from '../src/index.js';
import { assertArticleInvariants } from './invariants.js';

const HEADLINE = 'Harbour bridge to close for a month of repairs';
const STANDFIRST = 'Commuters face longer journeys as engineers replace the worn deck joints.';
const BYLINE = 'By Jane Doe';
const P1 = 'The harbour bridge will close to traffic from Monday while engineers replace joints that have worn faster than expected, the city council said.';
const P2 = 'Buses will run on a diversion through the old town, adding about twenty minutes to most journeys during the morning peak.';
const P3 = '“We know this is hard for people who cross every day,” said the council’s head of transport, who asked drivers to leave early.';

function parse(input: string): ReturnType<typeof parseArticle> {
  const article = parseArticle(input);
  assertArticleInvariants(input, article);
  return article;
}

describe('Article.standfirst', () => {
  it('is the line kept on the headline’s block above a blank-line body', () => {
    const input = `${HEADLINE}\n${STANDFIRST}\n\n${P1}\n\n${P2}\n\n${P3}`;
    const a = parse(input);
    const at = input.indexOf(STANDFIRST);
    expect(a.standfirst).toEqual({ start: at, end: at + STANDFIRST.length, text: STANDFIRST });
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('covers two summary lines on the headline’s block', () => {
    const second = 'The work is the first since the bridge opened.';
    const input = `${HEADLINE}\n${STANDFIRST}\n${second}\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(parse(input).standfirst?.text).toBe(`${STANDFIRST} ${second}`);
  });

  it('is the block between the headline and a byline below it', () => {
    const input = `${HEADLINE}\n\n${STANDFIRST}\n\n${BYLINE}\n\n${P1}\n\n${P2}`;
    const a = parse(input);
    expect(a.standfirst?.text).toBe(STANDFIRST);
    expect(a.byline?.text).toBe(BYLINE);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('skips a timestamp between the standfirst and the byline', () => {
    const input = `${HEADLINE}\n\n${STANDFIRST}\n\nUpdated 9:40 AM EST\n\n${BYLINE}\n\n${P1}\n\n${P2}`;
    const a = parse(input);
    expect(a.standfirst?.text).toBe(STANDFIRST);
    expect(a.byline?.text).toBe(BYLINE);
  });

  it('is null when the body starts under the headline or the byline', () => {
    expect(parse(`${HEADLINE}\n\n${BYLINE}\n\n${P1}\n\n${P2}`).standfirst).toBeNull();
    expect(parse(`${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}`).standfirst).toBeNull();
    // A short article written under its headline: that line is the first paragraph.
    expect(parse(`${HEADLINE}\n${P1}\n\n${P2}`).standfirst).toBeNull();
  });

  it('is a sentence-case summary without a full stop heading a one-line-per-paragraph body', () => {
    const dek = 'Commuters face longer journeys as engineers replace the worn deck joints';
    const input = `${HEADLINE}\n${BYLINE}\n\n${dek}\n${P1}\n${P2}\n${P3}`;
    const a = parse(input);
    expect(a.standfirst?.text).toBe(dek);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('is no short heading or Title Case line at the top of such a body', () => {
    for (const top of ['What the closure means', 'Why The Bridge Must Close For A Month']) {
      const a = parse(`${HEADLINE}\n${BYLINE}\n\n${top}\n${P1}\n${P2}\n${P3}`);
      expect(a.standfirst).toBeNull();
    }
  });

  it('is never read for quotes: a quotation in the standfirst is not a quote of the body', () => {
    const quoted = '“It had to be done now,” the engineer said.';
    const a = parse(`${HEADLINE}\n${quoted}\n\n${P1}\n\n${P2}\n\n${P3}`);
    expect(a.standfirst?.text).toBe(quoted);
    expect(a.quotes.every((q) => q.spans.every((s) => s.start >= (a.standfirst?.end ?? 0)))).toBe(true);
  });
});
