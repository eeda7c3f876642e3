/**
 * "According to" attributions: "According to Zelenskyy, …", "…, according to Reuters." and
 * "X, according to Y, Z" — the content is the rest of the sentence on either side.
 *
 * The source is the name when a role stands beside it as an appositive, on either side
 * ("according to the city's finance director, Ana Ruiz, …", "according to Ana Ruiz, the city's
 * finance director, …"): the appositive is neither the speaker nor content. A published piece
 * names its author as the source ("according to a report by the Times" → "the Times").
 * "In a new poll, …" opening a sentence is the same attribution: the poll says the rest.
 * @module
 */
import type { Attribution } from './attribute.js';
import { contentEnd, MIN_INDIRECT_WORDS } from './content.js';
import type { Cue } from './cues.js';
import type { Items, Sentence } from './frame.js';
import { firstQuoteIn, hasWords, isPunct, word } from './items.js';
import type { SpeakerPhrase } from './speakers.js';
import { DETERMINERS, RELATIVE_PRONOUNS } from '../lexicon/grammar.js';
import { lexiconId, WordClass } from '../lexicon/lookup.js';
import { PERSON_TITLES } from '../lexicon/titles.js';
import { AUTHORED_DOCUMENTS, AUTHOR_PREPOSITIONS } from '../lexicon/roles.js';

const MAX_ACCORDING_SOURCE = 25;
/** Most words of a name standing in apposition to a role ("…, Ana Ruiz, …"). */
const MAX_NAME_WORDS = 6;
/** Most items of a role standing in apposition to a name ("…, the city's finance director, …"). */
const MAX_ROLE_ITEMS = 12;

/**
 * The source after "according to": everything up to the next comma or the sentence end, since it
 * is often a long description ("early results of exit polls conducted for …", "data released
 * Friday by state regulators").
 */
function accordingSource(items: Items, from: number, to: number): SpeakerPhrase | null {
  let k = from;
  while (k < to && k - from < MAX_ACCORDING_SOURCE) {
    if (items.isQuote(k) || (items.code(k) !== -1 && !isPunct(items, k, "-’'/"))) break;
    k++;
  }
  return k > from && items.isWord(k - 1) ? { from, to: k } : null;
}

/** True when `[from, to)` reads as a role: it opens with a determiner or lower-case word and ends in a person title ("the city's finance director"). */
function isRole(items: Items, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_ROLE_ITEMS || !items.isWord(to - 1) || items.cap(to - 1)) return false;
  return (DETERMINERS.has(word(items, from)) || !items.cap(from)) && PERSON_TITLES.has(items.lower(to - 1));
}

/** The end of a run of capitalised words from `from` (not beyond `to`), or `from` when none. */
function nameEnd(items: Items, from: number, to: number): number {
  let k = from;
  while (k < to && k - from < MAX_NAME_WORDS && items.isWord(k) && (items.cap(k) || isPunct(items, k, "-’'"))) k++;
  return k;
}

/** True when item `k` closes an appositive: a comma, or the sentence's end. */
function closesAppositive(items: Items, k: number, end: number): boolean {
  return k >= end || isPunct(items, k, ',');
}

/** "the city's finance director, Ana Ruiz, …": the name after a role source, or the source unchanged. */
function namedAfterRole(items: Items, source: SpeakerPhrase, end: number): SpeakerPhrase {
  if (!isPunct(items, source.to, ',') || !isRole(items, source.from, source.to)) return source;
  const from = source.to + 1;
  const to = nameEnd(items, from, end);
  return to > from && closesAppositive(items, to, end) ? { from, to } : source;
}

/** "a report by the Times": the author of a published piece, or the source unchanged. */
function authorOf(items: Items, source: SpeakerPhrase): SpeakerPhrase {
  let k = source.from;
  if (DETERMINERS.has(word(items, k))) k++;
  while (k < source.to - 2 && !AUTHORED_DOCUMENTS.has(word(items, k)) && !items.cap(k)) k++;
  if (!AUTHORED_DOCUMENTS.has(word(items, k)) || !AUTHOR_PREPOSITIONS.has(word(items, k + 1))) return source;
  const from = k + 2;
  const name = word(items, from) === 'the' ? from + 1 : from;
  return name < source.to && nameEnd(items, name, source.to) === source.to ? { from, to: source.to } : source;
}

/** Where content resumes after the source and its comma at `k`: past a role in apposition ("…, the city's finance director,"). */
function afterAppositive(items: Items, k: number, end: number): number {
  if (!DETERMINERS.has(word(items, k))) return k;
  let m = k;
  while (m < end && m - k < MAX_ROLE_ITEMS && !isPunct(items, m, ',') && !items.isQuote(m) && (items.isWord(m) || isPunct(items, m, "-’'"))) m++;
  if (!closesAppositive(items, m, end) || !isRole(items, k, m)) return k;
  return m < end ? m + 1 : m;
}

export function accordingTo(items: Items, s: Sentence, cue: Cue): Attribution | null {
  const source = accordingSource(items, cue.to, s.to);
  if (source === null) return null;
  const end = contentEnd(items, s);
  const named = namedAfterRole(items, source, end);
  const speaker = named === source ? authorOf(items, source) : named;
  const before = { from: s.from, to: isPunct(items, cue.from - 1, ',') ? cue.from - 1 : cue.from };
  const afterFrom = afterAppositive(items, isPunct(items, speaker.to, ',') ? speaker.to + 1 : speaker.to, end);
  // "…, according to Ana Ruiz, who spoke on Monday.": a relative clause tells about the source.
  const after = RELATIVE_PRONOUNS.has(word(items, afterFrom)) ? { from: end, to: end } : { from: afterFrom, to: end };
  // "“…,” according to Reuters.": a quotation is content however few its words.
  const content = [before, after].filter((r) => hasWords(items, r.from, r.to, MIN_INDIRECT_WORDS) || firstQuoteIn(items, r.from, r.to) >= 0);
  return content.length === 0 ? null : { cue, cueTo: cue.to, speaker, content, shape: 'according' };
}

const IN = lexiconId('in');
/** Most items of a fronted evidence phrase before its comma ("In a Quinnipiac poll released Monday,"). */
const MAX_EVIDENCE_ITEMS = 12;

/**
 * "In a new Quinnipiac poll, Lee leads Hale by six points": a sentence opening with "In" and a
 * phrase headed by evidence (`EVIDENCE_HEADS`: poll, survey, study, report, data …), then
 * a comma, attributes the main clause to that evidence, as "according to" does. "In a speech,"
 * or "In Ohio," attribute nothing.
 */
export function frontedEvidence(items: Items, s: Sentence): Attribution | null {
  if (!items.isWordId(s.from, IN) || !items.cap(s.from)) return null;
  let evidence = false;
  let k = s.from + 1;
  for (; k < s.to && k - s.from <= MAX_EVIDENCE_ITEMS && !isPunct(items, k, ','); k++) {
    if (!items.isWord(k) && !isPunct(items, k, "-’'/")) return null;
    evidence ||= items.is(k, WordClass.EvidenceHead);
  }
  if (!evidence || !isPunct(items, k, ',')) return null;
  const end = contentEnd(items, s);
  if (!hasWords(items, k + 1, end, MIN_INDIRECT_WORDS)) return null;
  const cue: Cue = { from: s.from, to: s.from + 1, head: s.from, verb: null };
  const speaker = authorOf(items, { from: s.from + 1, to: k });
  return { cue, cueTo: cue.to, speaker, content: [{ from: k + 1, to: end }], shape: 'according' };
}
