import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectWellFormed, run, speakerNames } from './fixtures/sources-helpers/quotes.js';

const headline = 'Harbour town votes on new sea wall\n\n';

describe('names and titles', () => {
  const input = `${headline}Governor Helen Marsh and Mayor Tobias Grant met on Monday.

The governor said the wall would be finished in 2027.

Mr. Grant said the town would pay a third. Marsh later added that the state would pay the rest.`;
  const result = run(input, [
    { speaker: 'The governor', content: 'the wall would be finished in 2027' },
    { speaker: 'Mr. Grant', content: 'the town would pay a third' },
    { speaker: 'Marsh', content: 'the state would pay the rest' },
  ]);

  it('resolves a role to the person titled with it, an honorific or surname to the full name', () => {
    expect(speakerNames(result)).toEqual(['Helen Marsh', 'Tobias Grant', 'Helen Marsh']);
  });

  it('keeps the pre-name title and every mention in order', () => {
    const marsh = result.sources.find((s) => s.name === 'Helen Marsh');
    expect(marsh?.title).toBe('Governor');
    expect(marsh?.mentions.map((m) => m.text)).toEqual(['Governor Helen Marsh', 'The governor', 'Marsh']);
    expectWellFormed(input, result);
  });
});

describe('occupations as titles', () => {
  it('reads a culture or sport occupation before a name as its title, which "the singer" then refers to', () => {
    const input = `${headline}Singer Mara Quist opened the harbour festival on Friday.

The singer said the crowd had been the largest of her tour.`;
    const result = run(input, [{ speaker: 'The singer', content: 'the crowd had been the largest of her tour' }]);
    expect(speakerNames(result)).toEqual(['Mara Quist']);
    expect(result.sources[0]?.title).toBe('Singer');
  });
});

describe('namesakes', () => {
  it('gives a shared surname to the person the article already calls by it, not to a relative named later', () => {
    const input = `${headline}Senator Omar Lindqvist toured the harbour on Monday.

Lindqvist said the wall was overdue. His daughter, Freya Lindqvist, an engineer, said the design was sound.

Lindqvist added that the vote would be close.`;
    const result = run(input, [
      { speaker: 'Lindqvist', content: 'the wall was overdue', after: 'Monday' },
      { speaker: 'Freya Lindqvist', content: 'the design was sound' },
      { speaker: 'Lindqvist', content: 'the vote would be close', after: 'sound' },
    ]);
    expect(speakerNames(result)).toEqual(['Omar Lindqvist', 'Freya Lindqvist', 'Omar Lindqvist']);
    expectWellFormed(input, result);
  });

  it('gives a surname no one was called by yet to the namesake met first', () => {
    const input = `${headline}Harbour master Nina Okafor and her brother, the builder Sam Okafor, opened the site.

Okafor said the first stones would be laid in June.`;
    const result = run(input, [{ speaker: 'Okafor', content: 'the first stones would be laid in June', after: 'site' }]);
    expect(speakerNames(result)).toEqual(['Nina Okafor']);
  });

  it('does not give a man called by his surname the full name of a woman of that surname', () => {
    const input = `${headline}“The wall is overdue,” Mr. Lindqvist said on Monday.

The council will invite Mr. Lindqvist and his wife, Mary Lindqvist, to the opening.

“It will be close,” Mr. Lindqvist added.`;
    const { sources, quotes } = parseArticle(input);
    const speakers = quotes.map((q) => (q.source === null ? null : sources[q.source]?.name));
    expect(speakers).toEqual(['Lindqvist', 'Lindqvist']);
    expect(sources.find((s) => s.name === 'Lindqvist')).toMatchObject({ gender: 'male', genderEvidence: 'honorific' });
  });
});

