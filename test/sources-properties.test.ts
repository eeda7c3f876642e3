import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/schema.js';
import { SourceSchema } from '../src/schema.js';
import { textSpan } from '../src/text/span.js';
import { headlineArb, quoteSentenceArb, sentenceArb } from './arbitraries.js';
import { expectWellFormed, resolveSourcesFor } from './fixtures/sources-helpers/quotes.js';

/** Quotes whose speakers are arbitrary word spans of the input (trimmed), as a faulty quotes stage might give. */
function quotesAt(input: string, cuts: readonly [number, number][]): Quote[] {
  return cuts
    .map(([a, b]) => textSpan(input, Math.min(a, b) % (input.length + 1), Math.max(a, b) % (input.length + 1)))
    .filter((s) => s.start < s.end)
    .map((speaker, index) => ({ index, kind: index % 2 === 0 ? 'direct' : 'indirect', text: '', spans: [{ start: speaker.start, end: speaker.end }], paragraphs: [], cue: null, cueType: 'none', speaker, source: null }));
}

const articleArb = fc
  .tuple(headlineArb, fc.array(fc.array(fc.oneof(sentenceArb, quoteSentenceArb), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }))
  .map(([h, ps]) => `${h}\n\n${ps.map((p) => p.join(' ')).join('\n\n')}`);

describe('sources stage on arbitrary input', () => {
  it('never throws and keeps every span, index and link consistent', () => {
    fc.assert(
      fc.property(articleArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (input, cuts) => {
        const quotes = quotesAt(input, cuts);
        const result = resolveSourcesFor(input, quotes);
        for (const s of result.sources) expect(SourceSchema.safeParse(s).success).toBe(true);
        expectWellFormed(input, result);
        expect(result.quotes.map((q) => q.speaker)).toEqual(quotes.map((q) => q.speaker));
      }),
      { numRuns: 150 },
    );
  });

  it('stays linear on one endless sentence of names, pronoun speakers and back-references', () => {
    const chunk = (i: number): string => `Mr. Anton Berg${i % 50} met Anna Smith${i} and she told the outlet the president agreed and he left `;
    let body = '';
    for (let i = 0; body.length < 400_000; i++) body += chunk(i);
    const input = `Headline\n\n${body}`;
    const speakers: Quote[] = [];
    for (let at = input.indexOf(' she '); at !== -1 && speakers.length < 5000; at = input.indexOf(' she ', at + 1)) {
      speakers.push({ index: speakers.length, kind: 'indirect', text: '', spans: [], paragraphs: [], cue: null, cueType: 'none', speaker: textSpan(input, at + 1, at + 4), source: null });
    }
    const started = performance.now();
    const result = resolveSourcesFor(input, speakers);
    // Quadratic behaviour would take tens of seconds here; linear takes a fraction of one.
    expect(performance.now() - started).toBeLessThan(4000);
    expect(result.quotes.every((q) => q.source !== null)).toBe(true);
  });

  it('takes linear time on long runs of capitals, particles and titles', () => {
    const words = ['Secretary', 'of', 'State', 'de', 'la', 'Mr.', 'NATO', 'General', 'Van', 'O’Brien-Smith'];
    const body = Array.from({ length: 40_000 }, (_, i) => words[i % words.length]).join(' ');
    const input = `Headline\n\n${body}\n\nHe said it. “We agree,” they said.`;
    const started = performance.now();
    const result = resolveSourcesFor(input, quotesAt(input, [[input.length - 30, input.length - 28]]));
    expect(performance.now() - started).toBeLessThan(2000);
    expectWellFormed(input, result);
  });
});
