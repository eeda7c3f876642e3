/**
 * Turning the command line's positional arguments into the list of inputs to parse: files,
 * directories (recursively, `*.txt`, sorted), standard input, and JSON Lines records. An argument
 * that yields nothing parseable becomes a failed input, so it is reported and counted, never lost.
 * @module
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** How an input is named in the output: a path, `<stdin>`, a record's `id`, or its line number. */
export type InputName = string | number;

/** Why an input produced no Article: a library error code, or one of the CLI's own. */
export interface InputError {
  /** An `ArticleParseErrorCode`, `READ_ERROR`, `INVALID_RECORD` or `NO_TEXT_FILES`. */
  readonly code: string;
  readonly message: string;
}

/**
 * One thing to parse. Files are read where they are parsed (in a worker, in parallel), so the
 * list holds paths, not texts.
 */
export type Input =
  | { readonly kind: 'file'; readonly name: InputName; readonly path: string }
  | { readonly kind: 'text'; readonly name: InputName; readonly text: string }
  | { readonly kind: 'failed'; readonly name: InputName; readonly error: InputError };

/** The inputs of a run, and whether it is a batch (which decides the default format). */
export interface Inputs {
  readonly inputs: readonly Input[];
  /** More than one argument, a directory, or `--jsonl`. */
  readonly batch: boolean;
}

/** The name of standard input in the output. */
export const STDIN_NAME = '<stdin>';

/** Expands `args` (empty: standard input) into inputs; reads standard input and JSON Lines files. */
export async function collectInputs(args: readonly string[], jsonl: { readonly field: string } | null): Promise<Inputs> {
  const list = args.length === 0 ? ['-'] : args;
  let inputs: Input[] = [];
  let directory = false;
  // concat, not push(...more): a dataset of a few hundred thousand records would overflow the
  // argument limit of a spread call.
  for (const arg of list) {
    if (jsonl !== null) {
      inputs = inputs.concat(arg === '-' ? jsonlRecords(await readStdin(), STDIN_NAME, jsonl.field) : jsonlFile(arg, jsonl.field));
    } else if (arg === '-') {
      inputs.push({ kind: 'text', name: STDIN_NAME, text: await readStdin() });
    } else {
      const expanded = expandPath(arg);
      directory ||= expanded.directory;
      inputs = inputs.concat(expanded.inputs);
    }
  }
  return { inputs, batch: jsonl !== null || list.length > 1 || directory };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A file as itself; a directory as its `*.txt` files, recursively, sorted by path. */
function expandPath(path: string): { inputs: Input[]; directory: boolean } {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    return { inputs: [readError(path, error)], directory: false };
  }
  if (!isDirectory) return { inputs: [{ kind: 'file', name: path, path }], directory: false };
  const files: string[] = [];
  const failures: Input[] = [];
  walk(path, files, failures);
  // Plain code-unit order, not localeCompare: the same order on every machine and locale.
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const inputs: Input[] = files.map((file) => ({ kind: 'file', name: file, path: file }));
  if (files.length === 0 && failures.length === 0) {
    failures.push({ kind: 'failed', name: path, error: { code: 'NO_TEXT_FILES', message: `no *.txt files under ${path}` } });
  }
  return { inputs: [...inputs, ...failures], directory: true };
}

/**
 * Collects the `*.txt` files under `dir`. Symbolic links to files are followed; links to
 * directories are not, so a link cycle cannot loop forever.
 */
function walk(dir: string, files: string[], failures: Input[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    failures.push(readError(dir, error));
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files, failures);
    else if (entry.name.endsWith('.txt') && (entry.isFile() || isLinkToFile(path))) files.push(path);
  }
}

function isLinkToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true; // a dangling link: listed, so that reading it reports the error
  }
}

function jsonlFile(path: string, field: string): Input[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return [readError(path, error)];
  }
  return jsonlRecords(text, path, field);
}

/**
 * One input per non-blank line of `text`: the record's `field`, named by its `id` (a string or
 * number) or else by its 1-based line number.
 */
export function jsonlRecords(text: string, source: string, field: string): Input[] {
  const inputs: Input[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() !== '') inputs.push(jsonlRecord(line, index + 1, `${source}:${index + 1}`, field));
  }
  return inputs;
}

function jsonlRecord(line: string, lineNumber: number, where: string, field: string): Input {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return invalidRecord(lineNumber, `${where}: not JSON: ${(error as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return invalidRecord(lineNumber, `${where}: not a JSON object`);
  }
  const fields = record as Record<string, unknown>;
  const name = typeof fields.id === 'string' || typeof fields.id === 'number' ? fields.id : lineNumber;
  const text = fields[field];
  if (typeof text !== 'string') return invalidRecord(name, `${where}: no string "${field}" field`);
  return { kind: 'text', name, text };
}

function invalidRecord(name: InputName, message: string): Input {
  return { kind: 'failed', name, error: { code: 'INVALID_RECORD', message } };
}

/** A failed input for a path that could not be read. */
export function readError(path: string, error: unknown): Input & { kind: 'failed' } {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', name: path, error: { code: 'READ_ERROR', message } };
}
