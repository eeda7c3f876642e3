/**
 * Attributions inside one frame sentence: each cue with its speaker and the content it reports.
 *
 * Three shapes cover news attribution:
 * - trailing — content, then speaker and cue: `“…,” Rutte said.` / `…, reports Bloomberg.`
 * - leading — speaker and cue, then content: `He stated that …` / `Rutte said: “…”`
 * - according to — `According to Zelenskyy, …` / `…, according to Reuters.`
 *
 * The content of a trailing attribution is what stands before it in the sentence; of a leading
 * one, what follows the cue, its hearer ("told *the outlet*"), its setting ("said *in a
 * statement*") and an optional "that". A quotation item inside the content makes the quote direct
 * (when it is all of the content) or mixed.
 * @module
 */
import { BARE_CLAUSE_VERBS, CHARACTERISING_VERBS, EVIDENCE_VERBS, INFINITIVE_CONTENT_VERBS, INFINITIVE_ONLY_VERBS, OBJECT_CONTENT_VERBS, QUOTE_ONLY_VERBS } from '../lexicon/grammar.js';
import { GrammarClass as G, lexiconId, WordClass } from '../lexicon/lookup.js';
import { NOUN_FIRST_FORMS, NOUN_PRONE_FORMS, PAST_AS_BASE_FORMS, PLURAL_NUMBER_WORDS, QUESTION_VERBS, VERB_ONLY_S_FORMS } from '../lexicon/attribution.js';
import { accordingTo, frontedEvidence } from './according.js';
import { colonAttribution, signedQuotation } from './colon.js';
import {
  afterCue,
  clauseEnd,
  clauseFollows,
  CONTENT_SCAN,
  contentEnd,
  continuesContent,
  MIN_INDIRECT_WORDS,
} from './content.js';
import { cueAt, isPassive, quotedAs, type Cue } from './cues.js';
import type { Items, Sentence } from './frame.js';
import { allCapitalised, firstQuoteIn, hasWords, isCommaLike, isPunct } from './items.js';
import { askedBy, frontedQuestion, whenAsked } from './questions.js';
import { appositiveStart, speakerAfter, speakerBefore, withRole, type SpeakerPhrase } from './speakers.js';

/** An attribution found in a sentence; all indices are items of the paragraph's frame. */
export interface Attribution {
  readonly cue: Cue;
  /** The cue as shown to users: the verb plus its hearer and setting ("told the outlet"). */
  readonly cueTo: number;
  readonly speaker: SpeakerPhrase;
  /** Content item ranges, in order (two for "X, according to Y, Z"). Empty when the content lies outside the sentence. */
  readonly content: readonly { from: number; to: number }[];
  readonly shape: 'trailing' | 'leading' | 'according';
}

const AND = lexiconId('and');
const BUT = lexiconId('but');
const THEN = lexiconId('then');
const THAT = lexiconId('that');
const WHAT = lexiconId('what');
const NOT = lexiconId('not');
const AS = lexiconId('as');
const THE = lexiconId('the');
const A = lexiconId('a');
const TO = lexiconId('to');
const AT = lexiconId('at');
const AN = lexiconId('an');
const WHO = lexiconId('who');
const WITH = lexiconId('with');
const I = lexiconId('i');
const WE = lexiconId('we');

// Most content words a trailing attribution may be followed by before the sentence ends.
const MAX_TRAILING_TAIL = 14;

/** What may stand right before a trailing attribution: a comma, a dash, or a quotation. */
function opensTrailing(items: Items, i: number): boolean {
  return items.isQuote(i) || isPunct(items, i, ',—–-');
}

const NOT_TITLE_CASE = (): boolean => false;

/**
 * Finds the attributions of one sentence; `titleCase` tells whether its frame is a title-case headline.
 *
 * Each attribution reads only its own stretch of the sentence: its material starts after the
 * previous attribution's speaker and cue, and {@link bound} clips its content where the next one's
 * begins. A run-on sentence of N attributions ("“Yes,” he said, “no,” she said, …") so costs work
 * and output proportional to its length, not N times it, and each quotation keeps its own speaker.
 */
export function attributeSentence(items: Items, s: Sentence, titleCase: () => boolean = NOT_TITLE_CASE): Attribution[] {
  const found: Attribution[] = [];
  // Cues inside a fronted question ("Asked if he agreed, Lee said …") are what was asked: the
  // scan for the sentence's own cues starts after it.
  const question = frontedQuestion(items, s);
  let i = question === null ? s.from : (question.content[0] as { to: number }).to;
  let lo = i;
  while (i < s.to) {
    const cue = cueAt(items, i);
    if (cue === null || cue.from < (found.at(-1)?.cueTo ?? s.from)) {
      i++;
      continue;
    }
    const rest: Sentence = { from: lo, to: s.to };
    let attribution = cue.verb === null ? accordingTo(items, rest, cue) : withVerb(items, rest, cue, found.at(-1), titleCase, s.from);
    // (A question with no named asker, "… when asked whether …,", ends at its comma: the sentence goes on.)
    const range = attribution?.shape === 'leading' && attribution.speaker.from !== attribution.speaker.to ? attribution.content[0] : undefined;
    if (attribution !== null && range !== undefined) {
      // A leading attribution's content runs to the sentence end — cues inside it are part of what
      // was reported — unless the same speaker goes on with a coordinated cue ("…, and added that").
      const subordinate = inSubordinateClause(items, s.from, attribution.speaker);
      // (After an adverbial clause the main clause may start right at the content: "After the
      // hospital agreed to the suspension, Lee said …" — the scan then starts at the comma before it.)
      const next = coordinatedCue(items, subordinate ? range.from - 2 : range.from, range.to, subordinate);
      if (next < 0) {
        // "Engineers expect work to begin in May, a spokeswoman told reporters": a trailing
        // attribution closing the sentence is the one that frames it; the first cue is inside its content.
        found.push(closingTrailing(items, rest, range.from, found.at(-1), titleCase, s.from) ?? attribution);
        break;
      }
      const cut = isPunct(items, next - 2, ',') ? next - 2 : isPunct(items, next - 1, ',') || isCoordinator(items, next - 1) ? next - 1 : next;
      // (Nothing left before the main clause: the adverbial clause reported nothing.)
      if (cut > range.from) {
        attribution = { ...attribution, content: [{ from: range.from, to: cut }] };
        found.push(attribution);
      }
      i = next;
      continue;
    }
    if (attribution !== null) {
      found.push(attribution);
      lo = frameEnd(items, attribution);
    }
    i = Math.max(i + 1, attribution?.cueTo ?? cue.to);
  }
  // "Rubio: I still believe …": a first-person attribution after a label is what the label's speaker said.
  if (found.every((a) => isFirstPerson(items, a.speaker))) {
    const colon = colonAttribution(items, s, titleCase) ?? (found.length === 0 ? subjectBeforeColon(items, s, titleCase) : null);
    if (colon !== null) found.splice(0, found.length, colon);
  }
  const signed = found.length === 0 ? (signedQuotation(items, s) ?? frontedEvidence(items, s)) : null;
  if (signed !== null) found.push(signed);
  return bound(items, question === null ? found : [question, ...found]);
}

/** Where what follows an attribution's speaker and cue starts: past them and a comma after them. */
function frameEnd(items: Items, a: Attribution): number {
  const end = Math.max(a.cueTo, a.speaker.to);
  return isPunct(items, end, ',') ? end + 1 : end;
}

/**
 * Where the words of attribution `next` start after those of `a`: the first of its cue, its
 * content and its speaker that lies past `a`'s frame (a coordinated cue's speaker is `a`'s own).
 */
function nextStart(items: Items, a: Attribution, next: Attribution): number {
  const after = frameEnd(items, a);
  let start = next.cue.from;
  for (const k of [next.speaker.from, next.content[0]?.from ?? start]) if (k >= after && k < start) start = k;
  return start;
}

/**
 * Clips content that runs on past the next attribution of the sentence. What a trailing
 * attribution's interruption ("…, he said, …") or an "according to" clause carries on with ends
 * where the next attribution's words start; an "according to" clause still holds the verb
 * attributions inside it ("According to the report, officials said …") and ends only at the next
 * "according to". A content range left with nothing in it is dropped, and so is an attribution
 * left with no content at all that had some.
 */
