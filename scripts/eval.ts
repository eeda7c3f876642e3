/**
 * `npm run eval`: measures the parser on the real news corpora in `../shared/corpus` (see its
 * README): structure (NAEB, PolNeAR), quotes and attribution (PolNeAR), sources, and the offsets
 * contract on every article. The corpora are never copied into the project; without them the
 * script says so and exits 0.
 *
 * Usage: tsx scripts/eval.ts [--corpus DIR] [--split dev|train] [--only structure|quotes|sources|invariants]
 *                            [--limit N] [--json] [--errors N] [--parser MODULE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  corpusFile,
  corpusPresent,
  naebInput,
  parseCorpus,
  readJsonl,
  type BbcRecord,
  type CorpusName,
  type NaebRecord,
  type ParseFn,
  type ParsedCorpus,
  type PolnearRecord,
} from './eval/corpus.js';
import { checkInvariants, type InvariantResult } from './eval/invariants.js';
import { clip, pickSamples, type Counts, type Prf } from './eval/metrics.js';
import { evalQuotes, type Accuracy, type QuoteResult, type QuoteSample } from './eval/quotes.js';
import { evalSources, sourceSampleTsv, type ResolutionTally, type SourceResult } from './eval/sources.js';
import {
  evalNaebStructure,
  evalPolnearStructure,
  type Mismatch,
  type StructureResult,
  type Tally,
} from './eval/structure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus');
const CACHE_DIR = join(ROOT, '.eval-cache');
const SECTIONS = ['structure', 'quotes', 'sources', 'invariants'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage: npm run eval -- [options]
  --corpus DIR      corpus directory (default: ../shared/corpus from the project root)
  --split dev|train PolNeAR split for structure, quotes and sources (default: dev)
  --only SECTION    structure | quotes | sources | invariants (default: all)
  --limit N         read at most N articles of each corpus file
  --json            print the figures as JSON
  --errors N        show N sample mismatches per metric (worst first where there is a score)
  --parser MODULE   module exporting parseArticle (default: src/index.ts)`;

interface Options {
  corpus: string;
  split: 'dev' | 'train';
  only: Section | null;
  limit: number | undefined;
  json: boolean;
  errors: number;
  parser: string | null;
}

class UsageError extends Error {}

function nonNegativeInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a non-negative integer, got "${value}"`);
  return Number(value);
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      corpus: { type: 'string' },
      split: { type: 'string' },
      only: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      errors: { type: 'string' },
      parser: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const split = values.split ?? 'dev';
  if (split !== 'dev' && split !== 'train') throw new UsageError(`--split expects dev or train, got "${split}"`);
  const only = values.only ?? null;
  if (only !== null && !(SECTIONS as readonly string[]).includes(only)) {
    throw new UsageError(`--only expects one of ${SECTIONS.join(', ')}, got "${only}"`);
  }
  return {
    corpus: values.corpus ? resolve(values.corpus) : DEFAULT_CORPUS,
    split,
    only: only as Section | null,
    limit: nonNegativeInt('--limit', values.limit),
    json: values.json ?? false,
    errors: nonNegativeInt('--errors', values.errors) ?? 0,
    parser: values.parser ?? null,
  };
}

async function loadParser(module: string | null): Promise<ParseFn> {
  if (module === null) {
    const { parseArticle } = await import('../src/index.js');
    return (text) => parseArticle(text);
  }
  const loaded = (await import(pathToFileURL(resolve(module)).href)) as { parseArticle?: unknown };
  if (typeof loaded.parseArticle !== 'function') throw new UsageError(`${module} does not export parseArticle`);
  return loaded.parseArticle as ParseFn;
}

// ---------------------------------------------------------------------------------------------
// Formatting

const f3 = (x: number): string => x.toFixed(3);
const pct = (n: number, d: number): string => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const tally = (t: Tally): string => `${pct(t.correct, t.total)} (${t.correct}/${t.total})`;
const prfLine = (s: Counts & Prf): string =>
  `P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}   (match ${s.tp} / pred ${s.pred} / gold ${s.gold})`;
const acc = (a: Accuracy): string => `${pct(a.correct, a.total)} (${a.correct}/${a.total})`;
const WIDTHS = [7, 5, 5, 5, 5, 5, 5, 20, 20, 8, 5, 9];

function printStructure(r: StructureResult): void {
  const gold = r.corpus === 'naeb' ? 'non-blank body lines' : 'blank-line blocks after the first line';
  console.log(`${r.corpus} — ${r.articles} articles (gold paragraphs = ${gold})`);
  if (r.goldBlocks) {
    console.log(`  check: ${r.goldBlocks.multiLine} of ${r.goldBlocks.total} gold blank-line blocks span more than one line`);
  }
  console.log(`  headline    ${tally(r.headline)}`);
  if (r.byline) {
    console.log(
      `  byline      combined ${tally(r.byline.combined)} · with authors ${tally(r.byline.withAuthors)} · without (null) ${tally(r.byline.withoutAuthors)}`,
    );
  }
  console.log(`  paragraphs  ${prfLine(r.paragraphs)}`);
  if (r.paragraphsAlt) console.log(`  (secondary, gold = ${r.paragraphsAlt.gold})  ${prfLine(r.paragraphsAlt.score)}`);
  console.log(`  headings    ${r.headings.predicted} predicted, ${r.headings.inGold} are gold units ${pct(r.headings.inGold, r.headings.predicted)}`);
}

function printMismatches(title: string, items: readonly Mismatch[], n: number): void {
  if (n === 0 || items.length === 0) return;
  console.log(`  ${title} (${items.length}; showing ${Math.min(n, items.length)}):`);
  for (const m of pickSamples(items, n)) console.log(`    [${m.id}] pred ${clip(m.pred)}\n${' '.repeat(7 + m.id.length)}gold ${clip(m.gold)}`);
}

function printStructureErrors(r: StructureResult, n: number): void {
  if (n === 0) return;
  console.log(`errors: ${r.corpus}`);
  printMismatches('headline', r.samples.headline, n);
  printMismatches('byline', r.samples.byline, n);
  printMismatches('headings that are no gold unit', r.samples.headings, n);
  const bad = r.samples.paragraphs.filter((p) => p.f1 < 1);
  if (bad.length > 0) {
    console.log(`  paragraphs: worst articles (${bad.length} below F1 1; showing ${Math.min(n, bad.length)}):`);
    for (const p of pickSamples(bad, n, (x) => x.f1)) {
      console.log(`    [${p.id}] F1 ${f3(p.f1)} (match ${p.counts.tp} / pred ${p.counts.pred} / gold ${p.counts.gold})`);
      for (const m of p.missed.slice(0, 3)) console.log(`      - gold ${clip(m, 100)}`);
      for (const s of p.spurious.slice(0, 3)) console.log(`      + pred ${clip(s, 100)}`);
    }
  }
}

/** Per cue type, in the `all` setting: predicted quotes and their precision, gold attributions (typed by their cue) and recall. */
function printCueTypes(r: QuoteResult): void {
  const all = r.settings.find((s) => s.setting === 'all');
  if (!all) return;
  console.log('  by cue type (all): predicted = Quote.cueType; gold = the type of the gold cue by the same lexicon ("other": a cue with no verb the lexicon has)');
  console.log(`  ${'cueType'.padEnd(13)} ${'pred'.padStart(5)} ${'P'.padStart(6)} ${'gold'.padStart(5)} ${'R'.padStart(6)}`);
  const order = ['speech', 'writing', 'thought', 'publication', 'according-to', 'colon', 'none', 'other'];
  for (const t of order) {
    const c = all.byCueType[t];
    if (!c) continue;
    const p = c.pred === 0 ? '—' : f3(c.predMatched / c.pred);
    const rec = c.gold === 0 ? '—' : f3(c.goldMatched / c.gold);
    console.log(`  ${t.padEnd(13)} ${String(c.pred).padStart(5)} ${p.padStart(6)} ${String(c.gold).padStart(5)} ${rec.padStart(6)}`);
  }
}

