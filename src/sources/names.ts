/**
 * Name mentions in running text, found without a model: runs of capitalised words (with
 * particles "de", "van", "bin" and "of" inside titles), split into the title before the name and
 * the name itself, and classed as a person, an organisation, an outlet or unknown.
 *
 * A capital at the start of a sentence or quotation says nothing: such a word only counts when
 * the article also capitalises it elsewhere, or when it is bound to a title or a following name.
 * @module
 */
import { NAME_PARTICLES, OBLIQUE_PREPOSITIONS, PLACE_PREPOSITIONS } from '../lexicon/grammar.js';
import { PLACE_NAMES } from '../lexicon/places.js';
import { isClosingMark, isOpeningQuote } from '../text/punctuation.js';
import { spanText } from '../text/span.js';
import type { Token, TokenList } from './words.js';
import { appositiveTitle, lowercaseTitleStart, ofComplementEnd, titleLengthAt } from './titles.js';
import { isKnownOutlet, outletByContext } from './outlets.js';
import {
  honorificGender,
  isNationality,
  isNonNameCapitalised,
  isOrganizationHead,
  isOrganizationName,
  isOrganizationNoun,
  mayStartKnownName,
  isPersonTitle,
  titleGender,
  type Gender,
} from './vocabulary.js';
import { NAME_SUFFIXES, PARTY_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS } from '../lexicon/names.js';

/** What a name names, as far as the text tells. `unknown`: a bare single word (a surname, a place…). */
export type NameKind = 'person' | 'organization' | 'outlet' | 'unknown';

/** One name as it stands in the text. */
export interface NameMention {
  /** Start of the whole mention, title included ("NATO Secretary General Mark Rutte"). */
  readonly start: number;
  readonly end: number;
  /** The name itself: without title or honorific; with its article for organisations and outlets ("the Pentagon"). */
  readonly nameStart: number;
  /** Lower-cased name words used to match mentions ("mark", "rutte"), without article or suffix. */
  readonly words: readonly string[];
  /** Role as written before or, failing that, in an appositive after the name. */
  readonly title: string | null;
  /** Whether the role was written before the name (preferred over an appositive). */
  readonly titleBefore: boolean;
  readonly gender: Gender | null;
  /** Written with an honorific or a title: certainly a person. */
  readonly marked: boolean;
  readonly kind: NameKind;
  /** Preceded by a preposition ("with Trump"): a poorer antecedent for a pronoun than a subject. */
  readonly oblique: boolean;
  /** Index of the first and last token of the name proper. */
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
  readonly paragraph: number;
}

/** What the scanner knows about the whole article. */
export interface NameContext {
  readonly input: string;
  readonly tokens: TokenList;
  /** Lower-cased words the article capitalises somewhere other than at a sentence start. */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Lower-cased words that start a sentence capitalised and that the article also writes in lower case. */
  readonly writtenLower: ReadonlySet<string>;
}

const PARTICLES = NAME_PARTICLES;

/** Builds the scan context: which words the article capitalises inside sentences, and which it writes in lower case. */
export function nameContext(input: string, tokens: TokenList): NameContext {
  const capitalisedInside = new Set<string>();
  const initials = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.isCap(i)) (tokens.isInitial(i) ? initials : capitalisedInside).add(tokens.lowerAt(i));
  }
  // Only sentence-initial words are ever looked up here, so only they are collected; a table of
  // (first letter, length) pairs spares the many lower-case words that cannot be one, and the few
  // that may are compared in place with the initials of their shape, building no string.
  // The lengths of the initials, one bit each (31 for any longer), by first letter.
  const lengths: number[] = new Array<number>(128).fill(0);
  const shapes = new Map<number, string[]>();
  for (const w of initials) {
    const letter = w.charCodeAt(0) & 127;
    lengths[letter] = (lengths[letter] as number) | lengthBit(w.length);
    const bucket = shapes.get(shapeOf(w));
    if (bucket === undefined) shapes.set(shapeOf(w), [w]);
    else bucket.push(w);
  }
  const writtenLower = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.isCap(i) || ((lengths[tokens.firstLower(i) & 127] as number) & lengthBit(tokens.wordLength(i))) === 0) continue;
    const bucket = shapes.get(shapeAt(tokens, i));
    if (bucket === undefined) continue;
    for (const w of bucket) {
      if (tokens.lowerIs(i, w)) {
        writtenLower.add(w);
        break;
      }
    }
  }
  return { input, tokens, capitalisedInside, writtenLower };
}