function bound(items: Items, found: Attribution[]): Attribution[] {
  // (`found` is the caller's own array: one attribution or none needs no clipping, nor a copy.)
  if (found.length < 2) return found;
  const out: Attribution[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k] as Attribution;
    const next = a.shape === 'according' ? nextAccording(found, k) : found[k + 1];
    if (next === undefined || a.content.length === 0) {
      out.push(a);
      continue;
    }
    const hi = nextStart(items, a, next);
    const content = a.content.map((r) => ({ from: r.from, to: Math.min(r.to, hi) })).filter((r) => hasContent(items, r.from, r.to));
    if (content.length > 0) out.push(content.length === a.content.length && content.every((r, j) => r.to === a.content[j]?.to) ? a : { ...a, content });
  }
  return out;
}

function nextAccording(found: readonly Attribution[], k: number): Attribution | undefined {
  for (let j = k + 1; j < found.length; j++) if ((found[j] as Attribution).shape === 'according') return found[j];
  return undefined;
}

/** True when `[from, to)` holds a quotation or a word. */
function hasContent(items: Items, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (items.kind(i) !== 'punct') return true;
  return false;
}

/** A trailing attribution that starts after `from` and closes the sentence, or null. */
function closingTrailing(items: Items, s: Sentence, from: number, previous: Attribution | undefined, titleCase: () => boolean, start: number): Attribution | null {
  const stop = Math.min(s.to, from + CONTENT_SCAN);
  for (let k = from; k < stop; k++) {
    if (!isCommaLike(items, k)) continue;
    // Only the last few words of the sentence can hold a closing attribution.
    if (s.to - k > MAX_TRAILING_TAIL + 8) continue;
    for (let j = k + 1; j < Math.min(s.to, k + 10); j++) {
      const cue = cueAt(items, j);
      if (cue === null || cue.verb === null) continue;
      const a = withVerb(items, s, cue, previous, titleCase, start);
      if (a !== null && a.shape === 'trailing') return a;
      break;
    }
  }
  return null;
}

/** True when `speaker` is "I" or "we". */
function isFirstPerson(items: Items, speaker: SpeakerPhrase): boolean {
  return speaker.to === speaker.from + 1 && (items.isWordId(speaker.from, I) || items.isWordId(speaker.from, WE));
}

/** "and" or "but": compared by word id, since the content scan asks this of every word. */
function isCoordinator(items: Items, i: number): boolean {
  return items.isWordId(i, AND) || items.isWordId(i, BUT);
}

/**
 * True when `speaker` is the subject of an adverbial clause: a subordinator stands right before
 * it, at the sentence start or after a comma ("After Beck asked …", "Last month, when I asked …").
 */
function inSubordinateClause(items: Items, start: number, speaker: SpeakerPhrase): boolean {
  const k = speaker.from - 1;
  // ("But after the hospital agreed …, Lee said": a coordinator may open the sentence first.)
  const opens = k === start || isCommaLike(items, k - 1) || (k - 1 === start && isCoordinator(items, k - 1));
  return k >= start && speaker.to > speaker.from && opens && items.isWord(k) && items.is(k, WordClass.Subordinator);
}

/**
 * Where a coordinated cue of the same speaker starts inside `[from, to)`: "and said", "but
 * insisted", ", adding" (the index of the cue's first word), or -1. After a cue in an adverbial
 * clause (`subordinate`), the main clause after a comma may also bring its own speaker and cue:
 * "After Beck asked him who would win, Lee replied, “…”" — the question ends at the comma.
 */
function coordinatedCue(items: Items, from: number, to: number, subordinate: boolean): number {
  for (let k = from + 1; k + 1 < to && k < from + CONTENT_SCAN; k++) {
    // "said “We'll see,” when asked whether …": the question is an attribution of its own (its
    // empty speaker at the subordinator then bounds this content).
    if (items.is(k, WordClass.Subordinator) && items.is(k + 1, WordClass.ReportingVerb)) {
      const q = cueAt(items, k + 1);
      if (q !== null && q.from === k + 1 && whenAsked(items, q, from, { from, to }) !== null) return k + 1;
    }
    const comma = isCommaLike(items, k);
    const participle = comma && items.endsWith(k + 1, 'ing');
    if (!isCoordinator(items, k) && !participle && !(subordinate && comma)) continue;
    const cue = cueAt(items, k + 1);
    // (After a bare comma a cue is inverted, "…, said Lee", not coordinated.)
    if ((!comma || participle) && cue !== null && cue.from === k + 1 && items.isWord(k + 1) && !readsAsNoun(items, cue)) return k + 1;
    // "… but U.S. officials have said …": a second clause with a speaker of its own.
    if (participle) continue;
    for (let j = k + 2; j < to && j <= k + 8; j++) {
      const inner = cueAt(items, j);
      if (inner === null) continue;
      const speaker = speakerBefore(items, k + 1, inner.from);
      if (speaker !== null && speaker.from === k + 1) return k + 1;
      break;
    }
  }
  return -1;
}

/**
 * The attribution of a verb cue, reading `s` — the sentence from where this attribution's material
 * may start — and `start`, where the sentence itself starts.
 */
function withVerb(items: Items, s: Sentence, cue: Cue, previous: Attribution | undefined, titleCase: () => boolean, start: number): Attribution | null {
  if (!mayReport(items, s, cue)) return null;
  const question = whenAsked(items, cue, start, s);
  if (question !== null) return question;
  // "… and added that …": a coordinated cue keeps the previous speaker.
  const joint = cue.from - (items.isIn(cue.from - 1, G.InterveningAdverb) ? 2 : 1);
  if (isCoordinator(items, joint) || (items.isWordId(cue.from - 1, THEN) && isPunct(items, joint, ','))) {
    const subject = subordinateSubject(items, previous?.cueTo ?? s.from, joint) ?? previous?.speaker ?? subjectOf(items, s, joint);
    return subject === null ? null : leading(items, s, cue, subject);
  }
  // "…, saying that …" / "…,” Anderson said, adding that …": the participle's speaker is the clause's subject.
  // (A participle that opens the sentence — "Speaking to reporters, Trump said …" — frames the main clause instead.)
  if (isCommaLike(items, cue.from - 1) && items.endsWith(cue.head, 'ing') && cue.from > start + 3) return participle(items, s, cue, previous);
  if (items.endsWith(cue.head, 'ing') && cue.from === cue.head) {
    // "issued a statement saying …", "posted tweets early Friday saying …", "ended his speech by
    // saying “…”": the speaker is the clause's subject.
    const before = pastTimeWords(items, cue.from - 1, start);
    if (items.is(before, WordClass.SpeechNoun) || (items.isIn(before, G.ParticipleOpener) && before > start + 1)) return participle(items, s, cue, previous);
    // "with spokesman John Smith saying, “…”", "the book has Lee saying …".
    const framed = framedSaying(items, s, cue);
    if (framed !== null) return framed;
  }
  const quoted = quotedPerson(items, s, cue);
  if (quoted !== null) return quoted;
  const asked = askedBy(items, s, cue);
  if (asked !== null) return asked;
  const appositive = unclosedAppositive(items, s, cue, titleCase);
  if (appositive !== null) return appositive;
  const found = speakerBefore(items, s.from, cue.from);
  const before = found !== null ? withRole(items, s.from, found) : relativeToPrevious(items, cue, previous);
  if (before !== null) return agrees(items, cue, before, titleCase) ? withSpeakerBefore(items, s, cue, before) : null;
  // Inverted: "…, said Rubio." / "…, reports Bloomberg."
  const after = speakerAfter(items, cue.to, s.to);
  // "Referring to Hale, Lee said …": a participle opening the sentence frames the main clause, whose subject speaks.
  if (cue.from === start && items.endsWith(cue.from, 'ing')) return null;
  // Inverted at the sentence start: "Added Smith: “…”".
  if (after !== null && cue.from === start && isPunct(items, after.to, ':,')) {
    const end = contentEnd(items, s);
    const content = after.to + 1 < end ? [{ from: after.to + 1, to: end }] : [];
    return { cue, cueTo: cue.to, speaker: after, content, shape: 'leading' };
  }
  return after === null ? null : trailing(items, s, cue, after, cue.from);
}

