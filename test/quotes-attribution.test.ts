import { describe, expect, it } from 'vitest';
import { parseArticle, type Quote } from '../src/index.js';

/** Parses a body under a fixed headline and returns its quotes in a compact form. */
function quotes(body: string): { kind: Quote['kind']; text: string; speaker: string | null; cue: string | null; paragraphs: number[] }[] {
  return parseArticle(`A headline for the test\n\n${body}`).quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    speaker: q.speaker?.text ?? null,
    cue: q.cue?.text ?? null,
    paragraphs: q.paragraphs,
  }));
}

describe('direct quotes', () => {
  it('attributes a trailing "…,” Name said', () => {
    expect(quotes('“We will rebuild the bridge by spring,” Mayor Ana Lopez said on Monday.')).toEqual([
      { kind: 'direct', text: 'We will rebuild the bridge by spring', speaker: 'Mayor Ana Lopez', cue: 'said', paragraphs: [0] },
    ]);
  });

  it('attributes the inverted "…,” said Name', () => {
    expect(quotes('“Nobody expected the river to rise so fast,” said Tom Fischer.')).toEqual([
      { kind: 'direct', text: 'Nobody expected the river to rise so fast', speaker: 'Tom Fischer', cue: 'said', paragraphs: [0] },
    ]);
  });

  it('attributes a leading "Name said: “…”"', () => {
    expect(quotes('The minister said: “The budget is balanced for the first time in a decade.”')).toEqual([
      { kind: 'direct', text: 'The budget is balanced for the first time in a decade.', speaker: 'The minister', cue: 'said', paragraphs: [0] },
    ]);
  });

  it('joins a quote split by its attribution into one quote with two spans', () => {
    const input = 'A headline for the test\n\n“The water is safe,” the engineer said. “We tested it twice this week.”';
    const [q] = parseArticle(input).quotes;
    expect(q?.text).toBe('The water is safe We tested it twice this week.');
    expect(q?.spans.map((s) => input.slice(s.start, s.end))).toEqual(['The water is safe', 'We tested it twice this week.']);
    expect(q?.speaker?.text).toBe('the engineer');
  });

  it('keeps a question mark inside the quote from ending the attribution sentence', () => {
    expect(quotes('“Who will pay for the repairs?” Councillor Reyes asked.')[0]).toMatchObject({ speaker: 'Councillor Reyes', cue: 'asked' });
  });

  it('reads a colon lead-in followed by a fully quoted paragraph', () => {
    expect(quotes('Ms. Okafor continued:\n\n“The clinic will stay open every night of the week until the outbreak is over.”')).toEqual([
      {
        kind: 'direct',
        text: 'The clinic will stay open every night of the week until the outbreak is over.',
        speaker: 'Ms. Okafor',
        cue: 'continued',
        paragraphs: [1],
      },
    ]);
  });

  it('continues a multi-paragraph quote that closes only at the end', () => {
    const body = '“The first phase starts in May and lasts three months.\n\n“The second phase depends on the weather,” the planner said.';
    const [q] = quotes(body);
    expect(q).toMatchObject({ kind: 'direct', speaker: 'the planner', paragraphs: [0, 1] });
    expect(quotes(body)).toHaveLength(1);
  });

  it('gives a fully quoted paragraph after a quote to the same speaker, as a quote of its own', () => {
    const body = '“Prices rose again in March,” the economist said.\n\n“They will keep rising until the harvest comes in.”';
    expect(quotes(body)).toEqual([
      { kind: 'direct', text: 'Prices rose again in March', speaker: 'the economist', cue: 'said', paragraphs: [0] },
      { kind: 'direct', text: 'They will keep rising until the harvest comes in.', speaker: 'the economist', cue: 'said', paragraphs: [1] },
    ]);
  });

  it('resolves a relative pronoun speaker to its antecedent', () => {
    expect(quotes('The plan was backed by Lena Park, who said it “will save the town a fortune over ten years.”')[0]?.speaker).toBe('Lena Park');
  });

  it('handles straight quotes and the NYT double apostrophe', () => {
    expect(quotes('"The vote is tomorrow," he said.')[0]).toMatchObject({ text: 'The vote is tomorrow', speaker: 'he' });
    expect(quotes("''The vote is tomorrow,'' she said.")[0]).toMatchObject({ text: 'The vote is tomorrow', speaker: 'she' });
  });

  it('handles guillemets and low-high German marks', () => {
    expect(quotes('«Nous resterons ici jusqu’au bout», a declared nothing, said the farmer.')[0]?.speaker).toBe('the farmer');
    expect(quotes('„Wir bleiben hier bis zum Ende“, said the farmer.')[0]).toMatchObject({ text: 'Wir bleiben hier bis zum Ende', speaker: 'the farmer' });
  });
});