/** The bit of a word length in a mask of lengths: one per length up to 30, one for all longer. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** A small number for a word's first letter (ASCII only) and length, to index a filter table. */
function shapeOf(w: string): number {
  return (w.charCodeAt(0) & 127) * 32 + Math.min(w.length, 31);
}

/** {@link shapeOf} for word `i` of `tokens`, read from the columns without building the word. */
function shapeAt(tokens: TokenList, i: number): number {
  return (tokens.firstLower(i) & 127) * 32 + Math.min(tokens.wordLength(i), 31);
}

/** Every name mention in the body, in input order. */
export function scanNames(ctx: NameContext): NameMention[] {
  const out: NameMention[] = [];
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    if (!tokens.isCap(i)) {
      i++;
      continue;
    }
    const end = runEnd(tokens, i);
    const mention = mentionOfRun(ctx, i, end, false);
    if (mention !== null) out.push(mention);
    i = end + 1;
  }
  return out;
}

/** The last token of the capitalised run that starts at `i`. */
export function runEnd(tokens: TokenList, i: number): number {
  let j = i;
  for (;;) {
    if (tokens.isPossessive(j) || !tokens.joined(j + 1)) return j;
    if (tokens.isCap(j + 1)) {
      j++;
      continue;
    }
    // Particles ("de la Cruz", "van der Berg") and "of" inside a title or organisation join two capitalised words.
    let k = j + 1;
    while (k - j <= 3 && isJoiner(tokens, k, j) && tokens.joined(k + 1)) k++;
    if (k > j + 1 && tokens.isCap(k) && tokens.joined(k)) {
      j = k;
      continue;
    }
    return j;
  }
}

/** True when token `k` may join the capitalised run that token `cur` ends: a particle, or "of" after a title or organisation head. */
function isJoiner(tokens: TokenList, k: number, cur: number): boolean {
  if (k >= tokens.length || tokens.isCap(k) || tokens.wordLength(k) > 5) return false;
  const w = tokens.lowerAt(k);
  return PARTICLES.has(w) || (w === 'of' && (isPersonTitle(tokens.lowerAt(cur)) || isOrganizationHead(tokens.textAt(cur))));
}

/** True when a capitalised word at `k` of a run is furniture of the sentence, not part of a name. */
function isLeadingNoise(ctx: NameContext, t: Token): boolean {
  if (honorificGender(t.text) !== undefined || isPersonTitle(t.key) || isNationality(t.text)) return false;
  if (isNonNameCapitalised(t.key)) return true;
  if (!t.initial) return false;
  // A sentence-initial word the article writes in lower case elsewhere, or an -ly adverb, is a common word.
  return ctx.writtenLower.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4);
}

/**
 * The mention for tokens `[a, b]` that the quotes stage found as a speaker: a name even where the
 * scan would not trust its capital (at a sentence start, alone).
 */
export function forcedMention(ctx: NameContext, a: number, b: number): NameMention | null {
  return mentionOfRun(ctx, a, b, true);
}

/** Builds the mention for the capitalised run `[a, b]`, or null when it is no name. */
function mentionOfRun(ctx: NameContext, a0: number, b0: number, force: boolean): NameMention | null {
  const { tokens } = ctx;
  let a = a0;
  let b = b0;
  // Column reads, not strings: most runs have no "the" before them.
  let article = a > 0 && a < tokens.length && tokens.is(a - 1, 'the') && !tokens.hasGap(a) ? a - 1 : -1;
  while (a <= b && titleLengthAt(tokens, a, b) === 0 && (force ? isNonNameCapitalised((tokens.at(a) as Token).key) : isLeadingNoise(ctx, tokens.at(a) as Token))) {
    article = (tokens.at(a) as Token).lower === 'the' ? a : -1;
    a++;
  }
  while (b >= a && isNonNameCapitalised((tokens.at(b) as Token).key) && !isOrganizationHead((tokens.at(b) as Token).text)) b--;
  if (a > b) return null;
  const split = splitTitle(tokens, a, b);
  const { nameFrom } = split;
  const single = nameFrom === b;
  const only = tokens.at(nameFrom) as Token;
  if (single && PARTY_WORDS.has(only.lower)) return null;
  if (!force && isQuotedTitle(tokens, a, b)) return null;
  if (!force && single && !split.marked && (isNationality(only.text) || (only.initial && !ctx.capitalisedInside.has(only.lower) && !knownName(only.text)))) return null;
  return buildMention(ctx, { a, b, nameFrom, article, titleFrom: split.titleFrom, titleTo: split.titleTo, marked: split.marked, gender: split.gender });
}

