import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import type { Quote } from '../src/index.js';

// Every sentence here is invented for these tests.
function quotes(body: string): { kind: Quote['kind']; text: string; speaker: string | null; cue: string | null; cueType: Quote['cueType'] }[] {
  return parseArticle(`A headline for the test\n\n${body}`).quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    speaker: q.speaker?.text ?? null,
    cue: q.cue?.text ?? null,
    cueType: q.cueType,
  }));
}

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
