/**
 * Who wrote what the article prints in the first person: a signature ("Toni Williams." or "— Toni
 * Williams" as a paragraph of its own under a reader's letter, or `”— Toni Williams` closing a
 * quoted comment) signs its paragraph; an op-ed's closing tagline ("Jane Miller is a professor
 * of history at …") or its byline names the author. Each is a source, and the "I" outside every
 * quotation in what they signed is theirs.
 * @module
 */
import { addMention, createEntity, type Entity } from './entities.js';
import type { NameMention } from './names.js';
import { nameAt, spanIndexAt, type SourcesState } from './state.js';
import { tokenRange } from './speakers.js';
import { PRONOUN_FORMS } from '../lexicon/words.js';
import { TAGLINE_VERBS } from '../lexicon/coreference.js';
import { answerParagraphs } from './interviewee.js';
import { PREPOSITIONS } from '../lexicon/grammar.js';


/**
 * Gives every "I" speaker the person who signed its paragraph, or else (outside quotations) the
 * person answering in a Q&A's answer, or else the article's author.
 */
export function firstPersonWriters(state: SourcesState): void {
  const signers = signedParagraphs(state);
  const answers = answerParagraphs(state);
  let author: Entity | null | undefined;
  state.quotes.forEach((q, index) => {
    const speaker = q.speaker;
    if (speaker === null || state.quoteEntity[index] !== null || !isFirstPersonSingular(state.input, speaker)) return;
    const paragraph = paragraphAt(state, speaker.start);
    // A signed comment is the signer's even inside its quotation marks; the author's "I" is only outside every quotation.
    const signer = paragraph === -1 ? undefined : signers.get(paragraph);
    if (signer === undefined && spanIndexAt(state.contents, speaker.start) !== -1) return;
    const answerer = paragraph === -1 ? undefined : answers.get(paragraph);
    // ("In an interview, Pain said:¶ I was just telling them …": after a paragraph that hands on
    // with a colon, the "I" is whoever it hands on to, not the author; nor is an interview's answerer.)
    if (signer === undefined && (answerer === null || (answerer === undefined && handsOn(state, paragraph)))) return;
    if (signer === undefined && answerer === undefined && author === undefined) author = articleAuthor(state);
    const writer = signer ?? answerer ?? author ?? null;
    if (writer === null) return;
    addMention(writer, { start: speaker.start, end: speaker.end });
    writer.quotes.push(index);
    writer.cited = true;
    state.quoteEntity[index] = writer;
  });
}

/** True when the paragraph before paragraph `p` ends with a colon. */
function handsOn(state: SourcesState, p: number): boolean {
  const before = state.paragraphs[p - 1];
  return before !== undefined && state.input.charCodeAt(before.end - 1) === 0x3a;
}

/** True when a speaker is "I" (or "me", "myself"). */
function isFirstPersonSingular(input: string, speaker: { start: number; end: number }): boolean {
  const lower = input.slice(speaker.start, speaker.end).toLowerCase();
  return (PRONOUN_FORMS.get(lower) ?? lower) === 'i';
}

/** Index of the paragraph holding `pos`, or -1. */
function paragraphAt(state: SourcesState, pos: number): number {
  return spanIndexAt(state.paragraphs, pos);
}

/**
 * The signed paragraphs, by index, to their signer (each signer becomes a source): the paragraph
 * before a signature paragraph, and the paragraph a quotation closes with `— Name`. A name
 * paragraph whose next paragraph goes on about the same person is a heading, not a signature.
 */
