/**
 * Parsing a batch across worker threads, results emitted in input order whichever worker
 * finishes first. The CLI's entry module doubles as the worker script (see `src/cli.ts`), so the
 * package ships no second bundle for it.
 * @module
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { processInput, type Outcome, type TaskSettings } from './parse-input.js';

/**
 * Inputs a worker holds at once: one being parsed and the rest queued, so that it does not idle
 * while the main thread waits for a core on a busy machine; small enough that the last inputs
 * still spread over the workers.
 */
const PER_WORKER = 8;
/**
 * How far dispatch may run ahead of the output, per worker: bounds the results held back behind
 * one slow input (a 5 MB article takes seconds; the rest would pile up).
 */
const AHEAD_PER_WORKER = 32;

/** A message to a worker: the input at `index`. */
interface Request {
  readonly index: number;
  readonly input: Input;
}

/** A worker's answer to a {@link Request}. */
interface Reply {
  readonly index: number;
  readonly outcome: Outcome;
}

/**
 * Processes every input with up to `jobs` worker threads running `entry`, calling `emit` in input
 * order. Runs inline, on this thread, when one job suffices (`--jobs 1`, or a single input).
 */
export async function processAll(
  inputs: readonly Input[],
  settings: TaskSettings,
  jobs: number,
  entry: URL,
  emit: (outcome: Outcome) => void,
): Promise<void> {
  const count = Math.min(jobs, inputs.length);
  if (count <= 1) {
    for (const input of inputs) emit(processInput(input, settings));
    return;
  }
  const workers = Array.from({ length: count }, () => startWorker(entry, settings));
  try {
    await new Promise<void>((resolve, reject) => new OrderedRun(inputs, workers, emit, resolve, reject).start());
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function startWorker(entry: URL, settings: TaskSettings): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: settings });
  // Run from the TypeScript sources (`npm run parse`, the tests): Node 20 does not carry tsx's
  // loader hooks into worker threads, so the worker registers tsx before importing the entry.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const script = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(script, { eval: true, workerData: settings });
}

/** The dispatch and reordering state of one parallel run. */
class OrderedRun {
  private dispatched = 0;
  private emitted = 0;
  private readonly finished = new Map<number, Outcome>();
  private readonly load = new Map<Worker, number>();

  constructor(
    private readonly inputs: readonly Input[],
    private readonly workers: readonly Worker[],
    private readonly emit: (outcome: Outcome) => void,
    private readonly resolve: () => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  start(): void {
    for (const worker of this.workers) {
      worker.on('message', (reply: Reply) => this.receive(worker, reply));
      worker.on('error', this.reject);
      worker.on('exit', (code) => {
        if (this.emitted < this.inputs.length) this.reject(new Error(`a worker thread stopped early (exit code ${code})`));
      });
    }
    this.pump();
  }

  private receive(worker: Worker, { index, outcome }: Reply): void {
    try {
      this.load.set(worker, (this.load.get(worker) ?? 1) - 1);
      this.finished.set(index, outcome);
      for (let next = this.finished.get(this.emitted); next !== undefined; next = this.finished.get(this.emitted)) {
        this.finished.delete(this.emitted++);
        this.emit(next);
      }
      if (this.emitted === this.inputs.length) this.resolve();
      else this.pump();
    } catch (error) {
      this.reject(error);
    }
  }

  /** Hands out inputs until every worker holds {@link PER_WORKER} or dispatch is far enough ahead. */
  private pump(): void {
    const limit = Math.min(this.inputs.length, this.emitted + AHEAD_PER_WORKER * this.workers.length);
    for (const worker of this.workers) {
      while ((this.load.get(worker) ?? 0) < PER_WORKER && this.dispatched < limit) {
        const index = this.dispatched++;
        const input = this.inputs[index];
        if (input !== undefined) worker.postMessage({ index, input } satisfies Request);
        this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
      }
    }
  }
}

/** The worker side: parses each input it is sent with the settings it was started with. */
export function serveWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveWorker runs only in a worker thread');
  const settings = workerData as TaskSettings;
  port.on('message', ({ index, input }: Request) => port.postMessage({ index, outcome: processInput(input, settings) } satisfies Reply));
}