/** True when the run `[a, b]` stands alone between quotation marks: a slogan or a work's title (''Stronger Together''). */
function isQuotedTitle(tokens: TokenList, a: number, b: number): boolean {
  const first = tokens.at(a) as Token;
  const next = tokens.at(b + 1);
  const opens = first.gap.length > 0 && isOpeningQuote(first.gap.charCodeAt(first.gap.length - 1));
  const closes = next === undefined || (next.gap.length > 0 && isClosingMark(next.gap.charCodeAt(0)));
  return opens && closes && a > 0;
}

/** True for a name the lexicons know as an organisation or (unambiguous) outlet. */
function knownName(text: string): boolean {
  return isOrganizationName(text) || isKnownOutlet(text);
}

interface TitleSplit {
  /** First token of the name proper. */
  nameFrom: number;
  /** Title tokens `[titleFrom, titleTo]`, or -1 when the run has no title. */
  titleFrom: number;
  titleTo: number;
  /** An honorific or title marks the name as a person's. */
  marked: boolean;
  gender: Gender | null;
}

/**
 * Splits a run into title and name: "NATO Secretary General Mark Rutte" → title "NATO Secretary
 * General", name "Mark Rutte". A title word counts only near the start of the run and only when
 * a real name word follows it ("Steve King", "Martin Luther King Jr." keep their "King").
 */
function splitTitle(tokens: TokenList, a: number, b: number): TitleSplit {
  let nameFrom = a;
  let titleFrom = -1;
  let titleTo = -1;
  let marked = false;
  let gender: Gender | null = null;
  for (let k = a; k <= b && k - a <= 3; ) {
    const t = tokens.at(k) as Token;
    const hg = honorificGender(t.text);
    if (hg !== undefined && hasNameWord(tokens, k + 1, b)) {
      marked = true;
      gender = hg ?? gender;
      nameFrom = k + 1;
      k++;
      continue;
    }
    const n = titleLengthAt(tokens, k, b);
    const end = n > 0 ? ofComplementEnd(tokens, k + n, b) : k;
    if (n > 0 && hasNameWord(tokens, end, b)) {
      titleFrom = titleFrom === -1 ? a : titleFrom;
      titleTo = end - 1;
      marked = true;
      gender = titleGender(tokens.slice(k, k + n).map((x) => x.key).join(' ')) ?? gender;
      nameFrom = end;
      k = end;
      continue;
    }
    k++;
  }
  if (titleFrom !== -1 && honorificGender((tokens.at(titleFrom) as Token).text) !== undefined) titleFrom++;
  return { nameFrom, titleFrom, titleTo, marked, gender };
}

/** True when `[from, b]` holds a word that can be a name (not only a suffix). */
function hasNameWord(tokens: TokenList, from: number, b: number): boolean {
  for (let k = from; k <= b; k++) if (!NAME_SUFFIXES.has(tokens.lowerAt(k))) return true;
  return false;
}

interface RunParts {
  a: number;
  b: number;
  nameFrom: number;
  article: number;
  titleFrom: number;
  titleTo: number;
  marked: boolean;
  gender: Gender | null;
}

/** The title of a run: the capitalised one inside it, else a lower-case one just before it (not after an honorific alone). */
function preTitle(tokens: TokenList, p: RunParts): { from: number; to: number } | null {
  if (p.titleFrom >= 0) return { from: p.titleFrom, to: p.titleTo };
  if (p.marked) return null;
  const from = lowercaseTitleStart(tokens, p.a);
  return from >= 0 ? { from, to: p.a - 1 } : null;
}