/**
 * False for a cue that can report nothing here, checked before any speaker is looked for: a verb
 * of {@link INFINITIVE_ONLY_VERBS} with no "to" after it ("the plans", "sales declined 5%"), or a
 * view with no "as" ("saw the game").
 */
function mayReport(items: Items, s: Sentence, cue: Cue): boolean {
  const lemma = cue.verb?.lemma ?? '';
  // ("six Orthodox were admitted", "her request was denied", "the plan was accepted": a verb of
  // (dis)agreement in the passive names what was let in or turned down, not a speaker.)
  if (cue.verb?.class === 'agreement' && isPassive(items, cue)) return false;
  if (INFINITIVE_ONLY_VERBS.has(lemma)) return items.isWordId(cue.to, TO);
  return !CHARACTERISING_VERBS.has(lemma) || asFollows(items, cue.to, s.to);
}

// How far back from a coordinated cue the subject of a subordinate clause is looked for.
const MAX_SUBORDINATE_REACH = 12;

/**
 * The subject of an adverbial clause that a coordinated cue at `joint` continues — "… after *she*
 * attacked the police and blamed …" — a subject pronoun right after a subordinator and right
 * before a verb, past `lo`; or null.
 */
function subordinateSubject(items: Items, lo: number, joint: number): SpeakerPhrase | null {
  for (let k = joint - 2; k > lo && joint - k <= MAX_SUBORDINATE_REACH; k--) {
    if (!items.isWord(k)) return null;
    if (!items.is(k, WordClass.SubjectPronoun) || !items.is(k - 1, WordClass.Subordinator)) continue;
    const verb = k + 1;
    return items.is(verb, WordClass.Auxiliary | WordClass.ReportingVerb) || items.endsWith(verb, 'ed') ? { from: k, to: k + 1 } : null;
  }
  return null;
}

/** The attribution of a cue whose speaker stands before it: leading ("X said that …") or trailing ("…, X said"). */
function withSpeakerBefore(items: Items, s: Sentence, cue: Cue, before: SpeakerPhrase): Attribution | null {
  // "X said that …", "X said: “…”": what follows the cue decides that the attribution leads.
  const { contentFrom } = afterCue(items, cue, s.to);
  const afterQuote = items.isQuote(before.from - 1) && !items.isTitle(before.from - 1);
  const leads = !afterQuote && (items.isWordId(contentFrom - 1, THAT) || isPunct(items, contentFrom - 1, ':') || items.isQuote(contentFrom) || clauseFollows(items, contentFrom, contentEnd(items, s)) || handsToQuotation(items, contentFrom, s.to));
  const at = Math.min(modifiedStart(items, s.from, before), appositiveStart(items, s.from, before));
  // "Many of the closures, he said, have involved …": an attribution between commas interrupts the content.
  // (Not after a fronted adverbial, "Asked about it, Lee said, …", nor before a quotation, which is then the content.)
  const interrupts = leads && at - 1 > s.from && isParenthetical(items, cue, before, at) && !items.isQuote(contentFrom) && !opensAdverbial(items, s.from);
  if (interrupts) return trailing(items, s, cue, before, at) ?? leading(items, s, cue, before);
  if (leads) return leading(items, s, cue, before) ?? trailing(items, s, cue, before, at);
  const trails = trailing(items, s, cue, before, at);
  // "In an interview on Monday, Lee said the plan …": a fronted adverbial is the frame of what follows the cue.
  if (trails !== null && isFrontedAdverbial(items, trails)) {
    const lead = leading(items, s, cue, before);
    return lead !== null && lead.content.length > 0 ? lead : trails;
  }
  return trails ?? leading(items, s, cue, before);
}

// Most words between a cue and the comma or colon that hands on to its quotation ("added the words, “…”").
const MAX_HANDING_WORDS = 4;

/** True when a few words after the cue end with a comma or colon right before a quotation: "added the words, “…”", "said on Monday: “…”". */
function handsToQuotation(items: Items, from: number, to: number): boolean {
  for (let k = from; k < to && k - from <= MAX_HANDING_WORDS; k++) {
    if (items.isQuote(k)) return k > from && isPunct(items, k - 1, ':,');
    if (!items.isWord(k) && !isPunct(items, k, ':,')) return false;
  }
  return false;
}

// Most lower-case modifiers between an article and the name it qualifies ("a smiling Cole").
const MAX_NAME_MODIFIERS = 2;

/**
 * Where the speaker's words start as the sentence reads: "“…,” a smiling Cole said" — an article
 * and a modifier or two before a name belong to the speaker's phrase, so the quotation still
 * stands right before it.
 */
function modifiedStart(items: Items, lo: number, speaker: SpeakerPhrase): number {
  if (!items.cap(speaker.from)) return speaker.from;
  let k = speaker.from - 1;
  while (k >= lo && speaker.from - k <= MAX_NAME_MODIFIERS && items.isWord(k) && !items.cap(k) && !items.isIn(k, G.NotSpeakerHead)) k--;
  return k < speaker.from - 1 && k >= lo && items.isIn(k, G.Article) ? k : speaker.from;
}

/** True when the word at `i` opens a fronted adverbial: a preposition or subordinator of the lexicon, or a participle ("Asked …", "Speaking …"). */
function opensAdverbial(items: Items, i: number): boolean {
  return items.isIn(i, G.FrontedAdverbialStart) || (items.cap(i) && (items.endsWith(i, 'ing') || items.endsWith(i, 'ed')) && items.is(i, WordClass.ReportingVerb));
}

/**
 * True when a trailing attribution's content is a fronted adverbial — one comma-free stretch
 * without a quotation that opens with a preposition or subordinator ("In an interview on Monday",
 * "When asked about the cuts"): what a speaker said does not read like that.
 */
function isFrontedAdverbial(items: Items, a: Attribution): boolean {
  const range = a.content[0];
  if (a.content.length !== 1 || range === undefined) return false;
  // "Sunday on Fox News’s “Sunday Morning Futures,” Issa said …": a time word opens a setting too,
  // and a short quotation in it is the name of a programme, not what was said.
  const timed = items.cap(range.from) && items.isIn(range.from, G.TimeWord);
  if (!timed && !opensAdverbial(items, range.from)) return false;
  for (let k = range.from; k < range.to; k++) {
    if (items.isQuote(k) ? !timed || items.end(k) - items.start(k) > MAX_TITLE_CHARS : isPunct(items, k, ',;:')) return false;
  }
  return true;
}

// Longest quotation, in characters, read as a title inside a fronted setting ("“Sunday Morning Futures,”").
const MAX_TITLE_CHARS = 40;

/**
 * "…,” said Mr. Kamin, who emphasized that …": a relative pronoun right after the previous
 * attribution's speaker stands for that speaker, which lies before this attribution's material.
 */
function relativeToPrevious(items: Items, cue: Cue, previous: Attribution | undefined): SpeakerPhrase | null {
  if (previous === undefined || !items.isIn(cue.from - 1, G.RelativePronoun)) return null;
  const end = previous.speaker.to;
  return end === cue.from - 1 || (end === cue.from - 2 && isPunct(items, end, ',')) ? previous.speaker : null;
}

