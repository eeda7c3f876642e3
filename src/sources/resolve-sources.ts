/**
 * The sources stage: resolves every quote's speaker to who it is and lists whom the article cites.
 *
 * One sweep over the body in input order, so that every back-reference only sees what a reader has
 * already read: name mentions join their entities, gendered pronouns collect evidence, "the outlet"
 * finds the outlet just cited, and each speaker resolves (pronoun, description, anonymous phrase
 * or name). "I" and "we" wait for the sweep to end and take the speaker of the quote around them.
 *
 * Decisions:
 * - A source is someone the article cites: the speaker of a quote, or a name standing where a
 *   source is cited, outside any quote's words ("told CNN", "according to Reuters", "the Pentagon
 *   announced", "…, said Smith"). People merely mentioned are not sources; their mentions still
 *   serve coreference.
 * - The headline, byline and dateline are not scanned for names: they are not running text, and
 *   their capitals say nothing. A speaker the quotes stage finds in the headline is still resolved
 *   when it is a name ("Rutte" → the body's "Mark Rutte").
 * - A speaker nothing resolves keeps `source: null` when it is a pronoun ("you", an author's "I",
 *   a "they" with no group before it); any other phrase becomes a source of its own, named as
 *   written ("voters", "the report"), of kind `anonymous` unless it names a role or organisation.
 * - Mentions are the names, the speakers as written and "the outlet"-style back-references;
 *   pronouns that are not speakers are resolved (to keep people salient) but not listed.
 * @module
 */
import type { Quote } from '../schema.js';
import type { Structure } from '../structure/parse-structure.js';
import { addAntecedent, recentEntity, resolvePronoun, voteGender } from './coreference.js';
import { addMention, linkName, newRegistry, type Entity } from './entities.js';
import { firstPersonWriters } from './signatures.js';
import { bylineAuthor } from './byline-author.js';
import { nameContext, scanNames, type NameMention } from './names.js';
import { citedAt, citedByVerb, outletNounLength, type OutletNounMention } from './outlets.js';
import { firstPersonSpeakers } from './output.js';
import { nameLaterDescriptions } from './cataphora.js';
import { resolveOutsideSpeaker, resolveSpeaker, tokenRange } from './speakers.js';
import { anchorAt, noteMention, spanIndexAt, windowStart, type SourcesState } from './state.js';
import { creditSpans } from './credits.js';
import { isNamedOrganizationNounAt, namedOrganizationStep } from './named-organizations.js';
import { documentStartAt, documentStep } from './documents.js';
import type { TokenStore } from '../text/tokens.js';
import { wordsOf, type TokenList } from './words.js';
import { isGenderedPronounWord, pronounFeatures } from './vocabulary.js';
import { genderedNounAt } from './pronoun-evidence.js';
import { PRONOUN_FORMS, PRONOUNS } from '../lexicon/words.js';
import { lexiconId } from '../lexicon/lookup.js';

/** The lexicon id of "the": it opens an outlet noun ("the outlet") and marks an organisation's article. */
const THE = lexiconId('the');
/** The lexicon id of "they": a subject "they" keeps its group salient as "he" and "she" keep their person. */
const THEY = lexiconId('they');

/**
 * Every form of a gendered pronoun to its gender ("he", "him", "his", "himself" → male), built
 * from the lexicon's subject pronouns and their object, possessive and reflexive forms.
 */
const GENDERED: ReadonlyMap<string, 'male' | 'female'> = new Map(
  [...PRONOUNS.keys(), ...PRONOUN_FORMS.keys()].flatMap((w) => {
    const gender = PRONOUNS.get(PRONOUN_FORMS.get(w) ?? w)?.gender;
    return gender == null ? [] : [[w, gender] as const];
  }),
);

/**
 * Pass `names`: the sources passes' state for one parse — the body's words read from the token
 * store, and every name mention found in them (none inside the dateline).
 *
 * @param store - The parse's tokens; every span the sources passes return indexes its input.
 * @param structure - The structure stage's result: only its paragraphs are scanned.
 * @param quotes - The quotes passes' result; `speaker` is the speaker as written.
 */
