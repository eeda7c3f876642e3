/**
 * Timing and memory helpers shared by the benchmarks: a monotonic nanosecond clock, summary
 * statistics over rounds, an on-demand `gc()`, and memory snapshots.
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Milliseconds elapsed while running `fn` once, measured with `process.hrtime.bigint()`. */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median of `values` (the mean of the two middle values for an even count); `NaN` when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** The smallest of `values`; `NaN` when empty. */
export function best(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

/** Throughput in MB/s for `bytes` processed in `ms` milliseconds (MB = 10^6 bytes). */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1e3);
}

/** UTF-8 byte length of `text`. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

let collect: (() => void) | null | undefined;

/**
 * Runs a full garbage collection when the runtime allows it, so that one round's garbage is not
 * charged to the next. Node only exposes `gc` with `--expose-gc`; the flag is switched on here at
 * runtime and `gc` fetched from a fresh context, so plain `tsx bench/bench.ts` works.
 */
export function forceGc(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** Memory figures in MB (10^6 bytes). */
export interface MemorySnapshot {
  /** Peak resident set size of the whole process so far (`process.resourceUsage().maxRSS`). */
  readonly peakRssMb: number;
  /** Current resident set size. */
  readonly rssMb: number;
  /** V8 heap in use, measured right after a full garbage collection. */
  readonly heapUsedMb: number;
}

/** Collects garbage, then reads peak RSS, current RSS and heap used. */
export function memorySnapshot(): MemorySnapshot {
  forceGc();
  const usage = process.memoryUsage();
  return {
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
    rssMb: usage.rss / 1e6,
    heapUsedMb: usage.heapUsed / 1e6,
  };
}
