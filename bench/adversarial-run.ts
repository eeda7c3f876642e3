/**
 * The adversarial benchmark: every {@link SHAPES | shape} is parsed at 250 K and 4 M UTF-16 code
 * units, and its time per MB at the large size is compared with the small size. A linear parser
 * scores a ratio near 1; a shape scoring more than {@link MAX_RATIO} fails.
 *
 * Timing: the small size is the median of up to {@link SMALL_RUNS} parses after warm-ups; the
 * large size the best of up to {@link LARGE_RUNS}. Parses run in a worker thread so that a runaway
 * parse can be stopped: every job has a time limit, and a shape that hits it fails.
 *
 * A shape whose 250 K parse takes more than {@link SLOW_SMALL_MS} is not run at 4 M (that alone
 * would take more than the benchmark's time budget); it is measured at 15.6 K instead, and the
 * same criterion applies to the 15.6 K → 250 K step (also 16×).
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { TimingJob, TimingResult, WorkerMessage } from './adversarial-worker.js';
import { fixed, round, table } from './format.js';
import { SHAPES, type Shape } from './shapes.js';
import { best, median } from './timing.js';

/** The small size, in UTF-16 code units (250 KB). */
export const SMALL_LENGTH = 250_000;
/** The large size, in UTF-16 code units (4 MB). */
export const LARGE_LENGTH = 4_000_000;
/** The fallback size for shapes too slow to run at 4 M: as much smaller than 250 K as 4 M is larger. */
export const TINY_LENGTH = (SMALL_LENGTH * SMALL_LENGTH) / LARGE_LENGTH;
/** Largest acceptable (time per MB at the larger size) / (time per MB at the smaller size). */
export const MAX_RATIO = 3;
/** A 250 K parse slower than this (< 0.25 MB/s) is not attempted at 4 M. */
export const SLOW_SMALL_MS = 1_000;

/** The jobs at the small (and tiny) size: warm-ups, timed parses, soft budget, hard limit. */
const SMALL_WARMUPS = 2;
const SMALL_WARMUP_MS = 250;
const SMALL_RUNS = 5;
const SMALL_SOFT_BUDGET_MS = 3_000;
const SMALL_TIMEOUT_MS = 12_000;
/** Large runs; the second only when the first took less than {@link LARGE_REPEAT_UNDER_MS}. */
const LARGE_RUNS = 2;
const LARGE_REPEAT_UNDER_MS = 2_000;
/**
 * Time limit of one 4 M parse: {@link LARGE_TIMEOUT_FACTOR} × the linear extrapolation from
 * 250 K (so hitting it proves a ratio above {@link MAX_RATIO}), but at least {@link LARGE_TIMEOUT_MIN_MS}.
 */
const LARGE_TIMEOUT_FACTOR = 4;
const LARGE_TIMEOUT_MIN_MS = 5_000;
/** Heap limit of the worker, so a memory blow-up is reported instead of exhausting the machine. */
const WORKER_HEAP_MB = 4_096;
/**
 * Stack of the worker. Workers get 4 MB by default, four times the main thread's ~1 MB, which
 * would hide a stack overflow that callers on the main thread hit; 1 MB keeps them comparable.
 */
const WORKER_STACK_MB = 1;

/** Timings of one shape at one size. */
export interface SizeResult {
  /** UTF-16 length of the input. */
  readonly length: number;
  /** Milliseconds of each timed parse that finished. */
  readonly ms: readonly number[];
  /** The figure compared: median (smaller size) or best (larger size) of `ms`. */
  readonly figureMs: number;
  /** `figureMs` per 10^6 UTF-16 code units. */
  readonly msPerMb: number;
  /** Failed parses by error code (as returned by `safeParseArticle`). */
  readonly errors: Readonly<Record<string, number>>;
  readonly firstError: string | null;
  /** Paragraphs found by the last parse. */
  readonly paragraphs: number;
}