export function newSourcesState(store: TokenStore, structure: Structure, quotes: readonly Quote[]): SourcesState {
  const { input } = store;
  const tokens = wordsOf(store, structure.paragraphs);
  const ctx = nameContext(input, tokens);
  // A dateline ("KYIV, July 4 (Reuters) -") names a place and a wire, a photo credit ("(Photo:
  // Jane Doe/Reuters)") a photographer: never a speaker's antecedent.
  const dateline = structure.dateline;
  const credits = creditSpans(input, structure.paragraphs);
  const scanned = scanNames(ctx);
  const inBody = dateline === null && credits.length === 0 ? scanned : scanned.filter((m) => outside(dateline, m) && spanIndexAt(credits, m.start) === -1);
  const { names, namesByToken } = byStart(inBody);
  return {
    input,
    store,
    paragraphs: structure.paragraphs,
    quotes,
    tokens,
    ctx,
    names,
    namesByToken,
    nameEntity: new Array<Entity | null>(names.length).fill(null),
    reg: newRegistry(input),
    timeline: [],
    regions: mergedSpans(quotes, true),
    contents: mergedSpans(quotes, false),
    quoteEntity: new Array<Entity | null>(quotes.length).fill(null),
    nounEntity: new Map(),
    author: bylineAuthor(input, structure.byline),
  };
}

/** True when mention `m` lies outside `span` (or there is none). */
function outside(span: { start: number; end: number } | null, m: NameMention): boolean {
  return span === null || m.end <= span.start || m.start >= span.end;
}

/**
 * The names (scanned in token order) in order of start, and, when that differs from their token
 * order, the index in the result of each name in token order (see `SourcesState.namesByToken`).
 */
function byStart(scanned: NameMention[]): { names: NameMention[]; namesByToken: number[] | null } {
  let sorted = true;
  for (let i = 1; i < scanned.length && sorted; i++) if ((scanned[i] as NameMention).start < (scanned[i - 1] as NameMention).start) sorted = false;
  // Nearly always in order already: a name starts before the next one's title.
  if (sorted) return { names: scanned, namesByToken: null };
  const order = scanned.map((_, i) => i).sort((x, y) => (scanned[x] as NameMention).start - (scanned[y] as NameMention).start);
  const namesByToken = new Array<number>(scanned.length);
  order.forEach((from, to) => (namesByToken[from] = to));
  return { names: order.map((i) => scanned[i] as NameMention), namesByToken };
}

/**
 * Pass `coreference`: one sweep over the body in input order links every name to its entity,
 * collects gender evidence, resolves each speaker (pronoun, description, anonymous phrase or name),
 * and finally gives "I" and "we" the speaker of the quote around them.
 */
export function resolveCoreference(state: SourcesState): void {
  sweep(state);
  nameLaterDescriptions(state);
  firstPersonSpeakers(state);
  firstPersonWriters(state);
}


/** The spans of `quotes` (only the direct ones when `directOnly`), overlapping ones merged, in input order. */
function mergedSpans(quotes: readonly Quote[], directOnly: boolean): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let sorted = true;
  for (const q of quotes) {
    if (directOnly && q.kind !== 'direct') continue;
    for (const s of q.spans) {
      if (spans.length > 0 && s.start < (spans[spans.length - 1] as { start: number }).start) sorted = false;
      spans.push({ start: s.start, end: s.end });
    }
  }
  // The quotes come in input order, so their spans nearly always do too.
  if (!sorted) spans.sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/**
 * Runs every step in input order — a merge of five lists that are each already in order (names,
 * named-organisation nouns and outlet nouns by start, speakers by end); at one position the
 * earlier list goes first.
 */
function sweep(state: SourcesState): void {
  const { names, tokens, quotes } = state;
  const speakers = speakersByEnd(quotes);
  const { nouns, named, pronouns, documents } = wordSteps(state, speakerStarts(quotes));
  // One cursor and the position of its next step per list, each read again only when its list
  // advances: the loop runs once per name, noun, speaker and pronoun of the body.
  let name = 0;
  let noun = 0;
  let speaker = 0;
  let pronoun = 0;
  let org = 0;
  let doc = 0;
  let namePos = namePosition(names, 0);
  let docPos = documentPosition(tokens, documents, 0);
  let orgPos = tokenPosition(tokens, named, 0);
  let nounPos = nounPosition(tokens, nouns, 0);
  let speakerPos = speakerPosition(quotes, speakers, 0);
  let pronounPos = tokenPosition(tokens, pronouns, 0);
  for (;;) {
    const first = Math.min(namePos, nounPos, speakerPos, pronounPos, orgPos, docPos);
    if (first === Infinity) return;
    if (namePos === first) {
      nameStep(state, name++);
      namePos = namePosition(names, name);
    } else if (orgPos === first) {
      namedOrganizationStep(state, named[org++] as number);
      orgPos = tokenPosition(tokens, named, org);
    } else if (nounPos === first) {
      outletNounStep(state, nouns[noun++] as OutletNounMention);
      nounPos = nounPosition(tokens, nouns, noun);
    } else if (docPos === first) {
      const d = documents[doc++] as DocumentMention;
      documentStep(state, d.from, d.head);
      docPos = documentPosition(tokens, documents, doc);
    } else if (speakerPos === first) {
      speakerStep(state, speakers[speaker++] as number);
      speakerPos = speakerPosition(quotes, speakers, speaker);
    } else {
      pronounStep(state, pronouns[pronoun++] as number);
      pronounPos = tokenPosition(tokens, pronouns, pronoun);
    }
  }
}