function signedParagraphs(state: SourcesState): Map<number, Entity> {
  const out = new Map<number, Entity>();
  const { tokens } = state;
  state.names.forEach((m, i) => {
    // Only the last word of a paragraph can end a signature: one array read rules out nearly every name.
    if (m.last + 1 < tokens.length && tokens.paragraph[m.last + 1] === tokens.paragraph[m.last]) return;
    const entity = state.nameEntity[i];
    if (entity === null || entity === undefined || m.words.length < 2 || (entity.kind !== 'person' && entity.kind !== 'unknown')) return;
    if (!signatureShaped(state, m)) return;
    const p = paragraphAt(state, m.start);
    const para = state.paragraphs[p];
    // Only the last name of a paragraph can sign it: a bounded look at what follows and precedes it.
    if (para === undefined || para.end - m.end > MAX_TAIL || !onlyClosing(state.input, m.end, para.end)) return;
    const before = state.input.slice(Math.max(para.start, m.start - MAX_LEAD), m.start).trimEnd();
    let signed = -1;
    if (m.start - para.start <= MAX_LEAD && onlyDashes(before) && p > 0 && !headsNext(state, entity, p)) signed = p - 1;
    else if (isDash(before.charCodeAt(before.length - 1)) && isClosingQuote(before.slice(0, -1).trimEnd())) signed = p;
    if (signed === -1 || out.has(signed)) return;
    entity.cited = true;
    out.set(signed, entity);
  });
  return out;
}

/**
 * True when a name can sign: not a line in capitals ("FULL TEXT.", "GARLAND STEPS ASIDE") and
 * without a preposition ("Joining Forces With China"), which are a link or a heading in title
 * case, not someone's name.
 */
function signatureShaped(state: SourcesState, m: NameMention): boolean {
  const { tokens } = state;
  let caps = true;
  for (let k = m.first; k <= m.last; k++) if (!tokens.isAllCaps(k) && tokens.isCap(k)) caps = false;
  return !caps && !m.words.some((w) => PREPOSITIONS.has(w));
}

/** How many characters may follow a signature in its paragraph (blanks and a period), and precede it (a dash, blanks). */
const MAX_TAIL = 3;
const MAX_LEAD = 4;

/** True when `[from, to)` holds only blanks and a final period. */
function onlyClosing(input: string, from: number, to: number): boolean {
  const rest = input.slice(from, to).trim();
  return rest === '' || rest === '.';
}

/** True when `text` is empty or only dashes and blanks ("—", "― "). */
function onlyDashes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isDash(c) && c !== 0x20) return false;
  }
  return true;
}

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

/** True when `text` ends with a closing quotation mark. */
function isClosingQuote(text: string): boolean {
  const c = text.charAt(text.length - 1);
  return c === '”' || c === '"' || c === '’' || c === "'" || c === '»';
}

/** True when paragraph `p + 1` opens with a mention of `entity` ("Marwa Hamdy." then "Hamdy, a mother of three, …"). */
function headsNext(state: SourcesState, entity: Entity, p: number): boolean {
  const next = state.paragraphs[p + 1];
  const range = next === undefined ? null : tokenRange(state, next);
  if (range === null) return false;
  const index = nameAt(state, range.from);
  return index !== -1 && state.nameEntity[index] === entity;
}

/**
 * The article's author: the single author the byline names, or else the person the closing
 * tagline of an op-ed introduces ("Jane Miller is a professor …" as the last paragraph).
 */
function articleAuthor(state: SourcesState): Entity | null {
  const { author } = state;
  if (author !== null) {
    const span = { start: author.start, end: author.end };
    return createEntity(state.reg, 'person', author.words, span, author.start, span);
  }
  return taglineAuthor(state);
}

/** The person whose name opens the last paragraph, followed by "is", "was" or an appositive and "is". */
function taglineAuthor(state: SourcesState): Entity | null {
  const last = state.paragraphs[state.paragraphs.length - 1];
  if (last === undefined || state.paragraphs.length < 3) return null;
  const { tokens } = state;
  for (let i = state.names.length - 1; i >= 0; i--) {
    const m = state.names[i] as NameMention;
    if (m.start < last.start) return null;
    if (m.start !== last.start || m.words.length < 2) continue;
    const entity = state.nameEntity[i];
    if (entity === null || entity === undefined || (entity.kind !== 'person' && entity.kind !== 'unknown')) return null;
    const next = m.last + 1;
    return next < tokens.length && tokens.sentence[next] === tokens.sentence[m.last] && TAGLINE_VERBS.has(tokens.lowerAt(next)) && !tokens.hasGap(next) ? entity : null;
  }
  return null;
}
