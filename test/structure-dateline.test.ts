// Datelines: wire-style place, region, date and agency before the first sentence, and the
// sentences that only look like one. All texts are invented.
import { describe, it, expect } from 'vitest';
import { findDateline } from '../src/structure/dateline.js';
import { paragraphTexts, structureOf } from './fixtures/structure-helpers/offsets.js';

/** The dateline text found at the start of `paragraph`, or null. */
function dateline(paragraph: string): string | null {
  const span = findDateline(paragraph, 0, paragraph.length);
  return span === null ? null : paragraph.slice(span.start, span.end);
}

describe('findDateline', () => {
  it.each([
    ['KYIV, July 4 (Reuters) - Officials said the bridge would reopen.', 'KYIV, July 4 (Reuters) -'],
    ['KYIV, Dec 24 (Reuters) - Officials said the bridge would reopen.', 'KYIV, Dec 24 (Reuters) -'],
    ['TALLAHASSEE, Fla. (AP) — The governor signed the bill on Friday.', 'TALLAHASSEE, Fla. (AP) —'],
    ['ATLANTA -- Heavy rain closed two highways overnight.', 'ATLANTA --'],
    ['WASHINGTON (CNN) — The Senate adjourned without a vote.', 'WASHINGTON (CNN) —'],
    ['Hong Kong CNN — Shares fell sharply in early trading.', 'Hong Kong CNN —'],
    ['NEW YORK, Nov. 19 (UPI) — The museum reopened its east wing.', 'NEW YORK, Nov. 19 (UPI) —'],
    ['SAN JUAN, Puerto Rico – Crews restored power to most homes.', 'SAN JUAN, Puerto Rico –'],
    ['PORTLAND ― Volunteers cleared the riverbank on Saturday.', 'PORTLAND ―'],
    ['Mexico City (AFP) – The central bank held rates steady.', 'Mexico City (AFP) –'],
    ['Dec 29 (Reuters) - The company said profits had doubled.', 'Dec 29 (Reuters) -'],
    ['CHARLESTON, S.C.\u00a0— The candidates met at a church hall.', 'CHARLESTON, S.C.\u00a0—'],
  ])('finds the dateline of %j', (paragraph, expected) => {
    expect(dateline(paragraph)).toBe(expected);
  });

  it.each([
    'Biden — who had spoken earlier — left before the vote.',
    'The bridge — closed since May — reopened on Monday.',
    'A — and only one — candidate turned up.',
    'NASA said the launch would slip by a week.',
    'United Nations – The council voted on Friday.',
    'May 5 was the wettest day of the year.',
    'ATLANTA --',
  ])('finds none in %j', (paragraph) => {
    expect(dateline(paragraph)).toBeNull();
  });

  it('looks only at the start of the given range', () => {
    const input = 'Headline\n\nPARIS (AFP) - The strike ended.';
    const start = input.indexOf('PARIS');
    expect(findDateline(input, start, input.length)).toEqual({ start, end: start + 13 });
    expect(findDateline(input, 0, input.length)).toBeNull();
  });
});

describe('datelines in an article', () => {
  it('points at the dateline inside the first paragraph, which keeps it', () => {
    const first = 'LISBON, March 3 (Reuters) - The harbour authority said the ferry would resume service next week.';
    const input = `Ferry service to resume\n\nBy Jane Doe\n\n${first}\n\nTickets go on sale on Friday.`;
    const s = structureOf(input);
    const at = input.indexOf('LISBON');
    expect(s.dateline).toEqual({ start: at, end: at + 'LISBON, March 3 (Reuters) -'.length, text: 'LISBON, March 3 (Reuters) -' });
    expect(paragraphTexts(s)[0]).toBe(first);
  });

  it('reads only the first paragraph', () => {
    const s = structureOf('Ferry service to resume\n\nThe ferry will run again.\n\nLISBON (AP) — More sailings were added.');
    expect(s.dateline).toBeNull();
  });

  it('collapses a no-break space inside the dateline in its text, not in its span', () => {
    const input = 'Ferry service to resume\n\nLISBON,\u00a0Portugal\u00a0(AP)\u00a0— The ferry will run again next week after repairs.';
    const s = structureOf(input);
    expect(s.dateline).toEqual({ start: 25, end: 48, text: 'LISBON, Portugal (AP) —' });
  });

  it('finds the dateline of a hard-wrapped first paragraph', () => {
    const input = 'Ferry service to resume\n\nLISBON (AP) — The harbour authority said on Monday that the ferry would\nresume service next week, after a month of repairs to its engines.';
    const s = structureOf(input);
    expect(s.dateline?.text).toBe('LISBON (AP) —');
    expect(paragraphTexts(s)).toHaveLength(1);
  });
});
