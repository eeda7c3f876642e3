/**
 * The corpus benchmark: throughput of `parseArticle` (with and without output validation), of the
 * structure stage alone, and of compromise's quotation finder over the BBC News corpus; the
 * validation's share of parse time; memory; and `parseArticle` over PolNeAR dev when present.
 *
 * Everything runs on the calling thread (one core). MB = 10^6 UTF-8 bytes of the article texts.
 * @module
 */
import nlp from 'compromise';
import type { Article, ArticleSchema, parseArticle } from '../src/index.js';
import { parseStructure } from '../src/structure/parse-structure.js';
import { CORPUS_FILES, firstTexts, loadTexts, type CorpusTexts } from './corpus.js';
import { count, fixed, round, table } from './format.js';
import { best, forceGc, mbPerSecond, median, memorySnapshot, timeMs, type MemorySnapshot } from './timing.js';

/** Untimed rounds over the whole corpus before measuring, so the JIT has settled. */
export const WARMUP_ROUNDS = 2;
/** Timed rounds per parser measurement. */
export const ROUNDS = 9;
/** Total time allowed for the compromise measurement (it is ~300× slower than the parser). */
const COMPROMISE_BUDGET_MS = 6_000;
/** Timed compromise rounds; the first decides how many articles fit in the budget. */
const COMPROMISE_ROUNDS = 3;
/** Articles compromise processes once before timing (it builds its lexicon on first use). */
const COMPROMISE_WARMUP_ARTICLES = 10;

/** Throughput of one function over a list of texts. */
export interface Throughput {
  /** What was timed. */
  readonly label: string;
  /** Texts processed per round. */
  readonly articles: number;
  /** UTF-8 bytes processed per round. */
  readonly bytes: number;
  /** Wall-clock milliseconds of each timed round. */
  readonly roundsMs: readonly number[];
  readonly medianMs: number;
  readonly bestMs: number;
  readonly medianMbPerS: number;
  readonly bestMbPerS: number;
  /** Calls that threw, per round (the parser should never throw on corpus text). */
  readonly errors: number;
  /** A remark printed beside the row, e.g. why only part of the corpus was used. */
  readonly note: string | null;
}

/** Everything the corpus benchmark measures. */
export interface CorpusReport {
  readonly corpusDir: string;
  /** Which build of the library was timed (see {@link BenchLibrary.label}). */
  readonly library: string;
  readonly bbc: { readonly path: string; readonly articles: number; readonly bytes: number };
  readonly full: Throughput;
  readonly noValidate: Throughput;
  readonly structure: Throughput;
  /** `null` when polnear-dev.jsonl is absent. */
  readonly polnearDev: Throughput | null;
  readonly compromise: Throughput;
  /** The output validation's share of full-parse time, in percent (target: under 10). */
  readonly validation: {
    /** (median full − median without validation) / median full. */
    readonly differencePct: number;
    /** Median time of `ArticleSchema.safeParse` over the parsed articles alone / median full. */
    readonly directPct: number;
    readonly directMedianMs: number;
  };
  /** Memory after all parser runs, before compromise runs. */
  readonly memory: MemorySnapshot;
}

/** Calls `fn` on every text, counting the calls that throw; returns the number of throws. */
function runAll(texts: readonly string[], fn: (text: string) => unknown): number {
  let errors = 0;
  for (const text of texts) {
    try {
      fn(text);
    } catch {
      errors++;
    }
  }
  return errors;
}

/** Builds a {@link Throughput} from round timings. */
function throughput(label: string, texts: readonly string[], bytes: number, roundsMs: readonly number[], errors: number, note: string | null = null): Throughput {
  const medianMs = median(roundsMs);
  const bestMs = best(roundsMs);
  return {
    label,
    articles: texts.length,
    bytes,
    roundsMs,
    medianMs,
    bestMs,
    medianMbPerS: mbPerSecond(bytes, medianMs),
    bestMbPerS: mbPerSecond(bytes, bestMs),
    errors,
    note,
  };
}

/**
 * Times `fns` over all of `texts`: {@link WARMUP_ROUNDS} untimed rounds of each, then
 * {@link ROUNDS} timed rounds with the functions interleaved, so drift (thermal, other load) hits
 * all of them alike. A full GC runs before every round unless `collect` is false. A full
 * collection also throws away the optimised code that checks a class shape no live object has
 * (V8 holds shapes weakly), so such a round also measures re-optimisation for a library whose
 * classes keep no live instance between parses; this tree's do (`TokenStore.shapeAnchor`).
 */
