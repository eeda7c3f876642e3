import { describe, expect, it } from 'vitest';
import { parseArticle, type Article, type Source } from '../src/index.js';

// Every sentence here is invented for these tests.

/** Parses `body` under a headline and returns the article. */
function parse(body: string): Article {
  return parseArticle(`Council weighs a new budget\n\n${body}`);
}

/** The source named `name` in the parse of `body`. */
function source(body: string, name: string): Source {
  const found = parse(body).sources.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no source "${name}" in: ${parse(body).sources.map((s) => s.name).join(', ')}`);
  return found;
}

/** The fields this file is about, of the source named `name`. */
function fields(body: string, name: string): Pick<Source, 'title' | 'affiliation' | 'gender' | 'genderEvidence'> {
  const { title, affiliation, gender, genderEvidence } = source(body, name);
  return { title, affiliation, gender, genderEvidence };
}

describe('Source.title as written', () => {
  it('takes an appositive after the name', () => {
    expect(source("Ana Ruiz, the city's finance director, said the budget would balance by June.", 'Ana Ruiz').title).toBe("the city's finance director");
  });

  it('takes an appositive whose modifier is shaped like a verb ("state")', () => {
    expect(source('Lena Ortiz, the state party chairwoman, said the vote would be close.', 'Lena Ortiz').title).toBe('the state party chairwoman');
  });

  it('takes an appositive written before the name, opening the sentence', () => {
    expect(source("The city's finance director, Ana Ruiz, said the budget would balance by June.", 'Ana Ruiz').title).toBe("The city's finance director");
  });

  it('does not take a clause before the name for its title', () => {
    // "The mayor met the city's finance director" is a clause, not a role.
    const s = source("The mayor met the city's finance director, Ana Ruiz, on Monday and said the budget was fine.", 'Ana Ruiz');
    expect(s.title).toBeNull();
  });

  it('takes the lower-case role the quotes stage writes before a speaker', () => {
    expect(source('Local resident Tom Hill said the road had flooded twice this year.', 'Tom Hill').title).toBe('Local resident');
    expect(source('The road had flooded twice this year, said local fisherman Tom Hill.', 'Tom Hill').title).toBe('local fisherman');
  });

  it('reads a pageant title of several words as the title, not its first word as an honorific', () => {
    const s = source('The mayor praised former Miss World Dana Ruiz. “We are proud of her,” Ruiz said.', 'Dana Ruiz');
    expect(s.title).toBe('Miss World');
    expect(source('“We are proud,” said Miss Dana Ruiz.', 'Dana Ruiz').title).toBeNull();
  });

  it('takes no role from a time word before the name', () => {
    expect(source('Yesterday Tom Hill said the road had flooded twice this year.', 'Tom Hill').title).toBeNull();
  });

  it('gives an organisation no role from the names before it in the speaker', () => {
    const body = 'The Harbour Institute and Lake Valley Foundation estimated that the wall would cost $9 million.';
    const titles = parse(body).sources.filter((s) => s.kind === 'organization').map((s) => s.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t === null)).toBe(true);
  });
});

describe('"according to" a role and a name in apposition', () => {
  it('takes the name as the speaker and the role as its title', () => {
    const a = parse("According to the city's finance director, Ana Ruiz, the budget will balance by June.");
    expect(a.quotes.map((q) => [q.speaker?.text, q.text])).toEqual([['Ana Ruiz', 'the budget will balance by June']]);
    expect(a.sources.map((s) => [s.name, s.title, s.affiliation])).toEqual([['Ana Ruiz', "the city's finance director", 'the city']]);
  });

  it('keeps a role after the name out of the content, before it or at the sentence end', () => {
    const before = parse("According to Ana Ruiz, the city's finance director, the budget will balance by June.");
    expect(before.quotes.map((q) => q.text)).toEqual(['the budget will balance by June']);
    const after = parse("The budget will balance by June, according to Ana Ruiz, the city's finance director.");
    expect(after.quotes.map((q) => q.text)).toEqual(['The budget will balance by June']);
    const relative = parse('The budget will balance by June, according to Ana Ruiz, who spoke on Monday.');
    expect(relative.quotes.map((q) => q.text)).toEqual(['The budget will balance by June']);
  });

  it('still reads a description alone as the source', () => {
    const a = parse('The budget will balance by June, according to the city finance office.');
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['the city finance office']);
  });
});

describe('Source.affiliation', () => {
  it('takes the organisation a role is held for', () => {
    expect(source('A spokesperson for the library system said the branches would close early.', 'A spokesperson for the library system').affiliation).toBe('the library system');
    expect(source('Ruiz, of the finance ministry, said the plan was sound.', 'Ruiz').affiliation).toBe('the finance ministry');
    expect(source('Apple CEO Tim Cook said the company would invest more in research.', 'Tim Cook').affiliation).toBe('Apple');
    expect(source('Jane Roe, an economist at the IMF, said growth would slow.', 'Jane Roe').affiliation).toBe('the IMF');
  });

  it('uses the name of the organisation’s own source, so the two join', () => {
    const a = parse('The Pentagon announced a pause in deliveries. Pentagon spokesman John Kirby said the pause would be short.');
    const kirby = a.sources.find((s) => s.name === 'John Kirby');
    const pentagon = a.sources.find((s) => s.kind === 'organization');
    // "Pentagon spokesman" as written; the source's own name ("The Pentagon") as output.
    expect(pentagon?.name).toBe('The Pentagon');
    expect(kirby?.affiliation).toBe(pentagon?.name);
  });

  it('takes no place, nationality, party or person for an affiliation', () => {
    expect(source('Ukrainian President Olek Marin said the talks would go on.', 'Olek Marin').affiliation).toBeNull();
    expect(source('Texas Gov. Ann Lee said the storm had passed.', 'Ann Lee').affiliation).toBeNull();
    expect(source('Republican candidate Ann Lee said the storm had passed.', 'Ann Lee').affiliation).toBeNull();
    expect(source('Donna Reyes, 59, of Ashton, said the storm had passed.', 'Donna Reyes').affiliation).toBeNull();
    expect(source('A spokesman for Sen. Jane Roe said the vote would be close.', 'A spokesman for Sen. Jane Roe').affiliation).toBeNull();
  });

  it('does not read "familiar with the matter" as an affiliation', () => {
    expect(source('A source familiar with the matter said the deal was close.', 'A source familiar with the matter').affiliation).toBeNull();
  });

  it('gives organisations and outlets none', () => {
    const a = parse('The finance ministry said the plan was sound. Reuters reported that the plan was delayed.');
    for (const s of a.sources) expect(s.affiliation).toBeNull();
  });
});

describe('Source.gender from the text, with its evidence', () => {
  it('reads an honorific', () => {
    expect(fields('Ms. Ruiz said the budget would balance by June.', 'Ruiz')).toMatchObject({ gender: 'female', genderEvidence: 'honorific' });
    expect(fields('Mr. Hill said the road had flooded twice this year.', 'Hill')).toMatchObject({ gender: 'male', genderEvidence: 'honorific' });
  });

  it('reads the head of a gendered title, not a gendered word after "for"', () => {
    expect(fields('Jane Roe, a spokeswoman for the ministry, said the plan was sound.', 'Jane Roe')).toMatchObject({ gender: 'female', genderEvidence: 'title' });
    expect(fields('Tom Hill, a spokesman for Queen Elsa, said the visit was off.', 'Tom Hill')).toMatchObject({ gender: 'male', genderEvidence: 'title' });
    expect(fields('Queen Elsa said the visit was off.', 'Elsa')).toMatchObject({ gender: 'female', genderEvidence: 'title' });
  });

  it('reads a kinship noun written before the name', () => {
    expect(fields('His wife, Mary Lee, said the family would stay in town.', 'Mary Lee')).toMatchObject({ gender: 'female', genderEvidence: 'title' });
  });

  it('reads a "he" or "she" speaker right after the person is named', () => {
    expect(fields('Council member Tom Hill backed the plan on Monday. He said the road had flooded twice this year.', 'Tom Hill')).toMatchObject({
      gender: 'male',
      genderEvidence: 'pronoun',
    });
  });

  it('does not count a pronoun that stands closer to someone described but not named', () => {
    // ("Robin" is a first name given to both: it states no gender.)
    const s = fields('Robin Hill sold the farm last year. The woman who bought it was pleased. “We were lucky,” she said.', 'Robin Hill');
    expect(s.gender).not.toBe('female');
    // Without the woman, the same "she" is all the text says of Hill, and it counts.
    expect(fields('Robin Hill sold the farm last year. “We were lucky,” she said.', 'Robin Hill').gender).toBe('female');
  });

  it('gives null when the evidence conflicts', () => {
    expect(fields('Mr. Tom Hill, the state party chairwoman, said the vote would be close.', 'Tom Hill')).toMatchObject({ gender: null, genderEvidence: null });
  });

  it('reads a first name the SSA records give to one sex as the weakest evidence', () => {
    expect(fields('Mary Lee said the road had flooded twice this year.', 'Mary Lee')).toMatchObject({ gender: 'female', genderEvidence: 'name' });
    // A name given to both sexes, or outside the records, states nothing.
    expect(fields('Jordan Lee said the road had flooded twice this year.', 'Jordan Lee')).toMatchObject({ gender: null, genderEvidence: null });
    expect(fields('Volodymyr Lee said the road had flooded twice this year.', 'Volodymyr Lee')).toMatchObject({ gender: null, genderEvidence: null });
    // A man's name in Dutch and Korean, a woman's in English: left out of the list.
    expect(fields('Jo Lee said the road had flooded twice this year.', 'Jo Lee')).toMatchObject({ gender: null, genderEvidence: null });
  });

  it('takes a name that "which" takes up for an organisation, with no gender', () => {
    const a = parse('James Madison, which went 11-1 this season, said the bowl game would be its last under the coach.');
    expect(a.sources.map((s) => [s.name, s.kind, s.gender])).toEqual([['James Madison', 'organization', null]]);
    // Not after a preposition, where "which" takes up the noun before it.
    const b = parse('Lena Hart pointed to a study by Tom Hill, which found the wall too low. Tom Hill said the wall was too low.');
    expect(b.sources.find((s) => s.name === 'Tom Hill')?.kind).toBe('person');
  });

  it('takes no time zone for a source a description may refer to', () => {
    const a = parse('Hamas fired rockets into Israel overnight.\n\nThe first sirens sounded in Tel Aviv at dawn (03:30 GMT). The group said it had launched 5,000 rockets.');
    expect(a.sources.map((s) => s.name)).not.toContain('GMT');
  });

  it('gives a name of initials alone no gender, whatever its honorific', () => {
    expect(parse('Miss J said the road had flooded twice this year.').sources.every((s) => s.gender === null)).toBe(true);
  });

  it('lets what the text states outrank the first name', () => {
    expect(fields('Mr. Mary Lee said the road had flooded twice this year.', 'Mary Lee')).toMatchObject({ gender: 'male', genderEvidence: 'honorific' });
    // A pronoun counted for the person that disagrees with the name leaves nothing sure.
    expect(fields('Mary Lee said his plan for the road would pass.', 'Mary Lee')).toMatchObject({ gender: null, genderEvidence: null });
  });

  it('gives one unnamed person the gender its head noun states, and a group none', () => {
    expect(fields('A woman who asked not to be named said the water rose fast.', 'A woman who asked not to be named')).toMatchObject({ gender: 'female', genderEvidence: 'title' });
    expect(fields('Two spokeswomen said the water rose fast.', 'Two spokeswomen')).toMatchObject({ gender: null, genderEvidence: null });
  });

  it('gives organisations and outlets none', () => {
    const a = parse('The ministry said she would resign. The Springfield Gazette reported that he had resigned.');
    for (const s of a.sources) expect(s.gender).toBeNull();
  });
});

describe('outlets inside phrases', () => {
  it('cites the outlet a report is by', () => {
    const a = parse("The mayor's plan is failing, according to a report by the Times.");
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['the Times']);
    expect(a.sources.map((s) => [s.name, s.kind])).toEqual([['the Times', 'outlet']]);
  });

  it('reads "the daily" as the outlet just named', () => {
    const a = parse("The mayor's plan is failing, according to a report by the Times. The daily wrote that the budget was short.");
    expect(a.sources.map((s) => [s.name, s.kind, s.mentions.map((m) => m.text)])).toEqual([['the Times', 'outlet', ['the Times', 'The daily']]]);
  });

  it('keeps "told the Springfield Gazette" an outlet source', () => {
    const a = parse('The mayor told the Springfield Gazette that the budget was fine.');
    expect(a.sources.find((s) => s.name === 'the Springfield Gazette')?.kind).toBe('outlet');
  });

  it('leaves a report by no one named as written', () => {
    const a = parse('The plan is failing, according to a report by the finance committee.');
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['a report by the finance committee']);
  });
});
