import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { compactQuotes as quotes } from './fixtures/quotes-helpers/compact.js';

// Every sentence here is invented for these tests.

describe('a cue in an adverbial clause and the main clause after it', () => {
  it('ends the clause’s question at the comma that hands on to the main clause’s own cue', () => {
    const found = quotes('After the host asked the author whether she would run again, Lee replied, “If I had to bet, I would pick her.”');
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'Lee', cue: 'replied', kind: 'direct', text: 'If I had to bet, I would pick her.' }));
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'the host', text: "whether she would run again" }));
  });

  it('keeps one attribution when the clause after the comma brings no cue', () => {
    expect(quotes('When Lee said the plan would fail, Kim said it would pass.')).toEqual([
      expect.objectContaining({ speaker: 'Lee', text: 'the plan would fail' }),
      expect.objectContaining({ speaker: 'Kim', text: 'it would pass' }),
    ]);
  });

  it('does not cut a main-clause cue at a comma of its own content', () => {
    expect(quotes('Lee said that, after the vote, Kim told him the plan was dead.')[0]).toMatchObject({ speaker: 'Lee', cue: 'said' });
  });
});

describe('the asker of a question', () => {
  it('gives a passive question verb’s agent as the speaker of the question', () => {
    expect(quotes('Lee was asked by host Bill Maher, who backs him, “Are you tired of hearing about the emails?”')[0]).toMatchObject({
      speaker: 'host Bill Maher', kind: 'direct', text: 'Are you tired of hearing about the emails?',
    });
    expect(quotes('Rubio was asked by moderator Gerard Baker whether his plan would add to the deficit.')[0]).toMatchObject({
      speaker: 'moderator Gerard Baker', text: 'whether his plan would add to the deficit',
    });
  });

  it('gives the agent of a fronted "Asked by …" as the asker', () => {
    expect(quotes('Asked by a reporter whether the two cases were alike, Carson said they were not comparable at all.')).toEqual([
      expect.objectContaining({ speaker: 'a reporter', text: 'whether the two cases were alike' }),
      expect.objectContaining({ speaker: 'Carson', cue: 'said' }),
    ]);
  });

  it('reports nothing for a passive question about a topic', () => {
    expect(quotes('Lee was asked about the vote by reporters.')).toEqual([]);
  });
});

