import { describe, expect, it } from 'vitest';
import { nameContext, scanNames } from '../src/sources/names.js';
import { wordsOf } from '../src/sources/words.js';
import { tokenize } from '../src/text/tokens.js';
import { parseStructure } from '../src/structure/parse-structure.js';

/** The body's words as the sources passes read them. */
function bodyWords(input: string): ReturnType<typeof wordsOf> {
  const { paragraphs } = parseStructure(input);
  return wordsOf(tokenize(input, paragraphs), paragraphs);
}

/** The names in the body of `body` (under a headline): name, kind and title. */
function names(body: string): [string, string, string | null][] {
  const input = `Headline for the test\n\n${body}`;
  const tokens = bodyWords(input);
  return scanNames(nameContext(input, tokens)).map((m) => [input.slice(m.nameStart, m.end), m.kind, m.title]);
}

describe('tokens', () => {
  it('keeps hyphens, apostrophes and abbreviation periods inside words and cuts the possessive', () => {
    const input = "Headline\n\nMr. O'Brien met Jean-Luc Picard's aide in the U.S. on Monday.";
    const tokens = bodyWords(input).slice(0, Infinity);
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', "O'Brien", 'met', 'Jean-Luc', 'Picard', 'aide', 'in', 'the', 'U.S.', 'on', 'Monday']);
    expect(tokens.find((t) => t.text === 'Picard')?.possessive).toBe(true);
  });

  it('marks the first word of each sentence and of each quotation as initial', () => {
    const input = 'Headline\n\nThe vote failed. Critics said “Nobody won” today.';
    const tokens = bodyWords(input).slice(0, Infinity);
    expect(tokens.filter((t) => t.initial).map((t) => t.text)).toEqual(['The', 'Critics', 'Nobody']);
  });
});

describe('name scan', () => {
  it('splits a capitalised title from the name', () => {
    expect(names('NATO Secretary General Mark Rutte arrived on Tuesday.')).toEqual([['Mark Rutte', 'person', 'NATO Secretary General']]);
  });

  it('reads a party member or nationality before a two-word name as its title, not an organisation’s first word', () => {
    expect(names('Republican Tom Hale said the levy was too high.')).toEqual([['Tom Hale', 'person', 'Republican']]);
    expect(names('Liberal Democrat Ana Ruiz and Swedish Lena Ortiz spoke first.')).toEqual([
      ['Ana Ruiz', 'person', 'Liberal Democrat'],
      ['Lena Ortiz', 'person', 'Swedish'],
    ]);
    expect(names('The American Harbour Consortium and British Harbour Consortium met.').map(([n]) => n)).toEqual(['The American Harbour Consortium', 'British Harbour Consortium']);
  });

  it('takes a lower-case title with its modifiers', () => {
    expect(names('The party chose former state senator Dana Whitfield as its candidate.')).toEqual([
      ['Dana Whitfield', 'person', 'former state senator'],
    ]);
  });

  it('falls back to an appositive title', () => {
    expect(names('The report was written by Andrew Turnage, the commission’s executive director, last year.')).toEqual([
      ['Andrew Turnage', 'person', 'the commission’s executive director'],
    ]);
  });

  it('reads honorifics, initials, particles and apostrophes as parts of one name', () => {
    expect(names('The court heard Dr. Maria de la Cruz, J. R. Whitaker and Seamus O’Hanlon-Reyes.')).toEqual([
      ['Maria de la Cruz', 'person', null],
      ['J. R. Whitaker', 'person', null],
      ['Seamus O’Hanlon-Reyes', 'person', null],
    ]);
  });

  it('does not take a sentence-initial common word for a name', () => {
    expect(names('Notably, the bridge reopened. Yesterday crews left. Meanwhile Priya Raman spoke.')).toEqual([
      ['Priya Raman', 'person', null],
    ]);
  });

  it('keeps a sentence-initial surname the article capitalises elsewhere', () => {
    expect(names('The mayor is Lena Okafor. Okafor has run the city since 2019.')).toEqual([
      ['Lena Okafor', 'person', null],
      ['Okafor', 'unknown', null],
    ]);
  });

  it('keeps "Steve King" whole although "king" is a title', () => {
    expect(names('The bill was backed by Steve King and opposed by others.')).toEqual([['Steve King', 'person', null]]);
  });

  it('classes outlets and organisations', () => {
    expect(names('The plan was first reported by Axios and the Springfield Courier, not by the Pentagon or the Federal Reserve.')).toEqual([
      ['Axios', 'outlet', null],
      ['the Springfield Courier', 'outlet', null],
      ['the Pentagon', 'organization', null],
      ['the Federal Reserve', 'organization', null],
    ]);
  });

  it('takes an ambiguous outlet name for an outlet only where it is cited', () => {
    expect(names('Michael Bloomberg spoke. The deal was first reported by Bloomberg.')).toEqual([
      ['Michael Bloomberg', 'person', null],
      ['Bloomberg', 'outlet', null],
    ]);
    expect(names('The fund owned by Bloomberg grew.')).toEqual([['Bloomberg', 'unknown', null]]);
  });
});