function printQuotes(r: QuoteResult): void {
  const direct = r.settings.find((s) => s.setting === 'direct');
  console.log(
    `${r.corpus} — ${r.articles} articles, ${r.goldAttributions} gold attributions (${direct?.content.gold ?? 0} direct), ${r.predictedQuotes} predicted quotes`,
  );
  console.log('  content: Dice of word sets >= 0.5, one-to-one greedy; speaker/cue: span overlap on matched pairs');
  const row = (cells: string[]): string =>
    `  ${cells.map((c, i) => (i === 0 || i === 7 || i === 8 ? c.padEnd(WIDTHS[i] ?? 0) : c.padStart(WIDTHS[i] ?? 0))).join(' ')}`;
  console.log(row(['setting', 'gold', 'pred', 'match', 'P', 'R', 'F1', 'speakerAcc', 'cueAcc', 'exSource', 'exCue', 'exContent']));
  for (const s of r.settings) {
    const c = s.content;
    console.log(
      row([
        s.setting,
        String(c.gold),
        String(c.pred),
        String(c.tp),
        f3(c.precision),
        f3(c.recall),
        f3(c.f1),
        acc(s.speaker),
        acc(s.cue),
        f3(s.exact.source.f1),
        f3(s.exact.cue.f1),
        f3(s.exact.content.f1),
      ]),
    );
  }
  console.log('  (exSource/exCue/exContent: CofeNet-style exact-span F1 over all gold vs all predicted elements)');
  console.log('  (marked: direct, with every gold content holding a quotation mark counted direct — the corpus flags NYT\'s \'\'…\'\' quotes not direct)');
  printCueTypes(r);
  for (const s of r.settings) {
    const e = s.exact;
    console.log(
      `  ${s.setting}: pairs with null gold source ${s.speaker.goldNull} (${s.speaker.goldNullCorrect} predicted null), null gold cue ${s.cue.goldNull} (${s.cue.goldNullCorrect}); gold without content ${s.goldWithoutContent}; exact P/R source ${f3(e.source.precision)}/${f3(e.source.recall)} cue ${f3(e.cue.precision)}/${f3(e.cue.recall)} content ${f3(e.content.precision)}/${f3(e.content.recall)}`,
    );
  }
}

