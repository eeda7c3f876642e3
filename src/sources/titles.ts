/**
 * Titles around a name: the role as written before it ("NATO Secretary General Mark Rutte",
 * "Republican presidential candidate Donald Trump", "Sen. Ted Cruz") or, failing that, in an
 * appositive after it ("Andrew Turnage, the commission's executive director, said").
 * @module
 */
import { isNonNameCapitalised, isNationality, isOrganizationHead, isOrganizationNoun, isPersonTitle, isReportingVerb, isTitleWord } from './vocabulary.js';
import type { Token, TokenList } from './words.js';
import { OF_COMPLEMENTS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { ARTICLES } from '../lexicon/grammar.js';

/** Titles longer than this many words are not looked for. */
const MAX_TITLE_WORDS = 5;

/** How many tokens from `k` (at most to `limit`, inclusive) form a person title, longest first; 0 when none. */
export function titleLengthAt(tokens: TokenList, k: number, limit: number): number {
  let best = 0;
  let phrase = '';
  // Extend word by word while every word can belong to a title; remember the longest full title.
  for (let m = k; m <= limit && m < tokens.length; m++) {
    if ((m > k && tokens.hasGap(m)) || m - k >= MAX_TITLE_WORDS) break;
    const w = tokens.keyAt(m);
    if (!isTitleWord(w)) break;
    phrase = m === k ? w : `${phrase} ${w}`;
    if (isPersonTitle(phrase)) best = m - k + 1;
  }
  return best;
}

/** How many tokens ending at `j` (going back no further than `floor`) form a person title; 0 when none. */
export function titleLengthEndingAt(tokens: TokenList, j: number, floor: number): number {
  if (j < 0 || j >= tokens.length || !isTitleWord(tokens.keyAt(j))) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, j - floor + 1); n >= 1; n--) {
    if (titleLengthAt(tokens, j - n + 1, j) === n) return n;
  }
  return 0;
}

/** Where a title that ends before `k` with "of" continues: "Secretary of State …" → the token after "State". */
export function ofComplementEnd(tokens: TokenList, k: number, last: number): number {
  if (tokens.at(k)?.lower !== 'of' || tokens.at(k)?.gap !== '') return k;
  let m = k + 1;
  while (m < last && tokens.at(m)?.gap === '' && isOfComplement(tokens.at(m) as Token)) m++;
  return m > k + 1 ? m : k;
}

function isOfComplement(t: Token): boolean {
  return OF_COMPLEMENTS.has(t.lower) || isOrganizationHead(t.text);
}

/** True for a word that may stand in a title before its head word. */
function isTitleFiller(t: Token): boolean {
  if (t.cap) return !isNonNameCapitalised(t.key) || isNationality(t.text);
  return TITLE_MODIFIERS.has(t.lower) || isOrganizationNoun(t.lower) || t.possessive;
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
    const t = tokens.at(k) as Token;
    if (isReportingVerb(t.lower)) break;
    if (!isTitleFiller(t) && titleLengthEndingAt(tokens, k, 0) === 0) break;
    start = k;
    if (t.initial) break;
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
  const first = tokens.at(from);
  const last = tokens.at(b);
  if (first === undefined || last === undefined || first.sentence !== last.sentence || first.gap !== ',') return null;
  if (!(ARTICLES.has(first.lower) || first.possessive)) return null;
  let hasTitle = false;
  let k = from;
  for (; k < from + 10; k++) {
    const t = tokens.at(k);
    if (t === undefined || t.sentence !== first.sentence || (k > from && t.gap !== '')) break;
    if (isReportingVerb(t.lower) || t.lower === 'who' || t.lower === 'which') return null;
    if (!hasTitle && titleLengthAt(tokens, k, k) === 1) hasTitle = true;
  }
  if (!hasTitle) return null;
  const after = tokens.at(k);
  // The appositive must be closed: by a comma, or by the end of its sentence.
  if (after !== undefined && after.sentence === first.sentence && !after.gap.includes(',')) return null;
  return { from, to: k - 1 };
}
