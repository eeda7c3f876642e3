/**
 * The compiled schema check (`src/schema-check.ts`) against zod's own `safeParse`, which stays the
 * judge: the check may only say `true` when `safeParse` succeeds, and must say `true` whenever
 * `safeParse` succeeds on a value with no keys zod would strip under a refinement (the one case it
 * leaves to zod on purpose).
 *
 * Reproducible: properties run with the seed from `FC_SEED` (default below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ArticleSchema,
  ParagraphSchema,
  parseArticle,
  QuoteSchema,
  SectionSchema,
  SourceSchema,
  SpanSchema,
  TextSpanSchema,
  type Article,
} from '../src/index.js';
import { compileCheck } from '../src/schema-check.js';
import { ENGLISH } from '../src/zod-messages.js';
import { articleArb, SAMPLE_ARTICLES } from './arbitraries.js';

const SEED = Number(process.env.FC_SEED ?? 20_240_611);
const TIMEOUT = 60_000;

const { check: checkArticle } = compileCheck(ArticleSchema);
const zodAccepts = (value: unknown): boolean => ArticleSchema.safeParse(value, ENGLISH).success;

// --- Valid articles ---------------------------------------------------------------------------

/** Invented articles exercising headline, byline, dateline, standfirst, subheadings, quotes and sources. */
const INVENTED = [
  'Council delays bridge vote\n\nBy Jane Doe\n\nRIVERTON, March 3 (Reuters) - The council delayed its vote on the new bridge on Tuesday.\n\n"We need more time to study the costs," said Mayor Anna Rossi.\n\nCritics said the delay would raise prices. A source told the outlet the plan was already late.',
  'Storm closes schools\n\nSchools across the region stay shut as the storm moves inland.\n\nBy John Smith\n\nThe storm arrived early on Monday, officials said.\n\nWhat comes next\n\n“It is too early to say,” the police chief told reporters. “We will know more tomorrow.”\n\nThe agency said it would publish a report next week.',
  'Prices rise again\n\nMarket prices rose for a third week, according to the federal agency.\n\nAnalysts expect the rise to continue. “This is not over,” said Priya Patel, an economist at the bank.',
  'Short note\n\nOne paragraph only.',
];

const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const SEEDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));

function parsed(text: string): Article {
  return parseArticle(text, { validate: false });
}

describe('compileCheck(ArticleSchema)', () => {
  it('models every part of the exported schemas', () => {
    for (const schema of [ArticleSchema, SpanSchema, TextSpanSchema, ParagraphSchema, SectionSchema, QuoteSchema, SourceSchema]) {
      expect(compileCheck(schema).unsupported).toEqual([]);
    }
  });

  it('accepts every article parsed from the seeds, the invented texts and the sample articles', () => {
    const texts = [...SEEDS, ...INVENTED, ...SAMPLE_ARTICLES];
    expect(SEEDS.length).toBeGreaterThan(0);
    for (const text of texts) {
      const article = parsed(text);
      expect(zodAccepts(article)).toBe(true);
      expect(checkArticle(article)).toBe(true);
    }
  });

  it('leaves the article untouched (no copy, no mutation), even frozen', () => {
    const article = parsed(INVENTED[0] as string);
    const before = structuredClone(article);
    expect(checkArticle(deepFreeze(article))).toBe(true);
    expect(article).toEqual(before);
  });

  it(
    'accepts every article parsed from generated text',
    () => {
      fc.assert(
        fc.property(articleArb(), (text) => {
          expect(checkArticle(parsed(text))).toBe(true);
        }),
        { numRuns: 150, seed: SEED },
      );
    },
    TIMEOUT,
  );
});

// --- Broken articles --------------------------------------------------------------------------

/** Sets `value` at `path` (keys and indices) inside `root`. */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}

