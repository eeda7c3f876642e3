import { describe, expect, it } from 'vitest';
import { compactQuotes as quotes } from './fixtures/quotes-helpers/compact.js';

// Every sentence here is invented for these tests.

describe('the object of a speech-act verb is its content', () => {
  it('reads criticism, praise and accusation of a noun phrase as speech', () => {
    expect(quotes('The senator criticized the new parking rules downtown.')).toEqual([
      { kind: 'indirect', text: 'the new parking rules downtown', speaker: 'The senator', cue: 'criticized', cueType: 'speech' },
    ]);
    expect(quotes('Mayor Ellen Park praised the volunteers who cleared the beach.')[0]).toMatchObject({ text: 'the volunteers who cleared the beach', speaker: 'Mayor Ellen Park', cueType: 'speech' });
    expect(quotes('The union accused the board of hiding the audit.')[0]).toMatchObject({ text: 'the board of hiding the audit', speaker: 'The union', cue: 'accused' });
  });

  it('keeps the hearer of a request in its content', () => {
    expect(quotes('The council urged residents to boil their water.')[0]).toMatchObject({ text: 'residents to boil their water', speaker: 'The council', cue: 'urged' });
    expect(quotes('Gomez called for a recount in three districts.')[0]).toMatchObject({ text: 'a recount in three districts', speaker: 'Gomez', cue: 'called for', cueType: 'speech' });
  });

  it('gives an announcement or report of a noun phrase the publication type', () => {
    expect(quotes('The railway announced a new timetable for the winter.')[0]).toMatchObject({ text: 'a new timetable for the winter', cueType: 'publication' });
  });

  it('ends the object where a coordinated cue of the same speaker starts', () => {
    expect(quotes('Ruiz rejected the offer and said the talks were over.').map((q) => q.text)).toEqual(['the offer', 'the talks were over']);
  });

  it('reports nothing for a passive, an object-less verb or a verb of mere speaking', () => {
    // The subject of a passive is the addressee: who asked is not said.
    expect(quotes('The coach was asked about the injury after the game.')).toEqual([]);
    expect(quotes('A neighbour who asked not to be named watched the fire from her porch.')).toEqual([]);
    expect(quotes('The minister spoke at length about the harbour.')).toEqual([]);
    expect(quotes('The senator criticized them.')).toEqual([]);
  });
});

describe('evidence that shows or finds', () => {
  it('reads the object of "shows" or "found" as content when a poll, study or record is the subject', () => {
    expect(quotes('A new poll shows the mayor well ahead in the east.')[0]).toMatchObject({ text: 'the mayor well ahead in the east', speaker: 'A new poll', cue: 'shows', cueType: 'publication' });
    expect(quotes('The study found higher rates of asthma near the plant.')[0]).toMatchObject({ text: 'higher rates of asthma near the plant', cueType: 'publication' });
  });

  it('does not read a person finding or showing a thing as a report', () => {
    expect(quotes('Hikers found a lost dog near the trail on Sunday.')).toEqual([]);
    expect(quotes('The guide showed the visitors the old mill.')).toEqual([]);
  });
});

describe('a naming verb with an unquoted characterisation', () => {
  it('reads "described X as Y" and "called X a Y" as speech', () => {
    expect(quotes('The coach described the loss as a wake-up call for the team.')[0]).toMatchObject({ text: 'the loss as a wake-up call for the team', cue: 'described', cueType: 'speech' });
    expect(quotes('The senator called Hale a coward in front of the cameras.')[0]).toMatchObject({ text: 'Hale a coward in front of the cameras', speaker: 'The senator' });
  });

  it('reads no characterisation into a plain object', () => {
    expect(quotes('The witness described the scene to the officers at length.')).toEqual([]);
    expect(quotes('The manager called the police after the break-in.')).toEqual([]);
  });
});

describe('speech acts named by their own verbs', () => {
  it('reads endorsing, defending, blaming and citing as speech with their objects', () => {
    expect(quotes('The teachers union endorsed the school budget on Tuesday.')[0]).toMatchObject({ text: 'the school budget on Tuesday', cue: 'endorsed', cueType: 'speech' });
    expect(quotes('The mayor blamed the flooding on years of neglect.')[0]).toMatchObject({ text: 'the flooding on years of neglect', speaker: 'The mayor' });
  });

  it('does not read a verb that takes no clause as tagging a quotation before it', () => {
    // "he cited" closes a relative clause about the quoted words; it is no attribution of them.
    expect(quotes('The two “loopholes” he cited are still in the tax code.').map((q) => q.cue)).not.toContain('cited');
  });
});

