/**
 * The command: reads the flags, collects the inputs, parses them (across worker threads for a
 * batch) and writes the results in input order, reporting every failure on standard error.
 * @module
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { EXIT, parseCommand, usage, type RunArgs } from './args.js';
import { collectInputs } from './inputs.js';
import { OutputWriter, type RenderMode, type Sink } from './output.js';
import { processAll } from './pool.js';
import { createProgress } from './progress.js';

const NAME = 'news-article-parser';

/**
 * Runs the command line `argv` (without the node and script paths) and returns the exit code.
 * `entry` is the CLI's entry module: the worker script, and where package.json is found (`../`).
 */
export async function main(argv: readonly string[], entry: URL): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(usage());
      return EXIT.ok;
    case 'version':
      process.stdout.write(`${readVersion(entry)}\n`);
      return EXIT.ok;
    case 'usage-error':
      return usageError(command.message);
    case 'run':
      return run(command.settings, entry);
  }
}

async function run(args: RunArgs, entry: URL): Promise<number> {
  if (args.inputs.length === 0 && process.stdin.isTTY) return usageError('no input: give files or directories, or pipe text in');
  const sink = openSink(args.output);
  if (typeof sink === 'string') return usageError(sink);
  const { inputs, batch } = await collectInputs(args.inputs, args.jsonl ? { field: args.field } : null);
  const mode: RenderMode = { format: args.format ?? (batch ? 'jsonl' : 'json'), batch };
  const writer = new OutputWriter(sink, mode);
  const progress = createProgress(inputs.length, process.stderr);
  let failed = 0;
  try {
    await processAll(inputs, { mode, maxLength: args.maxLength }, args.jobs, entry, (outcome) => {
      writer.add(outcome.rendered);
      if (outcome.error !== null) {
        failed++;
        progress.report(`${NAME}: ${String(outcome.name)}: ${outcome.error.code}: ${outcome.error.message}\n`);
      }
      progress.tick();
    });
  } finally {
    progress.done();
    writer.end();
    sink.close();
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

function usageError(message: string): number {
  process.stderr.write(`${NAME}: ${message}\nRun "${NAME} --help" for the options.\n`);
  return EXIT.usage;
}

function readVersion(entry: URL): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', entry), 'utf8')) as { version: string };
  return pkg.version;
}

/** Standard output, or the `--output` file; a message when the file cannot be opened. */
function openSink(path: string | undefined): (Sink & { close(): void }) | string {
  if (path === undefined) {
    // A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? EXIT.ok);
    });
    return { write: (text) => process.stdout.write(text), close: () => undefined };
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    return `cannot write ${path}: ${(error as Error).message}`;
  }
  return { write: (text) => writeSync(fd, text), close: () => closeSync(fd) };
}