/** Deletes the key (or leaves a hole at the index) at `path` inside `root`. */
function deleteAt(root: unknown, path: readonly (string | number)[]): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  Reflect.deleteProperty(parent as object, path[path.length - 1] as string | number);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** An article with a headline, a byline, quotes with speakers, cues and spans, and sources. */
function richArticle(): Article {
  const article = parsed(INVENTED[0] as string);
  // The examples below reach into these; fail loudly if the parser stops producing them.
  expect(article.headline).not.toBeNull();
  expect(article.quotes.some((q) => q.speaker !== null && q.cue !== null && q.spans.length > 0)).toBe(true);
  expect(article.sources.some((s) => s.mentions.length > 0 && s.quotes.length > 0)).toBe(true);
  return structuredClone(article);
}

describe('compileCheck(ArticleSchema) on broken articles', () => {
  const rich = richArticle();
  const q = rich.quotes.findIndex((x) => x.speaker !== null && x.cue !== null && x.spans.length > 0);
  const s = rich.sources.findIndex((x) => x.mentions.length > 0 && x.quotes.length > 0);
  const cases: [string, (a: Article) => void][] = [
    ['negative index', (a) => setAt(a, ['paragraphs', 0, 'index'], -1)],
    ['fractional offset', (a) => setAt(a, ['paragraphs', 0, 'start'], 1.5)],
    ['NaN offset', (a) => setAt(a, ['quotes', q, 'spans', 0, 'end'], Number.NaN)],
    ['infinite offset', (a) => setAt(a, ['headline', 'end'], Number.POSITIVE_INFINITY)],
    ['unsafe integer', (a) => setAt(a, ['sources', s, 'quotes', 0], 2 ** 53)],
    ['start > end in a headline', (a) => setAt(a, ['headline', 'start'], (a.headline?.end ?? 0) + 1)],
    ['start > end deep in a quote span', (a) => setAt(a, ['quotes', q, 'spans', 0, 'start'], (a.quotes[q]?.spans[0]?.end ?? 0) + 1)],
    ['start > end in a source mention', (a) => setAt(a, ['sources', s, 'mentions', 0, 'start'], (a.sources[s]?.mentions[0]?.end ?? 0) + 1)],
    ['wrong quote kind', (a) => setAt(a, ['quotes', q, 'kind'], 'quoted')],
    ['wrong source kind', (a) => setAt(a, ['sources', s, 'kind'], 'Person')],
    ['missing field', (a) => deleteAt(a, ['sources', s, 'title'])],
    ['missing top-level field', (a) => deleteAt(a, ['sections'])],
    ['hole in an array', (a) => deleteAt(a, ['quotes', q, 'spans', 0])],
    ['string offset deep in a quote', (a) => setAt(a, ['quotes', q, 'speaker', 'start'], '0')],
    ['number text deep in a source', (a) => setAt(a, ['sources', s, 'mentions', 0, 'text'], 42)],
    ['undefined nullable', (a) => setAt(a, ['quotes', q, 'cue'], undefined)],
    ['extra nesting: array in an array', (a) => setAt(a, ['sources', s, 'quotes'], [a.sources[s]?.quotes])],
    ['extra nesting: span wrapped in an object', (a) => setAt(a, ['quotes', q, 'speaker'], { span: a.quotes[q]?.speaker })],
    ['extra nesting: object for an offset', (a) => setAt(a, ['quotes', q, 'spans', 0, 'start'], { value: 0 })],
    ['array for an object', (a) => setAt(a, ['headline'], [a.headline])],
    ['null article part', (a) => setAt(a, ['paragraphs', 0], null)],
  ];
  for (const [name, mutate] of cases) {
    it(`rejects, like safeParse: ${name}`, () => {
      const article = structuredClone(rich);
      mutate(article);
      expect(zodAccepts(article)).toBe(false);
      expect(checkArticle(article)).toBe(false);
    });
  }

  it('accepts, like safeParse, unknown keys and -0 offsets', () => {
    const article = structuredClone(rich);
    Object.assign(article as object, { extra: { deeply: ['nested'] } });
    Object.assign(article.paragraphs[0] as object, { note: 'not in the schema' });
    setAt(article, ['paragraphs', 0, 'index'], -0);
    expect(zodAccepts(article)).toBe(true);
    expect(checkArticle(article)).toBe(true);
  });

  it('leaves to safeParse a refined span carrying keys zod would strip', () => {
    const article = structuredClone(rich);
    Object.assign(article.headline as object, { note: 'stripped before the refinement runs' });
    expect(zodAccepts(article)).toBe(true);
    expect(checkArticle(article)).toBe(false);
  });
});

