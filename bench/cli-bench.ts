/**
 * The CLI's batch throughput: `node dist/cli.js --jsonl --jobs N bbc.jsonl` with 1 and 2 jobs,
 * timed as a user would see it (wall clock of the whole process: start-up, reading, parsing,
 * writing the JSON Lines to /dev/null), and the speed-up of 2 jobs over 1 (target: at least 1.7×),
 * beside a control that needs no threads: two single-job processes at once, each on half the
 * corpus, which shows how much parallelism the (possibly shared) machine offers at that moment.
 * Needs the build (`npm run build`): it times the CLI that ships. Prints figures; never fails on them.
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_FILES, PROJECT_ROOT, loadTexts } from './corpus.js';
import { count, fixed, round, table } from './format.js';
import { best, mbPerSecond, median } from './timing.js';

/** Timed runs per configuration, interleaved so that drift (other load on the machine) hits all alike. */
const ROUNDS = 5;
/** The speed-up 2 jobs should reach on 2 free cores. */
export const TARGET_SPEEDUP = 1.7;

const CLI = join(PROJECT_ROOT, 'dist', 'cli.js');

/** Throughput of the CLI in one configuration. */
export interface CliRun {
  readonly label: string;
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
  /** `--jobs 1`, `--jobs 2`, and the control: two `--jobs 1` processes at once, each on half the corpus. */
  readonly runs: readonly [CliRun, CliRun, CliRun];
  /** Median time with 1 job / median time with 2. */
  readonly speedup: number;
  /** Best time with 1 job / best time with 2. */
  readonly bestSpeedup: number;
  /**
   * Median time with 1 job / median time of the control: the speed-up the machine itself allows
   * at the moment, with no threads involved. 2 jobs cannot be expected to beat it.
   */
  readonly machineSpeedup: number;
}

/** A configuration: `jobs` per process, one process per file, all at once. */
interface Config {
  readonly label: string;
  readonly jobs: number;
  readonly files: readonly string[];
}

/** Runs the CLI benchmark, or returns why it is skipped (no corpus, no build). Takes about 1.5 minutes. */
export async function runCliBench(dir: string): Promise<CliReport | string> {
  const bbc = loadTexts(dir, CORPUS_FILES.bbc);
  if (bbc === null) return `CLI benchmark skipped: ${join(dir, CORPUS_FILES.bbc)} is absent.`;
  if (!existsSync(CLI)) return `CLI benchmark skipped: ${CLI} is absent; run \`npm run build\` first.`;
  const loadAverage = loadavg()[0] ?? Number.NaN;
  const temp = mkdtempSync(join(tmpdir(), 'nap-cli-bench-'));
  try {
    const halves = writeHalves(bbc.texts, temp);
    const configs: Config[] = [
      { label: '--jobs 1', jobs: 1, files: [bbc.path] },
      { label: '--jobs 2', jobs: 2, files: [bbc.path] },
      { label: 'control: 2 processes × --jobs 1, half each', jobs: 1, files: halves },
    ];
    const [one, two, control] = await timeConfigs(configs, bbc.bytes);
    const ratio = (a: CliRun, b: CliRun, key: 'medianMs' | 'bestMs'): number => a[key] / b[key];
    return {
      path: bbc.path,
      articles: bbc.texts.length,
      bytes: bbc.bytes,
      cores: availableParallelism(),
      loadAverage,
      runs: [one, two, control],
      speedup: ratio(one, two, 'medianMs'),
      bestSpeedup: ratio(one, two, 'bestMs'),
      machineSpeedup: ratio(one, control, 'medianMs'),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The corpus split into two JSON Lines files of alternate articles, for the control. */
function writeHalves(texts: readonly string[], dir: string): [string, string] {
  const paths: [string, string] = [join(dir, 'half-a.jsonl'), join(dir, 'half-b.jsonl')];
  paths.forEach((path, half) => {
    const lines = texts.filter((_, i) => i % 2 === half).map((text, i) => JSON.stringify({ id: i, text }));
    writeFileSync(path, `${lines.join('\n')}\n`);
  });
  return paths;
}

/** {@link ROUNDS} rounds of every configuration, interleaved. */
async function timeConfigs(configs: readonly Config[], bytes: number): Promise<[CliRun, CliRun, CliRun]> {
  const rounds = configs.map((): number[] => []);
  const failed = configs.map((): (number | null)[] => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, config] of configs.entries()) {
      const start = performance.now();
      const codes = await Promise.all(config.files.map((file) => runCli(file, config.jobs)));
      rounds[i]?.push(performance.now() - start);
      failed[i]?.push(...codes.filter((code) => code !== 0));
    }
  }
  const runs = configs.map((config, i): CliRun => {
    const roundsMs = rounds[i] ?? [];
    const [medianMs, bestMs] = [median(roundsMs), best(roundsMs)];
    const failedExits = failed[i] ?? [];
    return { label: config.label, roundsMs, medianMs, medianMbPerS: mbPerSecond(bytes, medianMs), bestMs, bestMbPerS: mbPerSecond(bytes, bestMs), failedExits };
  });
  const [one, two, control] = runs;
  if (one === undefined || two === undefined || control === undefined) throw new Error('three configurations expected');
  return [one, two, control];
}

/** One run of the built CLI over a JSON Lines file; resolves to its exit code. */
function runCli(path: string, jobs: number): Promise<number | null> {
  const args = [CLI, '--jsonl', '--jobs', String(jobs), '--output', '/dev/null', path];
  return new Promise((done) => spawn(process.execPath, args, { stdio: 'ignore' }).on('close', (code) => done(code)));
}

/** The figures as text: a row per job count, then the speed-up against its target. */
export function formatCliReport(report: CliReport | string): string {
  if (typeof report === 'string') return report;
  const rows = report.runs.map((run) => [
    run.label,
    fixed(run.medianMs / 1e3, 2),
    fixed(run.medianMbPerS, 2),
    fixed(run.bestMbPerS, 2),
    run.roundsMs.map((ms) => fixed(ms / 1e3, 2)).join(' '),
    run.failedExits.length === 0 ? '' : `exit codes ${run.failedExits.join(', ')}`,
  ]);
  const columns = [{ header: 'run' }, { header: 'median s', align: 'right' }, { header: 'MB/s', align: 'right' }, { header: 'best MB/s', align: 'right' }, { header: 'rounds s' }, { header: 'note' }] as const;
  return [
    `CLI batch throughput: node dist/cli.js --jsonl --jobs N ${report.path} --output /dev/null`,
    `${count(report.articles)} articles, ${fixed(report.bytes / 1e6, 2)} MB; ${report.cores} cores, load average ${fixed(report.loadAverage, 2)} at start; wall clock of the whole process`,
    '',
    table(columns, rows),
    '',
    `Speed-up with 2 jobs: ${fixed(report.speedup, 2)}× by median, ${fixed(report.bestSpeedup, 2)}× by best round (target ≥ ${TARGET_SPEEDUP}× on 2 otherwise idle cores)`,
    `The machine's own speed-up now (control / --jobs 1): ${fixed(report.machineSpeedup, 2)}×`,
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
    machineSpeedup: round(report.machineSpeedup),
  };
}