describe('speakers written with modifiers, appositives and shares', () => {
  it('keeps the modifiers of a collective head and a party word with its determiner', () => {
    expect(quotes('“The harm is great,” federal prosecutors wrote.')[0]).toMatchObject({ speaker: 'federal prosecutors', cue: 'wrote' });
    expect(quotes('“It was bad,” local police said.')[0]).toMatchObject({ speaker: 'local police' });
    expect(quotes('“The campaign has been reluctant,” one senior Democrat said.')[0]).toMatchObject({ speaker: 'one senior Democrat' });
    expect(quotes('“It was bad,” the Kentucky Republican said.')[0]).toMatchObject({ speaker: 'the Kentucky Republican' });
  });

  it('takes a trailing speaker named in an appositive after a description', () => {
    expect(quotes('“We need him,” his wife, Ana Ruiz, wrote in a letter to the court.')[0]).toMatchObject({ speaker: 'Ana Ruiz', kind: 'direct', text: 'We need him' });
    expect(quotes('The plan will fail, its director, Lars Holm, told reporters.')[0]).toMatchObject({ speaker: 'Lars Holm', kind: 'indirect', text: 'The plan will fail' });
  });

  it('reads a role with "of" before an inverted name, and one of a group', () => {
    expect(quotes('“We must defend the city,” said former secretary of state Ann Lee.')[0]).toMatchObject({ speaker: 'former secretary of state Ann Lee' });
    expect(quotes('“We must go,” said chief of staff Tom Hill.')[0]).toMatchObject({ speaker: 'chief of staff Tom Hill' });
    expect(quotes('“There is no path left,” said one of those advisers, who asked not to be named.')[0]).toMatchObject({ speaker: 'one of those advisers' });
    expect(quotes('“It was awful,” one of the witnesses said.')[0]).toMatchObject({ speaker: 'one of the witnesses' });
  });

  it('reads a kin or role word after a possessive or "the" before the name', () => {
    expect(quotes('“We spoke just before he boarded,” his nephew Karim Haddad added.')[0]).toMatchObject({ speaker: 'his nephew Karim Haddad', cue: 'added' });
    expect(quotes('“The count was fair,” the district chairman Paul Obi said.')[0]).toMatchObject({ speaker: 'the district chairman Paul Obi' });
    // An object and its relative clause is no role: "a point Lee conceded" names the point.
    expect(quotes('The budget will be late, a point Lee conceded.')[0]?.speaker).not.toBe('a point Lee');
  });

  it('reads a body’s name with its joints, a number after an article, and a possessive or "of" inside a role', () => {
    expect(quotes('“We need a plan,” National Office of Harbour Statistics chief Lin Ade told reporters.')[0]).toMatchObject({ speaker: 'National Office of Harbour Statistics chief Lin Ade' });
    expect(quotes('“The talks went well,” the two firms said in a statement.')[0]).toMatchObject({ speaker: 'the two firms' });
    expect(quotes('“Even the artists agree,” said report author Mara Quist.')[0]).toMatchObject({ speaker: 'report author Mara Quist', cue: 'said' });
    expect(quotes('“Even the artists agree,” report author Mara Quist said.')[0]).toMatchObject({ speaker: 'report author Mara Quist', cue: 'said' });
    expect(quotes('“We wanted a second test,” director of rugby Ivo Bell told the paper.')[0]).toMatchObject({ speaker: 'director of rugby Ivo Bell' });
    expect(quotes('“We are opening accounts,” the central bank’s vice president Omar Saleh said.')[0]).toMatchObject({ speaker: 'the central bank’s vice president Omar Saleh' });
    // "of" right before the name makes the body the object of the role: the role is no speaker's.
    expect(quotes('“We will sue,” said Ana Ruiz, acting director of Harbour Watch.')[0]?.speaker).toBe('Ana Ruiz');
  });

  it('gives the quotation to the person an outlet quotes, not the outlet', () => {
    expect(quotes('“We are mourning a great company,” the agency quoted harbour worker Dan Ogle as saying.')[0]).toMatchObject({ speaker: 'harbour worker Dan Ogle', cueType: 'speech' });
    expect(quotes('“It is a question of pride,” the mayor was quoted as saying.')[0]).toMatchObject({ speaker: 'the mayor', cue: 'was quoted as saying' });
    expect(quotes('The paper quoted the mayor at length on Sunday.')).toEqual([]);
  });

  it('reads a name whose appositive the copy did not close with a comma', () => {
    expect(quotes('“Patent rights protect inventors,” Eva Lind, a Green member of the council said in a statement.')[0]).toMatchObject({ speaker: 'Eva Lind', cue: 'said in a statement' });
    expect(quotes('“There is a whiff of a sweetener,” Anais Faraj, an analyst at Nomura told the radio.')[0]).toMatchObject({ speaker: 'Anais Faraj' });
    // A name alone after the comma is the speaker; a verb inside the appositive is not its end.
    expect(quotes('The ruling was “a relief to” Lazar, Song wrote.')[0]?.speaker).toBe('Song');
    expect(quotes('“I had access,” Ivo Lehel, the hacker known as “Guccifer,” stated on the show.')[0]?.cue).not.toBe('known');
  });

  it('reads two people with their roles, and an age before a name', () => {
    expect(quotes('“We took a break,” singer Ana Ruiz and drummer Tom Hale said.')[0]).toMatchObject({ speaker: 'singer Ana Ruiz and drummer Tom Hale' });
    expect(quotes('“We regret it,” Acme chief executive Ana Ruiz and chief operating officer Tom Hale said in the letter.')[0]).toMatchObject({
      speaker: 'Acme chief executive Ana Ruiz and chief operating officer Tom Hale',
    });
    expect(quotes('“It was hard to leave,” 19-year-old Dana Cole revealed.')[0]).toMatchObject({ speaker: '19-year-old Dana Cole' });
  });

  it('reads a document with a post-modifier as a subject, not as an object', () => {
    expect(quotes('The club’s statement to the stock exchange said: “The board has noted the speculation.”')[0]).toMatchObject({ speaker: 'The club’s statement to the stock exchange' });
    expect(quotes('Senator Ana Ruiz delivered a blunt message to the mayor: “It is time to stop attacking your rivals.”')[0]).toMatchObject({ speaker: 'Senator Ana Ruiz' });
  });

  it('reads the subject after a coordinator that opens the sentence', () => {
    expect(quotes('But he stayed calm, insisting: “We have the better team and we will win.”')[0]).toMatchObject({ speaker: 'he', cue: 'insisting' });
  });

  it('reads an age as a noun or a modifier, not a count', () => {
    expect(quotes('“What if it rains?” the 43-year-old asked in the video.')[0]).toMatchObject({ speaker: 'the 43-year-old', cue: 'asked in the video' });
    expect(quotes('“I made the climate my first priority,” the 71-year-old diplomat said.')[0]).toMatchObject({ speaker: 'the 71-year-old diplomat' });
  });

  it('reads one person with two roles joined by "and"', () => {
    expect(quotes('“I have been warning about this,” the Ohio senator and Republican presidential candidate said.')[0]).toMatchObject({
      speaker: 'the Ohio senator and Republican presidential candidate',
    });
  });

  it('reads a name of a body whose name holds "for"', () => {
    expect(quotes('“Building the device is hard,” Ivo Marsh of the Center for Arms Control Studies wrote.')[0]).toMatchObject({
      speaker: 'Ivo Marsh of the Center for Arms Control Studies',
      cue: 'wrote',
    });
  });
});