describe('indirect speech', () => {
  it('takes the clause after "that"', () => {
    expect(quotes('The mayor said that the bridge would reopen before the holidays.')).toEqual([
      { kind: 'indirect', text: 'the bridge would reopen before the holidays', speaker: 'The mayor', cue: 'said', paragraphs: [0] },
    ]);
  });

  it('takes a trailing ", reports Outlet"', () => {
    expect(quotes('The factory will close its second plant next year, reports the Daily Ledger.')[0]).toMatchObject({
      kind: 'indirect',
      text: 'The factory will close its second plant next year',
      speaker: 'the Daily Ledger',
      cue: 'reports',
    });
  });

  it('takes "according to" in front and behind', () => {
    expect(quotes('According to the coroner, the fire started in the kitchen.')[0]).toMatchObject({
      text: 'the fire started in the kitchen',
      speaker: 'the coroner',
      cue: 'According to',
    });
    expect(quotes('The fire started in the kitchen, according to the coroner.')[0]).toMatchObject({
      text: 'The fire started in the kitchen',
      speaker: 'the coroner',
    });
  });

  it('includes the hearer in the cue: "told reporters"', () => {
    expect(quotes('The senator told reporters that the deal was close to done.')[0]).toMatchObject({
      speaker: 'The senator',
      cue: 'told reporters',
      text: 'the deal was close to done',
    });
  });

  it('marks reported speech with a quoted fragment as mixed', () => {
    expect(quotes('The coach said the loss was “a wake-up call for everyone on the team.”')[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'The coach',
    });
  });

  it('gives a participle clause the subject of its sentence', () => {
    // (The first quote is "defended the new curfew", a speech act of its own: test/quotes-recall.test.ts.)
    expect(quotes('Officials defended the new curfew on Friday, saying that it had cut crime in half.')[1]).toMatchObject({
      speaker: 'Officials',
      cue: 'saying',
      text: 'it had cut crime in half',
    });
  });

  it('reads "announced that" as a clause and "reported a loss" as its object, but no act of a person as a statement', () => {
    expect(quotes('The agency announced that it would halt all flights.')).toHaveLength(1);
    // What a company reports is content it made public (see test/quotes-recall.test.ts).
    expect(quotes('The company reported a loss of ten million dollars.')).toMatchObject([{ text: 'a loss of ten million dollars', speaker: 'The company' }]);
    expect(quotes('Police found the stolen car near the river on Sunday.')).toHaveLength(0);
  });
});

describe('not quotes', () => {
  it('drops scare quotes and titles nobody is said to have said', () => {
    expect(quotes('The “freeze-thaw” cycles cracked the road again this winter.')).toEqual([]);
    expect(quotes('She watched “Saturday Night Live” with her brother every week.')).toEqual([]);
  });

  it('never reads apostrophes as quotation marks', () => {
    expect(quotes('Ukraine’s allies don’t miss the ’90s, and the analysts’ report was short.')).toEqual([]);
  });

  it('does not read a noun of the same spelling as a cue', () => {
    expect(quotes('He was a popular figure on the morning show for many long years.')).toEqual([]);
  });

  it('never continues an unclosed headline quotation into the body', () => {
    const article = parseArticle('Minister says “no deal\n\n“We are ready to talk,” he said.');
    expect(article.quotes.map((q) => [q.text, q.speaker?.text, q.paragraphs])).toEqual([
      ['no deal', 'Minister', []],
      ['We are ready to talk', 'he', [0]],
    ]);
  });

  it('never continues a quotation across a subheading', () => {
    const body = '“We were not ready for this, and the water\n\nWhat happens next\n\n“We will rebuild,” said Ana Lopez.\n\nThe town meets on Friday.';
    const article = parseArticle(`Storm hits the coast\n\n${body}`);
    expect(article.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'What happens next']);
    expect(article.quotes.map((q) => [q.text, q.speaker?.text ?? null, q.paragraphs])).toEqual([
      ['We were not ready for this, and the water', null, [0]],
      ['We will rebuild', 'Ana Lopez', [1]],
    ]);
  });

  it('recovers from an unclosed mark within its own paragraph', () => {
    const body = 'The sign read “closed for the season and it never opened again.\n\nThe shop had stood on the corner for decades.\n\n“We are sorry to see it go,” a neighbour said.';
    const q = quotes(body);
    expect(q.at(-1)).toMatchObject({ text: 'We are sorry to see it go', speaker: 'a neighbour', paragraphs: [2] });
    expect(q.every((x) => !x.text.includes('stood on the corner'))).toBe(true);
  });
});

describe('naming verbs', () => {
  it('attributes a quoted characterisation and ignores an unquoted one', () => {
    expect(quotes('The governor called the storm response “a national embarrassment.”')[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'The governor',
      cue: 'called',
    });
    expect(quotes('The governor called her sister late that night from the shelter.')).toEqual([]);
  });
});

describe('speakers with appositives', () => {
  it('takes the name that opens the sentence over a place in a later appositive', () => {
    expect(quotes('Rosa Lind, 61, of Harbor Point, Md., who watched from the pier, said the storm was the worst in years.')[0]?.speaker).toBe('Rosa Lind');
  });

  it('takes a name given as the last appositive of a description', () => {
    expect(quotes('Its director, Lars Holm, told the local paper that the decision was about safety.')[0]?.speaker).toBe('Lars Holm');
  });
});

describe('nested cues', () => {
  it('lets a trailing attribution that closes the sentence frame an earlier cue', () => {
    expect(quotes('Engineers expect the repairs to take a month, a spokeswoman for the port told reporters.')).toEqual([
      {
        kind: 'indirect',
        text: 'Engineers expect the repairs to take a month',
        speaker: 'a spokeswoman for the port',
        cue: 'told reporters',
        paragraphs: [0],
      },
    ]);
  });
});

describe('labels that look like speakers', () => {
  it('does not read "Editor’s note:" or a headline "Poll:" as someone speaking', () => {
    expect(quotes('Editor’s note: This story was updated with the final vote count from the county clerk.')).toEqual([]);
    expect(parseArticle('Poll: Most voters back the new bridge\n\nThe survey was taken last week.').quotes).toEqual([]);
  });
});

describe('documents as speakers', () => {
  it('takes a report as the speaker even though "report" is also a verb', () => {
    expect(quotes('The hackers reached twelve servers, the congressional report said.')[0]).toMatchObject({
      speaker: 'the congressional report',
      cue: 'said',
    });
  });
});
