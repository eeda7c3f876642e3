/**
 * The CLI's batch throughput: `node dist/cli.js --jsonl --jobs N bbc.jsonl` with 1 and 2 jobs,
 * timed as a user would see it (wall clock of the whole process: start-up, reading, parsing,
 * writing the JSON Lines to /dev/null), and the speed-up of 2 jobs over 1 (target: at least 1.7×).
 * Needs the build (`npm run build`): it times the CLI that ships. Prints figures; never fails on them.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { CORPUS_FILES, PROJECT_ROOT, loadTexts } from './corpus.js';
import { count, fixed, round, table } from './format.js';
import { best, mbPerSecond, median, timeMs } from './timing.js';

/** The job counts compared. */
const JOBS = [1, 2] as const;
/** Timed runs per job count, interleaved so that drift (other load on the machine) hits both alike. */
const ROUNDS = 5;
/** The speed-up 2 jobs should reach on 2 free cores. */
export const TARGET_SPEEDUP = 1.7;

const CLI = join(PROJECT_ROOT, 'dist', 'cli.js');

/** Throughput of the CLI with one job count. */
export interface CliRun {
  readonly jobs: number;
  readonly roundsMs: readonly number[];
  readonly medianMs: number;
  readonly medianMbPerS: number;
  /** The fastest round: the least disturbed by other work on a shared machine. */
  readonly bestMs: number;
  readonly bestMbPerS: number;
  /** Exit codes other than 0 seen in the rounds (the corpus should parse cleanly). */
  readonly failedExits: readonly (number | null)[];
}

/** What the CLI benchmark measures. */
export interface CliReport {
  readonly path: string;
  readonly articles: number;
  readonly bytes: number;
  readonly cores: number;
  /** The 1-minute load average when the runs started: other work shares these cores. */
  readonly loadAverage: number;
  readonly runs: readonly CliRun[];
  /** Median time with 1 job / median time with 2. */
  readonly speedup: number;
  /** Best time with 1 job / best time with 2. */
  readonly bestSpeedup: number;
}

/** Runs the CLI benchmark, or returns why it is skipped (no corpus, no build). Takes about a minute. */
export function runCliBench(dir: string): CliReport | string {
  const bbc = loadTexts(dir, CORPUS_FILES.bbc);
  if (bbc === null) return `CLI benchmark skipped: ${join(dir, CORPUS_FILES.bbc)} is absent.`;
  if (!existsSync(CLI)) return `CLI benchmark skipped: ${CLI} is absent; run \`npm run build\` first.`;
  const loadAverage = loadavg()[0] ?? Number.NaN;
  const rounds = JOBS.map((): number[] => []);
  const failed = JOBS.map((): (number | null)[] => []);
  for (let r = 0; r < ROUNDS; r++) {
    JOBS.forEach((jobs, i) => {
      let status: number | null = 0;
      rounds[i]?.push(timeMs(() => (status = runCli(bbc.path, jobs))));
      if (status !== 0) failed[i]?.push(status);
    });
  }
  const runs = JOBS.map((jobs, i): CliRun => {
    const roundsMs = rounds[i] ?? [];
    const [medianMs, bestMs] = [median(roundsMs), best(roundsMs)];
    const failedExits = failed[i] ?? [];
    return { jobs, roundsMs, medianMs, medianMbPerS: mbPerSecond(bbc.bytes, medianMs), bestMs, bestMbPerS: mbPerSecond(bbc.bytes, bestMs), failedExits };
  });
  const [one, two] = runs;
  const ratio = (key: 'medianMs' | 'bestMs'): number => (one !== undefined && two !== undefined ? one[key] / two[key] : Number.NaN);
  const machine = { cores: availableParallelism(), loadAverage };
  return { path: bbc.path, articles: bbc.texts.length, bytes: bbc.bytes, ...machine, runs, speedup: ratio('medianMs'), bestSpeedup: ratio('bestMs') };
}

/** One run of the built CLI over a JSON Lines file; returns its exit code. */
function runCli(path: string, jobs: number): number | null {
  const args = [CLI, '--jsonl', '--jobs', String(jobs), '--output', '/dev/null', path];
  return spawnSync(process.execPath, args, { stdio: 'ignore' }).status;
}

/** The figures as text: a row per job count, then the speed-up against its target. */
export function formatCliReport(report: CliReport | string): string {
  if (typeof report === 'string') return report;
  const rows = report.runs.map((run) => [
    String(run.jobs),
    fixed(run.medianMs / 1e3, 2),
    fixed(run.medianMbPerS, 2),
    fixed(run.bestMbPerS, 2),
    run.roundsMs.map((ms) => fixed(ms / 1e3, 2)).join(' '),
    run.failedExits.length === 0 ? '' : `exit codes ${run.failedExits.join(', ')}`,
  ]);
  const columns = [{ header: 'jobs', align: 'right' }, { header: 'median s', align: 'right' }, { header: 'MB/s', align: 'right' }, { header: 'best MB/s', align: 'right' }, { header: 'rounds s' }, { header: 'note' }] as const;
  return [
    `CLI batch throughput: node dist/cli.js --jsonl --jobs N ${report.path} --output /dev/null`,
    `${count(report.articles)} articles, ${fixed(report.bytes / 1e6, 2)} MB; ${report.cores} cores, load average ${fixed(report.loadAverage, 2)} at start; wall clock of the whole process`,
    '',
    table(columns, rows),
    '',
    `Speed-up with 2 jobs: ${fixed(report.speedup, 2)}× by median, ${fixed(report.bestSpeedup, 2)}× by best round (target ≥ ${TARGET_SPEEDUP}× on 2 otherwise idle cores)`,
  ].join('\n');
}

/** The figures for `--json`, or `null` when skipped. */
export function cliReportJson(report: CliReport | string): unknown {
  if (typeof report === 'string') return null;
  return {
    ...report,
    runs: report.runs.map((run) => ({
      ...run,
      medianMs: round(run.medianMs),
      medianMbPerS: round(run.medianMbPerS),
      bestMs: round(run.bestMs),
      bestMbPerS: round(run.bestMbPerS),
      roundsMs: run.roundsMs.map((ms) => round(ms)),
    })),
    loadAverage: round(report.loadAverage),
    speedup: round(report.speedup),
    bestSpeedup: round(report.bestSpeedup),
  };
}
