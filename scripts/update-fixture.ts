/**
 * `npx tsx scripts/update-fixture.ts <case>`: writes test/fixtures/<case>/expected.json from the
 * current parser. The result is a proposal: read every field before committing it — a golden
 * fixture is only worth what the person who checked it read.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (name === undefined) {
  console.error('usage: npx tsx scripts/update-fixture.ts <case>');
  process.exit(2);
}
const dir = join(root, 'test', 'fixtures', name);
const input =
  name === 'seed'
    ? readFileSync(join(root, 'seeds', readdirSync(join(root, 'seeds')).find((f) => f.endsWith('.txt')) ?? ''), 'utf8')
    : readFileSync(join(dir, 'input.txt'), 'utf8');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(parseArticle(input), null, 2)}\n`);
console.log(`wrote ${join(dir, 'expected.json')} — review every field before committing it`);