// --- Property: mutated articles ---------------------------------------------------------------

type Path = readonly (string | number)[];

/** Every path inside `value` (not the root), depth first. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  // Array.from, not map: a hole left by a 'delete' edit is a path too.
  const entries: [string | number, unknown][] = Array.isArray(value) ? Array.from(value, (v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...prefix, key];
    out.push(path);
    pathsOf(child, path, out);
  }
  return out;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

/** Whether an object under a refined schema (a span) carries a key outside the span's shape. */
function hasExtraKeyInSpan(value: unknown, inSpan = false): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => hasExtraKeyInSpan(v, inSpan));
  const keys = Object.keys(value);
  const isSpan = inSpan || (keys.includes('start') && keys.includes('end') && !keys.includes('index'));
  if (isSpan && keys.some((k) => k !== 'start' && k !== 'end' && k !== 'text')) return true;
  return Object.values(value).some((v) => hasExtraKeyInSpan(v, isSpan));
}

const oddValueArb = fc.constantFrom<unknown>(
  -1, -0, 0, 1, 0.5, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY,
  '', '0', 'direct', 'indirect', 'mixed', 'person', 'outlet', 'quoted', 'Person', true, false, null, undefined,
  {}, [], { start: 0, end: 0 }, { start: 3, end: 1 }, { start: 0, end: 0, text: '' }, [0], [{ start: 0, end: 1 }], 10n,
);

type Edit =
  | { readonly kind: 'set'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'wrap-array'; readonly at: number }
  | { readonly kind: 'wrap-object'; readonly at: number }
  | { readonly kind: 'extra-key'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'shift'; readonly at: number; readonly by: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: oddValueArb }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('wrap-array' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('wrap-object' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('extra-key' as const), at: fc.nat(), value: oddValueArb }),
  // Moves a number by a small amount: offsets cross each other (start > end) or go negative.
  fc.record({ kind: fc.constant('shift' as const), at: fc.nat(), by: fc.integer({ min: -40, max: 40 }) }),
);

function applyEdit(article: unknown, edit: Edit): void {
  const paths = pathsOf(article);
  if (paths.length === 0) return;
  const path = paths[edit.at % paths.length] as Path;
  const old = getAt(article, path);
  switch (edit.kind) {
    case 'set':
      return setAt(article, path, edit.value);
    case 'delete':
      return deleteAt(article, path);
    case 'wrap-array':
      return setAt(article, path, [old]);
    case 'wrap-object':
      return setAt(article, path, { value: old });
    case 'extra-key':
      if (typeof old === 'object' && old !== null && !Array.isArray(old)) Object.assign(old, { extra: edit.value });
      return;
    case 'shift':
      if (typeof old === 'number') setAt(article, path, old + edit.by);
      return;
  }
}

