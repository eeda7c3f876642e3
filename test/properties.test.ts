/**
 * Property tests: whatever text (or non-text) `safeParseArticle` is given, it never throws; every
 * success satisfies the Article contract (`test/invariants.ts`); parsing is deterministic;
 * paragraphs are disjoint, non-empty and cover the body; the line-break style, blank padding and
 * `maxLength` behave as documented.
 *
 * Reproducible: every property runs with the seed from `FC_SEED` (default below), printed in the
 * describe title and in every failure. Replay one failure exactly with
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run test/properties.test.ts -t '<property name>'`.
 * `FC_RUNS_FACTOR=<n>` multiplies every property's number of runs (for bug hunting).
 */
import { isDeepStrictEqual } from 'node:util';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  isArticleParseError,
  parseArticle,
  ParseOptionsSchema,
  safeParseArticle,
  type Article,
  type SafeParseArticleResult,
} from '../src/index.js';
import {
  articleArb,
  charSoupArb,
  lfArticleArb,
  loadMutationBases,
  mutatedArticleArb,
  noisyArticleArb,
} from './arbitraries.js';
import { assertArticleInvariants, checkArticleInvariants, preview } from './invariants.js';

const DEFAULT_SEED = 20_240_611;

function readSeed(): number {
  const raw = process.env.FC_SEED;
  if (raw === undefined || raw.trim() === '') return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(raw)}`);
  return seed;
}

function readRunsFactor(): number {
  const raw = process.env.FC_RUNS_FACTOR;
  if (raw === undefined || raw.trim() === '') return 1;
  const factor = Number(raw);
  if (!(factor > 0)) throw new Error(`FC_RUNS_FACTOR must be a positive number, got ${JSON.stringify(raw)}`);
  return factor;
}

const SEED = readSeed();
const PATH = process.env.FC_PATH;
// FC_RUNS_FACTOR=10 runs every property ten times as often (for bug hunting; the default keeps the file fast).
const RUNS_FACTOR = readRunsFactor();
// Generous per-test timeout for slow CI machines; the whole file normally runs in a few seconds.
const TIMEOUT = 60_000;

const runs: Record<string, number> = {};

/** `fc.assert` with the shared seed; a failure names the seed and how to replay it. */
function check<Ts extends unknown[]>(name: string, property: fc.IProperty<Ts>, numRuns: number): void {
  const scaled = Math.max(1, Math.round(numRuns * RUNS_FACTOR));
  runs[name] = (runs[name] ?? 0) + scaled;
  try {
    fc.assert(property, { numRuns: scaled, seed: SEED, ...(PATH === undefined ? {} : { path: PATH }) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `[FC_SEED=${SEED}] property "${name}" failed. Replay: FC_SEED=${SEED} FC_PATH=<path below> npx vitest run test/properties.test.ts -t ${JSON.stringify(name)}\n${message}`,
      { cause: error },
    );
  }
}

// --- Helpers ---------------------------------------------------------------------------------

/** C0 and C1 control characters other than tab, LF, FF and CR: what makes input "binary". */
function isControlCode(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

function firstControl(input: string): number {
  for (let i = 0; i < input.length; i++) if (isControlCode(input.charCodeAt(i))) return i;
  return -1;
}

// Only whitespace, control and format (zero-width, BOM, soft hyphen …) characters: nothing to read.
const NOTHING_TO_READ = /^[\s\p{Cc}\p{Cf}]*$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The outcome of parsing a string is acceptable: a success satisfies every invariant; a failure
 * is EMPTY_INPUT (only when there is nothing to read) or BINARY_INPUT (only when there are
 * control characters, with `offset` at the first); text with a letter and no control character
 * always parses.
 */
function assertOutcome(input: string, result: SafeParseArticleResult): void {
  if (result.success) {
    assertArticleInvariants(input, result.data);
    return;
  }
  const { error } = result;
  const where = `for input ${preview(input, 200)}`;
  if (!isArticleParseError(error)) throw new Error(`safeParseArticle returned a non-ArticleParseError ${String(error)} ${where}`);
  const control = firstControl(input);
  switch (error.code) {
    case 'EMPTY_INPUT':
      if (!NOTHING_TO_READ.test(input)) throw new Error(`EMPTY_INPUT although the input has readable characters ${where}`);
      break;
    case 'BINARY_INPUT':
      if (control < 0) throw new Error(`BINARY_INPUT although the input has no control character ${where}`);
      if (error.offset !== control) throw new Error(`BINARY_INPUT offset ${error.offset}, but the first control character is at ${control} ${where}`);
      break;
    default:
      throw new Error(`unexpected ${error.code}: ${error.message} ${where}`);
  }
  if (control < 0 && HAS_LETTER_OR_DIGIT.test(input)) throw new Error(`${error.code} for text with letters and no control characters ${where}`);
}

/** The first path at which two JSON-like values differ, with both values, or null. */
function firstDifference(a: unknown, b: unknown, path = 'article'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) {
    const d = firstDifference(ra[key], rb[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (d !== null) return d;
  }
  return null;
}

function assertSame(a: unknown, b: unknown, what: string, input: string): void {
  if (isDeepStrictEqual(a, b)) return;
  throw new Error(`${what} for input ${preview(input, 200)}: first difference at ${firstDifference(a, b)}`);
}

/**
 * A copy of `article` with every `start`/`end` mapped through `map` and every other string's
 * whitespace runs collapsed (quote texts and source names are not TextSpans, so their whitespace
 * is not part of the contract).
 */
function remap(value: unknown, map: (offset: number) => number): unknown {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (Array.isArray(value)) return value.map((v) => remap(v, map));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = (key === 'start' || key === 'end') && typeof v === 'number' ? map(v) : remap(v, map);
  }
  return out;
}

const LINE_BREAKS = ['\r\n', '\r', '\n', '\u2028', '\u2029'] as const;

/**
 * Rewrites each LF of `text` as the line break `choices` picks (never a lone CR followed by an LF,
 * which would read as one CRLF), returning the new text and the old→new offset map.
 */
function convertLineBreaks(text: string, choices: readonly number[]): { text: string; map: number[] } {
  const map: number[] = [];
  let out = '';
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    map.push(out.length);
    const ch = text.charAt(i);
    if (ch !== '\n') {
      out += ch;
      continue;
    }
    let br: string = LINE_BREAKS[(choices[k++ % choices.length] ?? 0) % LINE_BREAKS.length] ?? '\n';
    if (out.endsWith('\r') && br.startsWith('\n')) br = '\u2028';
    out += br;
  }
  map.push(out.length);
  return { text: out, map };
}

const mutationBases = loadMutationBases(200);

const anythingArb = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

// --- Properties ------------------------------------------------------------------------------

describe(`properties (FC_SEED=${SEED}; mutation bases: ${mutationBases.origin}, ${mutationBases.texts.length} texts)`, () => {
  it('safeParseArticle never throws, whatever the input and options', () => {
    const optionsArb = fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 3 },
      { arbitrary: anythingArb, weight: 1 },
      {
        arbitrary: fc.record(
          { maxLength: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.string()), validate: fc.oneof(fc.boolean(), anythingArb) },
          { requiredKeys: [] },
        ),
        weight: 2,
      },
    );
    const inputArb = fc.oneof(anythingArb, charSoupArb(60), articleArb({ maxBlocks: 3 }));
    check(
      'safeParseArticle never throws, whatever the input and options',
      fc.property(inputArb, optionsArb, (input, options) => {
        let result: SafeParseArticleResult;
        try {
          result = safeParseArticle(input as string, options as never);
        } catch (error) {
          throw new Error(`safeParseArticle threw ${String(error)}`, { cause: error });
        }
        if (result.success) {
          if (typeof input !== 'string') throw new Error(`success for a non-string input ${String(input)}`);
          assertArticleInvariants(input, result.data);
          return;
        }
        const { error } = result;
        if (!isArticleParseError(error) || !ERROR_CODES.includes(error.code)) throw new Error(`not an ArticleParseError: ${String(error)}`);
        if (error.code === 'INTERNAL_ERROR') throw new Error(`INTERNAL_ERROR (a bug): ${error.message}`);
        const optionsValid = options === undefined || ParseOptionsSchema.safeParse(options).success;
        if (!optionsValid) expect(error.code).toBe('INVALID_OPTIONS');
        else if (typeof input !== 'string') expect(error.code).toBe('INVALID_INPUT');
        else expect(error.code).not.toBe('INVALID_OPTIONS');
      }),
      1500,
    );
  }, TIMEOUT);

  it('generated articles parse, validate and satisfy every invariant', () => {
    check(
      'generated articles parse, validate and satisfy every invariant',
      fc.property(articleArb(), (input) => {
        const result = safeParseArticle(input);
        if (!result.success) throw new Error(`clean article failed: ${result.error.code} ${result.error.message} for ${preview(input, 200)}`);
        assertArticleInvariants(input, result.data);
      }),
      2500,
    );
  }, TIMEOUT);

  it('noisy articles (astral, RTL, combining, control, invisible, line breaks) satisfy every invariant', () => {
    check(
      'noisy articles (astral, RTL, combining, control, invisible, line breaks) satisfy every invariant',
      fc.property(noisyArticleArb(), (input) => assertOutcome(input, safeParseArticle(input))),
      2500,
    );
  }, TIMEOUT);

  it('character soup and arbitrary code points satisfy every invariant', () => {
    check(
      'character soup and arbitrary code points satisfy every invariant',
      fc.property(charSoupArb(120), (input) => assertOutcome(input, safeParseArticle(input))),
      2500,
    );
  }, TIMEOUT);

  it(`mutated articles (${mutationBases.origin}) satisfy every invariant`, () => {
    check(
      'mutated articles satisfy every invariant',
      fc.property(mutatedArticleArb(mutationBases.texts), (input) => assertOutcome(input, safeParseArticle(input))),
      600,
    );
  }, TIMEOUT);

  it('parsing is deterministic and independent of earlier calls and of options.validate', () => {
    const anyText = fc.oneof(articleArb({ maxBlocks: 5 }), noisyArticleArb({ maxBlocks: 4 }), charSoupArb(80), mutatedArticleArb(mutationBases.texts));
    check(
      'parsing is deterministic and independent of earlier calls and of options.validate',
      fc.property(anyText, anyText, (a, b) => {
        const first = safeParseArticle(a);
        safeParseArticle(b);
        const again = safeParseArticle(a);
        if (first.success !== again.success) throw new Error(`success ${first.success} then ${again.success} for ${preview(a, 200)}`);
        if (first.success && again.success) {
          assertSame(first.data, again.data, 'two parses differ', a);
          assertSame(first.data, parseArticle(a, { validate: false }), 'validate: false changes the result', a);
        } else if (!first.success && !again.success) {
          expect({ code: again.error.code, message: again.error.message, offset: again.error.offset }).toEqual({
            code: first.error.code,
            message: first.error.message,
            offset: first.error.offset,
          });
        }
      }),
      1000,
    );
  }, TIMEOUT);

  it('paragraphs are non-empty and disjoint, and cover every visible character of the body', () => {
    // Precisely: every paragraph's text is non-empty; paragraph spans are in order and pairwise
    // disjoint (and disjoint from headline, byline and headings — see invariants); and, for
    // generated articles (which hold no page furniture), every non-blank character from the start
    // of the first paragraph or heading onwards lies inside a paragraph or a section heading.
    const BLANK = /[\s\u200b-\u200d\u2060\u00ad\u180e]/;
    check(
      'paragraphs are non-empty and disjoint, and cover every visible character of the body',
      fc.property(fc.oneof(articleArb(), noisyArticleArb()), (input) => {
        const result = safeParseArticle(input);
        if (!result.success) return; // noise made it binary; covered by the noisy-article property
        const article: Article = result.data;
        const pieces = [...article.paragraphs, ...article.sections.flatMap((s) => (s.heading ? [s.heading] : []))].sort((x, y) => x.start - y.start);
        for (const p of article.paragraphs) if (p.text === '' || p.start >= p.end) throw new Error(`empty paragraph ${JSON.stringify(p)} in ${preview(input, 200)}`);
        for (let i = 1; i < pieces.length; i++) {
          const prev = pieces[i - 1] as { start: number; end: number };
          const cur = pieces[i] as { start: number; end: number };
          if (cur.start < prev.end) throw new Error(`overlapping [${prev.start}, ${prev.end}) and [${cur.start}, ${cur.end}) in ${preview(input, 200)}`);
        }
        const first = pieces[0];
        // No body at all (the input was only a lead, or only page furniture such as "Share"): nothing to cover.
        if (first === undefined) return;
        let k = 0;
        for (let i = first.start; i < input.length; i++) {
          while (k < pieces.length && (pieces[k] as { end: number }).end <= i) k++;
          const piece = pieces[k];
          const inside = piece !== undefined && piece.start <= i;
          if (!inside && !BLANK.test(input.charAt(i))) {
            throw new Error(`body character ${JSON.stringify(input.charAt(i))} at ${i} (context ${preview(input.slice(Math.max(0, i - 30), i + 30))}) is in no paragraph or heading; input ${preview(input, 300)}`);
          }
        }
      }),
      2000,
    );
  }, TIMEOUT);

  it('the line-break style (CRLF, CR, U+2028, U+2029, mixed) does not change the article', () => {
    check(
      'the line-break style (CRLF, CR, U+2028, U+2029, mixed) does not change the article',
      fc.property(lfArticleArb({ maxBlocks: 6 }), fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 12 }), (lf, choices) => {
        const converted = convertLineBreaks(lf, choices);
        const expected = remap(parseArticle(lf), (o) => converted.map[o] as number);
        const actual = remap(parseArticle(converted.text), (o) => o);
        assertSame(actual, expected, `line breaks ${JSON.stringify(choices.map((c) => LINE_BREAKS[c % LINE_BREAKS.length]))} change the article`, converted.text);
      }),
      700,
    );
  }, TIMEOUT);

  it('a BOM, blank lines before the text and whitespace after it only shift offsets', () => {
    // Leading blank *lines* (and a BOM) are not part of the layout; spaces directly before the
    // first line's text are its indentation, which a layout rule may legitimately read, so they
    // are not added here. Trailing whitespace of any kind is.
    const horizontal = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\u3000');
    const blankLine = fc.tuple(horizontal, fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029')).map(([h, br]) => h + br);
    const before = fc.array(blankLine, { maxLength: 4 }).map((ls) => ls.join(''));
    const after = fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff'), { maxLength: 5 }).map((p) => p.join(''));
    check(
      'a BOM, blank lines before the text and whitespace after it only shift offsets',
      fc.property(articleArb({ maxBlocks: 6 }), fc.boolean(), before, after, (text, bom, lines, tail) => {
        const prefix = (bom ? '\ufeff' : '') + lines;
        // A CR that ends the prefix (or the text) would join a following LF into one CRLF.
        if ((prefix.endsWith('\r') && text.startsWith('\n')) || (text.endsWith('\r') && tail.startsWith('\n'))) return;
        const padded = prefix + text + tail;
        const expected = remap(parseArticle(text), (o) => o + prefix.length);
        const actual = remap(parseArticle(padded), (o) => o);
        assertSame(actual, expected, `padding ${JSON.stringify(prefix)} … ${JSON.stringify(tail)} changes the article`, padded);
      }),
      700,
    );
  }, TIMEOUT);

  it('maxLength: longer input fails with INPUT_TOO_LARGE at offset maxLength; otherwise it changes nothing', () => {
    check(
      'maxLength: longer input fails with INPUT_TOO_LARGE at offset maxLength; otherwise it changes nothing',
      fc.property(fc.oneof(articleArb({ maxBlocks: 3 }), charSoupArb(60)), fc.integer({ min: 1, max: 600 }), (input, maxLength) => {
        const limited = safeParseArticle(input, { maxLength });
        if (input.length > maxLength) {
          if (limited.success || limited.error.code !== 'INPUT_TOO_LARGE' || limited.error.offset !== maxLength) {
            throw new Error(`expected INPUT_TOO_LARGE at ${maxLength} for input of length ${input.length}, got ${JSON.stringify(limited.success ? 'success' : [limited.error.code, limited.error.offset])}`);
          }
          return;
        }
        const unlimited = safeParseArticle(input);
        assertSame(limited.success ? limited.data : [limited.error.code, limited.error.message], unlimited.success ? unlimited.data : [unlimited.error.code, unlimited.error.message], 'maxLength changes the outcome', input);
      }),
      700,
    );
  }, TIMEOUT);

  it('checkArticleInvariants reports a corrupted article', () => {
    // The checker itself must not be vacuous: break one thing in a valid parse and it must notice.
    const corruptions: readonly ((a: Article, input: string) => boolean)[] = [
      (a) => shift(a.paragraphs[0], 1),
      (a) => shift(a.paragraphs[0], -1),
      (a, input) => (a.paragraphs[0] ? ((a.paragraphs[0].end = input.length + 1), true) : false),
      (a) => (a.paragraphs[0] ? ((a.paragraphs[0].text += 'x'), true) : false),
      (a) => (a.paragraphs[0] ? ((a.paragraphs[0].index += 1), true) : false),
      (a) => (a.paragraphs[0] ? ((a.paragraphs[0].section += 1), true) : false),
      (a) => (a.sections[0] ? (a.sections[0].paragraphs.push(a.sections[0].paragraphs[0] ?? 0), true) : false),
      (a) => (a.headline && a.paragraphs[0] ? ((a.headline = { ...a.paragraphs[0] }), true) : false),
      // A standfirst that is also a paragraph.
      (a) => {
        const p = a.paragraphs[0];
        return p ? ((a.standfirst = { start: p.start, end: p.end, text: p.text }), true) : false;
      },
      (a, input) => (a.paragraphs[0] ? ((a.standfirst = { start: input.length, end: input.length + 2, text: 'x' }), true) : false),
      (a) => (a.paragraphs.length > 1 ? (a.paragraphs.reverse(), true) : false),
      (a) => {
        const p = a.paragraphs[0];
        if (!p) return false;
        a.quotes.push({ index: a.quotes.length, kind: 'direct', text: 't', spans: [{ start: p.start, end: p.end }], paragraphs: [0], cue: null, cueType: 'none', speaker: null, source: a.sources.length });
        return true;
      },
      (a) => {
        // A source that claims a quote whose `source` does not point back.
        const p = a.paragraphs[0];
        if (!p || p.end - p.start < 2) return false;
        a.quotes.push({ index: a.quotes.length, kind: 'indirect', text: 't', spans: [{ start: p.start, end: p.end }], paragraphs: [0], cue: null, cueType: 'none', speaker: null, source: null });
        const mention = { start: p.start, end: p.end, text: p.text };
        a.sources.push({ index: a.sources.length, name: 'x', kind: 'person', title: null, affiliation: null, gender: null, genderEvidence: null, mentions: [mention, mention], quotes: [a.quotes.length - 1] });
        return true;
      },
      (a) => {
        const p = a.paragraphs[0];
        if (!p) return false;
        a.sources.push({ index: a.sources.length + 1, name: 'x', kind: 'anonymous', title: null, affiliation: null, gender: null, genderEvidence: null, mentions: [], quotes: [] });
        return true;
      },
    ];
    function shift(p: { start: number; end: number } | undefined, by: number): boolean {
      if (!p) return false;
      p.start += by;
      return true;
    }
    check(
      'checkArticleInvariants reports a corrupted article',
      fc.property(articleArb({ maxBlocks: 4 }), fc.nat({ max: corruptions.length - 1 }), (input, which) => {
        const article = structuredClone(parseArticle(input));
        if (!(corruptions[which] as (a: Article, input: string) => boolean)(article, input)) return;
        if (checkArticleInvariants(input, article).length === 0) throw new Error(`corruption ${which} went unnoticed: ${JSON.stringify(article).slice(0, 500)}`);
      }),
      300,
    );
  }, TIMEOUT);

  it('ran at least 10,000 cases', () => {
    const total = Object.values(runs).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