/** "…,” Rutte said (to journalists)." / "…, reports Bloomberg.": content is what precedes `at`. */
function trailing(items: Items, s: Sentence, cue: Cue, speaker: SpeakerPhrase, at: number): Attribution | null {
  // Right after a quotation the attribution is certain, whatever follows it; after a comma, only
  // when the sentence ends soon after (else the comma belongs to the content's own clause).
  // (Not after a quoted title: "… the anthem “A Change Is Gonna Come,” she added the words, “…”".)
  const afterQuotation = items.isQuote(at - 1) && !items.isTitle(at - 1);
  if (!opensTrailing(items, at - 1) || (!afterQuotation && s.to - Math.max(cue.to, speaker.to) > MAX_TRAILING_TAIL && !isParenthetical(items, cue, speaker, at))) return null;
  const to = isPunct(items, at - 1, ',—–-') ? at - 1 : at;
  // "(“…,” he said.)": the bracket that opens the sentence is not content; nor is what a colon
  // hands on to the quotation ("They reached the square: “…,” someone shouted").
  const from = items.isQuote(to - 1) && isPunct(items, to - 2, ':') && to - 2 >= s.from ? to - 1 : isPunct(items, s.from, '([') ? s.from + 1 : s.from;
  if (to <= from) return null;
  const hasQuote = items.isQuote(to - 1) || items.isQuote(at - 1);
  if (!hasQuote && !hasWords(items, from, to, MIN_INDIRECT_WORDS)) return null;
  // ("“…,” he began." and "“…,” she sings to the crowd." tag the quotation; "through this
  // “vision” I began to see …" does not.)
  if (tagsQuotesOnly(cue) && (!hasQuote || (speaker.from < cue.from && items.isWord(cue.to) && !isAddressee(items, cue.to)))) return null;
  // Without a quotation, the content before the comma must be something said: naming verbs and
  // verbs of mere speaking ("A year later, Obama called her", "…, she spoke to the network") report none.
  if (!reportsContent(cue)) return null;
  const cueTo = speaker.from > cue.from ? cue.to : afterCue(items, cue, s.to).cueTo;
  const content = [{ from, to }];
  // "An economic downturn, he said, “could be …”": the quotation after the interruption is content too.
  // (After an inverted "said Jane Doe," what follows is her title, not more content.)
  const after = Math.max(cueTo, speaker.to);
  const inverted = speaker.from > cue.from;
  if (isPunct(items, after, ',') && continuesContent(items, after + 1) && (!inverted || items.isQuote(after + 1))) {
    content.push({ from: after + 1, to: contentEnd(items, s) });
  } else if (afterQuotation) {
    // "“…,” she said in Macon, Ga. “…”": the quotation that closes the sentence after the frame is its second half.
    const second = closingQuotation(items, after, contentEnd(items, s));
    if (second >= 0) content.push({ from: second, to: second + 1 });
  }
  return { cue, cueTo, speaker, content, shape: 'trailing' };
}

// Most items of a frame tail ("in Macon, Ga.") between an attribution and the quotation it splits.
const MAX_FRAME_TAIL = 8;

/**
 * The quotation that ends `[from, end)` when everything before it is a short verbless tail of
 * the frame — words, commas and abbreviation periods — or -1.
 */
function closingQuotation(items: Items, from: number, end: number): number {
  const last = end - 1;
  if (last <= from || last - from > MAX_FRAME_TAIL || !items.isQuote(last)) return -1;
  for (let k = from; k < last; k++) {
    if (items.isQuote(k) || (!items.isWord(k) && !isPunct(items, k, ',')) || cueAt(items, k) !== null) return -1;
  }
  return last;
}

// Most words of a speaker inside a parenthetical attribution (", he said,", ", Ms. Lee said,").
const MAX_PARENTHETICAL_SPEAKER = 4;

/**
 * True when speaker and cue stand between commas and the sentence goes on after them — "Many of
 * the closures, he said, have involved …" — or an inverted speaker is followed by its appositive —
 * "…, said David Autor, a professor of economics at M.I.T., who …": however long the rest, the
 * attribution interrupts or closes the content.
 */
function isParenthetical(items: Items, cue: Cue, speaker: SpeakerPhrase, at: number): boolean {
  if (!isPunct(items, at - 1, ',')) return false;
  const inverted = speaker.from > cue.from;
  const end = inverted ? speaker.to : cue.to;
  if (!isPunct(items, end, ',')) return false;
  return inverted || speaker.to - speaker.from <= MAX_PARENTHETICAL_SPEAKER;
}

/** True when the cue's verb can report a statement as its content (not a naming or speaking-only verb). */
function reportsContent(cue: Cue): boolean {
  const verb = cue.verb;
  if (verb === null) return true;
  if (verb.class === 'naming') return false;
  return verb.direct || verb.takesThat || BARE_CLAUSE_VERBS.has(verb.lemma);
}

/**
 * True when `i` opens the phrase naming whom a quotation is addressed to ("… she smiled *at the
 * reporters*", "… he sings *to Clinton*"): "to" or "at" before a determiner, a pronoun or a name,
 * not before a verb ("began *to see*").
 */
function isAddressee(items: Items, i: number): boolean {
  if (!items.isWordId(i, TO) && !items.isWordId(i, AT)) return false;
  const next = i + 1;
  return items.isWord(next) && (items.cap(next) || items.isIn(next, G.Determiner) || items.isIn(next, G.ObjectPronoun));
}

// Most words of a time phrase between a speech noun and its participle ("early Friday").
const MAX_TIME_WORDS = 2;

/** The item before the time words ("Monday", "early Friday") that end at `i`, or `i` when none do. */
function pastTimeWords(items: Items, i: number, floor: number): number {
  let k = i;
  while (k > floor && i - k < MAX_TIME_WORDS && items.isIn(k, G.TimeWord)) k--;
  if (k < i && items.is(k, WordClass.TimeWordModifier)) k--;
  return k;
}

/** True for a cue of {@link QUOTE_ONLY_VERBS}: it reports a quotation next to it, or nothing. */
function tagsQuotesOnly(cue: Cue): boolean {
  return QUOTE_ONLY_VERBS.has(cue.verb?.lemma ?? '');
}

/** "He stated that …" / "Rutte said: “…”" / "Cruz continued:" (content in the next quotation). */
function leading(items: Items, s: Sentence, cue: Cue, speaker: SpeakerPhrase): Attribution | null {
  const { cueTo, contentFrom } = afterCue(items, cue, s.to);
  const end = frontedWithEnd(items, s, speaker, contentFrom, clauseEnd(items, contentFrom, contentEnd(items, s)));
  if (contentFrom >= end) {
    // Nothing after the cue but a colon or the sentence end: the next quotation is the content.
    return isPunct(items, contentFrom - 1, ':') || ((cue.verb?.direct ?? false) && !tagsQuotesOnly(cue)) ? { cue, cueTo, speaker, content: [], shape: 'leading' } : null;
  }
  const firstQuote = firstQuoteIn(items, contentFrom, end);
  const hasQuote = firstQuote >= 0;
  // ("The email began, “…”" tags the quotation; "after the vote began, the chair announced …",
  // "began with an ad, “…”" and "began “threatening” them" report nothing.)
  if (tagsQuotesOnly(cue) && !(firstQuote === cue.to + 1 && isPunct(items, cue.to, ':,'))) return null;
  // "The party said about its platform:" closing a paragraph: the prepositional phrase before the
  // colon is the frame's setting, and the quotation that follows is the content.
  if (!hasQuote && isPunct(items, s.to - 1, ':') && items.isIn(contentFrom, G.ContentPreposition | G.AdjunctPreposition)) {
    return { cue, cueTo, speaker, content: [], shape: 'leading' };
  }
  // "The economy added 200,000 jobs": "add" before an amount is the economic sense.
  if (cue.verb?.lemma === 'add' && !hasQuote && isAmount(items, contentFrom)) return null;
  // "said at a rally on Monday: “…”": the adjuncts before the colon belong to the frame, the quotation is the content.
  // (Not when another verb of saying introduces the quotation: "asked for a photo and Clinton said, “…”".)
  // (Not after "that", which opens a clause of content: "affirmed that he likes Lee, he stated, “…”".)
  if (hasQuote && firstQuote > contentFrom && isPunct(items, firstQuote - 1, ':,') && !hasWord(items, contentFrom - 1, firstQuote, THAT) && !opensSpeakerClause(items, contentFrom, firstQuote)) {
    return { cue, cueTo, speaker, content: [{ from: firstQuote, to: end }], shape: 'leading' };
  }
  // "called the plan “a disaster”" is attribution; "called the police" is not, and neither is a
  // title right after the verb ("a film called “Home”").
  // ("what Gilbert called “a perception problem”" names its object before the speaker).
  if (cue.verb?.class === 'naming' && !hasQuote) return characterises(items, cue.to, end) ? objectContent(items, s, cue, speaker, true) : null;
  if (CHARACTERISING_VERBS.has(cue.verb?.lemma ?? '')) return asFollows(items, cue.to, end) ? objectContent(items, s, cue, speaker, true) : null;
  if (cue.verb?.class === 'naming' && firstQuote === contentFrom) {
    // "which Mr. Trump called “a disgrace”", "a country that Romney called “…”": the object is the
    // relative before the speaker, and the quotation all that is named.
    if (items.isIn(speaker.from - 1, G.RelativePronoun)) return { cue, cueTo, speaker, content: [{ from: firstQuote, to: firstQuote + 1 }], shape: 'leading' };
    if (!items.isWordId(speaker.from - 1, WHAT)) return null;
  }
  // "responded with chants", "wrote under the pseudonym “…”": a prepositional phrase is not reported content.
  // "asked whether …", "wondered why …": a question verb's content is its indirect question.
  const question = QUESTION_VERBS.has(cue.verb?.lemma ?? '') && items.is(contentFrom, WordClass.WhWord);
  const introduced = question || items.isWordId(contentFrom - 1, THAT) || isPunct(items, contentFrom - 1, ':,');
  if (!hasQuote && !introduced && items.isIn(contentFrom, G.ContentPreposition)) return objectContent(items, s, cue, speaker);
  // "Lee had shown bad judgment in using “…”": a publication verb of evidence ("show", "find")
  // reports only a clause it introduces or, with evidence as its subject, its object; a quotation
  // later in a person's sentence is not its content.
  if (!introduced && hasQuote && EVIDENCE_VERBS.has(cue.verb?.lemma ?? '') && !presentsEvidence(items, speaker)) return null;
  // Without "that" or a colon, only verbs of saying introduce a clause; other verbs report content
  // only as their object ("criticized the plan"), or not at all ("spoke at length").
  if (!introduced && !BARE_CLAUSE_VERBS.has(cue.verb?.lemma ?? '') && !hasQuote) return objectContent(items, s, cue, speaker);
  if (!hasQuote && !hasWords(items, contentFrom, end, MIN_INDIRECT_WORDS)) return null;
  // A verb of manner reports unquoted words only in a clause: after "that" or opening on a subject
  // pronoun ("boasted he had won"). "… and sobbed, the agency reported" and "It boasts a deep-water
  // port" report none.
  if (!hasQuote && cue.verb?.class === 'manner' && !items.isWordId(contentFrom - 1, THAT) && !items.is(contentFrom, WordClass.SubjectPronoun)) return null;
  // "felt blindsided", "felt free to …": without "that", "feel" reports a clause only when a
  // subject opens it ("felt they were ready"); otherwise it names a state of mind, not a thought.
  if (!introduced && !hasQuote && cue.verb?.lemma === 'feel' && !opensSubject(items, contentFrom)) return null;
  return { cue, cueTo, speaker, content: [{ from: contentFrom, to: end }], shape: 'leading' };
}

