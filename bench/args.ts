/**
 * Command-line flags of the benchmark scripts, parsed with `node:util` `parseArgs` (unknown flags
 * are an error, so a typo does not silently run the wrong benchmark).
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Flags of `npm run bench` and `npm run bench:adversarial`. */
export interface BenchArgs {
  /** `--corpus DIR`: where bbc.jsonl and polnear-dev.jsonl are (bench only). */
  readonly corpus: string | undefined;
  /** `--json`: print the figures as one JSON object instead of tables. */
  readonly json: boolean;
  /** False with `--no-adversarial`: skip the adversarial shapes (bench only). */
  readonly adversarial: boolean;
  /** `--shape TEXT`: only the adversarial shapes whose name contains TEXT. */
  readonly shape: string | undefined;
}

const USAGE = {
  bench: `Usage: npm run bench [-- [--corpus DIR] [--json] [--no-adversarial] [--shape TEXT]]

  --corpus DIR       directory holding bbc.jsonl (default: ../shared/corpus from the project root)
  --json             print the figures as JSON
  --no-adversarial   corpus benchmark only
  --shape TEXT       only the adversarial shapes whose name contains TEXT
  --help             this text`,
  adversarial: `Usage: npm run bench:adversarial [-- [--json] [--shape TEXT]]

  --json             print the figures as JSON
  --shape TEXT       only the shapes whose name contains TEXT
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
    help: { type: 'boolean' },
  };
  if (script === 'bench') {
    options.corpus = { type: 'string' };
    options['no-adversarial'] = { type: 'boolean' };
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
  return {
    corpus: text(values.corpus),
    json: values.json === true,
    adversarial: values['no-adversarial'] !== true,
    shape: text(values.shape),
  };
}
