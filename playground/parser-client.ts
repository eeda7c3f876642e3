/**
 * The page's side of the parse worker: sends text, delivers only the answer to the latest
 * request (an older one that finishes late is dropped).
 * @module
 */
import type { ParseRequest, ParseResponse } from './parse-protocol.js';

/**
 * The worker's bundled source, inlined by the build (`scripts/build-playground.ts`) so the page
 * is self-contained: a worker started from a Blob URL runs from file:// too, where Chromium
 * refuses `new Worker('file.js')`.
 */
declare const PARSE_WORKER_SOURCE: string;

/** Sends article text to the worker. */
export interface ParserClient {
  parse(text: string): void;
}

/**
 * Starts the parse worker; `onResult` gets the response to the most recent `parse` call, with
 * the text it was for.
 *
 * @example
 * ```ts
 * const parser = startParser((text, response) => render(text, response));
 * parser.parse(textarea.value);
 * ```
 */
export function startParser(onResult: (text: string, response: ParseResponse) => void): ParserClient {
  const url = URL.createObjectURL(new Blob([PARSE_WORKER_SOURCE], { type: 'text/javascript' }));
  const worker = new Worker(url);
  let latest: ParseRequest = { id: 0, text: '' };
  worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
    if (event.data.id === latest.id) onResult(latest.text, event.data);
  });
  return {
    parse(text) {
      latest = { id: latest.id + 1, text };
      worker.postMessage(latest);
    },
  };
}
