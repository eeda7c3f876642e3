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
import { DESCRIPTION_FILLERS } from '../lexicon/titles.js';
import { GENDERED_PERSON_NOUNS } from '../lexicon/gender.js';
import { PLACE_NAMES } from '../lexicon/places.js';
import { isClosingMark, isOpeningQuote } from '../text/punctuation.js';
import { spanText } from '../text/span.js';
import { WrittenAs, type TokenList } from './words.js';
import { appositiveTitle, leadingAppositiveTitle, lowercaseTitleStart, ofComplementEnd, titleGenderAt, titleLengthAt } from './titles.js';
import { isKnownOutlet, outletByContext } from './outlets.js';
import {
  honorificGenderAt,
  isNationalityAt,
  isNonNameAt,
  isOrganizationHeadAt,
  isOrganizationName,
  isOrganizationNounAt,
  isPersonTitleAt,
  isPersonTitleCore,
  isReportingVerbAt,
  mayStartKnownNameAt,
  outletByName,
  type Gender,
} from './vocabulary.js';
import { endsInLyAt, ShapedList } from './word-shapes.js';
import { MentionRecord, packMention } from './mention-record.js';
import { GrammarClass, lexiconId, WordClass } from '../lexicon/lookup.js';
import { NAME_SUFFIXES, PARTY_MEMBERS, PARTY_PLURALS, PARTY_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS } from '../lexicon/names.js';

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
  /** The gender an honorific states ("Ms." → female), or null: evidence for `Source.gender`. */
  readonly honorificGender: Gender | null;
  /**
   * The title's tokens `[titleFrom, titleTo]` (-1 when none), read again for the sources' other
   * fields (`source-fields.ts`) only if the mention's entity becomes a source.
   */
  readonly titleFrom: number;
  readonly titleTo: number;
  /** The first token of the mention's run (an honorific or title included), or of its lower-case title. */
  readonly runFrom: number;
  /**
   * The mention may say more for the sources' fields: it has a title, a word shaped like a
   * kinship noun stands before it ("his wife, Mary Lee"), or "of" follows it ("Ruiz, of the
   * finance ministry"). Entities keep such mentions (`Entity.roleMentions`).
   */
  readonly saysMore: boolean;
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
  /** How the article writes each word, by word id: {@link WrittenAs} bits (see `TokenList.writtenAs`). */
  readonly writtenAs: Uint8Array;
}

// The word lists the scanner asks about most words of a name or the word before it: most such
// words are in none, and their shapes say so without their strings (see `word-shapes.ts`).
const PARTICLES = new ShapedList(NAME_PARTICLES);
const SUFFIXES = new ShapedList(NAME_SUFFIXES);
const PARTIES = new ShapedList(PARTY_WORDS);
const PLACE_BEFORE = new ShapedList(PLACE_PREPOSITIONS);
const OBLIQUE_BEFORE = new ShapedList(OBLIQUE_PREPOSITIONS);
const PLACE_FIRST = new ShapedList(PLACE_FIRST_WORDS);
const PLACE_LAST = new ShapedList(PLACE_LAST_WORDS);
const KIN_SHAPES = new ShapedList(new Set(GENDERED_PERSON_NOUNS.keys()));

/** Lexicon ids of the words the scanner compares a word with: an id compared, no string read. */
const THE = lexiconId('the');
const OF = lexiconId('of');
const FOR = lexiconId('for');
const ON = lexiconId('on');
const A = lexiconId('a');

/** Builds the scan context: which words the article capitalises inside sentences, and which it writes in lower case. */
export function nameContext(input: string, tokens: TokenList): NameContext {
  // The words' reader noted how each word is written as it read them: no second pass over the words.
  return { input, tokens, writtenAs: tokens.writtenAs };
}

