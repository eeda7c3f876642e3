/**
 * Titles around a name: the role as written before it ("NATO Secretary General Mark Rutte",
 * "Republican presidential candidate Donald Trump", "Sen. Ted Cruz") or, failing that, in an
 * appositive after it ("Andrew Turnage, the commission's executive director, said").
 * @module
 */
import {
  isNationalityAt,
  isNonNameAt,
  isOrganizationHeadAt,
  isOrganizationNounAt,
  isReportingVerbAt,
  isTitleWordAt,
  titleChild,
  TITLE_TRIE,
  type Gender,
  type TitleNode,
} from './vocabulary.js';
import type { TokenList } from './words.js';
import { OF_COMPLEMENTS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { ARTICLES, DETERMINERS } from '../lexicon/grammar.js';
import { isClosingMark } from '../text/punctuation.js';

/** Titles longer than this many words are not looked for. */
const MAX_TITLE_WORDS = 5;

/** How many tokens from `k` (at most to `limit`, inclusive) form a person title, longest first; 0 when none. */
export function titleLengthAt(tokens: TokenList, k: number, limit: number): number {
  let best = 0;
  let node: TitleNode | undefined = TITLE_TRIE;
  // Extend word by word while every word can belong to a title and some title goes on so;
  // remember the longest full title.
  for (let m = k; m <= limit && m < tokens.length; m++) {
    if ((m > k && tokens.hasGap(m)) || m - k >= MAX_TITLE_WORDS) break;
    if (!isTitleWordAt(tokens, m)) break;
    node = titleChild(node, tokens, m);
    if (node === undefined) break;
    if (node.title) best = m - k + 1;
  }
  return best;
}

/** The gender the title of the `n` tokens from `k` implies (a title {@link titleLengthAt} found), or null. */
export function titleGenderAt(tokens: TokenList, k: number, n: number): Gender | null {
  let node: TitleNode | undefined = TITLE_TRIE;
  for (let m = k; m < k + n && node !== undefined; m++) node = titleChild(node, tokens, m);
  return node?.title === true ? node.gender : null;
}

/** How many tokens ending at `j` (going back no further than `floor`) form a person title; 0 when none. */
export function titleLengthEndingAt(tokens: TokenList, j: number, floor: number): number {
  if (j < 0 || j >= tokens.length || !isTitleWordAt(tokens, j)) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, j - floor + 1); n >= 1; n--) {
    if (titleLengthAt(tokens, j - n + 1, j) === n) return n;
  }
  return 0;
}

/** Where a title that ends before `k` with "of" continues: "Secretary of State …" → the token after "State". */
export function ofComplementEnd(tokens: TokenList, k: number, last: number): number {
  if (k < 0 || k >= tokens.length || tokens.lowerAt(k) !== 'of' || tokens.hasGap(k)) return k;
  let m = k + 1;
  while (m < last && m < tokens.length && !tokens.hasGap(m) && isOfComplement(tokens, m)) m++;
  return m > k + 1 ? m : k;
}

function isOfComplement(tokens: TokenList, k: number): boolean {
  return OF_COMPLEMENTS.has(tokens.lowerAt(k)) || isOrganizationHeadAt(tokens, k);
}

/** True for a word that may stand in a title before its head word. */
function isTitleFiller(tokens: TokenList, k: number): boolean {
  if (tokens.isCap(k)) return !isNonNameAt(tokens, k) || isNationalityAt(tokens, k);
  return TITLE_MODIFIERS.has(tokens.lowerAt(k)) || isOrganizationNounAt(tokens, k) || tokens.isPossessive(k);
}

/**
 * The lowercase title directly before the name that starts at token `a` ("presidential candidate
 * Donald Trump", "the commission's executive director Andrew Turnage" → "commission's executive
 * director"), as the index of its first token, or -1 when the word before the name is no title.
 */
export function lowercaseTitleStart(tokens: TokenList, a: number): number {
  const j = a - 1;
  if (!tokens.joined(a) || tokens.isCap(j) || tokens.isPossessive(j)) return -1;
  const n = titleLengthEndingAt(tokens, j, 0);
  if (n === 0) return -1;
  let start = j - n + 1;
  // Walk back over fillers and further titles, never past a gap, a sentence start or 6 words.
  for (let k = start - 1; k >= 0 && j - k < 6; k--) {
    if (!tokens.joined(k + 1)) break;
    if (isReportingVerbAt(tokens, k)) break;
    if (!isTitleFiller(tokens, k) && titleLengthEndingAt(tokens, k, 0) === 0) break;
    start = k;
    if (tokens.isInitial(k)) break;
  }
  return start;
}