/** The verdict on one shape. */
export interface ShapeResult {
  readonly name: string;
  readonly description: string;
  /** Only measured when the small size is too slow to try the large one. */
  readonly tiny: SizeResult | null;
  readonly small: SizeResult | null;
  readonly large: SizeResult | null;
  /** Per-MB time ratio across the 16× step named by `step`; `null` when unknown. */
  readonly ratio: number | null;
  /** Which sizes `ratio` compares. */
  readonly step: '250K→4M' | '15.6K→250K';
  /** True when the larger size timed out and `ratio` is only the lower bound its time limit implies. */
  readonly ratioIsLowerBound: boolean;
  /** True when a job timed out or crashed, or the ratio exceeds {@link MAX_RATIO}. */
  readonly failed: boolean;
  /** Why the shape failed, or a remark about how it was measured; `null` when there is none. */
  readonly problem: string | null;
}

/** The whole adversarial report. */
export interface AdversarialReport {
  readonly shapes: readonly ShapeResult[];
  readonly failed: readonly string[];
  readonly totalMs: number;
}

/** How a job ended; a time-out carries how long its slowest parse ran at least. */
type Outcome = { kind: 'ok'; result: TimingResult } | { kind: 'timeout'; slowestParseMs: number } | { kind: 'crash'; message: string };