describe('compileCheck(ArticleSchema) on mutated articles', () => {
  const bases = [...SEEDS, ...INVENTED, ...SAMPLE_ARTICLES].map(parsed);

  it(
    'says true only when safeParse succeeds, and false only when it fails or a span has keys to strip',
    () => {
      let rejected = 0;
      fc.assert(
        fc.property(fc.nat(), fc.array(editArb, { minLength: 1, maxLength: 3 }), (base, edits) => {
          const article = structuredClone(bases[base % bases.length]) as unknown;
          for (const edit of edits) applyEdit(article, edit);
          const zod = zodAccepts(article);
          const ours = checkArticle(article);
          if (!zod) rejected++;
          if (ours) expect(zod).toBe(true);
          else expect(zod && !hasExtraKeyInSpan(article)).toBe(false);
        }),
        { numRuns: 3000, seed: SEED },
      );
      // The mutations must actually break articles most of the time, or the property says little.
      expect(rejected).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );
});

// --- The compiler on other schemas ------------------------------------------------------------

describe('compileCheck on other schemas', () => {
  it('checks a field added to a schema with no change to the checker', () => {
    const Extended = z.extend(ParagraphSchema, { words: z.int().check(z.nonnegative()) });
    const { check, unsupported } = compileCheck(Extended);
    expect(unsupported).toEqual([]);
    const paragraph = { start: 0, end: 3, text: 'Hi.', index: 0, section: 0 };
    expect(check({ ...paragraph, words: 1 })).toBe(true);
    expect(check(paragraph)).toBe(false);
    expect(check({ ...paragraph, words: -1 })).toBe(false);
  });

  it('models exclusive and inclusive bounds and enums built from a TypeScript enum', () => {
    enum Level {
      Low,
      High,
    }
    const Schema = z.object({ n: z.number().check(z.positive()), m: z.int().check(z.gte(5)), level: z.enum(Level) });
    const { check, unsupported } = compileCheck(Schema);
    expect(unsupported).toEqual([]);
    const cases: unknown[] = [
      { n: 0.1, m: 5, level: 0 },
      { n: 0, m: 5, level: 0 },
      { n: 1, m: 4, level: 1 },
      { n: 1, m: 5.5, level: 1 },
      { n: 1, m: 6, level: 'Low' },
      { n: 1, m: 6, level: 2 },
      { n: Number.NaN, m: 6, level: 1 },
      { n: Number.POSITIVE_INFINITY, m: 6, level: 1 },
    ];
    for (const value of cases) expect(check(value)).toBe(Schema.safeParse(value).success);
  });

  it('compiles what it does not model to false and lists it', () => {
    const Node = z.object({
      name: z.string(),
      get children(): z.ZodMiniArray<typeof Node> {
        return z.array(Node);
      },
    });
    const unmodelled: [z.core.$ZodType, unknown, string][] = [
      [z.object({ a: z.optional(z.string()) }), { a: 'x' }, 'a: an optional field'],
      [z.array(z.literal('x')), ['x'], '(root)[]: type "literal"'],
      [z.strictObject({ a: z.string() }), { a: 'x' }, '(root): an object with a catchall (strict or loose)'],
      [z.looseObject({ a: z.string() }), { a: 'x' }, '(root): an object with a catchall (strict or loose)'],
      [z.string().check(z.minLength(1)), 'x', '(root): check "min_length" with a "when" condition'],
      [z.email(), 'a@b.co', '(root): check "string_format"'],
      [z.number().check(z.lte(3)), 1, '(root): check "less_than"'],
      [z.int32(), 1, '(root): number format "int32"'],
      [z.union([z.string(), z.number()]), 'x', '(root): type "union"'],
      [z.string().check(z.refine(() => true, { when: () => true })), 'x', '(root): check "custom" with a "when" condition'],
      [z.coerce.string(), 'x', '(root): a coercing string'],
      [z.nullable(z.pipe(z.string(), z.transform((s) => s.length))), 'x', '(root): type "pipe"'],
      [Node, { name: 'a', children: [{ name: 'b', children: [] }] }, 'children[]: a recursive schema'],
    ];
    for (const [schema, valid, reason] of unmodelled) {
      const { check, unsupported } = compileCheck(schema);
      expect(unsupported).toContain(reason);
      expect(z.safeParse(schema, valid).success).toBe(true);
      expect(check(valid)).toBe(false);
    }
  });

  it('never reaches an unmodelled part that the value does not reach', () => {
    const { check } = compileCheck(z.object({ list: z.array(z.literal('x')), maybe: z.nullable(z.literal('y')) }));
    expect(check({ list: [], maybe: null })).toBe(true);
    expect(check({ list: ['x'], maybe: null })).toBe(false);
  });

  it('leaves an async refinement to safeParse', () => {
    const { check } = compileCheck(z.string().check(z.refine(async () => true)));
    expect(check('x')).toBe(false);
  });
});