/**
 * The appositive title after a name that ends at token `b`: ", the commission's executive
 * director," or ", a spokesman for the campaign." — a phrase between commas (or closed by the
 * sentence end) that opens with a determiner or possessive and contains a person title.
 * Returns token indices `[from, to]` or null.
 */
export function appositiveTitle(tokens: TokenList, b: number): { from: number; to: number } | null {
  const from = b + 1;
  if (b < 0 || from >= tokens.length) return null;
  const sentence = tokens.sentence[from] as number;
  if (sentence !== tokens.sentence[b] || !tokens.gapIs(from, COMMA)) return null;
  if (!(ARTICLES.has(tokens.lowerAt(from)) || tokens.isPossessive(from))) return null;
  let hasTitle = false;
  let k = from;
  for (; k < from + 10; k++) {
    if (k >= tokens.length || tokens.sentence[k] !== sentence || (k > from && tokens.hasGap(k))) break;
    const lower = tokens.lowerAt(k);
    // "the state party chairwoman": a title modifier shaped like a reporting verb is no verb here.
    if (isReportingVerbAt(tokens, k) && !TITLE_MODIFIERS.has(lower)) return null;
    if (lower === 'who' || lower === 'which') return null;
    if (!hasTitle && titleLengthAt(tokens, k, k) === 1) hasTitle = true;
  }
  if (!hasTitle) return null;
  // The appositive must be closed: by a comma, or by the end of its sentence.
  if (k < tokens.length && tokens.sentence[k] === sentence && !tokens.gapHas(k, COMMA)) return null;
  return { from, to: k - 1 };
}

/**
 * The appositive title written before a name that starts at token `a`: "The city's finance
 * director, Ana Ruiz, said", "according to the city's finance director, Ana Ruiz, …" — a phrase
 * that opens its sentence (or follows "according to", or a closing quotation mark), opens with a
 * determiner or possessive, holds a person title, and ends in the comma before the name; the name
 * must be closed by a comma or the sentence end. Returns token indices `[from, to]` or null.
 */
export function leadingAppositiveTitle(tokens: TokenList, a: number, b: number): { from: number; to: number } | null {
  const j = a - 1;
  if (j < 0 || !tokens.gapIs(a, COMMA) || tokens.sentence[j] !== tokens.sentence[a]) return null;
  if (b + 1 < tokens.length && tokens.sentence[b + 1] === tokens.sentence[b] && !tokens.gapHas(b + 1, COMMA)) return null;
  const from = leadingPhraseStart(tokens, j);
  if (from < 0 || !(DETERMINERS.has(tokens.lowerAt(from)) || tokens.isPossessive(from))) return null;
  // Up to its last possessive the phrase may hold any words ("the library system's"); after it,
  // only the words of a title ("finance director"), so "The mayor met the director, Ana Ruiz," is none.
  let head = from + 1;
  for (let k = from; k <= j; k++) if (tokens.isPossessive(k)) head = k + 1;
  if (head - from > MAX_POSSESSOR_WORDS) return null;
  let hasTitle = false;
  for (let k = from; k <= j; k++) {
    const lower = tokens.lowerAt(k);
    if (k > from && DETERMINERS.has(lower)) return null;
    if ((isReportingVerbAt(tokens, k) && !TITLE_MODIFIERS.has(lower)) || lower === 'who' || lower === 'which') return null;
    if (k >= head && !isTitleWordAt(tokens, k) && !isTitleFiller(tokens, k)) return null;
    if (!hasTitle && titleLengthAt(tokens, k, k) === 1) hasTitle = true;
  }
  return hasTitle ? { from, to: j } : null;
}

/** Most words of the possessor that opens such a title ("the library system's"). */
const MAX_POSSESSOR_WORDS = 4;

/** Most words of a title written before a name, between its sentence start and the comma. */
const MAX_LEADING_WORDS = 10;

/** Where the phrase that ends at `j` starts when it opens its clause (see {@link leadingAppositiveTitle}), or -1. */
function leadingPhraseStart(tokens: TokenList, j: number): number {
  for (let k = j; k >= 0 && j - k < MAX_LEADING_WORDS; k--) {
    if (k >= 2 && tokens.lowerIs(k - 1, 'to') && tokens.lowerIs(k - 2, 'according') && tokens.joined(k)) return k;
    if (k === 0 || tokens.sentence[k - 1] !== tokens.sentence[k]) return k;
    if (tokens.hasGap(k)) return isClosingMark(tokens.gapLast(k)) ? k : -1;
  }
  return -1;
}

const COMMA = 0x2c;