/** True when the article capitalises word `k`'s word somewhere other than at a sentence start. */
export function capitalisedInside(ctx: NameContext, k: number): boolean {
  return ((ctx.writtenAs[ctx.tokens.id[k] as number] as number) & WrittenAs.CapitalisedInside) !== 0;
}

/** True when the article capitalises `lower` (a lower-case word) somewhere other than at a sentence start. */
export function capitalisesInside(ctx: NameContext, lower: string): boolean {
  const id = idOfLower(ctx.tokens, lower);
  return id !== -1 && ((ctx.writtenAs[id] as number) & WrittenAs.CapitalisedInside) !== 0;
}

/** The word id whose word is exactly `lower`, or -1 when neither the lexicon nor the article has it. */
function idOfLower(tokens: TokenList, lower: string): number {
  const id = tokens.store.findId(lower);
  // The tables fold unit by unit; a word whose `toLowerCase` folds otherwise is not the same word.
  return id !== -1 && tokens.store.wordOf(id) === lower ? id : -1;
}

/** True when word `k`'s word starts a sentence capitalised somewhere and is written in lower case somewhere. */
function writtenLower(ctx: NameContext, k: number): boolean {
  const as = ctx.writtenAs[ctx.tokens.id[k] as number] as number;
  return (as & WrittenAs.CapitalisedInitial) !== 0 && (as & WrittenAs.Lower) !== 0;
}

