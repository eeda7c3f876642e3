/**
 * `npm run bench -- --baseline REV`: full-parse throughput of this tree and of commit REV, built
 * side by side (see `baseline.ts`) and timed in interleaved rounds over the BBC corpus, with
 * their ratio; and the heap each allocates per MB of text parsed.
 * @module
 */
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { ROUNDS, timeInterleaved, WARMUP_ROUNDS, type BenchLibrary } from './corpus-bench.js';
import type { CorpusTexts } from './corpus.js';
import { fixed, round, table } from './format.js';
import { best, forceGc, mbPerSecond, median } from './timing.js';

/** One library's figures. */
export interface Contender {
  readonly label: string;
  readonly roundsMs: readonly number[];
  readonly medianMbPerS: number;
  readonly bestMbPerS: number;
  /** Median MB/s of rounds timed back to back with no forced collection before each (steady state). */
  readonly steadyMedianMbPerS: number;
  /** Heap bytes allocated while parsing the corpus once, per byte of its text. */
  readonly allocatedPerByte: number;
}

/** This tree against the baseline. */
export interface Comparison {
  readonly current: Contender;
  readonly baseline: Contender;
  /** Median MB/s of the current tree ÷ the baseline's. */
  readonly speedup: number;
  /** The same for the steady-state rounds ({@link Contender.steadyMedianMbPerS}). */
  readonly steadySpeedup: number;
}

/**
 * Heap bytes `fn` allocates: what the heap grew by between garbage collections, summed (each GC's
 * heap before it, less the heap after the one before), plus the growth after the last one.
 */
export function allocatedBytes(fn: () => void): number {
  forceGc();
  let last = getHeapStatistics().used_heap_size;
  const profiler = new GCProfiler();
  profiler.start();
  fn();
  const end = getHeapStatistics().used_heap_size;
  let allocated = 0;
  for (const gc of profiler.stop().statistics) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - last;
    last = gc.afterGC.heapStatistics.usedHeapSize;
  }
  return allocated + Math.max(0, end - last);
}

/** Parses every text with `lib` once. */
export function parseAll(lib: BenchLibrary, texts: readonly string[]): void {
  for (const text of texts) lib.parseArticle(text);
}

/** The token-stream engine's aims (issue #9), printed beside the figures: they are not asserted, since timings swing on shared machines. */
export const SPEEDUP_AIM = 2;
export const ALLOCATION_AIM = 30;

/** Times `current` and `baseline` over `corpus` in interleaved rounds (so drift hits both alike). */
export function compare(corpus: CorpusTexts, current: BenchLibrary, baseline: BenchLibrary): Comparison {
  const fns = [(t: string): unknown => current.parseArticle(t), (t: string): unknown => baseline.parseArticle(t)];
  const { roundsMs: rounds } = timeInterleaved(corpus.texts, fns);
  const { roundsMs: steady } = timeInterleaved(corpus.texts, fns, false);
  const contender = (lib: BenchLibrary, k: number): Contender => {
    const ms = rounds[k] ?? [];
    return {
      label: lib.label,
      roundsMs: ms,
      medianMbPerS: mbPerSecond(corpus.bytes, median(ms)),
      bestMbPerS: mbPerSecond(corpus.bytes, best(ms)),
      steadyMedianMbPerS: mbPerSecond(corpus.bytes, median(steady[k] ?? [])),
      allocatedPerByte: allocatedBytes(() => parseAll(lib, corpus.texts)) / corpus.bytes,
    };
  };
  const [a, b] = [contender(current, 0), contender(baseline, 1)];
  return { current: a, baseline: b, speedup: a.medianMbPerS / b.medianMbPerS, steadySpeedup: a.steadyMedianMbPerS / b.steadyMedianMbPerS };
}

/** The comparison as aligned text. */
export function formatComparison(c: Comparison, corpus: CorpusTexts): string {
  const row = (x: Contender): string[] => [x.label, fixed(x.medianMbPerS, 2), fixed(x.bestMbPerS, 2), fixed(x.steadyMedianMbPerS, 2), fixed(x.allocatedPerByte, 1)];
  return [
    `Same-run comparison — parseArticle over ${corpus.file} (${fixed(corpus.bytes / 1e6, 2)} MB), ${WARMUP_ROUNDS} warm-up rounds, then ${ROUNDS} interleaved rounds each`,
    table(
      [{ header: 'library' }, { header: 'median MB/s', align: 'right' }, { header: 'best MB/s', align: 'right' }, { header: 'steady median MB/s', align: 'right' }, { header: 'MB allocated / MB parsed', align: 'right' }],
      [row(c.current), row(c.baseline)],
    ),
    `speed-up: ${fixed(c.speedup, 2)}× (median MB/s of this tree ÷ ${c.baseline.label}, a full GC before each round; aim ≥ ${SPEEDUP_AIM}×)`,
    `steady-state speed-up: ${fixed(c.steadySpeedup, 2)}× (the same rounds back to back with no forced GC)`,
    `allocation: ${fixed(c.current.allocatedPerByte, 1)} MB per MB parsed (aim ≤ ${ALLOCATION_AIM})`,
  ].join('\n');
}

/** The comparison as plain JSON. */
export function comparisonJson(c: Comparison): unknown {
  const x = (y: Contender): unknown => ({
    label: y.label,
    roundsMs: y.roundsMs.map((ms) => round(ms)),
    medianMbPerS: round(y.medianMbPerS),
    bestMbPerS: round(y.bestMbPerS),
    steadyMedianMbPerS: round(y.steadyMedianMbPerS),
    allocatedPerByte: round(y.allocatedPerByte, 2),
  });
  return { current: x(c.current), baseline: x(c.baseline), speedup: round(c.speedup, 3), steadySpeedup: round(c.steadySpeedup, 3) };
}