function printQuoteSamples(title: string, items: readonly QuoteSample[], n: number, labels: [string, string, string]): void {
  if (items.length === 0) return;
  console.log(`  ${title} (${items.length}; showing ${Math.min(n, items.length)}):`);
  for (const q of pickSamples(items, n)) {
    const note = q.note ? ` ${q.note}` : '';
    console.log(`    [${q.id}]${note}`);
    console.log(`      ${labels[0]} ${clip(q.pred, 110)}`);
    console.log(`      ${labels[1]} ${clip(q.gold, 110)}`);
    if (q.context !== null) console.log(`      ${labels[2]} ${clip(q.context, 110)}`);
  }
}

function printQuoteErrors(r: QuoteResult, n: number): void {
  if (n === 0) return;
  for (const s of r.settings) {
    console.log(`errors: quotes (${s.setting})`);
    printQuoteSamples('missed gold (no predicted quote with Dice >= 0.5)', s.samples.missed, n, ['best pred', 'gold     ', 'gold src ']);
    printQuoteSamples('spurious predictions', s.samples.spurious, n, ['pred    ', 'gold    ', 'speaker ']);
    printQuoteSamples('wrong speaker on matched pairs', s.samples.speaker, n, ['pred speaker', 'gold source ', 'content     ']);
    printQuoteSamples('wrong cue on matched pairs', s.samples.cue, n, ['pred cue', 'gold cue', 'content ']);
    printQuoteSamples('content boundaries differ on matched pairs', s.samples.boundary, n, ['pred', 'gold', '    ']);
  }
}

function resolutionLine(label: string, t: ResolutionTally): string {
  return `  ${label.padEnd(12)} ${String(t.total).padStart(5)} matched · named ${pct(t.named, t.total)} · name in article ${pct(t.nameInArticle, t.total)} · …and not a pronoun ${pct(t.nameInArticleNotPronoun, t.total)}`;
}

function printSources(r: SourceResult, samplePath: string): void {
  console.log(`${r.corpus} — ${r.predictedSources} predicted sources`);
  console.log('  gold source a pronoun/description, on matched quotes (all setting):');
  console.log(resolutionLine('pronoun', r.resolution.pronoun));
  console.log(resolutionLine('description', r.resolution.description));
  console.log(resolutionLine('combined', r.resolution.combined));
  console.log(`  gold source a name: some predicted source name contains it or vice versa ${tally({ correct: r.names.matched, total: r.names.total })}`);
  console.log(`  …its head (no honorific, title, appositive or "'s"): ${tally({ correct: r.names.matchedHead, total: r.names.total })}`);
  console.log(`  hand-check sample: ${r.sample.length} rows in ${samplePath}`);
}

function printSourceErrors(r: SourceResult, n: number): void {
  if (n === 0 || r.nameMisses.length === 0) return;
  console.log(`errors: sources — gold names no predicted source matches (${r.nameMisses.length}; showing ${Math.min(n, r.nameMisses.length)}):`);
  for (const m of pickSamples(r.nameMisses, n)) {
    console.log(`    [${m.id}] gold ${clip(m.gold, 50)}  predicted ${clip(m.predicted.join(' | '), 100)}`);
  }
}

function printInvariants(r: InvariantResult): void {
  const checked = Object.entries(r.articles)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(`checked ${r.textSpans} TextSpans and ${r.spans} quote Spans over ${checked}`);
  console.log(`  violations: ${r.violationCount}`);
  for (const v of r.violations) console.log(`    [${v.corpus} ${v.id}] ${v.path}: ${v.detail}`);
}

// ---------------------------------------------------------------------------------------------
// JSON: figures, with samples cut to --errors N (dropped when 0)

