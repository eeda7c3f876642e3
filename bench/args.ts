/**
 * Command-line flags of the benchmark scripts, parsed with `node:util` `parseArgs` (unknown flags
 * are an error, so a typo does not silently run the wrong benchmark).
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_GENERATED } from './adversarial-run.js';
import { DEFAULT_SEED } from './grammar.js';

/** Flags of `npm run bench` and `npm run bench:adversarial`. */
export interface BenchArgs {
  /** `--corpus DIR`: where bbc.jsonl and polnear-dev.jsonl are. */
  readonly corpus: string | undefined;
  /** `--json`: print the figures as one JSON object instead of tables. */
  readonly json: boolean;
  /** False with `--no-adversarial`: skip the adversarial shapes (bench only). */
  readonly adversarial: boolean;
  /** `--shape TEXT`: only the adversarial shapes whose name contains TEXT. */
  readonly shape: string | undefined;
  /** `--seed N`: the generative search's seed. */
  readonly seed: number;
  /** `--generated N`: how many units the generative search draws (each in 3 layouts); 0 for none. */
  readonly generated: number;
  /** `--baseline REV`: a commit to build beside this tree and compare with (bench only); undefined with `--baseline none`. */
  readonly baseline: string | undefined;
}

/**
 * The commit compared with by default: the last one before the token-stream engine (issue #9),
 * whose speed-up and allocation the bench keeps reporting.
 */
export const DEFAULT_BASELINE = 'd57bba9';

const USAGE = {
  bench: `Usage: npm run bench [-- [--corpus DIR] [--json] [--no-adversarial] [--shape TEXT]]

  --corpus DIR       directory holding bbc.jsonl (default: ../shared/corpus from the project root)
  --json             print the figures as JSON
  --no-adversarial   corpus benchmark only
  --baseline REV     build commit REV beside this tree and compare full-parse MB/s and allocation
                     (default ${DEFAULT_BASELINE}, the engine before the token store; none: skip)
  --shape TEXT       only the adversarial shapes whose name contains TEXT
  --seed N           seed of the generated shapes (default ${DEFAULT_SEED})
  --generated N      units the generative search draws, each in 3 layouts (default ${DEFAULT_GENERATED}; 0: none)
  --help             this text`,
  adversarial: `Usage: npm run bench:adversarial [-- [--corpus DIR] [--json] [--shape TEXT] [--seed N] [--generated N]]

  --corpus DIR       directory holding bbc.jsonl, for the real-articles reference
  --json             print the figures as JSON
  --shape TEXT       only the shapes whose name contains TEXT
  --seed N           seed of the generated shapes (default ${DEFAULT_SEED})
  --generated N      units the generative search draws, each in 3 layouts (default ${DEFAULT_GENERATED}; 0: none)
  --help             this text`,
} as const;

/**
 * Parses `argv` (without the node and script paths) for `script`. Returns `null` when the script
 * should stop: after printing usage for `--help`, or, with `process.exitCode` set to 2, after
 * reporting an unknown or malformed flag.
 */
export function parseBenchArgs(script: 'bench' | 'adversarial', argv: readonly string[]): BenchArgs | null {
  const options: NonNullable<ParseArgsConfig['options']> = {
    json: { type: 'boolean' },
    shape: { type: 'string' },
    seed: { type: 'string' },
    generated: { type: 'string' },
    corpus: { type: 'string' },
    help: { type: 'boolean' },
  };
  if (script === 'bench') {
    options['no-adversarial'] = { type: 'boolean' };
    options.baseline = { type: 'string' };
  }
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE[script]}`);
    process.exitCode = 2;
    return null;
  }
  if (values.help === true) {
    console.log(USAGE[script]);
    return null;
  }
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const seed = whole(text(values.seed), DEFAULT_SEED);
  const generated = whole(text(values.generated), DEFAULT_GENERATED);
  if (seed === null || generated === null) {
    console.error(`--seed and --generated take a whole number\n\n${USAGE[script]}`);
    process.exitCode = 2;
    return null;
  }
  return {
    seed,
    generated,
    baseline: baselineOf(text(values.baseline)),
    corpus: text(values.corpus),
    json: values.json === true,
    adversarial: values['no-adversarial'] !== true,
    shape: text(values.shape),
  };
}

/** The `--baseline` revision: the default when absent, none for `none`. */
function baselineOf(value: string | undefined): string | undefined {
  if (value === 'none') return undefined;
  return value ?? DEFAULT_BASELINE;
}

/** `value` as a non-negative integer, `fallback` when absent, `null` when malformed. */
function whole(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