/** Where the sweep takes name `k` (Infinity past the last). */
function namePosition(names: readonly NameMention[], k: number): number {
  return k < names.length ? (names[k] as NameMention).start : Infinity;
}

/** Where the sweep takes outlet noun `k`. */
function nounPosition(tokens: TokenList, nouns: readonly OutletNounMention[], k: number): number {
  return k < nouns.length ? (tokens.start[(nouns[k] as OutletNounMention).from] as number) : Infinity;
}

/** Where the sweep takes document phrase `k`: at its head, so the names before it are linked first. */
function documentPosition(tokens: TokenList, documents: readonly DocumentMention[], k: number): number {
  return k < documents.length ? (tokens.start[(documents[k] as DocumentMention).head] as number) : Infinity;
}

/** Where the sweep takes speaker `k` (of `speakers`, quote indexes): at its speaker's last character. */
function speakerPosition(quotes: readonly Quote[], speakers: readonly number[], k: number): number {
  return k < speakers.length ? endOfSpeaker(quotes, speakers[k] as number) - 1 : Infinity;
}

/** Where the sweep takes token `k` of `list`. */
function tokenPosition(tokens: TokenList, list: readonly number[], k: number): number {
  return k < list.length ? (tokens.start[list[k] as number] as number) : Infinity;
}

/**
 * The quotes that have a speaker, in order of the speaker's end: a speaker is resolved once the
 * sweep has read it to its end, so the names inside it are linked.
 */
function speakersByEnd(quotes: readonly Quote[]): number[] {
  const speakers: number[] = [];
  let sorted = true;
  for (let i = 0; i < quotes.length; i++) {
    const speaker = (quotes[i] as Quote).speaker;
    if (speaker == null) continue;
    const before = speakers[speakers.length - 1];
    if (before !== undefined && speaker.end < endOfSpeaker(quotes, before)) sorted = false;
    speakers.push(i);
  }
  if (!sorted) speakers.sort((a, b) => endOfSpeaker(quotes, a) - endOfSpeaker(quotes, b));
  return speakers;
}

function endOfSpeaker(quotes: readonly Quote[], i: number): number {
  return quotes[i]?.speaker?.end ?? 0;
}

/** The starts of the quotes' speakers, ascending. */
function speakerStarts(quotes: readonly Quote[]): number[] {
  const starts: number[] = [];
  let sorted = true;
  for (const q of quotes) {
    if (q.speaker == null) continue;
    if (starts.length > 0 && q.speaker.start < (starts[starts.length - 1] as number)) sorted = false;
    starts.push(q.speaker.start);
  }
  return sorted ? starts : starts.sort((a, b) => a - b);
}

/** The steps of the sweep that single words start, each list in order. */
interface WordSteps {
  /** Every "the" + outlet noun ("the outlet", "the newspaper", "the news agency"). */
  readonly nouns: OutletNounMention[];
  /** Nouns that may make an organisation of the name before them ("Trump's campaign"). */
  readonly named: number[];
  /** The gendered pronouns and "they"; a pronoun that is itself a speaker (starts at one of the speakers' starts) votes through its resolution instead. */
  readonly pronouns: number[];
  /** Document phrases ("a cease-and-desist letter"), by their determiner and head tokens. */
  readonly documents: DocumentMention[];
}

/** A document phrase of the body: tokens `from` (its determiner) to `head`. */
interface DocumentMention {
  readonly from: number;
  readonly head: number;
}