/**
 * Where the content of a cue inside a fronted "with" phrase ends: at the phrase's comma. ("With
 * leaders worried about turnout, Lee is rolling out a message: “…”": the main clause and its
 * quotation are not the leaders' words.) `end` when the speaker does not follow a sentence-initial "with".
 */
function frontedWithEnd(items: Items, s: Sentence, speaker: SpeakerPhrase, from: number, end: number): number {
  if (speaker.from !== s.from + 1 || !items.isWordId(s.from, WITH)) return end;
  for (let k = from; k < end && k < from + CONTENT_SCAN; k++) if (isPunct(items, k, ',')) return k;
  return end;
}

/** True when item `i` can open a clause's subject: a pronoun, a determiner, a name or a number. */
function opensSubject(items: Items, i: number): boolean {
  return items.is(i, WordClass.SubjectPronoun) || items.isIn(i, G.NominativePronoun | G.Determiner) || items.cap(i) || items.startsWithDigit(i);
}

// Fewest words of an infinitive that is reported content ("to comment").
const MIN_INFINITIVE_WORDS = 2;

// Fewest words of an object that is reported content ("criticized Bill Clinton").
const MIN_OBJECT_WORDS = 2;

/**
 * "Lee criticized the plan", "Lee urged Congress to act", "the poll shows Lee ahead": the
 * object of a speech-act verb ({@link OBJECT_CONTENT_VERBS}), or of a publication verb whose
 * subject presents evidence (`EVIDENCE_HEADS`), is the reported content — the hearer of
 * "urged" included, since the request is "Congress to act". A passive ("was asked about …",
 * "is accused of …") names the addressee, not the speaker, and reports nothing here.
 */
function objectContent(items: Items, s: Sentence, cue: Cue, speaker: SpeakerPhrase, characterised = false): Attribution | null {
  const verb = cue.verb;
  if (verb === null || isPassive(items, cue)) return null;
  const from = cue.to;
  const infinitive = items.isWordId(from, TO) && INFINITIVE_CONTENT_VERBS.has(verb.lemma);
  const evidence = verb.class === 'publication' && presentsEvidence(items, speaker);
  if (!characterised && !evidence && !infinitive && !OBJECT_CONTENT_VERBS.has(verb.lemma)) return null;
  // ("a woman who asked not to be named", "urged to resign": no object, so nothing is reported.)
  // ("the loopholes he cited are …": an auxiliary after the cue makes it a relative clause's verb.)
  if (!items.isWord(from) || items.isWordId(from, NOT) || (items.isWordId(from, TO) && !infinitive) || items.is(from, WordClass.Auxiliary)) return null;
  if (infinitive) return infinitiveContent(items, s, cue, speaker, from);
  if (items.isIn(from, G.ContentPreposition | G.NotClauseStart)) return null;
  const end = clauseEnd(items, from, contentEnd(items, s));
  // ("endorsed Trump", "blamed Lee": a name alone is a whole object; "criticized it" is not.)
  const named = end === from + 1 && items.cap(from) && !items.isIn(from, G.NotNameStart);
  if (!named && !hasWords(items, from, end, MIN_OBJECT_WORDS)) return null;
  return { cue, cueTo: cue.to, speaker, content: [{ from, to: end }], shape: 'leading' };
}

// Most words of a speaker phrase read for an evidence head ("A new poll by the Tribune").
const MAX_EVIDENCE_SCAN = 8;

/** True when a word of `speaker` heads evidence (`EVIDENCE_HEADS`): "the poll", "A survey of voters by Gallup". */
function presentsEvidence(items: Items, speaker: SpeakerPhrase): boolean {
  for (let k = speaker.to - 1; k >= speaker.from && speaker.to - k <= MAX_EVIDENCE_SCAN; k--) {
    if (items.is(k, WordClass.EvidenceHead)) return true;
  }
  return false;
}

// Most items between a naming verb and the "as" or article of its characterisation.
const MAX_NAMED_OBJECT = 6;

/**
 * True when a naming verb's object is characterised in the speaker's words without quotation
 * marks: "described the plan as reckless", "referred to the rally as a circus", "called Lee a
 * fraud" — an "as", or an article right after a name or pronoun object. "Called the police" or
 * "described the scene" name no characterisation.
 */
function characterises(items: Items, from: number, to: number): boolean {
  if (asFollows(items, from, to)) return true;
  const stop = Math.min(to - 1, from + MAX_NAMED_OBJECT);
  // "called him a liar", "called Lee a fraud": an article after an object pronoun or a name.
  let k = from;
  if (items.isIn(k, G.ObjectPronoun)) k++;
  else while (k < stop && items.cap(k) && items.isWord(k)) k++;
  return k > from && (items.isWordId(k, A) || items.isWordId(k, AN)) && k + 1 < to && items.isWord(k + 1);
}

/** True when an "as" follows a short object after item `from`: "described the plan as reckless". */
function asFollows(items: Items, from: number, to: number): boolean {
  const stop = Math.min(to - 1, from + MAX_NAMED_OBJECT);
  for (let k = from + 1; k < stop; k++) {
    if (!items.isWord(k)) return false;
    if (items.isWordId(k, AS)) return true;
  }
  return false;
}

