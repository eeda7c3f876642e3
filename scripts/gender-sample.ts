/**
 * Draws the hand-check sample for `Source.gender` (issue 11): every source with a gender set in
 * the parses of NAEB and PolNeAR dev, shuffled with a seeded generator, the first N written to
 * `.eval-cache/gender-sample.txt` with the passages a reader needs to check each one (corpus
 * text stays in `.eval-cache/`, which git ignores). Also prints coverage: the share of person
 * sources with a gender set, and the counts by evidence.
 *
 * Usage: npx tsx scripts/gender-sample.ts [--seed 11] [--n 100] [--corpus DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticle, type Article, type Source } from '../src/index.js';
import { corpusFile, naebInput, readJsonl, type NaebRecord, type PolnearRecord } from './eval/corpus.js';
import { random } from '../bench/random.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Fisher–Yates with the seeded generator. */
function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

interface Row {
  readonly corpus: string;
  readonly id: string;
  readonly input: string;
  readonly article: Article;
  readonly source: Source;
}

/** The text around each of a source's first mentions, and the next 300 characters, where its pronouns stand. */
function passages(row: Row): string {
  const out: string[] = [];
  let shownTo = -1;
  // The first two mentions, and the first pronoun among the rest (where pronoun evidence stands).
  const rest = row.source.mentions.slice(2).find((m) => /^(?:he|she|his|her|him)$/i.test(m.text));
  for (const m of [...row.source.mentions.slice(0, 2), ...(rest === undefined ? [] : [rest])]) {
    const from = Math.max(0, m.start - 160, shownTo);
    const to = Math.min(row.input.length, m.end + 240);
    if (to <= shownTo) continue;
    out.push(`    …${row.input.slice(from, to).replace(/\s+/g, ' ')}…`);
    shownTo = to;
  }
  return out.join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '11' }, n: { type: 'string', default: '100' }, corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus') } } });
  const seed = Number(values.seed);
  const n = Number(values.n);
  const rows: Row[] = [];
  const naeb = corpusFile(values.corpus, 'naeb');
  const dev = corpusFile(values.corpus, 'polnear-dev');
  if (naeb === null || dev === null) {
    console.log(`corpus not found in ${values.corpus}: nothing drawn`);
    return;
  }
  for (const r of readJsonl<NaebRecord>(naeb)) {
    const input = naebInput(r);
    const article = parseArticle(input);
    for (const source of article.sources) rows.push({ corpus: 'naeb', id: r.id, input, article, source });
  }
  for (const r of readJsonl<PolnearRecord>(dev)) {
    const article = parseArticle(r.text);
    for (const source of article.sources) rows.push({ corpus: 'polnear-dev', id: r.id, input: r.text, article, source });
  }
  const people = rows.filter((r) => r.source.kind === 'person');
  const gendered = rows.filter((r) => r.source.gender !== null);
  const byEvidence = new Map<string, number>();
  for (const r of gendered) byEvidence.set(`${r.source.kind}/${r.source.genderEvidence}`, (byEvidence.get(`${r.source.kind}/${r.source.genderEvidence}`) ?? 0) + 1);
  const peopleGendered = people.filter((r) => r.source.gender !== null).length;
  console.log(`sources ${rows.length} · person ${people.length} · person with gender ${peopleGendered} (${((100 * peopleGendered) / people.length).toFixed(1)}%) · any kind with gender ${gendered.length}`);
  console.log(`by kind/evidence: ${[...byEvidence].map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  const sample = shuffle([...gendered], random(seed)).slice(0, n);
  const text = sample
    .map((r, i) => `#${i + 1} ${r.corpus} ${r.id}\n  ${r.source.kind} "${r.source.name}" → ${r.source.gender} (${r.source.genderEvidence}) · title ${JSON.stringify(r.source.title)} · mentions ${r.source.mentions.map((m) => m.text).join(' | ')}\n${passages(r)}`)
    .join('\n\n');
  const out = join(ROOT, '.eval-cache', 'gender-sample.txt');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `gender sample: seed ${seed}, ${sample.length} of ${gendered.length} sources with a gender set (NAEB + PolNeAR dev)\n\n${text}\n`);
  console.log(`sample of ${sample.length} (seed ${seed}) in ${out}`);
}

main();
