import { describe, expect, it } from 'vitest';
import { compactQuotes as quotes } from './fixtures/quotes-helpers/compact.js';

// Every sentence here is invented for these tests.

describe('stances: what a speaker is for or against', () => {
  it('reports the object of support, oppose and favor as a thought attribution', () => {
    expect(quotes('Two-thirds of the voters support the new library levy.')).toEqual([
      { kind: 'indirect', text: 'the new library levy', speaker: 'Two-thirds of the voters', cue: 'support', cueType: 'thought' },
    ]);
    expect(quotes('Councillor Dana Ruiz opposes the harbour expansion.')[0]).toMatchObject({ speaker: 'Councillor Dana Ruiz', cue: 'opposes', text: 'the harbour expansion' });
    expect(quotes('Most farmers favor a slower phase-out of the subsidy.')[0]).toMatchObject({ speaker: 'Most farmers', cue: 'favor', cueType: 'thought' });
    expect(quotes('The mayor has supported the tram line for years.')[0]).toMatchObject({ cue: 'has supported', text: 'the tram line for years' });
  });

  it('takes "Lee endorsed Hale": a name alone is a whole object', () => {
    expect(quotes('The teachers union endorsed Hale.')[0]).toMatchObject({ speaker: 'The teachers union', cue: 'endorsed', text: 'Hale' });
  });

  it('reads support and plan as nouns where no subject plainly stands before them', () => {
    expect(quotes('The levy won strong support from residents.')).toEqual([]);
    expect(quotes('His health-care plan drew fire from both parties.')).toEqual([]);
    expect(quotes('Sanders released details of his housing plan on Friday.')).toEqual([]);
  });
});

describe('plans, aims and refusals report their infinitive', () => {
  it('reports "plans to", "sought to" and "declined to comment"', () => {
    expect(quotes('The group plans to sue the county over the new map.')[0]).toMatchObject({ speaker: 'The group', cue: 'plans', text: 'to sue the county over the new map', cueType: 'thought' });
    expect(quotes('The senator sought to reassure nervous donors.')[0]).toMatchObject({ cue: 'sought', text: 'to reassure nervous donors' });
    expect(quotes('The campaign is seeking an injunction against the party.')[0]).toMatchObject({ cue: 'is seeking', text: 'an injunction against the party' });
    expect(quotes('Hale declined to comment.')).toEqual([{ kind: 'indirect', text: 'to comment', speaker: 'Hale', cue: 'declined', cueType: 'speech' }]);
    expect(quotes('The agency refused to release the inspection files.')[0]).toMatchObject({ speaker: 'The agency', cue: 'refused', cueType: 'speech' });
  });

  it('reads no infinitive where "to" leads to an amount or a place', () => {
    expect(quotes('Shares declined to $4 on Monday.')).toEqual([]);
    expect(quotes('Sales declined to 3,000 units in May.')).toEqual([]);
    expect(quotes('Profits declined sharply in the third quarter.')).toEqual([]);
  });

  it('reports a demand made with "called on … to"', () => {
    expect(quotes('The union called on the board to reopen the talks.')[0]).toMatchObject({ speaker: 'The union', cue: 'called on', text: 'the board to reopen the talks', cueType: 'speech' });
  });
});

describe('views report a characterisation only with "as"', () => {
  it('reports "sees X as Y"', () => {
    expect(quotes('Lee sees the merger as a threat to local jobs.')[0]).toMatchObject({ speaker: 'Lee', cue: 'sees', text: 'the merger as a threat to local jobs', cueType: 'thought' });
  });

  it('reports nothing for seeing a thing', () => {
    expect(quotes('Lee saw the game on Sunday with her brother.')).toEqual([]);
    expect(quotes('The coach left early, seeing an opening in the schedule.')).toEqual([]);
  });
});

describe('evidence named with its source', () => {
  it('keeps a post-modified evidence phrase as the speaker of show and find', () => {
    expect(quotes('A poll by the Tribune showed Lee ahead in the east.')[0]).toMatchObject({ speaker: 'A poll by the Tribune', cue: 'showed', text: 'Lee ahead in the east', cueType: 'publication' });
    expect(quotes('A county poll this month found Hale ahead by six points.')[0]).toMatchObject({ speaker: 'A county poll', cue: 'found' });
  });

  it('reads an "-s" form before a reporting verb as its plural subject', () => {
    expect(quotes('The leaked emails showed that staff favored Lee.')).toEqual([
      { kind: 'indirect', text: 'staff favored Lee', speaker: 'The leaked emails', cue: 'showed', cueType: 'publication' },
    ]);
  });

  it('reads "In a new poll, …" as the poll’s attribution', () => {
    expect(quotes('In a new county poll, Lee leads Hale by six points.')).toEqual([
      { kind: 'indirect', text: 'Lee leads Hale by six points', speaker: 'a new county poll', cue: 'In', cueType: 'according-to' },
    ]);
    expect(quotes('In a speech on Monday, the mayor walked the new route.')).toEqual([]);
    expect(quotes('In Ohio, the count was slower than expected this year.')).toEqual([]);
  });
});