/** Source run by each worker: registers tsx in the worker, then loads `adversarial-worker.ts`. */
function workerBootstrap(): string {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./adversarial-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

/** One worker thread, recreated after a time-out or crash. */
class JobRunner {
  #worker: Worker | null = null;

  /** Runs `job` in the worker; after `timeoutMs` the worker is terminated and `timeout` returned. */
  run(job: TimingJob, timeoutMs: number): Promise<Outcome> {
    const worker = (this.#worker ??= new Worker(workerBootstrap(), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: WORKER_STACK_MB },
    }));
    return new Promise<Outcome>((resolve) => {
      let slowestMs = 0;
      let inFlightSince: bigint | null = null;
      const finish = (outcome: Outcome, discard: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (discard) {
          this.#worker = null;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === 'parse-start') inFlightSince = process.hrtime.bigint();
        else if (message.type === 'parse-end') {
          inFlightSince = null;
          slowestMs = Math.max(slowestMs, message.ms);
        } else finish({ kind: 'ok', result: message.result }, false);
      };
      const onTimeout = (): void => {
        const inFlightMs = inFlightSince === null ? 0 : Number(process.hrtime.bigint() - inFlightSince) / 1e6;
        finish({ kind: 'timeout', slowestParseMs: Math.max(slowestMs, inFlightMs) }, true);
      };
      const onError = (error: Error): void => finish({ kind: 'crash', message: `${error.name}: ${error.message}` }, true);
      const onExit = (code: number): void => finish({ kind: 'crash', message: `worker exited with code ${code}` }, true);
      const timer = setTimeout(onTimeout, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Stops the worker so the process can exit. */
  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = null;
  }
}

/** Summarises finished runs at one size, using `pick` (median or best) as the compared figure. */
function sizeResult(length: number, results: readonly TimingResult[], pick: (ms: readonly number[]) => number): SizeResult {
  const ms = results.flatMap((r) => r.ms);
  const errors: Record<string, number> = {};
  for (const r of results) for (const [code, n] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + n;
  const figure = pick(ms);
  return {
    length,
    ms,
    figureMs: figure,
    msPerMb: figure / (length / 1e6),
    errors,
    firstError: results.find((r) => r.firstError !== null)?.firstError ?? null,
    paragraphs: results.at(-1)?.paragraphs ?? 0,
  };
}

/** Times `shape` at a smaller size (250 K or 15.6 K): the median of warmed-up parses. */
async function measureSmaller(runner: JobRunner, shape: Shape, length: number): Promise<{ kind: 'ok'; size: SizeResult } | Exclude<Outcome, { kind: 'ok' }>> {
  const job = { shape: shape.name, length, warmups: SMALL_WARMUPS, warmupMs: SMALL_WARMUP_MS, runs: SMALL_RUNS, softBudgetMs: SMALL_SOFT_BUDGET_MS };
  const outcome = await runner.run(job, SMALL_TIMEOUT_MS);
  return outcome.kind === 'ok' ? { kind: 'ok', size: sizeResult(length, [outcome.result], median) } : outcome;
}

/** The verdict on a ratio: a problem when it exceeds {@link MAX_RATIO}. */
function ratioProblem(ratio: number | null, step: string): string | null {
  return ratio !== null && ratio > MAX_RATIO ? `${fixed(ratio, 2)}× slower per MB over the ${step} step (limit ${MAX_RATIO}×)` : null;
}

/** Measures a shape too slow for 4 M (or timing out at 250 K) over the 15.6 K → 250 K step. */
async function measureSlowShape(runner: JobRunner, shape: Shape, small: SizeResult | number): Promise<ShapeResult> {
  const step = '15.6K→250K';
  const base = { name: shape.name, description: shape.description, small: typeof small === 'number' ? null : small, large: null, step } as const;
  const outcome = await measureSmaller(runner, shape, TINY_LENGTH);
  if (outcome.kind !== 'ok') {
    const problem = outcome.kind === 'timeout' ? `even 15.6 K took over ${SMALL_TIMEOUT_MS / 1000} s` : `crashed at 15.6 K: ${outcome.message}`;
    return { ...base, tiny: null, ratio: null, ratioIsLowerBound: false, failed: true, problem };
  }
  const tiny = outcome.size;
  if (typeof small === 'number') {
    // The 250 K job hit its time limit while a parse had run for `small` ms: a lower bound.
    const ratio = small / (SMALL_LENGTH / 1e6) / tiny.msPerMb;
    const problem = `a 250 K parse ran ${fixed(small / 1000, 1)} s without finishing (job limit ${SMALL_TIMEOUT_MS / 1000} s), so ≥ ${fixed(ratio, 1)}× slower per MB than at 15.6 K (${fixed(tiny.msPerMb, 1)} ms/MB); 4 M not attempted`;
    return { ...base, tiny, ratio, ratioIsLowerBound: true, failed: true, problem };
  }
  const ratio = small.msPerMb / tiny.msPerMb;
  const skipped = `4 M not attempted: a 250 K parse takes ${fixed(small.figureMs / 1000, 1)} s (> ${SLOW_SMALL_MS / 1000} s)`;
  const problem = ratioProblem(ratio, step);
  return { ...base, tiny, ratio, ratioIsLowerBound: false, failed: problem !== null, problem: problem === null ? skipped : `${problem}; ${skipped}` };
}

/** Measures one shape: 250 K, then 4 M, or the slow-shape fallback. */
async function measureShape(runner: JobRunner, shape: Shape): Promise<ShapeResult> {
  const smallOutcome = await measureSmaller(runner, shape, SMALL_LENGTH);
  if (smallOutcome.kind === 'timeout') return measureSlowShape(runner, shape, smallOutcome.slowestParseMs);
  if (smallOutcome.kind === 'crash') {
    const problem = `crashed at 250 K: ${smallOutcome.message}`;
    return { name: shape.name, description: shape.description, tiny: null, small: null, large: null, ratio: null, step: '250K→4M', ratioIsLowerBound: false, failed: true, problem };
  }
  const small = smallOutcome.size;
  if (small.figureMs > SLOW_SMALL_MS) return measureSlowShape(runner, shape, small);

  const base = { name: shape.name, description: shape.description, tiny: null, small, step: '250K→4M' } as const;
  const linearMs = small.msPerMb * (LARGE_LENGTH / 1e6);
  const timeoutMs = Math.max(LARGE_TIMEOUT_MIN_MS, LARGE_TIMEOUT_FACTOR * linearMs);
  const results: TimingResult[] = [];
  for (let run = 0; run < LARGE_RUNS; run++) {
    const outcome = await runner.run({ shape: shape.name, length: LARGE_LENGTH, warmups: 0, warmupMs: 0, runs: 1, softBudgetMs: 0 }, timeoutMs);
    if (outcome.kind === 'timeout') {
      // With only a time-out to go on, the ratio is at least time run ÷ linear time.
      const ratio = outcome.slowestParseMs / linearMs;
      const problem = `a 4 M parse did not finish within ${fixed(timeoutMs / 1000, 1)} s (linear: ${fixed(linearMs / 1000, 2)} s)`;
      return { ...base, large: null, ratio, ratioIsLowerBound: true, failed: true, problem };
    }
    if (outcome.kind === 'crash') return { ...base, large: null, ratio: null, ratioIsLowerBound: false, failed: true, problem: `crashed at 4 M: ${outcome.message}` };
    results.push(outcome.result);
    if ((outcome.result.ms[0] ?? 0) >= LARGE_REPEAT_UNDER_MS) break;
  }
  const large = sizeResult(LARGE_LENGTH, results, best);
  const ratio = large.msPerMb / small.msPerMb;
  const problem = ratioProblem(ratio, '250K→4M');
  return { ...base, large, ratio, ratioIsLowerBound: false, failed: problem !== null, problem };
}

/**
 * Runs every shape whose name contains `filter` (all when undefined), reporting progress through
 * `onShape`. Resolves when all are measured; never rejects for a slow or crashing shape.
 */
export async function runAdversarial(filter?: string, onShape?: (result: ShapeResult) => void): Promise<AdversarialReport> {
  const start = process.hrtime.bigint();
  const runner = new JobRunner();
  const shapes: ShapeResult[] = [];
  try {
    for (const shape of SHAPES) {
      if (filter !== undefined && !shape.name.includes(filter)) continue;
      let result = await measureShape(runner, shape);
      // A ratio just over the limit can be a garbage-collection pause or a busy core: measure such a
      // shape once more and keep the better run. A time-out or a crash is never retried.
      if (result.failed && result.ratio !== null && !result.ratioIsLowerBound) {
        const again = await measureShape(runner, shape);
        if (again.ratio !== null && again.ratio < result.ratio) result = again;
      }
      shapes.push(result);
      onShape?.(result);
    }
  } finally {
    await runner.close();
  }
  return {
    shapes,
    failed: shapes.filter((s) => s.failed).map((s) => s.name),
    totalMs: Number(process.hrtime.bigint() - start) / 1e6,
  };
}

/** Writes one progress line per finished shape to stderr, when stderr is a terminal. */
export function progress(result: ShapeResult): void {
  if (!process.stderr.isTTY) return;
  const ratio = result.ratio === null ? 'n/a' : fixed(result.ratio, 2);
  process.stderr.write(`  ${result.failed ? 'FAIL' : 'ok  '} ${result.name} (ratio ${ratio})\n`);
}

/** `EMPTY_INPUT×5, INTERNAL_ERROR×1`, or `-` when nothing failed. */
function errorSummary(result: ShapeResult): string {
  const counts: Record<string, number> = {};
  for (const size of [result.tiny, result.small, result.large]) {
    for (const [code, n] of Object.entries(size?.errors ?? {})) counts[code] = (counts[code] ?? 0) + n;
  }
  const parts = Object.entries(counts).map(([code, n]) => `${code}×${n}`);
  return parts.length === 0 ? '-' : parts.join(', ');
}

/** The 4 M time cell: the time, or why there is none. */
function largeCell(s: ShapeResult): string {
  if (s.large) return fixed(s.large.figureMs, 1);
  if (s.step === '250K→4M' && s.ratioIsLowerBound) return 'timeout';
  return s.step === '15.6K→250K' ? 'skipped' : 'n/a';
}

/** The report as aligned text. */
export function formatAdversarialReport(report: AdversarialReport): string {
  const rows = report.shapes.map((s) => [
    s.name,
    s.small ? fixed(s.small.figureMs, 2) : s.step === '15.6K→250K' ? 'timeout' : 'n/a',
    s.small ? fixed(s.small.msPerMb, 1) : 'n/a',
    largeCell(s),
    s.large ? fixed(s.large.msPerMb, 1) : 'n/a',
    s.ratio === null ? 'n/a' : `${s.ratioIsLowerBound ? '≥' : ''}${fixed(s.ratio, 2)}${s.step === '15.6K→250K' ? '*' : ''}`,
    s.large ? String(s.large.paragraphs) : 'n/a',
    errorSummary(s),
    s.failed ? 'FAIL' : 'ok',
  ]);
  const details = report.shapes.flatMap((s) => {
    const lines: string[] = [];
    if (s.problem !== null) lines.push(`${s.failed ? 'FAIL' : 'note'} ${s.name}: ${s.problem}`);
    if (s.tiny && s.small) lines.push(`     ${s.name}: 15.6K ${fixed(s.tiny.msPerMb, 1)} ms/MB → 250K ${fixed(s.small.msPerMb, 1)} ms/MB`);
    const firstError = s.tiny?.firstError ?? s.small?.firstError ?? s.large?.firstError;
    if (firstError) lines.push(`error ${s.name}: ${firstError}`);
    return lines;
  });
  const legend = report.shapes.some((s) => s.step === '15.6K→250K')
    ? [`* ratio over the 15.6K→250K step instead: the 250K parse took over ${SLOW_SMALL_MS / 1000} s, too slow to try 4M within the time budget`]
    : [];
  const verdict =
    report.failed.length === 0
      ? `All ${report.shapes.length} shapes within ${MAX_RATIO}× (${fixed(report.totalMs / 1000)} s).`
      : `${report.failed.length} of ${report.shapes.length} shapes FAILED: ${report.failed.join('; ')} (${fixed(report.totalMs / 1000)} s).`;
  return [
    'Adversarial benchmark — safeParseArticle(s, { maxLength: 10_000_000 }) on pathological shapes',
    `sizes in UTF-16 code units; MB = 10^6 code units; 250K: median of up to ${SMALL_RUNS} parses after warm-ups; 4M: best of up to ${LARGE_RUNS}`,
    `ratio = 4M ms/MB ÷ 250K ms/MB; a shape fails above ${MAX_RATIO}, or on a time-out or crash`,
    '',
    table(
      [
        { header: 'shape' },
        { header: '250K ms', align: 'right' },
        { header: '250K ms/MB', align: 'right' },
        { header: '4M ms', align: 'right' },
        { header: '4M ms/MB', align: 'right' },
        { header: 'ratio', align: 'right' },
        { header: '4M paras', align: 'right' },
        { header: 'errors' },
        { header: 'verdict' },
      ],
      rows,
    ),
    ...legend,
    ...(details.length > 0 ? ['', ...details] : []),
    '',
    verdict,
  ].join('\n');
}

/** The report as plain JSON. */
export function adversarialReportJson(report: AdversarialReport): unknown {
  const size = (s: SizeResult | null): unknown =>
    s === null
      ? null
      : {
          length: s.length,
          ms: s.ms.map((ms) => round(ms, 3)),
          comparedMs: round(s.figureMs, 3),
          msPerMb: round(s.msPerMb, 3),
          errors: s.errors,
          firstError: s.firstError,
          paragraphs: s.paragraphs,
        };
  return {
    sizes: { tiny: TINY_LENGTH, small: SMALL_LENGTH, large: LARGE_LENGTH, unit: 'UTF-16 code units' },
    slowSmallMs: SLOW_SMALL_MS,
    maxRatio: MAX_RATIO,
    totalMs: round(report.totalMs, 0),
    failed: report.failed,
    shapes: report.shapes.map((s) => ({
      name: s.name,
      description: s.description,
      tiny: size(s.tiny),
      small: size(s.small),
      large: size(s.large),
      ratio: s.ratio === null ? null : round(s.ratio, 3),
      step: s.step,
      ratioIsLowerBound: s.ratioIsLowerBound,
      failed: s.failed,
      problem: s.problem,
    })),
  };
}
