/**
 * Command-line flags, parsed with `node:util` `parseArgs` (strict: an unknown flag is a usage
 * error, so a typo never silently runs with the wrong settings), and the `--help` text.
 * @module
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_LENGTH } from '../index.js';

/** The output formats of `--format`. */
export const FORMATS = ['jsonl', 'json', 'text'] as const;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'run'; readonly settings: RunArgs };

/** The flags of a parsing run. */
export interface RunArgs {
  /** Positional arguments: files, directories, `-` for standard input; empty means standard input. */
  readonly inputs: readonly string[];
  /** `undefined` when `--format` is absent: the default depends on whether the run is a batch. */
  readonly format: Format | undefined;
  /** `--jsonl`: inputs are JSON Lines files whose records hold the text in {@link field}. */
  readonly jsonl: boolean;
  readonly field: string;
  readonly maxLength: number;
  readonly jobs: number;
  /** `--output FILE`; `undefined` for standard output. */
  readonly output: string | undefined;
}

/** Exit codes, as documented in `--help` and docs/cli.md. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** The `--help` text. */
export function usage(): string {
  return `Usage: news-article-parser [options] [FILE | DIR | -]...

Parses plain-text news articles into Articles (headline, byline, dateline, paragraphs,
sections, quotes, sources). A directory is searched recursively for *.txt files, in sorted
order; "-" is standard input, which is also read when no input is given.

Options:
  -f, --format FORMAT   jsonl | json | text. Default: json for one file or standard input,
                        jsonl for a batch (several inputs, a directory, or --jsonl)
      --jsonl           inputs are JSON Lines files (one JSON record per line)
      --field NAME      with --jsonl: the record field holding the text (default: text);
                        a record is named by its "id" field, else by its line number
      --max-length N    longest input accepted, in UTF-16 code units (default: ${DEFAULT_MAX_LENGTH})
  -j, --jobs N          worker threads (default: available cores, here ${availableParallelism()});
                        output order is input order whatever the number
  -o, --output FILE     write to FILE instead of standard output
  -v, --version         print the version
  -h, --help            print this text

Formats:
  jsonl   one line per input: {"input":NAME,"article":{...}} or {"input":NAME,"error":{"code","message"}}
  json    pretty JSON: the Article for a single input; an array of the jsonl records for a batch
  text    a skim view: headline, byline, dateline, then each section heading with its quotes,
          each quote with its speaker and the source it resolves to

Errors: an input that cannot be read or parsed is reported on standard error with its name
(and as an error record in jsonl and json batches); the other inputs are still parsed.

Exit codes:
  0   every input parsed
  1   some inputs failed (read errors, invalid records, parse errors such as INPUT_TOO_LARGE)
  2   usage error: unknown or malformed option, no input on a terminal, output not writable
`;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  jsonl: { type: 'boolean' },
  field: { type: 'string' },
  'max-length': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  output: { type: 'string', short: 'o' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads `argv` (without the node and script paths) into a {@link Command}. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  return runCommand(values, positionals);
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

function runCommand(values: Values, inputs: readonly string[]): Command {
  const format = values.format;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  if (values.field !== undefined && values.jsonl !== true) return usageError('--field needs --jsonl');
  if (inputs.filter((input) => input === '-').length > 1) return usageError('standard input ("-") can be read only once');
  const maxLength = positiveInteger('--max-length', values['max-length'], DEFAULT_MAX_LENGTH);
  const jobs = positiveInteger('--jobs', values.jobs, availableParallelism());
  if (typeof maxLength === 'string') return usageError(maxLength);
  if (typeof jobs === 'string') return usageError(jobs);
  const settings: RunArgs = {
    inputs,
    format: format as Format | undefined,
    jsonl: values.jsonl === true,
    field: values.field ?? 'text',
    maxLength,
    jobs,
    output: values.output,
  };
  return { kind: 'run', settings };
}

/** `value` as a positive integer, `fallback` when absent, or the message saying why it is not one. */
function positiveInteger(flag: string, value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  return /^[1-9]\d{0,14}$/.test(value) ? Number(value) : `${flag} takes a positive whole number, not "${value}"`;
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}
