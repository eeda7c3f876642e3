/**
 * Name mentions in running text, found without a model: runs of capitalised words (with
 * particles "de", "van", "bin" and "of" inside titles), split into the title before the name and
 * the name itself, and classed as a person, an organisation, an outlet or unknown.
 *
 * A capital at the start of a sentence or quotation says nothing: such a word only counts when
 * the article also capitalises it elsewhere, or when it is bound to a title or a following name.
 * @module
 */
import { isClosingMark, isOpeningQuote } from '../text/punctuation.js';
import { spanText } from '../text/span.js';
import type { Token } from './tokens.js';
import { appositiveTitle, lowercaseTitleStart, NAME_SUFFIXES, ofComplementEnd, titleLengthAt } from './titles.js';
import { isKnownOutlet, outletByContext } from './outlets.js';
import {
  honorificGender,
  isNationality,
  isNonNameCapitalised,
  isOrganizationHead,
  isOrganizationName,
  mayStartKnownName,
  isPersonTitle,
  titleGender,
  type Gender,
} from './vocabulary.js';

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
  readonly tokens: readonly Token[];
  /** Lower-cased words the article capitalises somewhere other than at a sentence start. */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Lower-cased words that start a sentence capitalised and that the article also writes in lower case. */
  readonly writtenLower: ReadonlySet<string>;
}

/** Party words: capitalised, but a description of people ("the Republican", "Democrats"), never a name. */
const PARTY_WORDS: ReadonlySet<string> = new Set([
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'liberal', 'liberals',
  'independent', 'independents', 'tory', 'tories', 'socialist', 'socialists', 'libertarian', 'libertarians',
]);
const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'into', 'around', 'from']);
const OBLIQUE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'with', 'by', 'for', 'of', 'against', 'about', 'from', 'at', 'on', 'in', 'than', 'like', 'toward', 'towards', 'between',
  'among', 'over', 'under', 'after', 'before', 'behind', 'beside', 'besides', 'unlike', 'including', 'whom', 'via',
]);

/** Builds the scan context: which words the article capitalises inside sentences, and which it writes in lower case. */
export function nameContext(input: string, tokens: readonly Token[]): NameContext {
  const capitalisedInside = new Set<string>();
  const initials = new Set<string>();
  for (const t of tokens) {
    if (t.cap) (t.initial ? initials : capitalisedInside).add(t.lower);
  }
  // Only sentence-initial words are ever looked up here, so only they are collected; a table of
  // (first letter, length) pairs spares hashing the many lower-case words that cannot be one.
  const shapes = new Uint8Array(128 * 32);
  for (const w of initials) shapes[shapeOf(w)] = 1;
  const writtenLower = new Set<string>();
  for (const t of tokens) if (!t.cap && shapes[shapeOf(t.lower)] === 1 && initials.has(t.lower)) writtenLower.add(t.lower);
  return { input, tokens, capitalisedInside, writtenLower };
}

/** A small number for a word's first letter (ASCII only) and length, to index a filter table. */
function shapeOf(w: string): number {
  return (w.charCodeAt(0) & 127) * 32 + Math.min(w.length, 31);
}

/** Every name mention in the body, in input order. */
export function scanNames(ctx: NameContext): NameMention[] {
  const out: NameMention[] = [];
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.cap) {
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
export function runEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    const cur = tokens[j] as Token;
    const next = tokens[j + 1];
    if (cur.possessive || next === undefined || next.gap !== '' || next.sentence !== cur.sentence) return j;
    if (next.cap) {
      j++;
      continue;
    }
    // Particles ("de la Cruz", "van der Berg") and "of" inside a title or organisation join two capitalised words.
    let k = j + 1;
    while (k - j <= 3 && isJoiner(tokens, k, cur) && tokens[k + 1]?.gap === '') k++;
    const after = tokens[k];
    if (k > j + 1 && after !== undefined && after.cap && after.gap === '' && after.sentence === cur.sentence) {
      j = k;
      continue;
    }
    return j;
  }
}

/** True when token `k` may join the capitalised run that `cur` ends: a particle, or "of" after a title or organisation head. */
function isJoiner(tokens: readonly Token[], k: number, cur: Token): boolean {
  const t = tokens[k];
  if (t === undefined || t.cap) return false;
  return PARTICLES.has(t.lower) || (t.lower === 'of' && (isPersonTitle(cur.lower) || isOrganizationHead(cur.text)));
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
  let article = tokens[a - 1]?.lower === 'the' && tokens[a]?.gap === '' ? a - 1 : -1;
  while (a <= b && titleLengthAt(tokens, a, b) === 0 && (force ? isNonNameCapitalised((tokens[a] as Token).key) : isLeadingNoise(ctx, tokens[a] as Token))) {
    article = (tokens[a] as Token).lower === 'the' ? a : -1;
    a++;
  }
  while (b >= a && isNonNameCapitalised((tokens[b] as Token).key) && !isOrganizationHead((tokens[b] as Token).text)) b--;
  if (a > b) return null;
  const split = splitTitle(tokens, a, b);
  if (split === null) return null;
  const { nameFrom } = split;
  const single = nameFrom === b;
  const only = tokens[nameFrom] as Token;
  if (single && PARTY_WORDS.has(only.lower)) return null;
  if (!force && isQuotedTitle(tokens, a, b)) return null;
  if (!force && single && !split.marked && (isNationality(only.text) || (only.initial && !ctx.capitalisedInside.has(only.lower) && !knownName(only.text)))) return null;
  return buildMention(ctx, { a, b, nameFrom, article, titleFrom: split.titleFrom, titleTo: split.titleTo, marked: split.marked, gender: split.gender });
}