/** "Lee wants to rebuild the pier": the infinitive after a verb of desire, to the clause end. */
function infinitiveContent(items: Items, s: Sentence, cue: Cue, speaker: SpeakerPhrase, from: number): Attribution | null {
  // "declined to $281 million", "plans to Washington": a verb follows an infinitive's "to" — a
  // lower-case word, never a number, a sign or a name.
  if (!items.isWord(from + 1) || items.cap(from + 1) || items.startsWithDigit(from + 1)) return null;
  const end = clauseEnd(items, from, contentEnd(items, s));
  // "to" and its verb are a whole clause: "declined to comment", "plans to resign".
  return hasWords(items, from, end, MIN_INFINITIVE_WORDS) ? { cue, cueTo: cue.to, speaker, content: [{ from, to: end }], shape: 'leading' } : null;
}


/** True when item `i` starts an amount: a number ("200,000"), or a currency sign before one ("$5 million"). */
function isAmount(items: Items, i: number): boolean {
  return items.startsWithDigit(i) || (isPunct(items, i, '$£€¥') && items.startsWithDigit(i + 1));
}

// Most words of a name that opens a clause inside the frame ("President Barack Obama").
const MAX_CLAUSE_SUBJECT = 4;

/**
 * True when a clause with a subject of its own starts in `[from, to)`: "and", "but" or a comma,
 * then a name or subject pronoun and a reporting verb or an auxiliary ("… and Clinton said",
 * "…, President Obama is rolling out a message:"). A noun of the same spelling ("her remarks",
 * "in comments to") is not one.
 */
function opensSpeakerClause(items: Items, from: number, to: number): boolean {
  for (let k = from + 2; k < to && k < from + CONTENT_SCAN; k++) {
    if (!(items.is(k, WordClass.ReportingVerb) || items.is(k, WordClass.Auxiliary)) || items.cap(k)) continue;
    let j = k - 1;
    if (items.is(j, WordClass.SubjectPronoun)) j--;
    else while (j > from && k - j <= MAX_CLAUSE_SUBJECT && items.cap(j) && items.isWord(j)) j--;
    if (j < k - 1 && (isCoordinator(items, j) || isPunct(items, j, ','))) return true;
  }
  return false;
}

/** True when the plain word of id `id` stands in `[from, to)`. */
function hasWord(items: Items, from: number, to: number, id: number): boolean {
  for (let k = from; k < to; k++) if (items.isWordId(k, id)) return true;
  return false;
}

/** "Trump defended the plan, saying it was “…”": content after the participle, speaker the sentence's subject. */
function participle(items: Items, s: Sentence, cue: Cue, previous: Attribution | undefined): Attribution | null {
  const speaker = previous?.speaker ?? subjectOf(items, s, cue.from);
  if (speaker === null) return null;
  const { cueTo, contentFrom } = afterCue(items, cue, s.to);
  const end = contentEnd(items, s);
  const hasQuote = firstQuoteIn(items, contentFrom, end) >= 0;
  if (!hasQuote && !hasWords(items, contentFrom, end, MIN_INDIRECT_WORDS)) return null;
  return { cue, cueTo, speaker, content: [{ from: contentFrom, to: end }], shape: 'leading' };
}

// How far before a participle cue the word that frames its speaker ("with", "has") may stand.
const MAX_FRAMED_SPEAKER = 8;

// Most words of an appositive between a name and the cue.
const MAX_APPOSITIVE_WORDS = 12;

/**
 * "“…,” Eva Lind, a Green member of the council said in a statement.": a name right after the
 * quotation, then an appositive whose closing comma the copy left out, then the cue — the name
 * speaks. Or null.
 */
function unclosedAppositive(items: Items, s: Sentence, cue: Cue, titleCase: () => boolean): Attribution | null {
  // (A capitalised form is a name's word, "Secretary of State"; the first verb after the comma is the cue.)
  if (items.cap(cue.from)) return null;
  let comma = cue.from - 1;
  while (comma > s.from && cue.from - comma <= MAX_APPOSITIVE_WORDS && items.isWord(comma) && !items.is(comma, WordClass.ReportingVerb)) comma--;
  // The appositive describes ("a Green member of …", "OFHEO director"): a name alone after the
  // comma is the speaker itself ("… to” Lazar, Song wrote").
  if (comma === cue.from - 1 || !isPunct(items, comma, ',') || !items.cap(comma - 1) || allCapitalised(items, comma + 1, cue.from)) return null;
  const name = speakerBefore(items, s.from, comma);
  if (name === null || !items.cap(name.from) || name.to - name.from > MAX_APPOSITIVE_NAME || !agrees(items, cue, name, titleCase)) return null;
  const open = name.from - 1;
  if ((!items.isQuote(open) && !(isPunct(items, open, ',') && items.isQuote(open - 1))) || titleCase() || verbFollows(items, cue.to, s.to)) return null;
  return trailing(items, s, cue, name, name.from);
}

// Most words of the name before an unclosed appositive ("Eva Lind", "Dr Mike Watts").
const MAX_APPOSITIVE_NAME = 4;

/**
 * True when a lower-case reporting verb stands in the few items after `from`: the cue before it
 * was a word of the appositive ("the hacker known as “Guccifer,” stated"), not its end.
 */
function verbFollows(items: Items, from: number, to: number): boolean {
  for (let k = from; k < to && k - from < MAX_APPOSITIVE_WORDS; k++) if (items.is(k, WordClass.ReportingVerb) && !items.cap(k)) return true;
  return false;
}

/**
 * "“…,” the agency quoted worker Dan Ogle as saying.": the person quoted is the speaker, the
 * outlet only reports them; the verb after "as" says what kind of reporting it was. Or null.
 */
function quotedPerson(items: Items, s: Sentence, cue: Cue): Attribution | null {
  const quoted = quotedAs(items, cue);
  if (quoted === null) return null;
  const person = speakerAfter(items, cue.to, quoted.as);
  if (person === null || person.to !== quoted.as) return null;
  const outlet = speakerBefore(items, s.from, cue.from);
  return trailing(items, s, { from: cue.from, to: cue.to, head: cue.head, verb: quoted.verb }, person, outlet?.from ?? cue.from);
}

/** "with spokesman John Smith saying, “…”": the phrase between a framing word and the participle speaks. */
function framedSaying(items: Items, s: Sentence, cue: Cue): Attribution | null {
  for (let k = cue.from - 2; k >= s.from && cue.from - k <= MAX_FRAMED_SPEAKER; k--) {
    if (!items.isWord(k)) return null;
    if (!items.isIn(k, G.SayingFrame)) continue;
    const speaker = speakerBefore(items, k + 1, cue.from);
    if (speaker === null || speaker.from !== k + 1) return null;
    const { cueTo, contentFrom } = afterCue(items, cue, s.to);
    const end = contentEnd(items, s);
    if (firstQuoteIn(items, contentFrom, end) < 0 && !hasWords(items, contentFrom, end, MIN_INDIRECT_WORDS)) return null;
    return { cue, cueTo, speaker, content: [{ from: contentFrom, to: end }], shape: 'leading' };
  }
  return null;
}

// Most words read back from a closing colon for the noun of speech that names the words handed on.
const MAX_HANDED_WORDS = 4;

/** True when a noun of speech ends `[from, to)` or stands just before its end ("the following comment", "this statement to reporters"). */
function namesWords(items: Items, from: number, to: number): boolean {
  for (let k = to - 1; k >= from && to - k <= MAX_HANDED_WORDS; k--) if (items.is(k, WordClass.SpeechNoun) && !items.cap(k)) return true;
  return false;
}

/**
 * "In a later interview, Trump went even further: “…”", "McConnell delivered a blunt message to
 * Trump: “…”": a quotation that a colon hands on to at the end of a sentence no cue attributes is
 * the words of the sentence's subject, and the colon is the cue.
 */