describe('places that speak', () => {
  it('makes a country speaking for its government an organization, not a person', async () => {
    const { parseArticle } = await import('../src/index.js');
    const article = parseArticle('Border talks stall\n\nRussia insisted that the talks should continue next week in Geneva.');
    expect(article.sources.map((s) => [s.name, s.kind])).toEqual([['Russia', 'organization']]);
  });
});

describe('groups named by nationality or party', () => {
  it('lists "Mexicans" and "Republicans" as anonymous groups, not people', async () => {
    const { parseArticle } = await import('../src/index.js');
    const article = parseArticle('Title here\n\nMexicans say the new rules will hurt small farmers.\n\nRepublicans said the bill would pass easily.');
    expect(article.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Mexicans', 'anonymous'],
      ['Republicans', 'anonymous'],
    ]);
  });

  it('lists "Socialists" as a group when they speak after a quotation, like any party plural', async () => {
    const { parseArticle } = await import('../src/index.js');
    const article = parseArticle('Vote delayed again\n\nThe vote was delayed on Tuesday.\n\n"We will not give in," Socialists said after the session.\n');
    expect(article.sources.map((s) => [s.name, s.kind])).toEqual([['Socialists', 'anonymous']]);
  });
});

describe('words before a name that describe the person', () => {
  it('drops a compound modifier whose last part is lower case, but keeps hyphenated names', () => {
    expect(names('The ferry was late, and Texas-based Lena Ortiz agreed.').map(([n]) => n)).toEqual(['Lena Ortiz']);
    expect(names('The council heard South Korean-born Ed Park on Monday.').map(([n]) => n)).toEqual(['Ed Park']);
    expect(names('The council heard Jean-Luc Morel and Ana Holtz-Eakin.').map(([n]) => n)).toEqual(['Jean-Luc Morel', 'Ana Holtz-Eakin']);
  });

  it('drops a sentence-initial connective and a party plural before a name', () => {
    expect(names('Even Lena Ortiz was surprised.').map(([n]) => n)).toEqual(['Lena Ortiz']);
    expect(names('The vote split the town. Democrats Ana Ruiz and Tom Hale voted no.').map(([n]) => n)).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
});

describe('names in a title-case line', () => {
  it('ends the name before a function word or a finite reporting verb the line capitalises', () => {
    expect(names('Ana Ruiz On How The Port Works').map(([n]) => n)).toEqual(['Ana Ruiz']);
    expect(names('The clip: Tom Hale Explains Why The Ferry Stopped').map(([n]) => n)).toEqual(['Tom Hale']);
  });

  it('keeps names whose own words look so', () => {
    expect(names('The report came from Northfield Rights Watch and the Bank Of Northfield.').map(([n]) => n)).toEqual(['Northfield Rights Watch', 'the Bank Of Northfield']);
    expect(names('The vote came. Secretary of State Ana Ruiz and Northfield Police Chief Tom Hale spoke.').map(([n, , t]) => [n, t])).toEqual([
      ['Ana Ruiz', 'Secretary of State'],
      ['Tom Hale', 'Northfield Police Chief'],
    ]);
  });
});