/** True when the run `[a, b]` stands alone between quotation marks: a slogan or a work's title (''Stronger Together''). */
function isQuotedTitle(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a] as Token;
  const next = tokens[b + 1];
  const opens = first.gap.length > 0 && isOpeningQuote(first.gap.charCodeAt(first.gap.length - 1));
  const closes = next === undefined || (next.gap.length > 0 && isClosingMark(next.gap.charCodeAt(0)));
  return opens && closes && a > 0;
}

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
function splitTitle(tokens: readonly Token[], a: number, b: number): TitleSplit | null {
  let nameFrom = a;
  let titleFrom = -1;
  let titleTo = -1;
  let marked = false;
  let gender: Gender | null = null;
  for (let k = a; k <= b && k - a <= 3; ) {
    const t = tokens[k] as Token;
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
  if (titleFrom !== -1 && honorificGender((tokens[titleFrom] as Token).text) !== undefined) titleFrom++;
  return { nameFrom, titleFrom, titleTo, marked, gender };
}

/** True when `[from, b]` holds a word that can be a name (not only a suffix). */
function hasNameWord(tokens: readonly Token[], from: number, b: number): boolean {
  for (let k = from; k <= b; k++) if (!NAME_SUFFIXES.has((tokens[k] as Token).lower)) return true;
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

function buildMention(ctx: NameContext, p: RunParts): NameMention {
  const { tokens, input } = ctx;
  const nameTokens = tokens.slice(p.nameFrom, p.b + 1);
  const words = nameTokens.filter((t) => !NAME_SUFFIXES.has(t.lower) && !PARTICLES.has(t.lower)).map((t) => t.lower);
  const display = nameTokens.map((t) => t.text).join(' ');
  const before = tokens[(p.article >= 0 ? p.article : p.a) - 1];
  const kind = classify({ tokens, display, nameTokens, marked: p.marked, article: p.article >= 0, first: p.nameFrom, last: p.b });
  const place = !p.marked && before !== undefined && PLACE_PREPOSITIONS.has(before.lower) && kind !== 'organization' && kind !== 'outlet';
  const pre = p.titleFrom >= 0 ? p.titleFrom : p.marked ? -1 : lowercaseTitleStart(tokens, p.a);
  const titleFrom = pre;
  const titleTo = p.titleFrom >= 0 ? p.titleTo : pre >= 0 ? p.a - 1 : -1;
  const startToken = Math.min(p.a, titleFrom >= 0 ? titleFrom : p.a, kind === 'organization' || kind === 'outlet' ? (p.article >= 0 ? p.article : p.a) : p.a);
  const app = titleFrom < 0 && (kind === 'person' || kind === 'unknown') ? appositiveTitle(tokens, p.b) : null;
  const title = titleFrom >= 0 ? spanOf(input, tokens, titleFrom, titleTo) : app !== null ? spanOf(input, tokens, app.from, app.to) : null;
  const nameStartToken = (kind === 'organization' || kind === 'outlet') && p.article >= 0 ? p.article : p.nameFrom;
  return {
    start: (tokens[startToken] as Token).start,
    end: (tokens[p.b] as Token).end,
    nameStart: (tokens[nameStartToken] as Token).start,
    words,
    title,
    titleBefore: titleFrom >= 0,
    gender: p.gender,
    marked: p.marked || titleFrom >= 0,
    kind: place ? 'unknown' : kind === 'unknown' && titleFrom >= 0 ? 'person' : kind,
    oblique: before !== undefined && OBLIQUE_PREPOSITIONS.has(before.lower) && before.sentence === (tokens[p.a] as Token).sentence,
    first: p.nameFrom,
    last: p.b,
    sentence: (tokens[p.nameFrom] as Token).sentence,
    paragraph: (tokens[p.nameFrom] as Token).paragraph,
  };
}

function spanOf(input: string, tokens: readonly Token[], from: number, to: number): string {
  return spanText(input, (tokens[from] as Token).start, (tokens[to] as Token).end);
}

interface ClassifyInput {
  tokens: readonly Token[];
  display: string;
  nameTokens: readonly Token[];
  marked: boolean;
  article: boolean;
  first: number;
  last: number;
}

/** Outlet, organisation, person or unknown, from the lexicons, the name's own words and its article. */
function classify(c: ClassifyInput): NameKind {
  if (c.marked) return 'person';
  const known = mayStartKnownName((c.nameTokens[0] as Token).lower);
  if (outletByContext(c.tokens, c.first, c.last, c.display, c.article, known)) return 'outlet';
  if (known && isOrganizationName(c.display)) return 'organization';
  const lastToken = c.nameTokens[c.nameTokens.length - 1] as Token;
  const firstToken = c.nameTokens[0] as Token;
  if (isOrganizationHead(lastToken.text) || (c.nameTokens.length > 1 && isOrganizationHead(firstToken.text))) return 'organization';
  if (c.nameTokens.length === 1 && lastToken.allCaps && !isNationality(lastToken.text)) return 'organization';
  // People take no article: "the Pentagon", "the Kremlin".
  if (c.article) return 'organization';
  return c.nameTokens.length > 1 ? 'person' : 'unknown';
}