describe('a quotation closed by its own full stop, then its attribution', () => {
  it('gives the quotation the speaker of a sentence that only names who said it', () => {
    expect(quotes('“We hope the missing files turn up soon.” Lee said.')).toEqual([
      expect.objectContaining({ speaker: 'Lee', cue: 'said', kind: 'direct', text: 'We hope the missing files turn up soon.' }),
    ]);
  });

  it('leaves a quotation alone when the next sentence reports something of its own', () => {
    expect(quotes('“We hope the missing files turn up soon.” Lee said the files were lost.')).toContainEqual(
      expect.objectContaining({ speaker: null, text: 'We hope the missing files turn up soon.' }),
    );
  });
});

describe('questions an unnamed asker put', () => {
  it('reports "when asked whether …" after an attribution, and ends the answer before it', () => {
    expect(quotes('“You bet I would,” Kim said when asked whether he would order a quarantine.')).toEqual([
      expect.objectContaining({ speaker: 'Kim', kind: 'direct', text: 'You bet I would' }),
      expect.objectContaining({ speaker: null, cue: 'asked', kind: 'indirect', text: 'whether he would order a quarantine' }),
    ]);
    expect(quotes('Lee had said, “We will see,” when asked whether she would raise money for others.')[0]).toMatchObject({ speaker: 'Lee', kind: 'direct', text: 'We will see' });
  });

  it('reads a fronted question past a short setting, but not a topic', () => {
    expect(quotes('Asked during a debate why he trailed among young voters, Kim said he would gain ground.')[0]).toMatchObject({
      speaker: null, cue: 'Asked', text: 'why he trailed among young voters',
    });
    expect(quotes('Asked on Monday whether she would take a cabinet post, Lee shook her head.')[0]).toMatchObject({ text: 'whether she would take a cabinet post' });
    expect(quotes('Lee laughed when asked about the report.')).toEqual([]);
  });
});

describe('evidence and titled speakers as newsrooms write them', () => {
  it('keeps a slash between the sponsors of a poll, and the participle and time after it', () => {
    expect(quotes('A Tribune/WXYZ poll showed Lee leading the field by nine points.')[0]).toMatchObject({ speaker: 'A Tribune/WXYZ poll', cueType: 'publication' });
    expect(quotes('New polls released Sunday showed Lee taking the lead in the race.')[0]).toMatchObject({ speaker: 'New polls released Sunday', cue: 'showed' });
    expect(quotes('A county poll conducted last week found that voters rated the schools highly.')[0]).toMatchObject({
      speaker: 'A county poll conducted last week', text: 'voters rated the schools highly',
    });
    expect(quotes('The report released Sunday angered Lee.')).toEqual([]);
  });

  it('reads a lower-case title after the name of what its holder speaks for', () => {
    expect(quotes('Union chief says the strike can win.')[0]).toMatchObject({ speaker: 'Union chief', cue: 'says', text: 'the strike can win' });
    expect(quotes('“We will win,” City Hall press secretary said.')[0]).toMatchObject({ speaker: 'City Hall press secretary' });
  });

  it('reads "says" before a verb-shaped noun as the cue ("says praise from …")', () => {
    expect(quotes('Lee says praise from the governor helps the campaign.')[0]).toMatchObject({ speaker: 'Lee', cue: 'says', text: 'praise from the governor helps the campaign' });
  });
});

