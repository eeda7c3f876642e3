/**
 * Locating and loading the benchmark corpora in `../shared/corpus` (see its README). The corpora
 * are read where they are and never copied into the project.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { utf8Bytes } from './timing.js';

/** The project root: the parent of this `bench/` directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the corpora live when `--corpus` is not given: `../shared/corpus` from the project root. */
export const DEFAULT_CORPUS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

/** The corpus files the benchmark reads. */
export const CORPUS_FILES = {
  bbc: 'bbc.jsonl',
  polnearDev: 'polnear-dev.jsonl',
} as const;

/** The texts of one corpus file, ready to be parsed. */
export interface CorpusTexts {
  /** File name, e.g. `bbc.jsonl`. */
  readonly file: string;
  /** Absolute path of the file. */
  readonly path: string;
  /** Every record's `text`, in file order. */
  readonly texts: readonly string[];
  /** Total UTF-8 bytes of `texts`. */
  readonly bytes: number;
}

/** The directory to read: `--corpus DIR` resolved against the working directory, or the default. */
export function corpusDir(override: string | undefined): string {
  return override === undefined ? DEFAULT_CORPUS_DIR : resolve(override);
}

/**
 * Loads the `text` field of every record of `dir/file` (JSON Lines), or returns `null` when the
 * file does not exist. Throws when a line is not JSON or has no string `text`.
 */
export function loadTexts(dir: string, file: string): CorpusTexts | null {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const texts: string[] = [];
  let bytes = 0;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const record: unknown = JSON.parse(line);
    const text = typeof record === 'object' && record !== null && 'text' in record ? record.text : undefined;
    if (typeof text !== 'string') throw new Error(`${path}:${index + 1}: record has no string "text" field`);
    texts.push(text);
    bytes += utf8Bytes(text);
  }
  return { file, path, texts, bytes };
}

/** The first `count` texts of `corpus` and their UTF-8 bytes. */
export function firstTexts(corpus: CorpusTexts, count: number): { texts: readonly string[]; bytes: number } {
  const texts = corpus.texts.slice(0, count);
  return { texts, bytes: texts.reduce((sum, t) => sum + utf8Bytes(t), 0) };
}
