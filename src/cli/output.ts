/**
 * The output formats: how one input's result is rendered (in the worker that parsed it, so the
 * main thread only writes strings), and how the rendered results are joined into the output.
 * @module
 */
import type { Article, Quote } from '../index.js';
import type { Format } from './args.js';
import type { InputError, InputName } from './inputs.js';

/** How results are rendered: the format, and whether the run is a batch. */
export interface RenderMode {
  readonly format: Format;
  /** A single input in `json` or `text` is rendered bare, without its name. */
  readonly batch: boolean;
}

/** One input's result. */
export type Result = { readonly article: Article; readonly error?: never } | { readonly article?: never; readonly error: InputError };

/** Renders `result` without a trailing newline; `''` when a single input failed (stderr says why). */
export function render(name: InputName, result: Result, mode: RenderMode): string {
  const record = result.error === undefined ? { input: name, article: result.article } : { input: name, error: result.error };
  switch (mode.format) {
    case 'jsonl':
      return JSON.stringify(record);
    case 'json':
      if (mode.batch) return indent(JSON.stringify(record, null, 2));
      return result.article === undefined ? '' : JSON.stringify(result.article, null, 2);
    case 'text': {
      const body = result.article === undefined ? `error: ${result.error.code}: ${result.error.message}` : renderText(result.article);
      if (!mode.batch) return result.article === undefined ? '' : body;
      return `== ${String(name)} ==\n${body}`;
    }
  }
}

/** Indents a pretty JSON text one level, as an array element (JSON strings hold no raw newline). */
function indent(json: string): string {
  return `  ${json.replaceAll('\n', '\n  ')}`;
}

/** Longest quote text shown in the text view; longer ones are cut with an ellipsis. */
const QUOTE_WIDTH = 160;

/**
 * The skim view: headline, byline and dateline, then each section's heading followed by the
 * quotes that start in it (headline quotes first), each with its speaker and resolved source.
 */
export function renderText(article: Article): string {
  const lines = [article.headline?.text ?? '(no headline)'];
  if (article.byline !== null) lines.push(article.byline.text);
  if (article.dateline !== null) lines.push(article.dateline.text);
  const bySection = new Map<number | null, Quote[]>();
  for (const quote of article.quotes) {
    const first = quote.paragraphs[0];
    const section = first === undefined ? null : (article.paragraphs[first]?.section ?? null);
    bySection.set(section, [...(bySection.get(section) ?? []), quote]);
  }
  lines.push(...quoteLines(article, bySection.get(null) ?? []));
  for (const section of article.sections) {
    if (section.heading !== null) lines.push('', `## ${section.heading.text}`);
    lines.push(...quoteLines(article, bySection.get(section.index) ?? []));
  }
  if (article.quotes.length === 0) lines.push('', '(no quotes)');
  return lines.join('\n');
}

function quoteLines(article: Article, quotes: readonly Quote[]): string[] {
  return quotes.length === 0 ? [] : ['', ...quotes.map((quote) => `  ${quoteText(quote)}\n      — ${attribution(article, quote)}`)];
}

function quoteText(quote: Quote): string {
  const text = quote.text.length > QUOTE_WIDTH ? `${quote.text.slice(0, QUOTE_WIDTH - 1)}…` : quote.text;
  return quote.kind === 'direct' ? `"${text}"` : `(${quote.kind}) ${text}`;
}

/** "speaker as written (cue) → source name, title", with the parts the parse left empty omitted. */
function attribution(article: Article, quote: Quote): string {
  const source = quote.source === null ? undefined : article.sources[quote.source];
  const cue = quote.cue === null ? '' : ` (${quote.cue.text})`;
  const resolved = source === undefined ? '' : ` → ${source.name}${source.title === null ? '' : `, ${source.title}`} [${source.kind}]`;
  if (quote.speaker === null && source === undefined) return `unattributed${cue}`;
  return `${quote.speaker?.text ?? '(no speaker)'}${cue}${resolved}`;
}

/** Where output goes: standard output or the `--output` file. */
export interface Sink {
  write(text: string): void;
}

/** Joins rendered results in input order: lines for jsonl, an array for a json batch, blank-line-separated views for text. */
export class OutputWriter {
  private written = 0;

  constructor(
    private readonly sink: Sink,
    private readonly mode: RenderMode,
  ) {}

  add(rendered: string): void {
    if (rendered === '') return;
    this.sink.write(`${this.separator()}${rendered}${this.arrayed() ? '' : '\n'}`);
    this.written++;
  }

  end(): void {
    if (this.arrayed()) this.sink.write(this.written === 0 ? '[]\n' : '\n]\n');
  }

  /** A json batch is one array of records; the other outputs are one result after another. */
  private arrayed(): boolean {
    return this.mode.format === 'json' && this.mode.batch;
  }

  private separator(): string {
    if (this.arrayed()) return this.written === 0 ? '[\n' : ',\n';
    return this.written > 0 && this.mode.format === 'text' ? '\n' : ''; // a blank line between text views
  }
}