describe('fronted clauses', () => {
  it('reports a question fronted with "When asked" or "If asked", and no cue inside it', () => {
    expect(quotes('When asked whether he would run again, Hale smiled.')).toEqual([
      { kind: 'indirect', text: 'whether he would run again', speaker: null, cue: 'asked', cueType: 'speech' },
    ]);
    expect(quotes('If asked how the plan would be paid for, the mayor said the state would help.').map((q) => q.text)).toEqual([
      'how the plan would be paid for',
      'the state would help',
    ]);
  });

  it('gives a sentence opened by a participle to the main clause’s subject', () => {
    expect(quotes('Referring to Hale, Lee said the race was over.')).toEqual([
      { kind: 'indirect', text: 'the race was over', speaker: 'Lee', cue: 'said', cueType: 'speech' },
    ]);
  });

  it('reads a form of "be" before an "-ing" cue as progressive, not passive', () => {
    expect(quotes('Lee is blaming the council for the long delay.')[0]).toMatchObject({ speaker: 'Lee', cue: 'is blaming', text: 'the council for the long delay' });
  });
});

describe('verb forms that are mostly something else', () => {
  it('reads "states" at a sentence stop as a noun unless it closes a trailing attribution', () => {
    expect(quotes('Democrats control the legislatures in all battleground states.')).toEqual([]);
    expect(quotes('“We are ready,” the memo states.')[0]).toMatchObject({ speaker: 'the memo', cue: 'states', kind: 'direct' });
  });

  it('reads "felt" with no subject after it as a state of mind', () => {
    expect(quotes('He felt blindsided by the vote.')).toEqual([]);
    expect(quotes('She felt they were ready for the vote.')[0]).toMatchObject({ cue: 'felt', text: 'they were ready for the vote', cueType: 'thought' });
  });
});

describe('organisation names that hold a function word', () => {
  it('keeps "on", "for" after a head and "and" before one inside the name', () => {
    expect(quotes('The Commission on Harbour Safety says the pier will reopen in May.')[0]?.speaker).toBe('The Commission on Harbour Safety');
    expect(quotes('The Securities and Exchange Commission said the filing was late.')[0]?.speaker).toBe('The Securities and Exchange Commission');
    expect(quotes('“We checked,” said the Center for Coastal Studies.')[0]?.speaker).toBe('the Center for Coastal Studies');
  });

  it('does not join two people, or a name and a time', () => {
    expect(quotes('Lee and Hale said the vote was close.')[0]?.speaker).toBe('Lee and Hale');
    expect(quotes('“We checked,” said the Commission on Tuesday.')[0]?.speaker).toBe('the Commission');
  });
});

describe('sums of money before a speaker', () => {
  it('does not read a sum as the count of a plural speaker', () => {
    expect(quotes('That is a fraction of the $20 million experts say a campaign costs.')[0]?.speaker).toBe('experts');
    expect(quotes('Two officials said the talks had stalled.')[0]?.speaker).toBe('Two officials');
  });
});

describe('the speaker of a quotation in a clause of its own', () => {
  it('gives a quotation after "and Lee said," to Lee, not to the earlier cue', () => {
    expect(quotes('A woman asked for a photo and Lee said, “Only if it is quick.”')).toEqual([
      { kind: 'indirect', text: 'for a photo', speaker: 'A woman', cue: 'asked', cueType: 'speech' },
      { kind: 'direct', text: 'Only if it is quick.', speaker: 'Lee', cue: 'said', cueType: 'speech' },
    ]);
    // A noun spelled like a verb is no new clause: the quotation stays the content.
    expect(quotes('Hale said in response to her remarks, “We will appeal.”')[0]).toMatchObject({ speaker: 'Hale', text: 'We will appeal.', kind: 'direct' });
  });

  it('reads past the agent of a participle to the subject before it', () => {
    expect(quotes('A letter from the union obtained by the Daily Ledger warns that “talks could collapse.”')[0]?.speaker).toBe('A letter from the union');
  });

  it('reads a name with its party tag before a stray comma', () => {
    expect(quotes('Gov. Jane Roe (R-Ohio), said, “We are ready to go.”')[0]?.speaker).toBe('Gov. Jane Roe');
  });
});

describe('a quotation sentence after reported speech in the same paragraph', () => {
  it('goes on with the speaker of the reported speech before it', () => {
    expect(quotes('Sami recalled how dark the road from the airport was. “I was like, where is the city?”')[1]).toMatchObject({ kind: 'direct', speaker: 'Sami', text: 'I was like, where is the city?' });
  });

  it('keeps no speaker when the sentence before reports nothing', () => {
    expect(quotes('The road from the airport was dark. “I was like, where is the city?”')[0]).toMatchObject({ kind: 'direct', speaker: null });
  });
});