function subjectBeforeColon(items: Items, s: Sentence, titleCase: () => boolean): Attribution | null {
  // ("On July 6, Sanders made the following comment:" closing its paragraph hands on to the
  // quotation that opens the next one — when the predicate names the words handed on; "Wait, it
  // gets better:" and "Partial transcript:" name no speaker.)
  const handsOn = s.to === items.length && isPunct(items, s.to - 1, ':') && items.isWord(s.to - 2);
  const quote = handsOn ? s.to : contentEnd(items, s) - 1;
  // ("… the prophecy of Micah 5:2: “…”": a colon after a reference's number cites a text.)
  if (!(handsOn || items.isQuote(quote)) || !isPunct(items, quote - 1, ':') || items.startsWithDigit(quote - 2) || titleCase()) return null;
  const subject = subjectOf(items, s, quote - 1);
  if (subject === null || (handsOn && !namesWords(items, subject.to + 1, quote - 1))) return null;
  // A pronoun or a name speaks ("Trump went even further:" → Trump), and so does a phrase that
  // does something ("A footnote in the report makes that clear:"); a phrase that only is
  // something ("The rules are simple:") is the writer's own frame.
  let to = subject.from;
  while (to < subject.to && items.cap(to)) to++;
  const verb = subject.to;
  const acts = items.isWord(verb) && !items.cap(verb) && !items.is(verb, WordClass.Auxiliary) && (items.is(verb, WordClass.ReportingVerb) || items.endsWith(verb, 'ed'));
  const phrase = items.is(subject.from, WordClass.SubjectPronoun) || (items.isIn(subject.from, G.Determiner) && verb - subject.from > 1 && acts);
  // (A lone word of the lexicon, or one with a clitic, "Here’s Lee in 1992:", opens no name.)
  const known = items.inLexicon(subject.from);
  const name = to > subject.from && !items.isIn(subject.from, G.NotNameStart | G.TimeWord | G.Determiner) && !(known && (to - subject.from === 1 || !items.isPlain(subject.from)));
  if (!phrase && !name) return null;
  // ("Lib Dem chairman Matt Lee has written …:": a phrase that ends on a name is the name with its role.)
  const speaker = phrase || items.cap(subject.to - 1) ? subject : { from: subject.from, to };
  return { cue: { from: quote - 1, to: quote, head: quote - 1, verb: null }, cueTo: quote, speaker, content: handsOn ? [] : [{ from: quote, to: quote + 1 }], shape: 'leading' };
}

/** True when an age or a party tag, closed by a comma, stands at `i` ("45,", "R-Ky.,"). */
function appositiveTag(items: Items, i: number): boolean {
  if (!isPunct(items, isPunct(items, i + 1, '.') ? i + 2 : i + 1, ',')) return false;
  const word = items.lower(i);
  // A party tag is a party's initial, a hyphen and a state ("R-Ky.", "D-Calif.").
  return items.startsWithDigit(i) || (items.cap(i) && word.length > 2 && word.charCodeAt(1) === 0x2d);
}

// Most items of a sentence's opening phrase read before its subject: any phrase ("On Saturday,"),
// and one that opens with a preposition or subordinator ("With leaders worried about a lack of
// passion for the ticket among young voters, Lee …").
const MAX_OPENING_PHRASE = 8;
const MAX_OPENING_ADVERBIAL = 24;

// Most words of a state or country after a town's comma ("Salem, New Hampshire,").
const MAX_PLACE_WORDS = 3;

/**
 * The comma after a place name or a year that follows comma `i` ("… in Salem, New Hampshire, Lee
 * said", "On July 6, 2015, Lee …"): the opening phrase runs to it. `i` when none follows.
 */
function pastPlaceName(items: Items, i: number): number {
  // (A year after a date's comma too: "On July 6, 2015, Lee …".)
  if (items.startsWithDigit(i + 1) && items.width(i + 1) === 4 && isPunct(items, i + 2, ',')) return i + 2;
  if (!items.is(i + 1, WordClass.PlaceStart)) return i;
  let j = i + 1;
  while (j - i <= MAX_PLACE_WORDS && items.isWord(j) && items.cap(j)) j++;
  return isPunct(items, j, ',') ? j : i;
}

/** The subject at the start of a sentence: the phrase that ends right before its first verb-like word. */
function subjectOf(items: Items, s: Sentence, limit: number): SpeakerPhrase | null {
  // Skip an opening adverbial ("On Saturday, …", "In a statement, …").
  let from = s.from;
  const reach = opensAdverbial(items, s.from) ? MAX_OPENING_ADVERBIAL : MAX_OPENING_PHRASE;
  for (let i = s.from; i < Math.min(limit - 1, s.from + reach); i++) {
    if (!isPunct(items, i, ',')) continue;
    // "Republicans, who hold …, have blocked …, saying": a relative clause or an appositive
    // ("Lee, the mayor, …", "McConnell, R-Ky., …", "Lee, 45, …") after the subject is no opening adverbial.
    if (!opensAdverbial(items, s.from) && (items.isWordId(i + 1, WHO) || items.isIn(i + 1, G.Determiner) || appositiveTag(items, i + 1))) {
      const found = speakerBefore(items, s.from, i);
      const subject = found === null ? null : withRole(items, s.from, found);
      if (subject !== null && subject.from === s.from && !items.isIn(subject.to - 1, G.TimeWord)) return subject;
    }
    from = pastPlaceName(items, i) + 1;
    break;
  }
  // ("But he is not envious, insisting: …": a coordinator opening the sentence is not the subject's;
  // after one, only a subject before its verb or a pronoun is read, not any opening phrase.)
  const coordinated = isCoordinator(items, from) && from + 1 < limit;
  if (coordinated) from++;
  // The subject ends where its verb starts: an auxiliary, a reporting verb or a past-tense form.
  for (let i = from + 1; i < Math.min(limit, from + 10); i++) {
    if (!items.is(i, WordClass.Auxiliary | WordClass.ReportingVerb) && !items.endsWith(i, 'ed')) continue;
    const phrase = speakerBefore(items, from, i);
    if (phrase !== null && phrase.from === from) return phrase;
    break;
  }
  // Otherwise the phrase that opens the sentence: a pronoun, a name, or a short determiner phrase.
  if (coordinated) return items.isIn(from, G.SpeakerPronoun) ? { from, to: from + 1 } : null;
  return openingPhrase(items, from, limit);
}

/**
 * Whether a cue can be the verb of `speaker` — the checks that tell a verb from a noun of the same
 * spelling without a tagger: a capitalised cue mid-sentence is a name ("the Drudge Report"); a
 * bare "-ing" form needs an auxiliary ("is saying"); a base form ("say", "figure") needs a plural
 * or first/second-person subject or an auxiliary ("officials say", "a popular figure" is a noun).
 */
function agrees(items: Items, cue: Cue, speaker: SpeakerPhrase, titleCase: () => boolean): boolean {
  if (!items.isWord(cue.head) || cue.verb === null) return true;
  if (items.cap(cue.head) && !titleCase()) return false;
  // "Other states require …": a determiner that cannot stand alone is no subject; "her Facebook
  // posts": a capitalised word after a possessive determiner modifies the noun after it.
  if (speaker.to - speaker.from === 1 && items.isIn(speaker.from, G.Determiner) && !items.isIn(speaker.from, G.StandaloneDeterminer)) return false;
  if (items.cap(speaker.from) && items.isIn(speaker.from - 1, G.PossessiveDeterminer)) return false;
  // "Editor’s note: …" — a possessive before a verb-shaped noun is a noun phrase, not a subject.
  if (isPossessive(items, speaker.to - 1)) return false;
  const form = items.lower(cue.head);
  const bare = cue.from === cue.head;
  // "… into Clinton emails.": after a preposition the phrase is its object, and a form that is
  // also a noun ("emails", "reports") is that noun.
  if (bare && items.is(cue.head, WordClass.SpeechNoun) && items.isIn(speaker.from - 1, G.Preposition) && !items.is(speaker.from - 1, WordClass.Subordinator)) return false;
  // "federal and state law": "state(s)" is a cue only when it hands on to a statement, or at the
  // stop after a trailing speaker ("…,” the memo states."; not "… in all battleground states.").
  if (bare && NOUN_FIRST_FORMS.has(form) && !handsOn(items, cue.to) && !(atStop(items, cue.to) && followsContent(items, speaker))) return false;
  // "The leaked emails showed …", "news reports say …": an "-s" form right before another
  // reporting verb is that verb's subject, a plural noun.
  // ("Trump says praise …": not a form that is never a noun.)
  if (bare && form.endsWith('s') && form !== cue.verb.lemma && items.is(cue.to, WordClass.ReportingVerb) && !VERB_ONLY_S_FORMS.has(form)) return false;
  if (bare && NOUN_PRONE_FORMS.has(form) && !plainSubject(items, speaker, form === cue.verb.lemma)) return false;
  // "72 work-related emails", "senators with courts in their states": a plural before an "-s"
  // form makes the form a plural noun, not a verb.
  if (form !== cue.verb.lemma && form.endsWith('s') && !form.endsWith('ss') && bare && plainlyPlural(items, speaker)) return false;
  const auxiliary = cue.from < cue.head;
  if (auxiliary) return true;
  if (form.endsWith('ing')) return false;
  // A participle that is never a past tense ("known", "written") is an adjective without an
  // auxiliary; "began" is the one past tense of the lexicon in "-n", and ends in "-an".
  if (form !== cue.verb.lemma && form.endsWith('n') && !form.endsWith('an')) return false;
  if (!isFirstWordOf(form, cue.verb.lemma) || PAST_AS_BASE_FORMS.has(form)) return true;
  return pluralish(items, speaker);
}