function trimSamples(value: unknown, n: number): unknown {
  if (Array.isArray(value)) return value.map((v) => trimSamples(v, n));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'samples' || k === 'sample' || k === 'nameMisses') {
      if (n === 0) continue;
      if (Array.isArray(v)) out[k] = pickSamples(v, n);
      else if (v && typeof v === 'object') {
        out[k] = Object.fromEntries(Object.entries(v).map(([sk, sv]) => [sk, Array.isArray(sv) ? pickSamples(sv, n) : sv]));
      }
      continue;
    }
    out[k] = trimSamples(v, n);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (!corpusPresent(opts.corpus)) {
    console.log(`Corpus not found at ${opts.corpus}; evaluation skipped.`);
    return 0;
  }
  const parse = await loadParser(opts.parser);
  const wants = (s: Section): boolean => opts.only === null || opts.only === s;
  const polnearName: CorpusName = opts.split === 'dev' ? 'polnear-dev' : 'polnear-train';

  // Parse each needed corpus once.
  const needed = new Set<CorpusName>();
  if (wants('structure')) needed.add('naeb').add(polnearName);
  if (wants('quotes') || wants('sources')) needed.add(polnearName);
  if (wants('invariants')) needed.add('naeb').add('polnear-dev').add('polnear-train').add('bbc');

  const t0 = performance.now();
  const missing: CorpusName[] = [];
  let naeb: ParsedCorpus<NaebRecord> | null = null;
  const polnear: Partial<Record<'polnear-dev' | 'polnear-train', ParsedCorpus<PolnearRecord>>> = {};
  let bbc: ParsedCorpus<BbcRecord> | null = null;
  for (const name of needed) {
    const file = corpusFile(opts.corpus, name);
    if (file === null) {
      missing.push(name);
      continue;
    }
    if (name === 'naeb') naeb = parseCorpus(name, readJsonl<NaebRecord>(file, opts.limit), naebInput, parse);
    else if (name === 'bbc') bbc = parseCorpus(name, readJsonl<BbcRecord>(file, opts.limit), (r) => r.text, parse);
    else polnear[name] = parseCorpus(name, readJsonl<PolnearRecord>(file, opts.limit), (r) => r.text, parse);
  }
  const parsed = [naeb, polnear['polnear-dev'], polnear['polnear-train'], bbc].filter((c) => c !== null && c !== undefined);
  const split = polnear[polnearName] ?? null;

  const structure: StructureResult[] = [];
  if (wants('structure')) {
    if (naeb) structure.push(evalNaebStructure(naeb.docs));
    if (split) structure.push(evalPolnearStructure(split.docs, polnearName));
  }
  const quotes = wants('quotes') && split ? evalQuotes(split.docs, polnearName) : null;
  const sources = wants('sources') && split ? evalSources(split.docs, polnearName) : null;
  const samplePath = join(CACHE_DIR, 'source-sample.tsv');
  if (sources) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(samplePath, sourceSampleTsv(sources.sample));
  }
  const invariants = wants('invariants') ? checkInvariants(parsed) : null;
  const totalMs = performance.now() - t0;

  const failures = parsed.flatMap((c) => c.failures.map((f) => ({ corpus: c.name, ...f })));
  const meta = {
    corpus: opts.corpus,
    split: opts.split,
    only: opts.only,
    limit: opts.limit ?? null,
    missing,
    parsed: Object.fromEntries(parsed.map((c) => [c.name, { articles: c.docs.length, parseMs: Math.round(c.parseMs) }])),
    totalMs: Math.round(totalMs),
    parseFailures: failures.length,
  };

  if (opts.json) {
    const figures = { meta, failures: failures.slice(0, 20), structure, quotes, sources, invariants };
    console.log(JSON.stringify(trimSamples(figures, opts.errors), null, 2));
    return 0;
  }

  const n = opts.errors;
  console.log(`news-article-parser evaluation — corpus ${opts.corpus} · PolNeAR split ${opts.split}`);
  console.log(
    `parsed ${parsed.map((c) => `${c.name} ${c.docs.length} in ${Math.round(c.parseMs)} ms`).join(' · ')} · total ${Math.round(totalMs)} ms`,
  );
  if (missing.length > 0) console.log(`missing corpus files (skipped): ${missing.join(', ')}`);
  console.log(`parser exceptions: ${failures.length}`);
  for (const f of failures.slice(0, 5)) console.log(`  [${f.corpus} ${f.id}] ${clip(f.error, 150)}`);

  if (structure.length > 0) {
    console.log('\n== STRUCTURE ==');
    for (const r of structure) printStructure(r);
    for (const r of structure) printStructureErrors(r, n);
  }
  if (quotes) {
    console.log('\n== QUOTES ==');
    printQuotes(quotes);
    printQuoteErrors(quotes, n);
  }
  if (sources) {
    console.log('\n== SOURCES ==');
    printSources(sources, samplePath);
    printSourceErrors(sources, n);
  }
  if (invariants) {
    console.log('\n== INVARIANTS (offsets contract) ==');
    printInvariants(invariants);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