/** The outlet nouns and gendered pronouns of the body, from one pass over its word ids; `starts` are the speakers' starts, ascending. */
function wordSteps(state: SourcesState, starts: readonly number[]): WordSteps {
  const { tokens } = state;
  const nouns: OutletNounMention[] = [];
  const named: number[] = [];
  const pronouns: number[] = [];
  const documents: DocumentMention[] = [];
  const { id, length } = tokens;
  let s = 0;
  for (let k = 0; k < length; k++) {
    const word = id[k] as number;
    if (word === THE && k + 1 < length) {
      const n = outletNounLength(tokens, k + 1);
      if (n > 0) nouns.push({ from: k, to: k + n });
    }
    if (isNamedOrganizationNounAt(state, k)) named.push(k);
    const documentFrom = documentStartAt(tokens, k);
    if (documentFrom >= 0) documents.push({ from: documentFrom, head: k });
    if (!isGenderedPronounWord(word) && word !== THEY) continue;
    const start = tokens.start[k] as number;
    while (s < starts.length && (starts[s] as number) < start) s++;
    if (starts[s] !== start) pronouns.push(k);
  }
  return { nouns, named, pronouns, documents };
}

function nameStep(state: SourcesState, index: number): void {
  const m = state.names[index] as NameMention;
  const entity = linkName(state.reg, m);
  state.nameEntity[index] = entity;
  const cited = isCited(state, m, entity);
  if (cited) entity.cited = true;
  addAntecedent(state.timeline, noteMention(state, entity, m.first, cited ? 0 : m.oblique ? 2 : 1));
}

/**
 * True when a name stands where the article cites it ("told CNN", "the Pentagon announced", "said
 * Smith") — outside every quote's words, where it would be reported rather than cited.
 */
function isCited(state: SourcesState, m: NameMention, entity: Entity): boolean {
  if (spanIndexAt(state.contents, m.start) !== -1) return false;
  const first = m.first > 0 && state.tokens.id[m.first - 1] === THE ? m.first - 1 : m.first;
  if (entity.kind === 'outlet' || entity.kind === 'organization') return citedAt(state.tokens, first, m.last, m.oblique);
  return citedByVerb(state.tokens, first, m.last, m.oblique);
}

function outletNounStep(state: SourcesState, noun: OutletNounMention): void {
  const at = anchorAt(state, noun.from);
  const since = windowStart(state, at.paragraph, 3);
  const outlet = recentEntity(state.timeline, at.pos, (e) => e.kind === 'outlet', since);
  if (outlet === null) return;
  addMention(outlet, { start: state.tokens.start[noun.from] as number, end: state.tokens.end[noun.to] as number });
  if (citedAt(state.tokens, noun.from, noun.to)) outlet.cited = true;
}

function speakerStep(state: SourcesState, quote: number): void {
  const q = state.quotes[quote] as Quote;
  if (q.speaker === null) return;
  const range = tokenRange(state, q.speaker);
  const result = range === null ? resolveOutsideSpeaker(state, quote, q.speaker) : resolveSpeaker(state, quote, range);
  if (result !== 'first-person') state.quoteEntity[quote] = result;
}

// How many words before a pronoun are read for a gendered noun it may stand for.
const MAX_DESCRIBED_SCAN = 12;

/**
 * True when a lower-case noun of the pronoun's gender stands before it in its sentence ("… her
 * husband, Andrew Lee, called it a bonus summer, the young *mother* made plans after *she* was
 * gone"): the pronoun may be the described person's, so it is no evidence for the name before.
 */
function describedBefore(tokens: TokenList, token: number, gender: 'male' | 'female'): boolean {
  const sentence = tokens.sentence[token];
  for (let k = token - 1; k >= 0 && token - k <= MAX_DESCRIBED_SCAN && tokens.sentence[k] === sentence; k--) {
    if (!tokens.isCap(k) && genderedNounAt(tokens, k) === gender) return true;
  }
  return false;
}

function pronounStep(state: SourcesState, token: number): void {
  const lower = state.tokens.lowerAt(token);
  const gender = GENDERED.get(lower);
  const at = anchorAt(state, token);
  if (gender !== undefined) {
    if (!describedBefore(state.tokens, token, gender)) voteGender(state.timeline, at, gender);
  } else if (state.tokens.id[token] !== THEY) return;
  // A subject "he"/"she"/"they" outside quotations keeps its person or group salient for the
  // pronouns after it ("Top advisers said he had rejected … He …"; "The council said they would
  // act. … they said"). It is not listed as a mention: only speakers are.
  const f = at.region === -1 ? pronounFeatures(lower) : undefined;
  if (f === undefined) return;
  const entity = resolvePronoun(state.timeline, at, f);
  if (entity === null) return;
  addAntecedent(state.timeline, { pos: at.pos, sentence: at.sentence, paragraph: at.paragraph, region: at.region, rank: 1, entity, pronoun: true });
}