export function timeInterleaved(texts: readonly string[], fns: readonly ((text: string) => unknown)[], collect = true): { roundsMs: number[][]; errors: number[] } {
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const fn of fns) runAll(texts, fn);
  const roundsMs = fns.map((): number[] => []);
  const errors = fns.map(() => 0);
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, i) => {
      if (collect) forceGc();
      let failed = 0;
      roundsMs[i]?.push(timeMs(() => (failed = runAll(texts, fn))));
      errors[i] = failed;
    });
  }
  return { roundsMs, errors };
}

const NO_VALIDATE = { validate: false } as const;

/** Median time of validating already-parsed articles with `ArticleSchema.safeParse`. */
function timeValidationAlone(texts: readonly string[], { parseArticle, ArticleSchema }: BenchLibrary): number {
  const articles: Article[] = [];
  for (const text of texts) {
    try {
      articles.push(parseArticle(text, NO_VALIDATE));
    } catch {
      // Counted in the no-validation row already.
    }
  }
  const validateAll = (): void => {
    for (const article of articles) ArticleSchema.safeParse(article);
  };
  for (let r = 0; r < WARMUP_ROUNDS; r++) validateAll();
  const roundsMs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    forceGc();
    roundsMs.push(timeMs(validateAll));
  }
  return median(roundsMs);
}

/** compromise's quotation finder on one text, materialised as strings like the parser's output. */
function compromiseQuotations(text: string): string[] {
  return nlp(text).quotations().out('array') as string[];
}

/**
 * Times compromise over the first articles of `corpus` within {@link COMPROMISE_BUDGET_MS}: the
 * first round runs article after article until its share of the budget is spent, which fixes
 * how many articles every round processes.
 */
function timeCompromise(corpus: CorpusTexts): Throughput {
  runAll(corpus.texts.slice(0, COMPROMISE_WARMUP_ARTICLES), compromiseQuotations);
  forceGc();
  const roundBudgetMs = COMPROMISE_BUDGET_MS / COMPROMISE_ROUNDS;
  let articles = 0;
  let errors = 0;
  const firstMs = timeMs(() => {
    const start = process.hrtime.bigint();
    for (const text of corpus.texts) {
      try {
        compromiseQuotations(text);
      } catch {
        errors++;
      }
      articles++;
      if (Number(process.hrtime.bigint() - start) / 1e6 >= roundBudgetMs) break;
    }
  });
  const { texts, bytes } = firstTexts(corpus, articles);
  const roundsMs = [firstMs];
  for (let r = 1; r < COMPROMISE_ROUNDS; r++) {
    forceGc();
    roundsMs.push(timeMs(() => runAll(texts, compromiseQuotations)));
  }
  const note = articles < corpus.texts.length ? `time-boxed: first ${count(articles)} of ${count(corpus.texts.length)} articles` : null;
  return throughput("compromise nlp(t).quotations().out('array')", texts, bytes, roundsMs, errors, note);
}

/**
 * Runs the corpus benchmark over `dir`, or returns `null` when `dir/bbc.jsonl` is absent.
 * Takes about 10 s, most of it compromise.
 */
/** The library under test: the built bundle users install, or the sources when it is not built. */
export interface BenchLibrary {
  readonly parseArticle: typeof parseArticle;
  readonly ArticleSchema: typeof ArticleSchema;
  /** Where it was loaded from, printed with the figures. */
  readonly label: string;
}

export function runCorpusBench(dir: string, lib: BenchLibrary): CorpusReport | null {
  const { parseArticle } = lib;
  const bbc = loadTexts(dir, CORPUS_FILES.bbc);
  if (bbc === null) return null;
  const { texts, bytes } = bbc;

  const timed = timeInterleaved(texts, [(t) => parseArticle(t), (t) => parseArticle(t, NO_VALIDATE), (t) => parseStructure(t)]);
  const [fullMs = [], noValidateMs = [], structureMs = []] = timed.roundsMs;
  const [fullErrors = 0, noValidateErrors = 0, structureErrors = 0] = timed.errors;
  const full = throughput('parseArticle(t)', texts, bytes, fullMs, fullErrors);
  const noValidate = throughput('parseArticle(t, { validate: false })', texts, bytes, noValidateMs, noValidateErrors);
  const structure = throughput('parseStructure(t) (structure stage only)', texts, bytes, structureMs, structureErrors);
  const directMedianMs = timeValidationAlone(texts, lib);

  let polnearDev: Throughput | null = null;
  const polnear = loadTexts(dir, CORPUS_FILES.polnearDev);
  if (polnear !== null) {
    const p = timeInterleaved(polnear.texts, [(t) => parseArticle(t)]);
    polnearDev = throughput('parseArticle(t)', polnear.texts, polnear.bytes, p.roundsMs[0] ?? [], p.errors[0] ?? 0);
  }

  const memory = memorySnapshot();
  const compromise = timeCompromise(bbc);

  return {
    corpusDir: dir,
    library: lib.label,
    bbc: { path: bbc.path, articles: texts.length, bytes },
    full,
    noValidate,
    structure,
    polnearDev,
    compromise,
    validation: {
      differencePct: ((full.medianMs - noValidate.medianMs) / full.medianMs) * 100,
      directPct: (directMedianMs / full.medianMs) * 100,
      directMedianMs,
    },
    memory,
  };
}