describe('pronouns', () => {
  it('lets a first name outweigh one stray pronoun counted for the person', () => {
    const input = `${headline}Casey Hill nearly died of cancer in May. But in what her husband, Andrew Lee, called a “bonus summer,” the young mother made plans to help people after she was gone.

“I loved each and every one of you with my whole heart,” she wrote.`;
    const { sources, quotes } = parseArticle(input);
    const last = quotes.at(-1);
    expect(last?.speaker?.text).toBe('she');
    expect(last?.source === null || last === undefined ? null : sources[last.source]?.name).toBe('Casey Hill');
  });

  it('gives "they" after two people named together no organisation of their sentence', () => {
    const input = `${headline}Ms. Ruiz and Mr. Hale filed a bill on the Harbour Fund on Monday. They said the fund was open to fraud.`;
    const { quotes } = parseArticle(input);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: { text: 'They' }, source: null });
  });

  it('takes a subject pronoun closing a speaker phrase for the speaker, not the words before it', () => {
    const input = `${headline}Mayor Tobias Grant backed the wall.

Grant praised the levy, a measure that he said would pay for the repairs.`;
    const result = run(input, [{ speaker: 'a measure that he', content: 'would pay for the repairs' }]);
    expect(speakerNames(result)).toEqual(['Tobias Grant']);
  });

  it('keeps a phrase closing on an object pronoun or on "US" as it is', () => {
    const input = `${headline}Mayor Tobias Grant backed the wall.

A source close to him said the vote would pass. The US said it would help.`;
    const result = run(input, [
      { speaker: 'A source close to him', content: 'the vote would pass' },
      { speaker: 'The US', content: 'it would help' },
    ]);
    expect(speakerNames(result)).toEqual(['A source close to him', 'The US']);
  });

  it('does not take a possessive after a reporting verb for a cited speaker', () => {
    const input = `${headline}Mayor Tobias Grant spoke on Monday.

Dana Cole, a historian at Lake College, described Grant's plan as bold.

“It is a gamble,” she said.`;
    const result = run(input, [{ kind: 'direct', speaker: 'she', content: 'It is a gamble' }]);
    expect(speakerNames(result)).toEqual(['Dana Cole']);
  });

  it('takes the most recent person the text allows, skipping names quoted inside a direct quote', () => {
    const input = `${headline}Port Director Ruth Adeyemi inspected the old wall with engineers.

“Pieter Vos warned us years ago,” she said. She added that the repairs would start in May.`;
    const result = run(input, [
      { kind: 'direct', speaker: 'she', content: 'Pieter Vos warned us years ago' },
      { speaker: 'She', content: 'the repairs would start in May' },
    ]);
    expect(speakerNames(result)).toEqual(['Ruth Adeyemi', 'Ruth Adeyemi']);
    expect(result.sources[0]?.mentions.map((m) => m.text)).toEqual(['Port Director Ruth Adeyemi', 'she', 'She']);
  });

  it('uses the gender an honorific states', () => {
    const input = `${headline}Mrs. Ines Duarte, who chairs the council, met Mr. Omar Haddad on the pier.

Later he said the vote was too early.`;
    const result = run(input, [{ speaker: 'he', content: 'the vote was too early', after: 'Later' }]);
    expect(speakerNames(result)).toEqual(['Omar Haddad']);
  });

  it('learns a gender from a pronoun that plainly refers to one person', () => {
    // (Neither first name is in the first-name list: only the pronoun says who is a woman.)
    const input = `${headline}Ari Okoro presented her report to the council.

Lee Park and Ari Okoro then spoke to reporters. She said the council had ignored the report.`;
    const result = run(input, [{ speaker: 'She', content: 'the council had ignored the report' }]);
    expect(speakerNames(result)).toEqual(['Ari Okoro']);
  });

  it('gives "I" the speaker of the quote it stands in', () => {
    const input = `${headline}“I think the wall is too low,” said Nora Lind, a fisher.`;
    const result = resolveNested(input);
    expect(speakerNames(result)).toEqual(['Nora Lind', 'Nora Lind']);
  });

  it('leaves "you" unattributed', () => {
    const input = `${headline}The wall is high. If you ask the fishers, it is not high enough.`;
    expect(speakerNames(run(input, [{ speaker: 'you', content: 'it is not high enough' }]))).toEqual([null]);
  });
});

/** A direct quote by Nora Lind, and the "I" inside it as the speaker of a nested thought. */
function resolveNested(input: string): ReturnType<typeof run> {
  return run(input, [
    { kind: 'direct', speaker: 'Nora Lind', content: 'I think the wall is too low' },
    { speaker: 'I', content: 'the wall is too low' },
  ]);
}

describe('relative pronouns', () => {
  it('resolves "who" to the name before it', () => {
    const input = `${headline}The plan was drawn up by Carla Mendes, who said it would last a century.`;
    const result = run(input, [{ speaker: 'who', content: 'it would last a century' }]);
    expect(speakerNames(result)).toEqual(['Carla Mendes']);
    expect(result.sources[0]?.mentions.map((m) => m.text)).toEqual(['Carla Mendes', 'who']);
  });
});

describe('outlets and organisations', () => {
  const input = `${headline}The Harbour Authority announced the contract on Friday, the Coastal Gazette reported.

A spokesperson for the authority told the newspaper that bids had closed.`;
  const result = run(input, [{ speaker: 'A spokesperson for the authority', content: 'bids had closed' }]);

  it('lists an organisation that announces and an outlet that reports as sources', () => {
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['The Harbour Authority', 'organization'],
      ['the Coastal Gazette', 'outlet'],
      ['A spokesperson for the authority', 'anonymous'],
    ]);
  });

  it('resolves "the newspaper" to the outlet just cited', () => {
    expect(result.sources[1]?.mentions.map((m) => m.text)).toEqual(['the Coastal Gazette', 'the newspaper']);
  });
});