/** Every name mention in the body, in input order. */
export function scanNames(ctx: NameContext): NameMention[] {
  const out: NameMention[] = [];
  const { tokens } = ctx;
  // One record of a run's parts for the whole scan: a run is split and read before the next one
  // is, and an object per run would be most of what the scan allocates besides its mentions.
  const parts = newRunParts();
  let i = 0;
  while (i < tokens.length) {
    if (!tokens.isCap(i)) {
      i++;
      continue;
    }
    const end = runEnd(tokens, i);
    const mention = mentionOfRun(ctx, i, end, false, parts);
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

/**
 * True when token `k` may join the capitalised run that token `cur` ends: a particle; "of" after
 * a title or organisation head; "for" or "on" after an organisation head ("the Center for
 * Responsive Politics", "the Board on Professional Responsibility", not "the Commission on
 * Tuesday"); and "a" or "the" after such a joiner ("the Committee for a Responsible Federal
 * Budget", "the Department of the Interior").
 */
function isJoiner(tokens: TokenList, k: number, cur: number): boolean {
  if (k >= tokens.length || tokens.isCap(k) || tokens.wordLength(k) > 5) return false;
  const id = tokens.id[k];
  if (id === OF) return isPersonTitleCore(tokens, cur) || isOrganizationHeadAt(tokens, cur);
  if (id === FOR || id === ON) return isOrganizationHeadAt(tokens, cur) && (tokens.grammarAt(k + 1) & GrammarClass.TimeWord) === 0;
  if (id === A || id === THE) return k > cur + 1 && (tokens.id[k - 1] === OF || tokens.id[k - 1] === FOR || tokens.id[k - 1] === ON) && isOrganizationHeadAt(tokens, cur);
  return PARTICLES.hasAt(tokens, k);
}

/** True when the capitalised word `k` of a run is furniture of the sentence, not part of a name. */
function isLeadingNoise(ctx: NameContext, k: number): boolean {
  const { tokens } = ctx;
  if (honorificGenderAt(tokens, k) !== undefined || isPersonTitleAt(tokens, k) || isNationalityAt(tokens, k)) return false;
  if (isNonNameAt(tokens, k)) return true;
  if (!tokens.isInitial(k)) return false;
  // A sentence-initial word the article writes in lower case elsewhere, or an -ly adverb, is a common word.
  return writtenLower(ctx, k) || endsInLyAt(tokens, k);
}

/**
 * The mention for tokens `[a, b]` that the quotes stage found as a speaker: a name even where the
 * scan would not trust its capital (at a sentence start, alone).
 */
export function forcedMention(ctx: NameContext, a: number, b: number): NameMention | null {
  return mentionOfRun(ctx, a, b, true, newRunParts());
}

/** Builds the mention for the capitalised run `[a, b]`, or null when it is no name; `parts` is overwritten. */
function mentionOfRun(ctx: NameContext, a0: number, b0: number, force: boolean, parts: RunParts): NameMention | null {
  const { tokens } = ctx;
  let a = a0;
  let b = b0;
  // Column reads, not strings: most runs have no "the" before them.
  let article = a > 0 && a < tokens.length && tokens.id[a - 1] === THE && !tokens.hasGap(a) ? a - 1 : -1;
  while (a <= b && titleLengthAt(tokens, a, b) === 0 && (force ? isNonNameAt(tokens, a) : isLeadingNoise(ctx, a))) {
    article = tokens.id[a] === THE ? a : -1;
    a++;
  }
  b = titleCaseEnd(tokens, a, b);
  while (b >= a && isNonNameAt(tokens, b) && !isOrganizationHeadAt(tokens, b)) b--;
  if (a > b) return null;
  a = afterModifiers(ctx, a, b);
  splitTitle(tokens, a, b, article, parts);
  const { nameFrom } = parts;
  const single = nameFrom === b;
  // ("an Independent", "the Republican": a party word alone is no name — unless, after "the", it
  // names an outlet: "according to The Independent".)
  if (single && PARTIES.hasAt(tokens, nameFrom) && !(article >= 0 && outletByName(`The ${tokens.textAt(nameFrom)}`) !== undefined)) return null;
  if (!force && isQuotedTitle(tokens, a, b)) return null;
  if (!force && single && !parts.marked && (isNationalityAt(tokens, nameFrom) || (tokens.isInitial(nameFrom) && !capitalisedInside(ctx, nameFrom) && !knownName(tokens.textAt(nameFrom))))) {
    return null;
  }
  return buildMention(ctx, parts);
}

/**
 * Where a run written in title case ends its name: a title-case line capitalises every word
 * ("Ana Ruiz Explains Why She Left", "Tom Hale On How The Port Works"), and a name's run would
 * swallow the sentence. Running text never capitalises a function word inside a name (`NOT_NAME_START`), nor puts a
 * reporting verb there after a name of two words: the name ends before either ("Ana Ruiz",
 * "Tom Hale"). "Consumer Reports" keeps its verb-shaped word (one word before it), and so do a base
 * form ("Human Rights Watch", "Secretary of State") and "States".
 */
function titleCaseEnd(tokens: TokenList, a: number, b: number): number {
  // Both cuts need two words before the cut or one after it: most runs are one or two words.
  if (b - a < 2) return b;
  for (let k = a + 1; k <= b; k++) {
    // Lower-case joiners ("de", "of" after a title) are the run's own; only capitals show title case.
    if (tokens.hasPeriod(k) || !tokens.isCap(k)) continue;
    // Function words that never stand inside a name ("On", "How", "Why", "With"), not the wider
    // list of capitalised non-names, which holds nouns of names ("Police", "Watch"); one that
    // ends the run may still be the name's own.
    if (k < b && (tokens.grammarAt(k) & GrammarClass.NotNameStart) !== 0 && !capitalOfJoins(tokens, k)) return k - 1;
    // Only a finite form ("Says", "Explained"): a base form is as often a name's noun ("Human
    // Rights Watch", "Secretary of State", "Arizona State Senator"), and so is "States".
    if (k - a >= 2 && isReportingVerbAt(tokens, k) && isFiniteForm(tokens.lowerAt(k))) return k - 1;
  }
  return b;
}

/** "Bank Of Northfield", "Secretary Of State": a capitalised "Of" at `k` after a head still joins. */
function capitalOfJoins(tokens: TokenList, k: number): boolean {
  return tokens.id[k] === OF && (isPersonTitleCore(tokens, k - 1) || isOrganizationHeadAt(tokens, k - 1));
}

/** True for a reporting verb's "-s" or "-ed" form, "states" aside ("says", "explained"). */
function isFiniteForm(lower: string): boolean {
  return lower !== 'states' && (lower.endsWith('ed') || lower.endsWith('s'));
}

/** How many words of a run may be modifiers before its name ("South Korean-born"). */
const MAX_MODIFIER_WORDS = 4;

/**
 * Where the name of the run `[a, b]` starts once the words before it that describe the person are
 * dropped: a compound modifier whose last part is in lower case ("Texas-based Lena Ortiz", "South
 * Korean-born Ed Park", "Coffee-loving Ruiz" — a name's parts are capitalised: "Jean-Luc",
 * "Holtz-Eakin"), a party in the plural ("Democrats Ana Ruiz", a list's label), or a
 * sentence-initial connective ("Even Ana Ruiz", "Besides Ruiz"). At least one word is kept.
 */
function afterModifiers(ctx: NameContext, a: number, b: number): number {
  const { tokens } = ctx;
  if (a >= b) return a;
  let from = a;
  for (let k = a; k < b && k - a < MAX_MODIFIER_WORDS; k++) if (endsInLowerPart(ctx.input, tokens.start[k] as number, tokens.end[k] as number)) from = k + 1;
  if (from > a) return from;
  const isConnective = tokens.isInitial(a) && (tokens.grammarAt(a) & GrammarClass.NotNameStart) !== 0;
  return isConnective || PARTY_PLURALS.has(tokens.lowerAt(a)) ? a + 1 : a;
}

/** True when the word `[start, end)` of `input` is a compound whose last part, after a hyphen, starts in lower case ("Texas-based"). */
function endsInLowerPart(input: string, start: number, end: number): boolean {
  // Read back from the word's end to its start only: `lastIndexOf` would run on to the input's start.
  for (let i = end - 2; i > start; i--) {
    if (input.charCodeAt(i) !== 0x2d) continue;
    const c = input.charCodeAt(i + 1);
    return c >= 0x61 && c <= 0x7a;
  }
  return false;
}

/** True when the run `[a, b]` stands alone between quotation marks: a slogan or a work's title (''Stronger Together''). */
function isQuotedTitle(tokens: TokenList, a: number, b: number): boolean {
  if (a <= 0 || !isOpeningQuote(tokens.gapLast(a))) return false;
  return b + 1 >= tokens.length || isClosingMark(tokens.gapFirst(b + 1));
}

/** True for a name the lexicons know as an organisation or (unambiguous) outlet. */
function knownName(text: string): boolean {
  return isOrganizationName(text) || isKnownOutlet(text);
}

/** A run of capitalised words `[a, b]`, split into its title and its name by {@link splitTitle}. */
interface RunParts {
  a: number;
  b: number;
  /** The "the" before the run, or -1. */
  article: number;
  /** First token of the name proper. */
  nameFrom: number;
  /** Title tokens `[titleFrom, titleTo]`, or -1 when the run has no title. */
  titleFrom: number;
  titleTo: number;
  /** An honorific or title marks the name as a person's. */
  marked: boolean;
  gender: Gender | null;
  /** The gender the honorifics state, or null. */
  honorificGender: Gender | null;
}

/** A blank {@link RunParts}, for {@link splitTitle} to fill. */
function newRunParts(): RunParts {
  return { a: 0, b: 0, article: -1, nameFrom: 0, titleFrom: -1, titleTo: -1, marked: false, gender: null, honorificGender: null };
}

/**
 * Splits the run `[a, b]` (after the "the" at `article`, or -1) into title and name: "NATO
 * Secretary General Mark Rutte" → title "NATO Secretary General", name "Mark Rutte". A title word
 * counts only near the start of the run and only when a real name word follows it ("Steve King",
 * "Martin Luther King Jr." keep their "King"). The split is written into `out`, which the scan
 * reuses from run to run.
 */
function splitTitle(tokens: TokenList, a: number, b: number, article: number, out: RunParts): void {
  let nameFrom = a;
  let titleFrom = -1;
  let titleTo = -1;
  let marked = false;
  let gender: Gender | null = null;
  let honorificGender: Gender | null = null;
  // "Republican Donald Trump", "American Serena Williams": a party member or nationality before a
  // person's name of two words or more describes the person, as a title does.
  const described = article === -1 ? describedPersonAt(tokens, a, b) : a;
  if (described > a) {
    titleFrom = a;
    titleTo = described - 1;
    nameFrom = described;
  }
  for (let k = nameFrom; k <= b && k - a <= 3; ) {
    const n = titleLengthAt(tokens, k, b);
    // ("Miss Universe Alicia Machado": a title of several words beats the honorific it opens with.)
    const hg = n > 1 ? undefined : honorificGenderAt(tokens, k);
    if (hg !== undefined && hasNameWord(tokens, k + 1, b)) {
      marked = true;
      gender = hg ?? gender;
      honorificGender = hg ?? honorificGender;
      nameFrom = k + 1;
      k++;
      continue;
    }
    const end = n > 0 ? ofComplementEnd(tokens, k + n, b) : k;
    if (n > 0 && hasNameWord(tokens, end, b)) {
      titleFrom = titleFrom === -1 ? a : titleFrom;
      titleTo = end - 1;
      marked = true;
      gender = titleGenderAt(tokens, k, n) ?? gender;
      nameFrom = end;
      k = end;
      continue;
    }
    k++;
  }
  if (titleFrom !== -1 && honorificGenderAt(tokens, titleFrom) !== undefined && titleLengthAt(tokens, titleFrom, b) < 2) titleFrom++;
  out.a = a;
  out.b = b;
  out.article = article;
  out.nameFrom = nameFrom;
  out.titleFrom = titleFrom;
  out.titleTo = titleTo;
  out.marked = marked;
  out.gender = gender;
  out.honorificGender = honorificGender;
}

/**
 * Where the name starts when the run `[a, b]` opens with a party member or a nationality
 * ("Republican", "Liberal Democrat", "American") before at least two name words that no
 * organisation, outlet or place word ends ("American Medical Association" stays one name); `a`
 * when it does not. A run after "the" is an organisation's name and is never split so.
 */
function describedPersonAt(tokens: TokenList, a: number, b: number): number {
  let k = a;
  while (k <= b && k - a < 2 && (PARTY_MEMBERS.has(tokens.lowerAt(k)) || (k === a && isNationalityAt(tokens, k)))) k++;
  if (k === a || b - k < 1 || tokens.hasGap(k) || isPersonTitleAt(tokens, k) || honorificGenderAt(tokens, k) !== undefined) return a;
  for (let m = k; m <= b; m++) if (isOrganizationHeadAt(tokens, m) || isNationalityAt(tokens, m) || PLACE_LAST_WORDS.has(tokens.lowerAt(m))) return a;
  return k;
}

/** True when `[from, b]` holds a word that can be a name (not only a suffix). */
function hasNameWord(tokens: TokenList, from: number, b: number): boolean {
  for (let k = from; k <= b; k++) if (!SUFFIXES.hasAt(tokens, k)) return true;
  return false;
}


/** The first token of the title of a run: the capitalised one inside it, else a lower-case one just before it (not after an honorific alone); -1 when none. */
function preTitleFrom(tokens: TokenList, p: RunParts): number {
  if (p.titleFrom >= 0) return p.titleFrom;
  return p.marked ? -1 : lowercaseTitleStart(tokens, p.a);
}

/** Where the fillers before token `k` start ("former", "then-"), or `k`. */
function fillerStart(tokens: TokenList, k: number): number {
  let from = k;
  while (from > 0 && DESCRIPTION_FILLERS.has(tokens.lowerAt(from - 1))) from--;
  return from;
}

/**
 * True when a subordinator at `before` opens a clause whose subject is the name and whose verb is
 * at `k` ("after Trump unleashed …"): the name is a subject, though "after" is a preposition too.
 */
function startsSubordinateClause(tokens: TokenList, before: number, k: number): boolean {
  if (k >= tokens.length || tokens.isCap(k) || (tokens.classesAt(before) & WordClass.Subordinator) === 0) return false;
  return tokens.lowerAt(k).endsWith('ed') || isReportingVerbAt(tokens, k);
}

/** The last token of the title {@link preTitleFrom} found. */
function preTitleTo(p: RunParts): number {
  return p.titleFrom >= 0 ? p.titleTo : p.a - 1;
}

/** The lower-cased words of the name `[from, to]` that match mentions: no suffix ("Jr."), no particle ("de"). */
function matchWords(tokens: TokenList, from: number, to: number): string[] {
  // Nearly every name is one or two words: such an array is built to size, where one grown from
  // empty by `push` reserves room for seventeen.
  if (from === to) return isMatchWord(tokens, from) ? [tokens.lowerAt(from)] : [];
  if (to === from + 1 && isMatchWord(tokens, from) && isMatchWord(tokens, to)) return [tokens.lowerAt(from), tokens.lowerAt(to)];
  const words: string[] = [];
  for (let k = from; k <= to; k++) if (isMatchWord(tokens, k)) words.push(tokens.lowerAt(k));
  return words;
}

/** True when name word `k` matches mentions: no suffix, no particle. */
function isMatchWord(tokens: TokenList, k: number): boolean {
  return !SUFFIXES.hasAt(tokens, k) && !PARTICLES.hasAt(tokens, k);
}

/** Builds the mention of a run from its parts: spans, title, kind and the context a pronoun needs. */
function buildMention(ctx: NameContext, p: RunParts): NameMention {
  const { tokens, input } = ctx;
  const named = classify(tokens, p.nameFrom, p.b, p.marked, p.article >= 0);
  const institution = named === 'organization' || named === 'outlet';
  const preFrom = preTitleFrom(tokens, p);
  const pre = preFrom >= 0;
  const appositive = pre || institution ? null : (appositiveTitle(tokens, p.b) ?? leadingAppositiveTitle(tokens, p.a, p.b));
  const titleFrom = pre ? preFrom : (appositive?.from ?? -1);
  const titleTo = pre ? preTitleTo(p) : (appositive?.to ?? -1);
  // Organisations and outlets keep their article ("the Pentagon"); people never take one.
  const first = institution && p.article >= 0 ? p.article : p.a;
  const before = (p.article >= 0 ? p.article : p.a) - 1;
  const hasBefore = before >= 0 && before < tokens.length;
  const place = !p.marked && hasBefore && PLACE_BEFORE.hasAt(tokens, before) && !institution;
  // "tweets about former Miss Universe Ana Ruiz": the preposition stands before the title (but
  // "Board of Trustees chairman Ana Ruiz said": an "of" there joins the body the title is of).
  const titleLead = pre ? fillerStart(tokens, preFrom) - 1 : before;
  const lead = titleLead >= 0 && tokens.id[titleLead] === OF ? before : titleLead;
  const { start, end, sentence } = tokens;
  const facts = {
    titleBefore: pre,
    saysMore: titleFrom >= 0 || mayFollowKin(tokens, pre ? preFrom : p.a) || (p.b + 1 < tokens.length && tokens.id[p.b + 1] === OF),
    marked: p.marked || pre,
    oblique: lead >= 0 && OBLIQUE_BEFORE.hasAt(tokens, lead) && sentence[lead] === sentence[p.a] && !startsSubordinateClause(tokens, lead, p.b + 1),
    gender: p.gender,
    honorificGender: p.honorificGender,
    kind: place ? 'unknown' : named === 'unknown' && pre ? 'person' : named,
  } as const;
  return new MentionRecord(
    tokens,
    start[Math.min(first, pre ? preFrom : first)] as number,
    start[institution ? first : p.nameFrom] as number,
    matchWords(tokens, p.nameFrom, p.b),
    titleFrom < 0 ? null : spanText(input, start[titleFrom] as number, end[titleTo] as number),
    titleFrom,
    titleTo,
    pre ? preFrom : p.a,
    p.nameFrom,
    p.b,
    packMention(facts),
  );
}

/** True when a word shaped like a kinship noun stands just before token `a`, or one further back (a cheap test by shape). */
function mayFollowKin(tokens: TokenList, a: number): boolean {
  return (a >= 1 && KIN_SHAPES.hasAt(tokens, a - 1)) || (a >= 2 && KIN_SHAPES.hasAt(tokens, a - 2));
}

/** True when the name ending at token `last` directly precedes a lower-case title or organisation noun. */
function modifiesNoun(tokens: TokenList, last: number): boolean {
  const next = last + 1;
  if (next >= tokens.length || tokens.isCap(next) || tokens.hasGap(next) || tokens.isPossessive(last)) return false;
  return isPersonTitleAt(tokens, next) || isOrganizationNounAt(tokens, next);
}

/** True when the name `[first, last]` is a country, US state or capital (see `lexicon/places.ts`). */
export function isPlaceName(tokens: TokenList, first: number, last: number): boolean {
  // The name as written is only built when its first word may start a place name.
  return last - first < 3 && (tokens.classesAt(first) & WordClass.PlaceStart) !== 0 && PLACE_NAMES.has(displayOf(tokens, first, last));
}

/** The words `[first, last]` as written, joined by single spaces ("Mark Rutte"). */
export function displayOf(tokens: TokenList, first: number, last: number): string {
  let display = tokens.textAt(first);
  for (let k = first + 1; k <= last; k++) display = `${display} ${tokens.textAt(k)}`;
  return display;
}

/** True when every word of `[first, last]` is in capitals ("NATO", "FBI"). */
function allCaps(tokens: TokenList, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!tokens.isAllCaps(k)) return false;
  return true;
}

/** Outlet, organisation, person or unknown, from the lexicons, the name's own words `[first, last]` and its article. */
function classify(tokens: TokenList, first: number, last: number, marked: boolean, article: boolean): NameKind {
  if (marked) return 'person';
  const known = mayStartKnownNameAt(tokens, first);
  // The name as written is only looked up when the lexicons know a name starting with its first word.
  const display = known ? displayOf(tokens, first, last) : '';
  if (outletByContext(tokens, first, last, display, article, known)) return 'outlet';
  if (known && isOrganizationName(display)) return 'organization';
  const several = last > first;
  if (isOrganizationHeadAt(tokens, last) || (several && isOrganizationHeadAt(tokens, first))) return 'organization';
  // Acronyms name organisations ("NATO", "FBI"); a longer word in capitals is a dateline or a shout.
  if (allCaps(tokens, first, last)) return !several && tokens.textAt(last).length <= 6 && !isNationalityAt(tokens, last) ? 'organization' : 'unknown';
  // People take no article: "the Pentagon", "the Kremlin".
  if (article) return 'organization';
  // A country, state or capital speaks for its government: "Russia insisted", "Beijing warned".
  if (isPlaceName(tokens, first, last)) return 'organization';
  // "the former New Mexico governor", "Clinton campaign chairman": a name used as a modifier.
  if (modifiesNoun(tokens, last)) return 'unknown';
  if (several && (PLACE_FIRST.hasKeyAt(tokens, first) || PLACE_LAST.hasAt(tokens, last))) return 'unknown';
  return several ? 'person' : 'unknown';
}