/** The report as aligned text. */
export function formatCorpusReport(report: CorpusReport): string {
  const row = (corpus: string, t: Throughput): string[] => [
    corpus,
    t.label,
    count(t.articles),
    fixed(t.bytes / 1e6, 2),
    fixed(t.medianMs, 1),
    fixed(t.medianMbPerS, 2),
    fixed(t.bestMbPerS, 2),
    String(t.errors),
  ];
  const rows = [row('bbc', report.full), row('bbc', report.noValidate), row('bbc', report.structure)];
  if (report.polnearDev) rows.push(row('polnear-dev', report.polnearDev));
  rows.push(row('bbc', report.compromise));
  const notes = [report.full, report.noValidate, report.structure, report.polnearDev, report.compromise]
    .filter((t): t is Throughput => t?.note != null)
    .map((t) => `note: ${t.label}: ${t.note ?? ''}`);
  const { validation: v, memory: m } = report;
  const ratio = report.full.medianMbPerS / report.compromise.medianMbPerS;
  return [
    `Corpus benchmark — ${report.corpusDir} — parseArticle from ${report.library}`,
    `MB = 10^6 UTF-8 bytes of the article texts; single thread; ${WARMUP_ROUNDS} warm-up rounds, then median and best of ${ROUNDS} rounds (compromise: ${COMPROMISE_ROUNDS} rounds); Node ${process.version}`,
    '',
    table(
      [
        { header: 'corpus' },
        { header: 'what' },
        { header: 'articles', align: 'right' },
        { header: 'MB', align: 'right' },
        { header: 'median ms', align: 'right' },
        { header: 'median MB/s', align: 'right' },
        { header: 'best MB/s', align: 'right' },
        { header: 'errors', align: 'right' },
      ],
      rows,
    ),
    ...notes,
    '',
    `validation share of parse time: ${fixed(v.differencePct)}% (median with − without validation) / ${fixed(v.directPct)}% (zod's ArticleSchema.safeParse alone, ${fixed(v.directMedianMs)} ms; parseArticle runs the check compiled from the schema and asks zod only when it fails) — target < 10%`,
    `parseArticle vs compromise quotations: ${fixed(ratio, 0)}× the throughput`,
    `memory after the parser runs (before compromise): peak RSS ${fixed(m.peakRssMb, 0)} MB, RSS ${fixed(m.rssMb, 0)} MB, heap used ${fixed(m.heapUsedMb, 0)} MB after GC (MB = 10^6 bytes; includes the loaded corpora)`,
  ].join('\n');
}

/** The report's figures as plain JSON (rounded; per-round timings included). */
export function corpusReportJson(report: CorpusReport): unknown {
  const t = (x: Throughput | null): unknown =>
    x === null
      ? null
      : {
          label: x.label,
          articles: x.articles,
          bytes: x.bytes,
          roundsMs: x.roundsMs.map((ms) => round(ms)),
          medianMs: round(x.medianMs),
          bestMs: round(x.bestMs),
          medianMbPerS: round(x.medianMbPerS),
          bestMbPerS: round(x.bestMbPerS),
          errors: x.errors,
          note: x.note,
        };
  return {
    corpusDir: report.corpusDir,
    mb: '10^6 UTF-8 bytes of the article texts',
    bbc: report.bbc,
    full: t(report.full),
    noValidate: t(report.noValidate),
    structure: t(report.structure),
    polnearDev: t(report.polnearDev),
    compromise: t(report.compromise),
    validation: {
      differencePct: round(report.validation.differencePct),
      directPct: round(report.validation.directPct),
      directMedianMs: round(report.validation.directMedianMs),
    },
    memory: {
      peakRssMb: round(report.memory.peakRssMb, 1),
      rssMb: round(report.memory.rssMb, 1),
      heapUsedMb: round(report.memory.heapUsedMb, 1),
    },
  };
}
