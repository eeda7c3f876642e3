/**
 * The published JSON Schema (`news-article-parser/schema.json`): generated from `ArticleSchema`
 * with every field described, and accepting what the parser really returns — checked with a
 * standard draft 2020-12 validator, not with zod.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema } from '../scripts/json-schema.js';
import { parseArticle } from '../src/index.js';

const schema = articleJsonSchema();
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** Every object schema in `node`, with its path. */
function objects(node: unknown, path: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return out;
  const record = node as Record<string, unknown>;
  if (record.type === 'object') out.push([path, record]);
  for (const [key, value] of Object.entries(record)) objects(value, `${path}/${key}`, out);
  return out;
}

describe('schema.json', () => {
  it('is draft 2020-12 with the shared types under $defs', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs as object).sort()).toEqual(['Paragraph', 'Quote', 'Section', 'Source', 'Span', 'TextSpan']);
  });

  it('describes every object and every field', () => {
    const found = objects(schema, '#');
    expect(found.length).toBe(7);
    for (const [path, object] of found) {
      expect(object.description, path).toEqual(expect.any(String));
      for (const [key, field] of Object.entries(object.properties as Record<string, { description?: unknown }>)) {
        expect(field.description, `${path}.${key}`).toEqual(expect.stringMatching(/\w{3}/));
      }
    }
  });

  it.each([
    ['the seed article', readFileSync(new URL('../seeds/000_ca9804c517f5dec6.txt', import.meta.url), 'utf8')],
    ['an article without headline or quotes', 'plain words only, no title line at all, nothing quoted'],
    ['an article with every part', 'Storm closes port\n\nBy Jane Doe\n\nPORTHAVEN, May 2 (Reuters) - The port shut on Monday.\n\n“We had no choice,” harbour master Tom Hill said.\n\nWhat comes next\n\nOfficials said repairs would take a week, according to the council.'],
  ])('accepts the parser output for %s', (_what, text) => {
    const article = JSON.parse(JSON.stringify(parseArticle(text))) as unknown;
    expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects output that breaks the contract', () => {
    const article = JSON.parse(JSON.stringify(parseArticle('Title\n\n“Yes,” she said.'))) as { quotes: { kind: string }[] };
    (article.quotes[0] as { kind: string }).kind = 'rumour';
    expect(validate(article)).toBe(false);
    expect(validate({ ...article, quotes: undefined })).toBe(false);
  });
});