describe('the subject of a coordinated cue', () => {
  it('gives a cue coordinated inside an adverbial clause that clause’s subject', () => {
    const found = quotes('Lee criticized the governor after she attacked the judges and blamed the courts for the delay.');
    expect(found.find((q) => q.cue === 'blamed')?.speaker).toBe('she');
  });

  it('keeps the main speaker for a cue coordinated with the main verb', () => {
    const found = quotes('Lee said he was tired of the delays and added that the talks would resume in May.');
    expect(found.find((q) => q.cue === 'added')?.speaker).toBe('Lee');
  });
});

describe('a fronted question with no named asker', () => {
  it('reports the indirect question of "Asked whether …, Lee said …" with no speaker', () => {
    const found = quotes('Asked whether the bridge would reopen by June, the mayor said the repairs were on schedule.');
    expect(found[0]).toMatchObject({ text: 'whether the bridge would reopen by June', cue: 'Asked', speaker: null, cueType: 'speech' });
    expect(found[1]).toMatchObject({ text: 'the repairs were on schedule', speaker: 'the mayor' });
  });

  it('keeps the answer when the question holds a verb of its own', () => {
    const found = quotes('Asked if he agreed with the ruling, Devine responded: “I guess so, for now.”');
    expect(found.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['if he agreed with the ruling', null, 'Asked'],
      ['I guess so, for now.', 'Devine', 'responded'],
    ]);
  });

  it('reads no question into "Asked about …" or a verb inside the sentence', () => {
    expect(quotes('Asked about the delay, the mayor said the repairs were on schedule.').map((q) => q.cue)).toEqual(['said']);
  });
});

describe('poll shares and plural determiners as speakers', () => {
  it('reads "six in 10", "nearly half" and "most" as the speakers of poll copy', () => {
    expect(quotes('Six in 10 say the tunnel should close at night.')[0]).toMatchObject({ speaker: 'Six in 10', text: 'the tunnel should close at night' });
    expect(quotes('Nearly half said they would pay more for cleaner buses.')[0]?.speaker).toBe('Nearly half');
    expect(quotes('Most believe that the harbour plan will raise rents.')[0]).toMatchObject({ speaker: 'Most', cueType: 'thought' });
  });

  it('keeps the whole share with its approximator, and no more', () => {
    expect(quotes('By Friday, about four in 10 said the strike had gone on too long.')[0]?.speaker).toBe('about four in 10');
  });
});

describe('nouns shaped like cues', () => {
  it('reads an "-s" form after a number word as a plural noun', () => {
    expect(quotes('The two states hold their primaries on the first Tuesday in March.')).toEqual([]);
    expect(quotes('Another eight states, with most of the votes, have split control of their legislatures.')).toEqual([]);
  });

  it('still reads a verb after a plural subject with a number in it', () => {
    expect(quotes('Two officials says nothing, but two officials say the plan will pass.').map((q) => q.speaker)).toContain('two officials');
  });
});

describe('desire and intent', () => {
  it('reports the infinitive after "wants" or "hopes" as thought', () => {
    expect(quotes('The harbour master wants to dredge the channel before the summer.')[0]).toMatchObject({ text: 'to dredge the channel before the summer', cue: 'wants', cueType: 'thought', speaker: 'The harbour master' });
    expect(quotes('The council hopes to finish the library by May.')[0]).toMatchObject({ cue: 'hopes', cueType: 'thought' });
  });

  it('reads no thought into a plain object of "want"', () => {
    expect(quotes('Residents want safer crossings near the school.')).toEqual([]);
  });
});

describe('"state" as a noun', () => {
  it('reads "state" and "states" as nouns unless a statement follows', () => {
    expect(quotes('The new endorsements include state Rep. Jane Roe of the river district.')).toEqual([]);
    expect(quotes('Some states require voters to show a photo card.')).toEqual([]);
    expect(quotes('The harbour rules state that no boat may moor overnight.')[0]).toMatchObject({ text: 'no boat may moor overnight', cue: 'state' });
    // ("and state law" is no coordinated cue: the content runs on through it.)
    expect(quotes('The letter says the firm broke federal and state law by copying the logo.')).toMatchObject([{ cue: 'says', text: 'the firm broke federal and state law by copying the logo' }]);
  });
});

describe('a sentence handing on with a colon', () => {
  it('reads a clause with an auxiliary before the colon as the writer’s, not a label', () => {
    expect(quotes('Caution is warranted: the river could rise again by the weekend.')).toEqual([]);
    expect(quotes('Harlow has another advantage: the town council backs the new plan.')).toEqual([]);
  });

  it('still reads a bare name before a colon as the speaker', () => {
    expect(quotes('Okafor: We will not sell the club to anyone this year.')[0]).toMatchObject({ speaker: 'Okafor', cueType: 'colon' });
  });
});
