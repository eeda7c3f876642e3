/**
 * The hand-labelled sample of NAEB's short blocks, for the subheading figures (issue 14).
 *
 * `npx tsx scripts/short-blocks.ts draw [--seed N] [--size N] [--exclude SEED]...` draws `size` short body lines
 * (≤ 90 characters after collapsing, not ending with a period) from every NAEB article with a
 * seeded shuffle (mulberry32, Fisher–Yates) and writes them, with the line before and after,
 * to `.eval-cache/short-blocks-<seed>.tsv` with an empty label column; `--exclude` (repeatable) leaves out
 * the lines of earlier samples, so a fresh sample shares none with the one rules were tuned on. Label each row
 * `subheading`, `furniture` or `other` by reading its context — before scoring, to be honest.
 *
 * `npx tsx scripts/short-blocks.ts score [--seed N] [--from K] [--to K]` parses every sampled
 * article and reports subheading precision and recall on rows `[from, to)` of the labelled
 * file, and how much labelled furniture stayed out of paragraphs and headings.
 *
 * Corpus text only ever goes to `.eval-cache/` (gitignored), never into the repository.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticle } from '../src/index.js';
import { naebInput, readJsonl, type NaebRecord } from './eval/corpus.js';
import { collapse, isBlankLine } from './eval/metrics.js';
import { random } from '../bench/random.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpus/naeb.jsonl');
const CACHE = join(ROOT, '.eval-cache');
const MAX_SHORT = 90;
const LABELS = new Set(['subheading', 'furniture', 'other']);

interface BodyLine {
  /** Offset of the line's first visible character in `naebInput(record)`. */
  start: number;
  text: string;
}

/** The non-blank body lines of `r`, with their offsets in the parser's input. */
function bodyLines(r: NaebRecord): BodyLine[] {
  const input = naebInput(r);
  let offset = input.length - r.body.length;
  const out: BodyLine[] = [];
  for (const raw of r.body.split('\n')) {
    if (!isBlankLine(raw)) out.push({ start: offset + (raw.length - raw.trimStart().length), text: collapse(raw) });
    offset += raw.length + 1;
  }
  return out;
}

function isShort(text: string): boolean {
  return text.length <= MAX_SHORT && !text.endsWith('.');
}

const clip = (s: string | undefined, n = 160): string => (s === undefined ? '' : s.length > n ? `${s.slice(0, n)}…` : s);
const tsv = (s: string): string => s.replace(/[\t\n]/g, ' ');

function sampleFile(seed: number): string {
  return join(CACHE, `short-blocks-${seed}.tsv`);
}

function readRows(seed: number): string[][] {
  return readFileSync(sampleFile(seed), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
}

function draw(records: NaebRecord[], seed: number, size: number, exclude: readonly number[]): void {
  const taken = new Set(exclude.flatMap((e) => readRows(e).map(([, id, line]) => `${id}:${line}`)));
  const pool: { id: string; line: number }[] = [];
  for (const r of records) {
    bodyLines(r).forEach((l, line) => {
      if (isShort(l.text) && !taken.has(`${r.id}:${line}`)) pool.push({ id: r.id, line });
    });
  }
  const next = random(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = ['row\tid\tline\tlabel\tprev\ttext\tnext'];
  pool.slice(0, size).forEach((p, k) => {
    const lines = bodyLines(byId.get(p.id) as NaebRecord);
    const prev = clip(lines[p.line - 1]?.text);
    const next = clip(lines[p.line + 1]?.text);
    rows.push([k, p.id, p.line, '', tsv(prev), tsv((lines[p.line] as BodyLine).text), tsv(next)].join('\t'));
  });
  mkdirSync(CACHE, { recursive: true });
  const path = sampleFile(seed);
  if (existsSync(path)) throw new Error(`${path} exists: it may hold labels; move it away first`);
  writeFileSync(path, `${rows.join('\n')}\n`);
  console.log(`drew ${Math.min(size, pool.length)} of ${pool.length} short lines with seed ${seed} → ${path}`);
}

type Role = 'heading' | 'paragraph' | 'standfirst' | 'dropped';

function roleOf(r: NaebRecord, line: number): Role {
  const article = parseArticle(naebInput(r));
  const start = (bodyLines(r)[line] as BodyLine).start;
  if (article.sections.some((s) => s.heading?.start === start)) return 'heading';
  if (article.standfirst?.start === start) return 'standfirst';
  return article.paragraphs.some((p) => p.start <= start && start < p.end) ? 'paragraph' : 'dropped';
}

function score(records: NaebRecord[], seed: number, from: number, to: number): void {
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = readRows(seed);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let furniture = 0;
  let furnitureOut = 0;
  for (const [row, id, line, label, , text] of rows.slice(from, to)) {
    if (!LABELS.has(label ?? '')) throw new Error(`row ${row}: label "${label}" is not one of ${[...LABELS].join(', ')}`);
    const role = roleOf(byId.get(id as string) as NaebRecord, Number(line));
    const gold = label === 'subheading';
    if (role === 'heading' && gold) tp++;
    else if (role === 'heading') fp++;
    else if (gold) fn++;
    if (label === 'furniture') {
      furniture++;
      if (role === 'dropped') furnitureOut++;
    }
    if ((role === 'heading') !== gold || (label === 'furniture' && role !== 'dropped')) {
      console.log(`row ${row}\t${label}\t→ ${role}\t${text}`);
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
  console.log(`rows [${from}, ${Math.min(to, rows.length)}) of seed ${seed}`);
  console.log(`subheading precision ${pct(tp, tp + fp)} · recall ${pct(tp, tp + fn)}`);
  console.log(`furniture kept out of paragraphs and headings ${pct(furnitureOut, furniture)}`);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string' },
    size: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    exclude: { type: 'string', multiple: true },
  },
});
const seed = Number(values.seed ?? 1414);
if (!existsSync(CORPUS)) {
  console.log(`no corpus at ${CORPUS}: nothing to do`);
} else {
  const records = readJsonl<NaebRecord>(CORPUS);
  if (positionals[0] === 'draw') draw(records, seed, Number(values.size ?? 100), (values.exclude ?? []).map(Number));
  else if (positionals[0] === 'score') score(records, seed, Number(values.from ?? 0), Number(values.to ?? Infinity));
  else console.error('usage: npx tsx scripts/short-blocks.ts draw|score [--seed N] [--size N] [--exclude SEED] [--from K] [--to K]');
}
