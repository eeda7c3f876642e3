/**
 * Golden fixtures: each `test/fixtures/<case>/` holds `input.txt` (or, for the seed, the file in
 * `seeds/`) and `expected.json`, the full Article a person has read and agrees with. Every field is
 * compared, so any change in behaviour shows up here and must be reviewed, not regenerated blindly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkArticleInvariants } from './invariants.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');
const seeds = join(here, '..', 'seeds');

/** The input of a fixture: its own input.txt, or for `seed` the one file in seeds/. */
function inputOf(name: string): string {
  const own = join(fixtures, name, 'input.txt');
  if (existsSync(own)) return readFileSync(own, 'utf8');
  const [seed] = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  if (name !== 'seed' || seed === undefined) throw new Error(`fixture ${name} has no input.txt`);
  return readFileSync(join(seeds, seed), 'utf8');
}

const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'expected.json')));

describe('golden fixtures', () => {
  it('include the seed article', () => {
    expect(cases).toContain('seed');
  });

  for (const name of cases) {
    it(`${name}: parses to exactly its expected Article`, () => {
      const input = inputOf(name);
      const article = parseArticle(input);
      expect(checkArticleInvariants(input, article)).toEqual([]);
      const expected: unknown = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'));
      expect(article).toEqual(expected);
    });
  }
});
