/**
 * Worker thread of the adversarial benchmark. It receives {@link TimingJob}s, generates the
 * shape, parses it with `safeParseArticle`, and replies with a {@link TimingResult}. Running in a
 * worker lets the main thread stop a parse that takes too long (a super-linear shape) by
 * terminating the worker. Started by `adversarial-run.ts`; not meant to be run directly.
 * @module
 */
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { safeParseArticle } from '../src/index.js';
import { findShape, type ShapeSet } from './shapes.js';
import { forceGc } from './timing.js';

/** A request to time one shape at one size. */
export interface TimingJob {
  readonly shape: string;
  /** Which shapes `shape` names one of (the generated ones depend on the seed). */
  readonly set: ShapeSet;
  /** UTF-16 length of the generated input. */
  readonly length: number;
  /** Least number of untimed parses before the timed ones. */
  readonly warmups: number;
  /**
   * Keep warming up (up to {@link MAX_WARMUPS} parses) until this many milliseconds have been
   * spent: a few parses of a 250 K input are not always enough for the JIT to settle.
   */
  readonly warmupMs: number;
  /** Most timed parses. */
  readonly runs: number;
  /**
   * Soft time budget of the job: once this many milliseconds have passed, the remaining
   * warm-ups (after the first) and timed parses (after the first) are skipped, so a slow shape
   * still yields a figure without blowing the benchmark's time budget.
   */
  readonly softBudgetMs: number;
}

/** The reply to a {@link TimingJob}. */
export interface TimingResult {
  /** Milliseconds of each timed parse. */
  readonly ms: readonly number[];
  /** Failed timed parses, by `ArticleParseError` code. */
  readonly errors: Readonly<Record<string, number>>;
  /** The first failure's message, when any parse failed. */
  readonly firstError: string | null;
  /** Paragraphs found by the last timed parse (a sanity check that real work happened). */
  readonly paragraphs: number;
  /**
   * Peak V8 heap of each timed parse above the heap in use when it started, in bytes: the
   * largest heap in use seen before any garbage collection during the parse, or at its end.
   */
  readonly peakHeap: readonly number[];
  /** Length of the last successful parse's `JSON.stringify` output ÷ input length; `null` when none succeeded. */
  readonly jsonRatio: number | null;
}

/**
 * A message from the worker: a parse starting or ending (so that on a time-out the main thread
 * knows how long the parse in flight has run), or the job's result.
 */
export type WorkerMessage = { type: 'parse-start' } | { type: 'parse-end'; ms: number } | { type: 'result'; result: TimingResult };

/** Most untimed parses of one job. */
export const MAX_WARMUPS = 50;

/** Options every adversarial parse uses: room for the 4 MB inputs. */
export const ADVERSARIAL_OPTIONS = { maxLength: 10_000_000 } as const;

type ParseResult = ReturnType<typeof safeParseArticle>;

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

/** Parses `input` once after a full GC, announcing the start and end to the main thread. */
function parseTimed(input: string): { ms: number; peakHeap: number; result: ParseResult } {
  forceGc();
  const baseline = getHeapStatistics().used_heap_size;
  const profiler = new GCProfiler();
  profiler.start();
  post({ type: 'parse-start' });
  const start = process.hrtime.bigint();
  const result = safeParseArticle(input, ADVERSARIAL_OPTIONS);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const atEnd = getHeapStatistics().used_heap_size;
  const gcs = profiler.stop().statistics;
  post({ type: 'parse-end', ms });
  let peak = atEnd;
  for (const gc of gcs) peak = Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize);
  return { ms, peakHeap: Math.max(0, peak - baseline), result };
}

/**
 * Runs one job in this thread. When the very first parse alone exceeds the soft budget, it
 * counts as the (only) timed parse: at that length the JIT warms up within the parse itself.
 */
export function runJob(job: TimingJob): TimingResult {
  const shape = findShape(job.shape, job.set);
  if (shape === undefined) throw new Error(`Unknown shape: ${job.shape}`);
  const input = shape.generate(job.length);
  const start = process.hrtime.bigint();
  const overBudget = (): boolean => Number(process.hrtime.bigint() - start) / 1e6 > job.softBudgetMs;
  const timed: { ms: number; peakHeap: number; result: ParseResult }[] = [];
  let warmupMs = 0;
  for (let i = 0; i < MAX_WARMUPS && (i < job.warmups || warmupMs < job.warmupMs); i++) {
    if (i > 0 && overBudget()) break;
    const parse = parseTimed(input);
    warmupMs += parse.ms;
    if (i === 0 && parse.ms > job.softBudgetMs) {
      timed.push(parse);
      break;
    }
  }
  for (let i = timed.length; i < job.runs; i++) {
    if (i > 0 && overBudget()) break;
    timed.push(parseTimed(input));
  }
  const errors: Record<string, number> = {};
  let firstError: string | null = null;
  for (const { result } of timed) {
    if (result.success) continue;
    errors[result.error.code] = (errors[result.error.code] ?? 0) + 1;
    firstError ??= `${result.error.code}: ${result.error.message.slice(0, 200)}`;
  }
  const last = timed.at(-1)?.result;
  return {
    ms: timed.map((t) => t.ms),
    errors,
    firstError,
    paragraphs: last?.success ? last.data.paragraphs.length : 0,
    peakHeap: timed.map((t) => t.peakHeap),
    jsonRatio: last?.success ? JSON.stringify(last.data).length / input.length : null,
  };
}

parentPort?.on('message', (job: TimingJob) => {
  post({ type: 'result', result: runJob(job) });
});
