/**
 * Issue 11, item 1: pronouns and descriptions resolved as a reader would. Every sentence here is
 * invented; each rule has its near miss beside it.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectWellFormed, run, speakerNames } from './fixtures/sources-helpers/quotes.js';

const headline = 'Valley council weighs new bridge\n\n';

describe('"it" after a document that spoke', () => {
  it('continues the report across a paragraph break', () => {
    const input = `${headline}The report was published on Tuesday. “Costs doubled,” the report says.

It also finds that the audit came late.`;
    const result = run(input, [
      { kind: 'direct', speaker: 'the report', content: 'Costs doubled' },
      { speaker: 'It', content: 'the audit came late' },
    ]);
    // The document is named as first written, where the text introduced it.
    expect(speakerNames(result)).toEqual(['The report', 'The report']);
  });

  it('does not give "it" to people who spoke, nor reach further than the sentence before', () => {
    const input = `${headline}Two engineers said the bridge was safe. The river rose all week. Nobody crossed on Sunday.

It says the bridge must close.`;
    const result = run(input, [
      { speaker: 'Two engineers', content: 'the bridge was safe' },
      { speaker: 'It', content: 'the bridge must close' },
    ]);
    expect(speakerNames(result)).toEqual(['Two engineers', null]);
  });
});

describe('gender evidence from a speaker pronoun', () => {
  it('learns nothing from a pronoun that had two people to choose from', () => {
    // "he" is Tom Hill; a guess that it was Ana Ruiz must not stop "she" from finding her later.
    const input = `${headline}Ana Ruiz told Tom Hill, after he admitted under Ruiz’s questioning he had not read the plan, to resign.

“This is not right,” Ruiz said. “Read it now,” she said.`;
    const result = run(input, [
      { speaker: 'he', content: 'had not read the plan', after: 'Ruiz’s' },
      { kind: 'direct', speaker: 'Ruiz', content: 'This is not right', after: 'resign' },
      { kind: 'direct', speaker: 'she', content: 'Read it now' },
    ]);
    expect(speakerNames(result).slice(1)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('still learns from a pronoun with one person before it', () => {
    const input = `${headline}Sam Okoro met the council on Monday. He said the bridge was needed.

Lena Moss and Sam Okoro spoke later. “The vote is close,” she said.`;
    const result = run(input, [
      { speaker: 'He', content: 'the bridge was needed' },
      { kind: 'direct', speaker: 'she', content: 'The vote is close' },
    ]);
    // Okoro is a man by the first pronoun, so "she" is Lena Moss.
    expect(speakerNames(result)).toEqual(['Sam Okoro', 'Lena Moss']);
  });
});

describe('names in photo credits', () => {
  it('never takes a photographer for a pronoun’s antecedent', () => {
    const input = `${headline}Maria Lopez, a nurse, spent the night at the shelter. (Photo: John Perkins/Reuters)

“It was cold,” she said.`;
    const result = run(input, [{ kind: 'direct', speaker: 'she', content: 'It was cold', after: 'Reuters)' }]);
    expect(speakerNames(result)).toEqual(['Maria Lopez']);
  });

  it('drops a credit paragraph and an agency credit in brackets', () => {
    const credit = `${headline}Mr. Omar Haddad inspected the pier.

Photograph by Ines Castro

She said the pier would hold.`;
    expect(speakerNames(run(credit, [{ speaker: 'She', content: 'the pier would hold' }]))).toEqual([null]);
    const agency = `${headline}Mrs. Nadia Perez inspected the pier (AP Photo/Karl Brandt). Later he said it would hold.`;
    expect(speakerNames(run(agency, [{ speaker: 'he', content: 'it would hold', after: 'Later' }]))).toEqual([null]);
  });

  it('keeps a name in brackets that credit nothing', () => {
    const input = `${headline}Mrs. Nadia Perez approved the plan (drawn up by Karl Brandt, an engineer). Later he said it would hold.`;
    expect(speakerNames(run(input, [{ speaker: 'he', content: 'it would hold', after: 'Later' }]))).toEqual(['Karl Brandt']);
  });
});

describe('an office a description gave someone', () => {
  it('keeps "the prime minister" for the person it referred to first, whoever the passage is about later', () => {
    const input = `Visa rules change

Rishi Sunak is under fire from his own MPs over the visa plan.

The prime minister said the government was "increasing the threshold".

Robert Jenrick, who quit as immigration minister, was also among the critics.

Speaking to reporters on Friday, the prime minister insisted the plan would happen in "two stages".`;
    const { quotes, sources } = parseArticle(input);
    expect(quotes.map((q) => (q.source === null ? null : sources[q.source]?.name))).toEqual(['Rishi Sunak', 'Rishi Sunak']);
  });
});

describe('the author of a first-person piece', () => {
  it('gives "I" outside every quotation to the one author the byline names', () => {
    const input = `Why I still vote\nBy Jane Miller\n\nI have voted in every election since 1990. I think everyone should.`;
    const result = run(input, [{ speaker: 'I', content: 'everyone should', after: '1990' }]);
    expect(speakerNames(result)).toEqual(['Jane Miller']);
    expect(result.sources[0]?.mentions.map((m) => m.text)).toEqual(['Jane Miller', 'I']);
  });

  it('leaves "I" alone when the byline names two authors, and inside a quotation', () => {
    const two = `Why we still vote\nBy Jane Miller and Tom Hill\n\nI have voted in every election since 1990. I think everyone should.`;
    expect(speakerNames(run(two, [{ speaker: 'I', content: 'everyone should', after: '1990' }]))).toEqual([null]);
    const quoted = `Why I still vote\nBy Jane Miller\n\nA voter told us: “I think everyone should.”`;
    expect(speakerNames(run(quoted, [{ kind: 'direct', speaker: 'A voter', content: 'I think everyone should.' }, { speaker: 'I', content: 'everyone should', after: 'us:' }]))).toEqual(['A voter', 'A voter']);
  });

  it('does not give the author the "I" of a paragraph a colon hands on to', () => {
    const input = `Why the band split\nBy Jane Miller\n\nIn an interview with a local station, the singer Ivo Marsh said:\n\nI was telling them that we still play together on Sundays.`;
    expect(speakerNames(run(input, [{ speaker: 'I', content: 'we still play together on Sundays', after: 'said:' }]))).toEqual([null]);
  });

  it('does not give the author the "I" of the answers of a Q&A printed without markers', () => {
    const input = `Life on the water\nBy Jane Miller\n\nThe actor Ivo Marsh talked to us about his new film.

What did you learn on the boat?

I think the sea teaches patience more than anything else.

Would you go back to sea?

I would go back tomorrow.`;
    const result = run(input, [
      { speaker: 'I', content: 'the sea teaches patience more than anything else', after: 'boat?' },
      { speaker: 'I', content: 'go back tomorrow', after: 'sea?' },
    ]);
    expect(speakerNames(result)).toEqual([null, null]);
  });
});

describe('organisations named before a back-reference', () => {
  it('makes "Kim Ortiz’s campaign" an organisation that "it" and "the campaign" refer to', () => {
    const input = `${headline}Kim Ortiz’s campaign is defending the new advertisement. It says the ad is fair.

Later the campaign said it would run the ad again. Ortiz said she liked it.`;
    const result = run(input, [
      { speaker: 'It', content: 'the ad is fair' },
      { speaker: 'the campaign', content: 'it would run the ad again' },
      { speaker: 'Ortiz', content: 'she liked it' },
    ]);
    expect(speakerNames(result)).toEqual(['Kim Ortiz’s campaign', 'Kim Ortiz’s campaign', 'Kim Ortiz']);
    expect(result.sources.map((s) => s.kind)).toEqual(['person', 'organization']);
  });

  it('does not make a campaign trip an organisation: "the campaign" stays unresolved', () => {
    const input = `${headline}On his three-day Lakeland campaign swing, Senator Omar Lindqvist spoke at four schools.

Donations have doubled, according to the campaign.`;
    const result = run(input, [{ speaker: 'the campaign', content: 'Donations have doubled' }]);
    expect(speakerNames(result)).toEqual(['the campaign']);
    expect(result.sources.map((s) => s.name)).not.toContain('Lakeland campaign');
  });

  it('takes "it" after a document named in the sentence before for that document, and "the letter" for the same one', () => {
    const input = `${headline}The harbour board sent a two-page letter to the council on Monday. It says the wall must be finished by May.

The letter also asks for a meeting.`;
    const result = run(input, [
      { speaker: 'It', content: 'the wall must be finished by May' },
      { speaker: 'The letter', content: 'asks for a meeting' },
    ]);
    expect(speakerNames(result)).toEqual(['a two-page letter', 'a two-page letter']);
    expect(result.sources.map((s) => s.kind)).toEqual(['anonymous']);
    expectWellFormed(input, result);
  });

  it('does not take people named after a document for the document ("supporters of the bill")', () => {
    const input = `${headline}The council passed a new bill on Monday. Supporters of the bill said it would save the harbour.`;
    const result = run(input, [{ speaker: 'Supporters of the bill', content: 'it would save the harbour' }]);
    expect(speakerNames(result)).toEqual(['Supporters of the bill']);
  });

  it('resolves "the company" and "the fund" to the organisation named just before', () => {
    const company = `${headline}Acme Corp. cut 300 jobs this year. “We regret it,” the company said.`;
    expect(speakerNames(run(company, [{ kind: 'direct', speaker: 'the company', content: 'We regret it' }]))).toEqual(['Acme Corp.']);
    const fund = `${headline}The Valley Development Fund approved the loan. “We are ready,” the fund said.`;
    expect(speakerNames(run(fund, [{ kind: 'direct', speaker: 'the fund', content: 'We are ready' }]))).toEqual(['The Valley Development Fund']);
  });

  it('does not take an organisation named as another kind for "the company"', () => {
    const input = `${headline}The Valley Senate voted on Tuesday. “We regret it,” the company said.`;
    expect(speakerNames(run(input, [{ kind: 'direct', speaker: 'the company', content: 'We regret it' }]))).toEqual(['the company']);
  });
});

describe('signatures and taglines', () => {
  it('gives a reader’s "I" to the name that signs the letter, and lists the signer', () => {
    const input = `${headline}Readers wrote in about the bridge.

I think the bridge is a waste of money.

Toni Marsh.

The bridge will save me an hour a day.

Karl Brandt.`;
    const result = run(input, [
      { speaker: 'I', content: 'the bridge is a waste of money' },
      { speaker: 'me', content: 'The bridge will save me an hour a day' },
    ]);
    expect(speakerNames(result)).toEqual(['Toni Marsh', 'Karl Brandt']);
    expect(result.sources.map((s) => s.name)).toEqual(['Toni Marsh', 'Karl Brandt']);
  });

  it('takes a quoted comment closed by a dash and a name as signed by that name', () => {
    const input = `${headline}“I would pay a toll for it.”― Ines Castro`;
    const result = run(input, [{ speaker: 'I', content: 'pay a toll for it', after: '“' }]);
    expect(speakerNames(result)).toEqual(['Ines Castro']);
    expect(result.sources.map((s) => s.name)).toEqual(['Ines Castro']);
  });

  it('does not take a line in capitals or a title-case link for a signature', () => {
    const input = `${headline}I have crossed the old bridge every day for years.

FULL STORY HERE.

I would not trust the new one.

Walking With The Engineers.`;
    const result = run(input, [
      { speaker: 'I', content: 'have crossed the old bridge' },
      { speaker: 'I', content: 'would not trust the new one', after: 'HERE' },
    ]);
    expect(speakerNames(result)).toEqual([null, null]);
    expect(result.sources).toEqual([]);
  });

  it('gives the "I" of a Q&A answer to the person the introduction is about', () => {
    const input = `${headline}Harbour Commissioner Lena Voss spoke with us about the wall. Voss has run the port since 2019.

Q: Was the vote a surprise?

A: I expected it to be close.

Q: What comes next?

A: I think the builders start in May.`;
    const result = run(input, [
      { speaker: 'I', content: 'expected it to be close' },
      { speaker: 'I', content: 'the builders start in May', after: 'next' },
    ]);
    expect(speakerNames(result)).toEqual(['Lena Voss', 'Lena Voss']);
  });

  it('does not read one paragraph opening with an initial as a Q&A', () => {
    const input = `${headline}Harbour Commissioner Lena Voss spoke about the wall.

A. Kim, the builder, wrote that I would see it finished.`;
    const result = run(input, [{ speaker: 'I', content: 'would see it finished' }]);
    expect(speakerNames(result)).toEqual([null]);
  });

  it('does not take a name heading a profile for a signature', () => {
    const input = `${headline}Three residents spoke to us.

I have lived here for forty years.

Marwa Hamdy.

Hamdy, a mother of three, drives across every day.`;
    const result = run(input, [{ speaker: 'I', content: 'have lived here for forty years' }]);
    expect(speakerNames(result)).toEqual([null]);
    expect(result.sources).toEqual([]);
  });

  it('gives "I" to the author an op-ed’s closing tagline introduces', () => {
    const input = `${headline}I have crossed the old bridge every day for years.

It is time for a new one.

Charlotte Moss is a civil engineer in the valley.`;
    const result = run(input, [{ speaker: 'I', content: 'have crossed the old bridge' }]);
    expect(speakerNames(result)).toEqual(['Charlotte Moss']);
  });

  it('reads no tagline into a closing paragraph that only mentions someone', () => {
    const input = `${headline}I have crossed the old bridge every day for years.

It is time for a new one.

Charlotte Moss, the engineer, disagrees.`;
    expect(speakerNames(run(input, [{ speaker: 'I', content: 'have crossed the old bridge' }]))).toEqual([null]);
  });
});

describe('"they" and the plural subject before it', () => {
  it('takes the plural subject that opens the sentence before', () => {
    const input = `${headline}Twenty-seven towns sued the valley council on Tuesday.

They argue that the bridge plan is unlawful.`;
    const result = run(input, [{ speaker: 'They', content: 'the bridge plan is unlawful' }]);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Twenty-seven towns', 'anonymous']]);
  });

  it('prefers people who open the sentence before to an organisation they acted on', () => {
    for (const [opening, group] of [
      ['Republicans met the Valley Council on Tuesday.', 'Republicans'],
      ['Many Democrats in the Valley Council were angry on Tuesday.', 'Many Democrats'],
      ['Officials from the county met the Valley Rivers Trust on Tuesday.', 'Officials'],
    ]) {
      const input = `${headline}${opening} They said the bridge plan is unlawful.`;
      expect(speakerNames(run(input, [{ speaker: 'They', content: 'the bridge plan is unlawful' }]))).toEqual([group]);
    }
  });

  it('keeps the organisation when the subject is no group of people, or when the organisation is the subject', () => {
    const things = `${headline}Two proposals reached the Valley Council on Tuesday. They said the bridge plan is unlawful.`;
    expect(speakerNames(run(things, [{ speaker: 'They', content: 'the bridge plan is unlawful' }]))).toEqual(['the Valley Council']);
    const subject = `${headline}The Valley Council met officials on Tuesday. They said the bridge plan is unlawful.`;
    expect(speakerNames(run(subject, [{ speaker: 'They', content: 'the bridge plan is unlawful' }]))).toEqual(['The Valley Council']);
  });

  it('makes no group of a singular subject, an opening preposition or an adjective it cannot read', () => {
    for (const opening of ['The city sends letters to every house.', 'In recent years prices rose.', 'Some angry farmers blocked the road.']) {
      const input = `${headline}${opening} They say the plan is unlawful.`;
      expect(speakerNames(run(input, [{ speaker: 'They', content: 'the plan is unlawful' }]))).toEqual([null]);
    }
  });
});

describe('how good an antecedent a mention is', () => {
  it('ranks the subject of a clause a subordinator opens above a name after a preposition and its title', () => {
    // "with former Sen. Ivo Bell": the preposition stands before the title, so Bell is an oblique
    // mention; "after Marek Dunn departed": "after" opens a clause whose subject is Dunn.
    const input = `${headline}Reporters waited for hours with former Sen. Ivo Bell after Marek Dunn departed the hall. He said the pier will reopen next spring.`;
    expect(speakerNames(run(input, [{ speaker: 'He', content: 'the pier will reopen next spring' }]))).toEqual(['Marek Dunn']);
  });

  it('keeps an "of" before a title inside the body the title is of', () => {
    const input = `${headline}Valley Board of Trustees chairman Ivo Bell said the pier will reopen next spring.`;
    expect(run(input, [{ speaker: 'Valley Board of Trustees chairman Ivo Bell', content: 'the pier will reopen next spring' }]).sources.map((x) => x.name)).toContain('Ivo Bell');
  });
});

describe('the quotation a speaker closes', () => {
  it('lets "it" after a quotation of several sentences reach the outlet quoted before it', () => {
    const input = `${headline}“The bridge is late,” the Valley Gazette wrote.

“Costs rose. Work stopped. Nobody knows why. The council is silent,” it added.`;
    const result = run(input, [
      { kind: 'direct', speaker: 'the Valley Gazette', content: 'The bridge is late' },
      { kind: 'direct', speaker: 'it', content: 'Costs rose. Work stopped. Nobody knows why. The council is silent', after: 'wrote' },
    ]);
    expect(speakerNames(result)).toEqual(['the Valley Gazette', 'the Valley Gazette']);
  });

  it('still stops "it" when the sentences in between are the article’s own', () => {
    const input = `${headline}“The bridge is late,” the Valley Gazette wrote.

Costs rose. Work stopped. Nobody knows why. The council is silent, it added.`;
    const result = run(input, [
      { kind: 'direct', speaker: 'the Valley Gazette', content: 'The bridge is late' },
      { speaker: 'it', content: 'The council is silent', after: 'wrote' },
    ]);
    expect(speakerNames(result)).toEqual(['the Valley Gazette', null]);
  });
});

describe('"they" and places', () => {
  it('never takes a country for "they", but follows a "they" that kept the group salient', () => {
    const input = `${headline}The Valley Council met on Friday. A statement said they would act if Norway built another dam. On Friday, Norway refused.

“We will act now,” they said.`;
    const result = run(input, [{ kind: 'direct', speaker: 'they', content: 'We will act now' }]);
    expect(speakerNames(result)).toEqual(['The Valley Council']);
  });

  it('leaves "they" unresolved when only a country stands before it', () => {
    const input = `${headline}On Friday, Norway built another dam. “We will act now,” they said.`;
    expect(speakerNames(run(input, [{ kind: 'direct', speaker: 'they', content: 'We will act now' }]))).toEqual([null]);
  });
});

describe('organisation nouns without their noun in a name', () => {
  it('takes the organisation of the sentence before for "the group", never a country', () => {
    const input = `${headline}The Valley Rivers Trust published a study on Monday. Most bridges are old, the group said.`;
    expect(speakerNames(run(input, [{ speaker: 'the group', content: 'Most bridges are old' }]))).toEqual(['The Valley Rivers Trust']);
    const country = `${headline}Bridges in Norway are old. On Friday, Norway spent more. Most bridges are safe, the group said.`;
    expect(speakerNames(run(country, [{ speaker: 'the group', content: 'Most bridges are safe' }]))).toEqual(['the group']);
  });

  it('gives a collective noun ("the police") no organisation named before', () => {
    const input = `${headline}The Valley Rivers Trust published a study on Monday. Two men were held, the police said.`;
    expect(speakerNames(run(input, [{ speaker: 'the police', content: 'Two men were held' }]))).toEqual(['the police']);
  });

  it('lets a later "they" reach an organisation the article already called "they"', () => {
    const input = `${headline}The Valley Council met on Friday. A statement said they would act soon.

“We will act now,” they said.`;
    expect(speakerNames(run(input, [{ kind: 'direct', speaker: 'they', content: 'We will act now' }]))).toEqual(['The Valley Council']);
  });

  it('does not let "they" after a paragraph break reach an organisation nobody called "they"', () => {
    const input = `${headline}The Valley Council met on Friday. A statement followed.

“We will act now,” they said.`;
    expect(speakerNames(run(input, [{ kind: 'direct', speaker: 'they', content: 'We will act now' }]))).toEqual([null]);
  });
});

describe('credits without a label', () => {
  it('drops a short "Source/Name" credit paragraph, but not a slash in prose', () => {
    const credit = `${headline}Mrs. Nadia Perez inspected the pier.

Facebook/Karl Brandt.

Later he said it would hold.`;
    expect(speakerNames(run(credit, [{ speaker: 'he', content: 'it would hold', after: 'Later' }]))).toEqual([null]);
    const prose = `${headline}Mrs. Nadia Perez inspected the pier with Karl Brandt, whose Harbor/Valley Bridge Fund pays for it. Later he said it would hold.`;
    expect(speakerNames(run(prose, [{ speaker: 'he', content: 'it would hold', after: 'Later' }]))).toEqual(['Karl Brandt']);
  });
});

describe('"the agency" when no outlet was named', () => {
  it('resolves to an office the passage named, and to a news agency when one was cited', () => {
    const office = `${headline}Costs doubled, according to the Valley Budget Office. Most of it went to steel, the agency said.`;
    expect(speakerNames(run(office, [{ speaker: 'the agency', content: 'Most of it went to steel' }]))).toEqual(['the Valley Budget Office']);
    const wire = `${headline}Costs doubled, Reuters reported. Most of it went to steel, the agency said.`;
    expect(speakerNames(run(wire, [{ speaker: 'the agency', content: 'Most of it went to steel' }]))).toEqual(['Reuters']);
  });
});

describe('gender evidence and pronouns that stand for a person', () => {
  it('does not count "him" as evidence about the "she" before it', () => {
    const input = `${headline}On Monday, Ana Ruiz met Tom Hill. She pressed him on the budget.

“Where did the money go?” she said.`;
    const result = run(input, [{ kind: 'direct', speaker: 'she', content: 'Where did the money go?' }]);
    expect(speakerNames(result)).toEqual(['Ana Ruiz']);
  });
});

describe('a definite document', () => {
  it('refers back to the document of that kind cited before', () => {
    const input = `${headline}A Valley Gazette poll shows support for the bridge. Most voters back it, according to the poll.`;
    const result = run(input, [
      { speaker: 'A Valley Gazette poll', content: 'support for the bridge' },
      { speaker: 'the poll', content: 'Most voters back it' },
    ]);
    expect(speakerNames(result)).toEqual(['A Valley Gazette poll', 'A Valley Gazette poll']);
  });
});

describe('a definite anonymous description', () => {
  it('refers back to an earlier source of that head whose words it fits', () => {
    const input = `${headline}“The span is sound,” a senior county official said. “It will open in May,” the official added. “Not before,” the senior official said.`;
    const names = speakerNames(parseArticle(input));
    expect(names).toEqual(['a senior county official', 'a senior county official', 'a senior county official']);
  });

  it('is not a source of the same head described otherwise', () => {
    const input = `${headline}“We will vote no,” the Ohio senator said. “We will vote yes,” the Vermont senator said.`;
    expect(speakerNames(parseArticle(input))).toEqual(['the Ohio senator', 'the Vermont senator']);
  });
});

describe('a role with a place that no title holds', () => {
  it('is the person the passage is about, who then holds the role', () => {
    const input = `${headline}Sen. Ana Ruiz spoke to the council on Monday. “We will fund the bridge,” the Ohio senator said. “It is long overdue,” the senator added.`;
    expect(speakerNames(parseArticle(input))).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('reads a party member with a place the same way, past a name just before in its sentence', () => {
    const input = `${headline}House Speaker Ana Ruiz met donors on Monday.

In a letter to the county attorney, Tom Hale, the Ohio Republican asks for an audit.`;
    const result = parseArticle(input);
    expect(speakerNames(result)).toEqual(['Ana Ruiz']);
  });

  it('is no one with a title of another role, nor two people', () => {
    const input = `${headline}Mayor Tom Hale spoke to the council on Monday. “We will fund the bridge,” the Ohio senator said.`;
    expect(speakerNames(parseArticle(input))).toEqual(['the Ohio senator']);
    const two = `${headline}Ana Ruiz spoke to the council on Monday. “We will fund the bridge,” the Ohio senators said.`;
    expect(speakerNames(parseArticle(two))).toEqual(['the Ohio senators']);
  });
});

describe('an age written as a noun', () => {
  it('is the person the passage is about', () => {
    const input = `${headline}Ines Moreau won the county title on Sunday. “I felt strong all week,” the 34-year-old said.`;
    expect(speakerNames(parseArticle(input))).toEqual(['Ines Moreau']);
  });
});

describe('a capitalised plural that only opens a sentence', () => {
  it('is a group, never the "he" that follows', () => {
    const input = `${headline}Mr. Omar Haddad said in July that he would vote no.

Delegates questioned how Haddad could change his mind.

“The day the deal broke was the day this became personal,” he said.`;
    const result = run(input, [
      { speaker: 'Delegates', content: 'how Haddad could change his mind' },
      { kind: 'direct', speaker: 'he', content: 'The day the deal broke was the day this became personal' },
    ]);
    expect(speakerNames(result)).toEqual(['Delegates', 'Omar Haddad']);
    expect(result.sources.find((s) => s.name === 'Delegates')?.kind).toBe('anonymous');
  });

  it('keeps a surname that only opens sentences a name', () => {
    const input = `${headline}Haddad said in July that he would vote no. “It is personal,” he said.`;
    expect(speakerNames(run(input, [{ speaker: 'Haddad', content: 'he would vote no' }, { kind: 'direct', speaker: 'he', content: 'It is personal' }]))).toEqual(['Haddad', 'Haddad']);
  });
});

describe('a namesake named in full just before a bare surname', () => {
  const filler = 'The county board met again on Thursday to weigh the cost of the new span over the river. '.repeat(20);
  const lastSpeaker = (input: string): string | null => {
    const article = parseArticle(input);
    const q = article.quotes.at(-1);
    return q === undefined || q.source === null ? null : (article.sources[q.source]?.name ?? null);
  };

  it('takes the namesake a live blog has just introduced, long after the other was last mentioned', () => {
    const input = `${headline}Senator Ann Hale said the bridge would be finished by May.

${filler}

Transport Secretary Tom Hale says the state will pay for the repairs.

Hale said local officials should check the cables every month.`;
    expect(lastSpeaker(input)).toBe('Tom Hale');
  });

  it('keeps the principal when the story has not left her', () => {
    const input = `${headline}Senator Ann Hale said the bridge would be finished by May. Her husband, Tom Hale, runs the quarry.

Hale said local officials should check the cables every month.`;
    expect(lastSpeaker(input)).toBe('Ann Hale');
  });
});
