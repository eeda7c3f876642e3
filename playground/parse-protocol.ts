/**
 * The messages between the page and its parse worker. Errors cross as plain data: an
 * `ArticleParseError` instance does not survive structured cloning with its class.
 * @module
 */
import type { Article, ArticleParseErrorCode } from '../src/index.js';

/** Page → worker: parse this text. */
export interface ParseRequest {
  readonly id: number;
  readonly text: string;
}

/** Worker → page: the outcome, and how long `safeParseArticle` took inside the worker. */
export type ParseResponse =
  | { readonly id: number; readonly parseMs: number; readonly success: true; readonly article: Article }
  | { readonly id: number; readonly parseMs: number; readonly success: false; readonly code: ArticleParseErrorCode; readonly message: string };