describe('anonymous sources', () => {
  const input = `${headline}A source said the bids were high. Another source said they were fair.

The source added that the council would decide. Officials declined to comment, and two senior officials said the wall was needed.`;
  const result = run(input, [
    { speaker: 'A source', content: 'the bids were high' },
    { speaker: 'Another source', content: 'they were fair' },
    { speaker: 'The source', content: 'the council would decide' },
    { speaker: 'two senior officials', content: 'the wall was needed' },
  ]);

  it('keeps one source per description: "another" is new, "the source" refers back', () => {
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['A source', 'anonymous'],
      ['Another source', 'anonymous'],
      ['two senior officials', 'anonymous'],
    ]);
    expect(result.quotes.map((q) => q.source)).toEqual([0, 1, 1, 2]);
    expectWellFormed(input, result);
  });
});

describe('descriptions', () => {
  it('resolves "the NATO chief" to the person who leads what the title names', () => {
    const input = `${headline}NATO Secretary General Anika Berg visited the port. The NATO chief said the wall was a model.`;
    expect(speakerNames(run(input, [{ speaker: 'The NATO chief', content: 'the wall was a model' }]))).toEqual(['Anika Berg']);
  });

  it('lets a qualifying word choose between two people with the same role', () => {
    const input = `${headline}Danish President Mads Holm met Dutch President Eva Smit. The Danish president said the talks went well.`;
    expect(speakerNames(run(input, [{ speaker: 'The Danish president', content: 'the talks went well' }]))).toEqual(['Mads Holm']);
  });

  it('names a description nothing resolves as written', () => {
    const input = `${headline}Residents of the harbour said the wall blocks their view.`;
    const result = run(input, [{ speaker: 'Residents of the harbour', content: 'the wall blocks their view' }]);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Residents of the harbour', 'anonymous']]);
  });
});

describe('no quotes', () => {
  it('lists only cited names, and nothing for an article without any', () => {
    const input = `${headline}The wall was built by Hanna Kaur and Jonas Weber in 1990. It still stands.`;
    expect(run(input, []).sources).toEqual([]);
  });
});

describe('roles and anonymous heads', () => {
  it('resolves "the senator" to the person titled Sen., not to a new anonymous source', () => {
    const input = `${headline}Sen. Ada Brook (D-Maine) toured the harbour on Friday.

“The wall is overdue,” the senator said.`;
    const result = run(input, [{ kind: 'direct', speaker: 'the senator', content: 'The wall is overdue' }]);
    expect(result.sources.map((s) => [s.name, s.kind, s.title])).toEqual([['Ada Brook', 'person', 'Sen.']]);
  });

  it('does not take the vice president for "the president"', () => {
    const input = `${headline}President Rosa Lind met Vice President Karl Dorn. The president said the wall was approved.`;
    expect(speakerNames(run(input, [{ speaker: 'The president', content: 'the wall was approved' }]))).toEqual(['Rosa Lind']);
  });
});

describe('speakers outside the body', () => {
  it('resolves a name in the headline to the person the body names', () => {
    const input = 'Marsh promises sea wall by 2027\n\nGovernor Helen Marsh visited the harbour on Monday.';
    const h = input.indexOf('Marsh');
    const result = run(input, [{ speaker: 'Marsh', content: 'sea wall by 2027' }]);
    expect(result.quotes[0]?.speaker?.start).toBe(h);
    expect(result.sources.map((s) => [s.name, s.mentions.map((m) => m.text)])).toEqual([['Helen Marsh', ['Marsh', 'Governor Helen Marsh']]]);
  });
});

describe('pronouns with clitics', () => {
  it('reads "they\'ve" as "they" and resolves it to a group just cited', () => {
    const input = `${headline}Two senior officials described the plan. They've said the council will vote in May.`;
    const result = run(input, [
      { speaker: 'Two senior officials', content: 'the plan' },
      { speaker: 'They', content: 'the council will vote in May' },
    ]);
    expect(speakerNames(result)).toEqual(['Two senior officials', 'Two senior officials']);
  });
});

describe('names that are not people', () => {
  it('does not take a name used as a modifier, or a dateline, for a pronoun’s antecedent', () => {
    const input = `${headline}PORT ELLIS — The former New Mexico governor Dan Ruiz inspected the wall. He said it was sound.`;
    const result = run(input, [{ speaker: 'He', content: 'it was sound' }]);
    expect(speakerNames(result)).toEqual(['Dan Ruiz']);
    expect(result.sources[0]?.title).toBe('former New Mexico governor');
  });

  it('does not take a place or a street for a person', () => {
    const input = `${headline}Nadia Perez grew up in the harbour. Lenders on Wall Street and in New York doubted the wall. She said they were wrong.`;
    expect(speakerNames(run(input, [{ speaker: 'She', content: 'they were wrong' }]))).toEqual(['Nadia Perez']);
  });

  it('resolves "they" to a capitalised group named just before', () => {
    const input = `${headline}Republicans on the council want a higher wall. They said the current plan was too cheap.`;
    const result = run(input, [{ speaker: 'They', content: 'the current plan was too cheap' }]);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Republicans', 'anonymous']]);
  });
});
