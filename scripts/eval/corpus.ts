/**
 * Loading the evaluation corpora (`../shared/corpus`, see its README) and parsing every article
 * once. The corpora are never copied into the project.
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/schema.js';

/** A gold span: `text === record.text.slice(start, end)`. */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

/** One PolNeAR attribution relation. */
export interface GoldAttribution {
  id: string;
  kind: string;
  source: GoldSpan[] | null;
  cue: GoldSpan[] | null;
  content: GoldSpan[] | null;
  direct: boolean;
}

/** A PolNeAR article. */
export interface PolnearRecord {
  id: string;
  publisher: string;
  title: string;
  text: string;
  annotations: { annotator: string; attributions: GoldAttribution[] }[];
}

/** A News Article Extraction Benchmark article. */
export interface NaebRecord {
  id: string;
  title: string;
  authors: string | null;
  site: string;
  body: string;
}

/** A BBC News article (title line, blank line, paragraphs). */
export interface BbcRecord {
  id: string;
  category: string;
  text: string;
}

/** The corpus files, by name. */
export const CORPUS_FILES = {
  naeb: 'naeb.jsonl',
  'polnear-dev': 'polnear-dev.jsonl',
  'polnear-train': 'polnear-train.jsonl',
  bbc: 'bbc.jsonl',
} as const;

export type CorpusName = keyof typeof CORPUS_FILES;

/** True when `dir` is a directory holding at least one of the corpus files. */
export function corpusPresent(dir: string): boolean {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  return Object.values(CORPUS_FILES).some((f) => existsSync(join(dir, f)));
}

/** Path of a corpus file, or `null` when it is missing. */
export function corpusFile(dir: string, name: CorpusName): string | null {
  const path = join(dir, CORPUS_FILES[name]);
  return existsSync(path) ? path : null;
}

/** Reads a JSON Lines file (first `limit` records when given). */
export function readJsonl<T>(path: string, limit?: number): T[] {
  const out: T[] = [];
  const max = limit ?? Number.POSITIVE_INFINITY;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (out.length >= max) break;
    if (line.trim() === '') continue;
    out.push(JSON.parse(line) as T);
  }
  return out;
}

/** The parser input for a NAEB record: title, "By …" line when there are authors, blank line, body. */
export function naebInput(r: NaebRecord): string {
  const byline = r.authors ? `By ${r.authors}\n` : '';
  return `${r.title}\n${byline}\n${r.body}`;
}

/** An article with empty everything: what a crashed parse is scored as. */
export const EMPTY_ARTICLE: Article = {
  headline: null,
  byline: null,
  dateline: null,
  standfirst: null,
  paragraphs: [],
  sections: [],
  quotes: [],
  sources: [],
};

/** A record, the input built from it, and its parse. */
export interface Parsed<R> {
  id: string;
  record: R;
  input: string;
  /** The parse, or {@link EMPTY_ARTICLE} when the parser threw. */
  article: Article;
  /** The error message when the parser threw. */
  error: string | null;
}

/** A parsed corpus with timing. */
export interface ParsedCorpus<R> {
  name: CorpusName;
  docs: Parsed<R>[];
  /** Total time spent inside the parser, in milliseconds. */
  parseMs: number;
  /** Articles whose parse threw. */
  failures: { id: string; error: string }[];
}

export type ParseFn = (text: string) => Article;

/** Parses every record once, catching and recording parser exceptions. */
export function parseCorpus<R extends { id: string }>(
  name: CorpusName,
  records: readonly R[],
  toInput: (r: R) => string,
  parse: ParseFn,
): ParsedCorpus<R> {
  const docs: Parsed<R>[] = [];
  const failures: { id: string; error: string }[] = [];
  let parseMs = 0;
  for (const record of records) {
    const input = toInput(record);
    const t0 = performance.now();
    let article = EMPTY_ARTICLE;
    let error: string | null = null;
    try {
      article = parse(input);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      failures.push({ id: record.id, error });
    }
    parseMs += performance.now() - t0;
    docs.push({ id: record.id, record, input, article, error });
  }
  return { name, docs, parseMs, failures };
}
