/**
 * Statement frames, a setting before a paragraph-final colon, and a possessive name before an
 * inverted speaker's role. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function quotesOf(body: string) {
  return parseArticle(`Headline here\n\n${body}\n`).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, cue: q.cue?.text ?? null, cueType: q.cueType }));
}

describe('statement frames', () => {
  it('reads "issued the following statement:" before a quotation', () => {
    expect(quotesOf('The mayor issued the following statement: "We will review the plan."')).toEqual([
      { text: 'We will review the plan.', speaker: 'The mayor', cue: 'issued the following statement', cueType: 'writing' },
    ]);
  });
  it('reads the frame across a paragraph break', () => {
    expect(quotesOf('Governor Lee released a statement on Friday:\n\n"We mourn a friend of this city."')[0]).toMatchObject({ speaker: 'Governor Lee', cue: 'released a statement' });
  });
  it('leaves "issued a statement saying" to the participle', () => {
    expect(quotesOf('The mayor issued a statement saying the plan would be reviewed by the council.')).toMatchObject([{ speaker: 'The mayor', cue: 'saying' }]);
  });
  it('reads no statement without a colon', () => {
    expect(quotesOf('At the time, she released a statement about the vote.')).toEqual([]);
    expect(quotesOf('The city issued a permit for the march.')).toEqual([]);
  });
});

describe('a setting before a closing colon', () => {
  it('takes the next paragraph\'s quotation as the content of "said about …:"', () => {
    expect(quotesOf('The party said about the new plank in its platform:\n\n"The platform goes further than any before it."')).toMatchObject([
      { speaker: 'The party', cue: 'said', text: 'The platform goes further than any before it.' },
    ]);
  });
});

describe('a possessive name before an inverted role', () => {
  it('keeps the role and the name', () => {
    expect(quotesOf('"We will appeal," said Acme\'s chief operating officer Jane Roe.')[0]?.speaker).toBe("Acme's chief operating officer Jane Roe");
    expect(quotesOf('"We will appeal," said Lee\'s lawyer.')[0]?.speaker).toBe("Lee's lawyer");
  });
  it('does not take a non-person noun after the possessive as a role', () => {
    expect(quotesOf('"We will appeal," said Lee\'s involvement.')[0]?.speaker ?? null).not.toBe("Lee's involvement");
  });
});