describe('headlines that name a speaker before a colon', () => {
  const headlineQuotes = (headline: string) => parseArticle(`${headline}\n\nThe council met on Tuesday evening to discuss the budget.`).quotes;

  it('reads a first-person clause after the colon as the named speaker’s', () => {
    expect(headlineQuotes('Mayor Lee: I Still Believe the Harbour Plan Can Work')[0]).toMatchObject({
      speaker: { text: 'Mayor Lee' }, cueType: 'colon', text: 'I Still Believe the Harbour Plan Can Work',
    });
  });

  it('takes a quotation anywhere after the colon, however few words stand beside it', () => {
    expect(headlineQuotes('Hale: Her ‘Honesty Is In Question’')[0]).toMatchObject({ speaker: { text: 'Hale' }, kind: 'mixed' });
  });

  it('does not take a name after a preposition for the subject of a verb-shaped noun', () => {
    const quotes = headlineQuotes('Judge: No outside pressure on the inquiry into Hale emails');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: { text: 'Judge' }, cueType: 'colon' });
  });
});

describe('naming and fronted evidence', () => {
  it('reads a relative before the speaker as what a naming verb names, and the quotation as all that is named', () => {
    expect(quotes('The agency put the loss at $2 billion, which Mr. Hale called “a disgrace,” blaming the board.')[0]).toMatchObject({
      speaker: 'Mr. Hale', cue: 'called', kind: 'direct', text: 'a disgrace',
    });
    expect(quotes('They watched a film called “Home” on Sunday.')).toEqual([]);
  });

  it('takes a fronted poll whose name holds a slash', () => {
    expect(quotes('In a Tribune/WXYZ poll released Monday, 50 percent of voters chose Lee.')[0]).toMatchObject({
      speaker: 'a Tribune/WXYZ poll released Monday', cueType: 'according-to', text: '50 percent of voters chose Lee',
    });
  });
});

describe('subjects with post-modifiers, relatives and appositives', () => {
  it('reads "to" after an anonymous head as its post-modifier', () => {
    expect(quotes('An adviser to the governor said the plan would pass.')[0]).toMatchObject({ speaker: 'An adviser to the governor', cue: 'said' });
    expect(quotes('Aides to the mayor say she is changing course.')[0]).toMatchObject({ speaker: 'Aides to the mayor' });
  });

  it('gives a participle the subject before a relative clause or an appositive, not what follows its comma', () => {
    expect(quotes('Republicans, who hold a majority on the council, have blocked the measures, saying they cost too much.')[0]).toMatchObject({
      speaker: 'Republicans', cue: 'saying', text: 'they cost too much',
    });
    expect(quotes('Lee, the mayor, has blocked the measures, saying they cost too much.')[0]).toMatchObject({ speaker: 'Lee' });
    expect(quotes('On Saturday, the mayor blocked the measures, saying they cost too much.')[0]).toMatchObject({ speaker: 'the mayor' });
  });
});

describe('hearers and adverbial clauses that report nothing', () => {
  it('ends a hearer before the subject of what was told', () => {
    expect(quotes('Mr Hale told the radio station he had not read the report.')[0]).toMatchObject({ cue: 'told the radio station', text: 'he had not read the report' });
    expect(quotes('The firm warned it could run out of cash.')[0]).toMatchObject({ cue: 'warned', text: 'it could run out of cash' });
    expect(quotes('The mayor warned residents that the river would rise.')[0]).toMatchObject({ cue: 'warned residents', text: 'the river would rise' });
  });

  it('reads the main clause after "But after …," as the attribution', () => {
    expect(quotes('But after the board had agreed to the delay, Mr Hale said he was hopeful of a deal.')).toEqual([
      expect.objectContaining({ speaker: 'Mr Hale', cue: 'said', text: 'he was hopeful of a deal' }),
    ]);
  });

  it('keeps the answer after a question an unnamed asker put mid-sentence', () => {
    expect(quotes('But when asked if the striker would stay next season, Parry said: “I sincerely hope so.”')).toContainEqual(
      expect.objectContaining({ speaker: 'Parry', kind: 'direct', text: 'I sincerely hope so.' }),
    );
  });

  it('takes a name after a title and a comma, not the title', () => {
    expect(quotes('Scottish Green leader, Ann Lee, said it was “beyond belief”.')[0]).toMatchObject({ speaker: 'Ann Lee', text: 'it was “beyond belief”' });
  });
});