/** True for a cue of {@link NOUN_FIRST_FORMS} with no auxiliary and no statement after it ("federal and state law"). */
function readsAsNoun(items: Items, cue: Cue): boolean {
  return cue.from === cue.head && NOUN_FIRST_FORMS.has(items.lower(cue.head)) && !introducesStatement(items, cue.to);
}

/** True when item `i` after a cue hands on to a statement: "that", a colon, a quotation, or the sentence's stop. */
function introducesStatement(items: Items, i: number): boolean {
  return handsOn(items, i) || atStop(items, i);
}

/** True when item `i` is the sentence's full stop or past the frame's end. */
function atStop(items: Items, i: number): boolean {
  return isPunct(items, i, '.') || i >= items.length;
}

/** True when `speaker` stands after its content, as a trailing speaker does: after a comma, a dash or a quotation. */
function followsContent(items: Items, speaker: SpeakerPhrase): boolean {
  return isCommaLike(items, speaker.from - 1) || items.isQuote(speaker.from - 1);
}

/** True when item `i` after a cue opens what it reports: "that", a colon or a quotation. */
function handsOn(items: Items, i: number): boolean {
  return items.isWordId(i, THAT) || items.isQuote(i) || isPunct(items, i, ':');
}

/**
 * True when `speaker` plainly is a subject for a noun-prone verb form ({@link NOUN_PRONE_FORMS}):
 * a subject pronoun, or a modal the phrase ran into ("the delegates would support"); for a base
 * form a number or a plural head ("most voters support", "Two-thirds favor"); for an "-s" form a
 * name, or a phrase opening with an article or a capital ("The group plans", "Udall supports").
 * "evangelical support", "his health-care plan" and "their succession plans" fail.
 */
function plainSubject(items: Items, speaker: SpeakerPhrase, base: boolean): boolean {
  const head = speaker.to - 1;
  if (items.is(head, WordClass.SubjectPronoun | WordClass.Auxiliary)) return true;
  if (base) return plainlyPlural(items, speaker) || looksPlural(items, head) || items.isIn(head, G.PluralSpeakerWord);
  const opens = items.cap(speaker.from) || items.isWordId(speaker.from, THE) || items.isWordId(speaker.from, A) || items.isWordId(speaker.from, AN);
  return !isPossessive(items, head) && (items.cap(head) || opens);
}

/** Stricter than {@link pluralish}: a number or a lower-case plural noun ("Sanders says" stays singular). */
function plainlyPlural(items: Items, speaker: SpeakerPhrase): boolean {
  for (let k = speaker.from; k < speaker.to; k++) if (items.startsWithDigit(k)) return true;
  // ("Another eight states", "two crucial contests": a number word right before the "-s" form, or one modifier before it.)
  const last = speaker.to - 1;
  if (PLURAL_NUMBER_WORDS.has(items.lower(last)) || (last > speaker.from && !items.cap(last) && PLURAL_NUMBER_WORDS.has(items.lower(last - 1)))) return true;
  // Only the head counts: "the rights group says" is singular.
  const head = speaker.to - 1;
  return !items.cap(head) && looksPlural(items, head);
}

/** True for a word that reads as a plural noun: longer than three letters, in "-s" but not "-ss", "-us", "-is", and no possessive. */
function looksPlural(items: Items, k: number): boolean {
  return items.width(k) > 3 && items.endsWith(k, 's') && !items.endsWith(k, 'ss') && !items.endsWith(k, 'us') && !items.endsWith(k, 'is') && !isPossessive(items, k);
}

/** True for a possessive word ("Editor’s", "Sanders’"): it qualifies a noun and is never a subject. */
function isPossessive(items: Items, k: number): boolean {
  return items.endsWith(k, "'s") || items.endsWith(k, '’s') || items.endsWith(k, "'") || items.endsWith(k, '’');
}

/**
 * True when a speaker phrase can take a plural verb ("officials say", "Aides to Clinton say",
 * "4 in 10 say", "Smith and Jones say"): a plural pronoun, a plural-looking noun, a number, or a
 * coordination anywhere in it (the head of "people briefed on the talks" is not its last word).
 */
function pluralish(items: Items, speaker: SpeakerPhrase): boolean {
  for (let k = speaker.from; k < speaker.to; k++) {
    if (items.isIn(k, G.PluralSpeakerWord) || items.startsWithDigit(k)) return true;
    if (looksPlural(items, k)) return true;
  }
  return false;
}

/** True when `w` (one word) is the first word of `phrase`: `phrase.split(' ')[0] === w`, without the split. */
function isFirstWordOf(w: string, phrase: string): boolean {
  return phrase.startsWith(w) && (phrase.length === w.length || phrase.charCodeAt(w.length) === 0x20);
}

/**
 * The end of the name that opens phrase `[start, to)`: lower-case words right after capitalised
 * ones are the name's verb ("Venus went out …", "Lee struck …") unless they are its head noun —
 * after a possessive ("Rubio's campaign"), a plural ("Republican politicians", "Sanders
 * supporters"), a person's title, an anonymous source's or a group's head ("Former prosecutor",
 * "Federal officials", "Anti-abortion group"). A role between a qualifier and a name stays:
 * "Democratic incumbent Ann Lee".
 */
function nameOfPhrase(items: Items, start: number, to: number): number {
  // (A number is part of the name: "Nokia 6600", "Doom 3".)
  const named = (k: number): boolean => items.cap(k) || items.startsWithDigit(k);
  if (!items.cap(start) || named(to - 1)) return to;
  let c = start;
  while (c < to && named(c)) c++;
  if (isPossessive(items, c - 1) || looksPlural(items, c) || items.isIn(c, G.PersonTitlePlain | G.AnonymousHead | G.CollectiveHead) || items.is(c, WordClass.OrganizationNoun)) return to;
  let k = to;
  while (k - 1 > start && !named(k - 1)) k--;
  return k;
}

/** The noun phrase that opens a clause at `from`: "He", "Morton Blackwell", "The Florida senator". */
function openingPhrase(items: Items, from: number, limit: number): SpeakerPhrase | null {
  if (!items.isWord(from)) return null;
  // A subject pronoun of the lexicon ("you" is none: outside a quote it is never a news speaker).
  if (items.is(from, WordClass.SubjectPronoun)) return { from, to: from + 1 };
  const determiner = items.isIn(from, G.Determiner);
  let k = from + (determiner ? 1 : 0);
  const start = k;
  // ("Hastily politicizing …": a capitalised adverb opening the sentence is no name.)
  if (!determiner && items.endsWith(from, 'ly') && !items.cap(from + 1)) return null;
  // A name or a head noun with its modifiers: capitalised words, or up to three lower-case ones.
  while (k < limit && k - start < 6 && items.isWord(k)) {
    if (items.is(k, WordClass.Auxiliary | WordClass.ReportingVerb) || items.isIn(k, G.NotSpeakerHead)) break;
    if (!items.cap(k) && k - start >= 3) break;
    k++;
  }
  if (!determiner) k = nameOfPhrase(items, start, k);
  // (A lone word that opens sentences is no name: "Now …", "Instead …", "Thursday …".)
  if (!determiner && k === start + 1 && (items.isIn(start, G.NotNameStart | G.TimeWord) || items.is(start, WordClass.SentenceOpener | WordClass.Subordinator))) return null;
  return k > start && (items.cap(from) || determiner) ? { from, to: k } : null;
}
