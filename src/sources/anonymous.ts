/**
 * Anonymous sources: "a source", "sources familiar with the matter", "two senior administration
 * officials", "a Pentagon spokesperson". Parsed as DETERMINER MODIFIER* HEAD TAIL? from the
 * lexicon's building blocks, and keyed by modifiers + head so one description is one source.
 * @module
 */
import { ANONYMOUS_SOURCE_DETERMINERS, ANONYMOUS_SOURCE_MODIFIERS, FAMILIARITY_TAILS, TAIL_ONLY_HEADS } from '../lexicon/anonymous-sources.js';
import { DEFINITE_DETERMINERS } from '../lexicon/grammar.js';
import type { TokenList } from './words.js';
import { isAnonymousHead, isNationalityAt } from './vocabulary.js';

/** An anonymous-source phrase. */
export interface AnonymousPhrase {
  /** Modifiers and head, lower-cased: "senior administration official". */
  readonly key: string;
  /** The head noun, lower-cased: "official". */
  readonly head: string;
  /** "the source": refers back to the last anonymous source with this head. */
  readonly definite: boolean;
  /** "another source": a new source even when the description repeats. */
  readonly another: boolean;
  readonly plural: boolean;
}

const MAX_DETERMINER_WORDS = 4;
const MAX_MODIFIERS = 5;

/** Joined lower-cased words of tokens `[k, k + n)`, or null when they are not adjacent. */
function wordsAt(tokens: TokenList, k: number, n: number, last: number): string | null {
  if (k + n - 1 > last) return null;
  let out = '';
  for (let m = k; m < k + n; m++) {
    if (m > k && tokens.hasGap(m)) return null;
    out = m === k ? tokens.lowerAt(m) : `${out} ${tokens.lowerAt(m)}`;
  }
  return out;
}

/** Longest entry of `set` that starts at token `k`, as a token count (0 when none). */
function unitAt(tokens: TokenList, k: number, last: number, set: ReadonlySet<string>, max: number): number {
  for (let n = max; n >= 1; n--) {
    const w = wordsAt(tokens, k, n, last);
    if (w !== null && set.has(w)) return n;
  }
  return 0;
}

/** True when a familiarity tail ("familiar with the matter", "close to") starts at token `k`. */
function hasTail(tokens: TokenList, k: number, last: number): boolean {
  const rest = wordsAt(tokens, k, Math.min(6, last - k + 1), last) ?? (k >= 0 && k < tokens.length ? tokens.lowerAt(k) : '');
  return FAMILIARITY_TAILS.some((tail) => rest.startsWith(tail));
}

/** True when some word of `[from, to]` is an anonymous-source head: a cheap test before parsing. */
function hasHead(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isAnonymousHead(tokens.lowerAt(k))) return true;
  return false;
}

/** Parses tokens `[from, to]` as an anonymous-source phrase, or returns null. */
export function parseAnonymous(tokens: TokenList, from: number, to: number): AnonymousPhrase | null {
  if (!hasHead(tokens, from, to)) return null;
  let k = from;
  const det = unitAt(tokens, k, to, ANONYMOUS_SOURCE_DETERMINERS, MAX_DETERMINER_WORDS);
  const determiner = det > 0 ? (wordsAt(tokens, k, det, to) ?? '') : '';
  k += det;
  const modifiers: string[] = [];
  while (k <= to && modifiers.length < MAX_MODIFIERS) {
    const lower = tokens.lowerAt(k);
    if (isAnonymousHead(lower) && !tokens.isCap(k)) break;
    const n = unitAt(tokens, k, to, ANONYMOUS_SOURCE_MODIFIERS, 3);
    if (n > 0) {
      modifiers.push(wordsAt(tokens, k, n, to) ?? lower);
      k += n;
    } else if (tokens.isCap(k) || isNationalityAt(tokens, k) || tokens.isPossessive(k) || lower.includes('-')) {
      modifiers.push(lower);
      k++;
    } else return null;
  }
  if (k >= tokens.length || k > to) return null;
  const head = tokens.lowerAt(k);
  if (!isAnonymousHead(head)) return null;
  // "Pentagon spokesman John Kirby": a title before a name, not an anonymous source.
  if (k + 1 < tokens.length && k + 1 <= to && tokens.isCap(k + 1) && !tokens.hasGap(k + 1)) return null;
  if (TAIL_ONLY_HEADS.has(head) && !hasTail(tokens, k + 1, to)) return null;
  modifiers.push(head);
  return {
    key: modifiers.join(' '),
    head,
    definite: DEFINITE_DETERMINERS.has(determiner),
    another: determiner === 'another',
    plural: head.endsWith('s') && !head.endsWith('ss'),
  };
}
