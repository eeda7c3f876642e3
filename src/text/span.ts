/**
 * Building {@link TextSpan}s that honour the offsets contract: `text` is `input.slice(start, end)`
 * with whitespace runs collapsed to one space and trimmed, and the span's ends never sit on a
 * blank character.
 * @module
 */
import type { Span, TextSpan } from '../schema.js';
import { isBlank } from './chars.js';

const WHITESPACE_RUN = /\s+/g;
// Only a run of two, or a whitespace character other than the plain space, needs the replace.
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** Narrows `[start, end)` past blank characters at both ends. Returns an empty span at `start` if nothing is left. */
export function trimSpan(input: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isBlank(input.charCodeAt(s))) s++;
  while (e > s && isBlank(input.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** The collapsed text of `input.slice(start, end)` per the offsets contract (the span must already be trimmed). */
export function spanText(input: string, start: number, end: number): string {
  const raw = input.slice(start, end);
  return NEEDS_COLLAPSE.test(raw) ? raw.replace(WHITESPACE_RUN, ' ').trim() : raw.trim();
}

/** A trimmed {@link TextSpan} for `[start, end)` of `input`. */
export function textSpan(input: string, start: number, end: number): TextSpan {
  const t = trimSpan(input, start, end);
  return { start: t.start, end: t.end, text: spanText(input, t.start, t.end) };
}
