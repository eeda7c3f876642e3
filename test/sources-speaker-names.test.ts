/**
 * How a speaker phrase becomes a source's name (issue 11, names found): the person inside a
 * phrase that also says where they come from or whom they work for. Every sentence here is
 * invented; each rule has its near miss beside it.
 */
import { describe, expect, it } from 'vitest';
import { expectWellFormed, run, speakerNames } from './fixtures/sources-helpers/quotes.js';
import { parseArticle } from '../src/index.js';

const headline = 'Harbour plan faces a vote\n\n';

describe('a person named with where they come from', () => {
  it('names the person, not the phrase, and joins the later mentions', () => {
    const input = `${headline}The levy is too high, said Sen. Tom Hale of Ohio on Monday.

Hale said the vote would be close. Lena Marsh of the Harbour Trust said it was fine.`;
    const result = run(input, [
      { speaker: 'Sen. Tom Hale of Ohio', content: 'The levy is too high' },
      { speaker: 'Hale', content: 'the vote would be close' },
      { speaker: 'Lena Marsh of the Harbour Trust', content: 'it was fine' },
    ]);
    expect(speakerNames(result)).toEqual(['Tom Hale', 'Tom Hale', 'Lena Marsh']);
    expect(result.sources.map((s) => s.name)).toEqual(['Tom Hale', 'Lena Marsh']);
    expectWellFormed(input, result);
  });

  it('keeps an organisation whose name holds "of" or "for" whole', () => {
    const input = `${headline}The Center for Coastal Studies said the plan was sound. The Bank of Northfield said it would lend.`;
    const result = run(input, [
      { speaker: 'The Center for Coastal Studies', content: 'the plan was sound' },
      { speaker: 'The Bank of Northfield', content: 'it would lend' },
    ]);
    expect(speakerNames(result)).toEqual(['The Center for Coastal Studies', 'The Bank of Northfield']);
  });

  it('keeps a body whose name holds "for a", "on" or "of the" whole, as one organisation', () => {
    const input = `${headline}“The plan adds to the debt,” said the Committee for a Balanced Harbour Budget. The Board on Coastal Safety said it would review the plan. “We object,” said the Department of the Coast.`;
    const result = parseArticle(input);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['the Committee for a Balanced Harbour Budget', 'organization'],
      ['The Board on Coastal Safety', 'organization'],
      ['the Department of the Coast', 'organization'],
    ]);
    expectWellFormed(input, result);
  });

  it('reads an outlet whose name is "The" and a party word', () => {
    const input = `${headline}According to The Independent, the coach spoke to reporters. An Independent won the seat.`;
    expect(parseArticle(input).sources.map((s) => [s.name, s.kind])).toEqual([['The Independent', 'outlet']]);
  });

  it('reads an inverted speaker written as the body, the title and the name', () => {
    const input = `${headline}“We will appeal,” said Harbour Trust president Maya Lind.`;
    const result = parseArticle(input);
    expect(result.quotes[0]?.speaker?.text).toBe('Harbour Trust president Maya Lind');
    expect(speakerNames(result)).toEqual(['Maya Lind']);
  });
});

describe('two people who speak together', () => {
  it('makes the person named before "and" a source too, with no role made of the other name', () => {
    const input = `${headline}Lena Marsh and Tom Hale said the vote would be close.

“No,” said Govs. Ana Lee and Ed Pike.`;
    const result = run(input, [
      { speaker: 'Lena Marsh and Tom Hale', content: 'the vote would be close' },
      { kind: 'direct', speaker: 'Govs. Ana Lee and Ed Pike', content: 'No' },
    ]);
    expect(result.sources.map((s) => [s.name, s.title])).toEqual([
      ['Lena Marsh', null],
      ['Tom Hale', null],
      ['Ana Lee', 'Govs.'],
      ['Ed Pike', null],
    ]);
    // The quote stays with the name that ends the phrase; the first person is cited, not given it.
    expect(speakerNames(result)).toEqual(['Tom Hale', 'Ed Pike']);
    // Each person's mentions hold their own name only, not the other's with it.
    expect(result.sources.find((s) => s.name === 'Tom Hale')?.mentions.map((m) => m.text)).toEqual(['Tom Hale']);
    expect(result.sources.find((s) => s.name === 'Ed Pike')?.mentions.map((m) => m.text)).toEqual(['Ed Pike']);
    expectWellFormed(input, result);
  });

  it('cites no one for the words before "and" in a body\'s name', () => {
    const input = `${headline}The Department for Ports and Harbours said the levy would stay.`;
    const result = run(input, [{ speaker: 'The Department for Ports and Harbours', content: 'the levy would stay' }]);
    expect(result.sources.map((s) => s.name).filter((n) => n === 'Ports')).toEqual([]);
  });

  it('cites no one before "or", nor a person named before a comma', () => {
    const input = `${headline}Either Lena Marsh or Tom Hale said the vote would be close. Marsh, Tom Hale said, was wrong.`;
    const result = run(input, [
      { speaker: 'Lena Marsh or Tom Hale', content: 'the vote would be close' },
      { speaker: 'Tom Hale', content: 'was wrong', after: 'Marsh,' },
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['Tom Hale']);
  });
});

describe('a role named later', () => {
  it('gives an indefinite role speaker to the person the next paragraph names with that title', () => {
    const input = `${headline}A county judge halted the harbour levy on Monday, saying it broke the charter.

Judge Ann Lee wrote that the council had no power to raise it.`;
    const result = run(input, [
      { speaker: 'A county judge', content: 'it broke the charter' },
      { speaker: 'Judge Ann Lee', content: 'the council had no power to raise it' },
    ]);
    expect(speakerNames(result)).toEqual(['Ann Lee', 'Ann Lee']);
    expect(result.sources.map((s) => s.name)).toEqual(['Ann Lee']);
    expectWellFormed(input, result);
  });

  it('keeps the role unnamed when the title names another court, another role, or comes too late', () => {
    const input = `${headline}In May, a Northfield District Court judge said the levy broke the charter. An official said the port would appeal.

The ruling was overturned on Tuesday. Appeals Court Judge Tom Hale said the levy was lawful.

The council met on Friday.

Port Director Ana Ruiz said the official had been right.`;
    const result = run(input, [
      { speaker: 'a Northfield District Court judge', content: 'the levy broke the charter' },
      { speaker: 'An official', content: 'the port would appeal' },
      { speaker: 'Appeals Court Judge Tom Hale', content: 'the levy was lawful' },
      { speaker: 'Port Director Ana Ruiz', content: 'the official had been right' },
    ]);
    expect(speakerNames(result)).toEqual(['a Northfield District Court judge', 'An official', 'Tom Hale', 'Ana Ruiz']);
  });
});
