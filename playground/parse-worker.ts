/**
 * The parse worker: runs the real library off the page's main thread, so typing and scrolling
 * stay smooth while a long article parses. Bundled on its own and started from a Blob URL.
 * @module
 */
import { safeParseArticle } from '../src/index.js';
import type { ParseRequest, ParseResponse } from './parse-protocol.js';

// The worker global; typed through the DOM lib's `postMessage(message, targetOrigin?)` overloads
// would be wrong, so only the one call used here is declared.
const scope = self as unknown as { onmessage: ((e: MessageEvent<ParseRequest>) => void) | null; postMessage(message: ParseResponse): void };

scope.onmessage = ({ data: { id, text } }) => {
  const t0 = performance.now();
  const result = safeParseArticle(text);
  const parseMs = performance.now() - t0;
  scope.postMessage(
    result.success
      ? { id, parseMs, success: true, article: result.data }
      : { id, parseMs, success: false, code: result.error.code, message: result.error.message },
  );
};