/** Builds the mention of a run from its parts: spans, title, kind and the context a pronoun needs. */
function buildMention(ctx: NameContext, p: RunParts): NameMention {
  const { tokens, input } = ctx;
  const nameTokens = tokens.slice(p.nameFrom, p.b + 1);
  const words: string[] = [];
  for (const t of nameTokens) if (!NAME_SUFFIXES.has(t.lower) && !PARTICLES.has(t.lower)) words.push(t.lower);
  const named = classify({ tokens, nameTokens, marked: p.marked, article: p.article >= 0, first: p.nameFrom, last: p.b });
  const institution = named === 'organization' || named === 'outlet';
  const pre = preTitle(tokens, p);
  const title = pre ?? (institution ? null : appositiveTitle(tokens, p.b));
  // Organisations and outlets keep their article ("the Pentagon"); people never take one.
  const first = institution && p.article >= 0 ? p.article : p.a;
  const before = tokens.at((p.article >= 0 ? p.article : p.a) - 1);
  const place = !p.marked && before !== undefined && PLACE_PREPOSITIONS.has(before.lower) && !institution;
  const { start, end, sentence, paragraph } = tokens;
  return {
    start: start[Math.min(first, pre?.from ?? first)] as number,
    end: end[p.b] as number,
    nameStart: start[institution ? first : p.nameFrom] as number,
    words,
    title: title === null ? null : spanText(input, start[title.from] as number, end[title.to] as number),
    titleBefore: pre !== null,
    gender: p.gender,
    marked: p.marked || pre !== null,
    kind: place ? 'unknown' : named === 'unknown' && pre !== null ? 'person' : named,
    oblique: before !== undefined && OBLIQUE_PREPOSITIONS.has(before.lower) && before.sentence === sentence[p.a],
    first: p.nameFrom,
    last: p.b,
    sentence: sentence[p.nameFrom] as number,
    paragraph: paragraph[p.nameFrom] as number,
  };
}

interface ClassifyInput {
  tokens: TokenList;
  nameTokens: readonly Token[];
  marked: boolean;
  article: boolean;
  first: number;
  last: number;
}

/** True when the name ending at token `last` directly precedes a lower-case title or organisation noun. */
function modifiesNoun(tokens: TokenList, last: number): boolean {
  const next = tokens.at(last + 1);
  if (next === undefined || next.cap || next.gap !== '' || (tokens.at(last) as Token).possessive) return false;
  return isPersonTitle(next.key) || isOrganizationNoun(next.lower);
}

/** True when the whole name is a country, US state or capital (see `lexicon/places.ts`). */
function isPlaceName(nameTokens: readonly Token[]): boolean {
  return nameTokens.length <= 3 && PLACE_NAMES.has(displayOf(nameTokens));
}

/** The words of a name as written, joined by single spaces ("Mark Rutte"). */
function displayOf(nameTokens: readonly Token[]): string {
  let display = '';
  for (const t of nameTokens) display = display === '' ? t.text : `${display} ${t.text}`;
  return display;
}

/** Outlet, organisation, person or unknown, from the lexicons, the name's own words and its article. */
function classify(c: ClassifyInput): NameKind {
  if (c.marked) return 'person';
  const known = mayStartKnownName((c.nameTokens[0] as Token).lower);
  // The name as written is only looked up when the lexicons know a name starting with its first word.
  const display = known ? displayOf(c.nameTokens) : '';
  if (outletByContext(c.tokens, c.first, c.last, display, c.article, known)) return 'outlet';
  if (known && isOrganizationName(display)) return 'organization';
  const lastToken = c.nameTokens[c.nameTokens.length - 1] as Token;
  const firstToken = c.nameTokens[0] as Token;
  if (isOrganizationHead(lastToken.text) || (c.nameTokens.length > 1 && isOrganizationHead(firstToken.text))) return 'organization';
  // Acronyms name organisations ("NATO", "FBI"); a longer word in capitals is a dateline or a shout.
  if (c.nameTokens.every((t) => t.allCaps)) return c.nameTokens.length === 1 && lastToken.text.length <= 6 && !isNationality(lastToken.text) ? 'organization' : 'unknown';
  // People take no article: "the Pentagon", "the Kremlin".
  if (c.article) return 'organization';
  // A country, state or capital speaks for its government: "Russia insisted", "Beijing warned".
  if (isPlaceName(c.nameTokens)) return 'organization';
  // "the former New Mexico governor", "Clinton campaign chairman": a name used as a modifier.
  if (modifiesNoun(c.tokens, c.last)) return 'unknown';
  if (c.nameTokens.length > 1 && (PLACE_FIRST_WORDS.has(firstToken.key) || PLACE_LAST_WORDS.has(lastToken.lower))) return 'unknown';
  return c.nameTokens.length > 1 ? 'person' : 'unknown';
}
