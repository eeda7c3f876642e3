/**
 * From a quote's speaker as written to the entity it refers to: a pronoun (resolved back), a
 * relative "who" (its antecedent), an anonymous description, a name (its entity), a definite
 * description ("the Ukrainian president"), or else a source of its own named as written.
 * @module
 */
import type { TextSpan } from '../schema.js';
import { spanText } from '../text/span.js';
import { parseAnonymous, type AnonymousPhrase } from './anonymous.js';
import { addAntecedent, isPlaceWord, recentEntity, resolvePronoun, severalPeopleBefore, type Anchor } from './coreference.js';
import { parseDescription, resolveDescription, resolvePlacedRole, isRoleHead } from './descriptions.js';
import { addMention, addRoleWords, createEntity, linkName, type Entity, type EntityKind } from './entities.js';
import { capitalisesInside, forcedMention, isPlaceName, nameContext, type NameMention } from './names.js';
import { anchorAt, nameAt, noteMention, regionAt, windowStart, type SourcesState } from './state.js';
import { tokensInSpan, wordsOf, type TokenList } from './words.js';
import { isAnonymousHead, isNationality, isNonNameAt, isOrganizationHeadAt, isOrganizationNounAt, isReportingVerbAt, mayStartKnownNameAt, pronounFeatures, type PronounFeatures } from './vocabulary.js';
import { WordClass } from '../lexicon/lookup.js';
import { ARTICLES, COORDINATORS, DEFINITE_DETERMINERS, DETERMINERS, FIRST_PERSON_PRONOUNS, SUBJECT_PRONOUNS, PHRASE_STOPS, RELATIVE_MARKERS, TAIL_PREPOSITIONS, UNRESOLVABLE_PRONOUNS } from '../lexicon/grammar.js';
import { DOCUMENT_HEADS } from '../lexicon/attribution.js';
import { PRONOUN_FORMS } from '../lexicon/words.js';
import { PARTY_MEMBERS, PARTY_PLURALS } from '../lexicon/names.js';
import { NUMBER_WORDS, SINGULAR_DETERMINERS } from '../lexicon/coreference.js';
import { LEADING_TITLES } from '../lexicon/titles.js';

const MAX_SPEAKER_WORDS = 24;

/** What resolving a speaker gave: an entity, nothing, or "wait for the enclosing quote" (I, we). */
export type SpeakerResult = Entity | null | 'first-person';

/** The tokens `[from, to]` inside a span, or null when it covers no token of the body. */
export function tokenRange(state: SourcesState, span: { start: number; end: number }): { from: number; to: number } | null {
  return tokensInSpan(state.tokens, span);
}

/**
 * Where the head of a speaker phrase ends: before an appositive or a parenthesis ("Roberta Lange,
 * the state party chairwoman" → "Roberta Lange"; "Rep. Hank Johnson (D-Ga.)" → "Rep. Hank Johnson").
 */
function headEnd(tokens: TokenList, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) {
    if (tokens.hasGap(k) && (tokens.gapHas(k, 0x2c) || tokens.gapHas(k, 0x28) || tokens.gapHas(k, 0x2014) || tokens.gapHas(k, 0x5b))) return k - 1;
  }
  return to;
}

function featuresOf(lower: string): PronounFeatures | undefined {
  return pronounFeatures(PRONOUN_FORMS.get(lower) ?? lower);
}

/**
 * A speaker outside the body (in the headline): only a name is resolved, against the people the
 * body names ("Rutte" in "Rutte expects …"); its capitals are trusted because the quotes stage
 * found it as a speaker.
 */
export function resolveOutsideSpeaker(state: SourcesState, q: number, speaker: TextSpan): Entity | null {
  const tokens = wordsOf(state.store, [{ start: speaker.start, end: speaker.end, index: -1 }]);
  if (tokens.length === 0 || tokens.length > 6 || !allCapitalised(tokens)) return null;
  let first = 0;
  for (let k = 0; k < tokens.length - 1; k++) if (tokens.isPossessive(k)) first = k + 1;
  const m = forcedMention(nameContext(state.input, tokens), first, tokens.length - 1);
  if (m === null || featuresOf(tokens.lowerAt(0)) !== undefined) return null;
  const entity = linkName(state.reg, m);
  entity.cited = true;
  entity.quotes.push(q);
  return entity;
}

/** True when every word of `tokens` is capitalised. */
function allCapitalised(tokens: TokenList): boolean {
  for (let k = 0; k < tokens.length; k++) if (!tokens.isCap(k)) return false;
  return true;
}

/** True when one of the last few mentions of `entity` already covers `span` (the sweep adds mentions in order). */
function coveredByRecentMention(entity: Entity, span: { start: number; end: number }): boolean {
  const { mentions } = entity;
  for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - 4; k--) {
    const m = mentions[k] as { start: number; end: number };
    if (m.start <= span.start && span.end <= m.end) return true;
  }
  return false;
}

/** Resolves the speaker of quote `q`, the body's tokens `range` ({@link tokenRange}), records the mention, and returns the entity. */
export function resolveSpeaker(state: SourcesState, q: number, range: { from: number; to: number }): SpeakerResult {
  // A speaker is a short phrase; a longer span is cut so that no quote costs more than a few words.
  const to = headEnd(state.tokens, range.from, Math.min(range.to, range.from + MAX_SPEAKER_WORDS - 1));
  const from = pronounHead(state.tokens, range.from, to);
  const first = state.tokens.lowerAt(from);
  if (from === to && FIRST_PERSON_PRONOUNS.has(PRONOUN_FORMS.get(first) ?? first)) return 'first-person';
  // The mention and any name made from the phrase are its head as written: no appositive, no "'s".
  const span = { start: state.tokens.start[from] as number, end: state.tokens.end[to] as number };
  // Whether a pronoun speaker's resolution was a choice between people: read before it joins the timeline.
  const f = from === to ? featuresOf(first) : undefined;
  const guessed = f?.gender != null && severalPeopleBefore(state.timeline, anchorAt(state, from));
  const entity = entityOfSpeaker(state, from, to, q);
  if (entity === null) return null;
  // ("Candidates Hillary Clinton and Donald Trump said": the mention of the person the quote goes
  // to is the last conjunct alone, not the other person's name with it.)
  const conjunct = entity.kind === 'person' ? lastConjunctStart(state.tokens, from, to) : from;
  if (conjunct > from) span.start = state.tokens.start[conjunct] as number;
  if (!coveredByRecentMention(entity, span)) addMention(entity, span);
  entity.cited = true;
  entity.quotes.push(q);
  addAntecedent(state.timeline, noteMention(state, entity, from, 0));
  // A pronoun that had two people to choose from is no evidence of either's gender: a wrong
  // guess would otherwise turn every later pronoun away from the person.
  if (f?.gender != null && entity.gender === null && !guessed) entity.votes[f.gender]++;
  return entity;
}

/**
 * Where a speaker phrase `[from, to]` starts once the words before a closing subject pronoun are
 * dropped: "Suddenly I", "a measure that he" — the quotes stage's phrase ran past the clause
 * boundary, and the pronoun is the speaker, not a name made of the words before it. Only a
 * subject form written in lower case (or "I") counts: "close to him", "the US" and "Placing it"
 * keep their start, and so does "Smith and I".
 */
function pronounHead(tokens: TokenList, from: number, to: number): number {
  if (to === from || tokens.isAllCaps(to)) return from;
  const word = tokens.lowerAt(to);
  if (!SUBJECT_PRONOUNS.has(word) || (word !== 'i' && tokens.isCap(to))) return from;
  return COORDINATORS.has(tokens.lowerAt(to - 1)) ? from : to;
}

function entityOfSpeaker(state: SourcesState, from: number, to: number, q: number): Entity | null {
  if (from === to) {
    const first = state.tokens.lowerAt(from);
    const f = featuresOf(first);
    if (f !== undefined) {
      const found = resolvePronoun(state.timeline, speakerAnchor(state, from, q), f);
      if (f.number !== 'plural' || first === 'we') return found;
      const subject = pluralSubjectAt(state, from);
      // People who open the sentence before are its subject, and "they" continues the subject
      // rather than what it acted on ("Republicans met at the Capitol. They said …"). Only heads
      // known to be people outrank the antecedent: "The proposals … they" is no group speaking.
      if (subject !== null && found !== null && isPeopleHead(state.tokens, subject.head) && found.lastSeen > (state.tokens.start[subject.head] as number)) {
        return subjectGroup(state, subject);
      }
      return found ?? groupBefore(state, from) ?? (subject === null ? null : subjectGroup(state, subject));
    }
    if (RELATIVE_MARKERS.has(first)) return relativeAntecedent(state, from);
    if (UNRESOLVABLE_PRONOUNS.has(first)) return null;
  }
  return phraseEntity(state, from, to);
}

/**
 * Where a speaker pronoun at token `k` stands, counted from the sentence its quotation starts in:
 * `“… Several sentences …,” it added` continues the sentence before the quotation, so the
 * sentences quoted do not count towards how far "it" and "they" may reach back.
 */
function speakerAnchor(state: SourcesState, k: number, q: number): Anchor {
  const at = anchorAt(state, k);
  const span = state.quotes[q]?.spans[0];
  if (span === undefined || span.start >= at.pos) return at;
  const range = tokenRange(state, span);
  const sentence = range === null ? at.sentence : (state.tokens.sentence[range.from] as number);
  return sentence < at.sentence ? { ...at, sentence } : at;
}

/**
 * The phrase `[from, to]` as written, the name of a source made from it. Built only for a new
 * source: most speakers resolve to one met before.
 */
function phraseText(state: SourcesState, from: number, to: number): string {
  // Tokens neither start nor end with a blank, so the span needs no trimming.
  return spanText(state.input, state.tokens.start[from] as number, state.tokens.end[to] as number);
}

/** The entity of a noun phrase `[from, to]`: anonymous, named, described, or a source of its own. */
function phraseEntity(state: SourcesState, from: number, to: number): Entity | null {
  // "Donald Trump's campaign said": the organisation the sweep made of the name and its noun.
  // A document the sweep took is the speaker only when the phrase is that document's ("The letter
  // says"), not when it ends on it ("Supporters of the bill").
  const named = state.nounEntity.get(to);
  if (named !== undefined && (named.kind !== 'anonymous' || firstMentionAt(named, state.tokens.start[from] as number))) return named;
  const anon = parseAnonymous(state.tokens, from, to);
  if (anon !== null) return anonymousEntity(state, anon, from, to);
  const person = personBeforeTail(state, from, to);
  if (person !== null) return person;
  if (state.tokens.isCap(to) && !nameInTail(state, from, to) && !DOCUMENT_HEADS.has(state.tokens.lowerAt(to))) {
    // ("the Wisconsin Republican said": a party member with a place is a description of one person.)
    const member = PARTY_MEMBERS.has(state.tokens.lowerAt(to)) && DEFINITE_DETERMINERS.has(state.tokens.lowerAt(from)) ? titledPerson(state, from, to) : null;
    if (member !== null) return member;
    const named = namedEntity(state, from, to);
    if (named !== null) citeFirstConjunct(state, from, to, named);
    return named ?? ownSource(state, from, to);
  }
  const d = parseDescription(state.tokens, from, to);
  if (d !== null) {
    const at = anchorAt(state, from);
    const found = resolveDescription(state.timeline, at, d, windowStart(state, at.paragraph, 4));
    // ("The prime minister said" → Rishi Sunak: an office one person holds is his from then on, so
    // a later "the prime minister" finds him by it, not whoever the passage is about by then; "the
    // candidate" or "the spokesman" may be another person next time.)
    if (found !== null && found.kind === 'person' && LEADING_TITLES.has(d.head)) addRoleWords(found, [d.head, ...d.modifiers]);
    if (found !== null) return found;
  }
  return ownSource(state, from, to);
}

/** How far back from a speaker's last name the "and" of two coordinated names is looked for. */
const MAX_CONJUNCT_WORDS = 6;

/**
 * "Hale and Ruiz said", "Govs. Ana Ruiz and Tom Hale warned": two people speak together. The
 * quote goes to the name that ends the phrase (`last`), and the person named before "and" is a
 * source too, cited where the article names them: a source list that left them out would say
 * they never spoke. Only two people's names count ("the Harbour Trust and Ruiz" cites the trust
 * by its own rules, not here; "Hale and Ruiz", two bare surnames never named in full, cite only
 * the last).
 */
function citeFirstConjunct(state: SourcesState, from: number, to: number, last: Entity): void {
  const k = lastCoordinator(state.tokens, from, to);
  if (k < 0) return;
  const n = nameAt(state, k - 1);
  if (n < 0) return;
  const first = state.nameEntity[n];
  // Both must be people the text shows as such (a title, an honorific, two name words): "and"
  // inside a body's name ("Media and Sport", "Oil and Gas") joins no two speakers.
  if (first === null || first === undefined || first === last || first.kind !== 'person' || last.kind !== 'person') return;
  // The first person opens the phrase ("Govs. Ana Lee and …"): "the Organisation for Economic
  // Co-operation and Development" holds a name before "and" that is no speaker.
  if ((state.names[n] as NameMention).runFrom !== from) return;
  first.cited = true;
}

/**
 * The "and" (or "&") before the last conjunct of the phrase `[from, to]` ("Lena Marsh *and* Tom
 * Hale"), looked for over its last few words, or -1. A comma or other mark between the words ends
 * the last conjunct first.
 */
function lastCoordinator(tokens: TokenList, from: number, to: number): number {
  for (let k = to - 1; k > from && to - k <= MAX_CONJUNCT_WORDS; k--) {
    if (tokens.hasGap(k + 1)) return -1;
    const word = tokens.lowerAt(k);
    if (word === 'and' || word === '&') return k;
  }
  return -1;
}

/** The first token of the last conjunct of `[from, to]` ("… and Donald Trump"): the capitalised word after its "and", or `from`. */
function lastConjunctStart(tokens: TokenList, from: number, to: number): number {
  const k = lastCoordinator(tokens, from, to);
  return k >= 0 && tokens.isCap(k + 1) ? k + 1 : from;
}

/** True when one of `e`'s mentions starts at `pos`. */
function firstMentionAt(e: Entity, pos: number): boolean {
  const { mentions } = e;
  for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - 4; k--) if ((mentions[k] as { start: number }).start === pos) return true;
  return false;
}

/** True when the name ending the phrase `[from, to]` follows a preposition: "the bloodshed in Paris". */
function nameInTail(state: SourcesState, from: number, to: number): boolean {
  return tailStart(state, from, to) !== to;
}

/**
 * "Sen. Tom Hale of Ohio", "Lena Marsh of the Harbour Trust", "Ed Park at Northfield
 * University": a person's name followed by the place or body it comes from. News writes where a
 * person is from or whom they work for after the name; the source is the person, not the whole
 * phrase. Only a name the scan took for a person's (a title, an honorific or two name words)
 * counts: "the Center for Responsive Politics" and "Bank of America" are one name.
 */
function personBeforeTail(state: SourcesState, from: number, to: number): Entity | null {
  const { tokens } = state;
  if (!tokens.isCap(to)) return null;
  const head = tailStart(state, from, to);
  if (head === to || head < from || !tokens.isCap(head) || tokens.isPossessive(head)) return null;
  const n = nameAt(state, head);
  if (n < 0) return null;
  const m = state.names[n] as NameMention;
  if (m.last !== head || m.kind !== 'person' || (tokens.start[m.first] as number) < (tokens.start[from] as number)) return null;
  return state.nameEntity[n] ?? null;
}

/** The head of a phrase whose name stands in a prepositional tail ("polls in Florida" → "polls"), else `to`. */
function tailStart(state: SourcesState, from: number, to: number): number {
  const { tokens } = state;
  if (!tokens.isCap(to)) return to;
  let a = capitalisedRunStart(tokens, from, to);
  // An organisation's name the scan read across its "of", "for" or "on" is whole ("the Center for
  // Responsive Politics", "the Department of the Interior"): that word is no preposition of a tail.
  const first = state.names[nameAt(state, to)]?.first ?? a;
  for (let guard = 0; guard < MAX_NAME_JOINTS && first < a; guard++) {
    const joint = tokens.lowerAt(a - 1) === 'the' ? a - 2 : a - 1;
    if (joint - 1 < from || joint - 1 < first || !isOrganizationHeadAt(tokens, joint - 1)) break;
    a = capitalisedRunStart(tokens, from, joint - 1);
  }
  if (a > from && tokens.lowerAt(a - 1) === 'the') a--;
  return a - 1 > from && TAIL_PREPOSITIONS.has(tokens.lowerAt(a - 1)) ? a - 2 : to;
}

// Most joints ("of", "for", "on") crossed inside one organisation's name.
const MAX_NAME_JOINTS = 3;

/** The first of the capitalised words ending at `to`, "and" included ("the journal Judgment and Decision Making"). */
function capitalisedRunStart(tokens: TokenList, from: number, to: number): number {
  let a = to;
  while (a > from && (tokens.isCap(a - 1) || (tokens.lowerAt(a - 1) === 'and' && a - 2 >= 0 && tokens.isCap(a - 2)))) a--;
  return a;
}

/** The entity of the name that ends the phrase `[from, to]`. */
function namedEntity(state: SourcesState, from: number, to: number): Entity | null {
  const n = nameAt(state, to);
  if (n >= 0) {
    const known = state.nameEntity[n];
    if (known !== null && known !== undefined) return known;
  }
  // "Delegates questioned …": one word capitalised only where a sentence starts is a common noun.
  if (from === to && commonAtStart(state, to)) return null;
  let a = to;
  while (a > from && state.tokens.isCap(a - 1) && !state.tokens.hasGap(a)) a--;
  const m = forcedMention(state.ctx, a, to);
  return m === null ? null : linkName(state.reg, m);
}

/**
 * "Republicans like the idea … they": a capitalised plural in the sentence before a "they" (or the
 * same one) that no name covers, as a group source of its own. Lower-case plurals are too often
 * things to be trusted.
 */
function groupBefore(state: SourcesState, k: number): Entity | null {
  const { tokens } = state;
  const sentence = tokens.sentence[k] as number;
  for (let j = k - 1; j >= 0 && k - j <= 60 && (tokens.sentence[j] as number) >= sentence - 1; j--) {
    const lower = tokens.lowerAt(j);
    if (!tokens.isCap(j) || nameAt(state, j) >= 0 || lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) continue;
    if (tokens.isPossessive(j) || isNonNameAt(tokens, j)) continue;
    const group = ownSource(state, j, j);
    // "Companies", "Millennials": whatever its word looks like, a group that "they" names is unnamed people.
    if (group.kind === 'person' || group.kind === 'unknown') group.kind = 'anonymous';
    return group;
  }
  return null;
}

/** A plural subject opening a sentence: its first token and its head. */
interface PluralSubject {
  readonly from: number;
  readonly head: number;
}

/** How many words may open a plural subject before its head ("the", "twenty-seven", "many"). */
const MAX_SUBJECT_OPENERS = 3;

/**
 * "Twenty-seven states sued the agency. They argue …": the plural subject that opens the
 * sentence before a "they" (or its own sentence), as the first and head token of its phrase.
 * Only determiners, quantifiers and numbers may stand before the head, and the head must be a
 * lowercase plural or a party's members ("Many Republicans"): "Some conservative groups" is left
 * alone rather than guessed at.
 */
function pluralSubjectAt(state: SourcesState, k: number): PluralSubject | null {
  const { tokens } = state;
  const sentence = tokens.sentence[k] as number;
  let start = k;
  // Back to the start of the sentence before (sentence indexes skip one at a paragraph break).
  for (let seen = 0; start > 0 && k - start < 120; start--) {
    const before = tokens.sentence[start - 1] as number;
    if (before < sentence - 2) break;
    if (before !== tokens.sentence[start]) seen++;
    if (seen === 2) break;
  }
  // The nearest sentence first: its subject is the one "they" continues.
  for (let s = k - 1; s >= start; s--) {
    if (s > 0 && tokens.sentence[s - 1] === tokens.sentence[s]) continue;
    // A sentence inside quotation marks is someone's words, not the article's subject.
    if (regionAt(state, tokens.start[s] as number) !== -1) continue;
    const head = pluralHeadAt(tokens, s, k);
    // A name is no unnamed group.
    if (head !== -1 && nameAt(state, head) === -1) return { from: s, head };
  }
  return null;
}

/** A plural head that names people for certain: a party's members, or a head of anonymous sources ("officials", "residents"). */
function isPeopleHead(tokens: TokenList, head: number): boolean {
  const lower = tokens.lowerAt(head);
  return PARTY_PLURALS.has(lower) || isAnonymousHead(lower);
}

/** The subject {@link pluralSubjectAt} found, as a group source of its own. */
function subjectGroup(state: SourcesState, subject: PluralSubject): Entity {
  const group = ownSource(state, subject.from, subject.head);
  group.kind = 'anonymous';
  group.plural = true;
  return group;
}

/** The head of a plural subject opening a sentence at `s` (before `limit`), or -1. */
function pluralHeadAt(tokens: TokenList, s: number, limit: number): number {
  for (let h = s; h < limit && h - s <= MAX_SUBJECT_OPENERS; h++) {
    // A hyphen joins the parts of "twenty-seven"; any other punctuation ends the phrase.
    if (h > s && ((tokens.hasGap(h) && tokens.gapAt(h) !== '-') || tokens.sentence[h] !== tokens.sentence[s])) return -1;
    const lower = tokens.lowerAt(h);
    // Inside the phrase only a party's members may be capitalised ("Many Republicans").
    if (h > s && tokens.isCap(h) && !PARTY_PLURALS.has(lower)) return -1;
    if (SINGULAR_DETERMINERS.has(lower)) return -1;
    if (DETERMINERS.has(lower) || isNumberWord(lower)) continue;
    // After a determiner or a number the word is a noun even when a verb is spelt so ("two states").
    return isPluralNoun(tokens, h, lower) && (h > s || !isReportingVerbAt(tokens, h)) ? h : -1;
  }
  return -1;
}

/** "27", "twenty-seven": a number standing before a noun. */
function isNumberWord(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || NUMBER_WORDS.has(lower) || (lower.includes('-') && !lower.endsWith('s'));
}

/** A lowercase-looking plural noun: "states", "critics" (not "its", "this", "business", "bus"). */
function isPluralNoun(tokens: TokenList, h: number, lower: string): boolean {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is')) return false;
  return !tokens.isPossessive(h) && featuresOf(lower) === undefined;
}

/** "Smith, who said", "independent voters who said": the phrase just before the relative pronoun at `k`. */
function relativeAntecedent(state: SourcesState, k: number): Entity | null {
  const { tokens } = state;
  const j = k - 1;
  if (j < 0 || tokens.sentence[j] !== tokens.sentence[k]) return null;
  const n = nameAt(state, j);
  if (n >= 0) return state.nameEntity[n] ?? null;
  // Walk back to the phrase's determiner, or to the word before it that cannot belong to it.
  let from = j;
  while (from > 0 && j - from < 6) {
    const before = from - 1;
    if (DETERMINERS.has(tokens.lowerAt(from)) || tokens.hasGap(from) || tokens.sentence[before] !== tokens.sentence[from]) break;
    if (PHRASE_STOPS.has(tokens.lowerAt(before)) || isReportingVerbAt(tokens, before)) break;
    from--;
  }
  return phraseEntity(state, from, j);
}

/** Links an anonymous phrase: "the source" to the last source with that head; "another source" to a new one. */
function anonymousEntity(state: SourcesState, p: AnonymousPhrase, from: number, to: number): Entity {
  const { reg } = state;
  const pos = state.tokens.start[from] as number;
  if (p.definite) {
    const back = recentEntity(state.timeline, pos, (e) => e.kind === 'anonymous' && e.words[e.words.length - 1] === p.head && !placesDiffer(state.tokens, from, to, e));
    if (back !== null) return back;
    // "the senator", "the spokeswoman": a role the article gave someone by title.
    const titled = titledPerson(state, from, to);
    if (titled !== null) return titled;
  }
  const key = `anonymous:${p.key}`;
  const known = p.another ? undefined : reg.byKey.get(key);
  if (known !== undefined) return known;
  const e = createEntity(reg, 'anonymous', p.key.split(' '), phraseText(state, from, to), pos, null);
  e.plural = p.plural;
  if (!p.another) reg.byKey.set(key, e);
  return e;
}

/**
 * True when the phrase `[from, to]` names a place that the earlier source `e` does not, and `e`
 * names another: "the Vermont senator" is not "the Florida senator" named before, though "the
 * senator" or "the Ofcom spokesman" may refer back to "a spokesman".
 */
function placesDiffer(tokens: TokenList, from: number, to: number, e: Entity): boolean {
  let own = false;
  for (let k = from; k <= to; k++) {
    if (!isPlaceName(tokens, k, k)) continue;
    if (e.words.includes(tokens.lowerAt(k))) return false;
    own = true;
  }
  return own && e.words.some(isPlaceWord);
}

/** The person whose title holds the role the definite phrase `[from, to]` names, or null. */
function titledPerson(state: SourcesState, from: number, to: number): Entity | null {
  const d = parseDescription(state.tokens, from, to);
  if (d === null || !isRoleHead(d)) return null;
  const at = anchorAt(state, from);
  const titled = resolveDescription(state.timeline, at, d, windowStart(state, at.paragraph, 4), false);
  // (Only one person: "the Vermont senators" are two.)
  if (titled !== null || !namesPlace(state.tokens, from, to) || d.head.endsWith('s')) return titled;
  // (The sentences before first: a name just before in the same sentence is most often someone
  // else — "… the U.S. attorney, Channing Phillips - the Utah Republican asks …".)
  const placed = resolvePlacedRole(state.timeline, anchorAt(state, sentenceStart(state.tokens, from)), d) ?? resolvePlacedRole(state.timeline, at, d);
  // The person now holds the role: "… the Vermont senator said. … the senator added" is Sanders again.
  if (placed !== null) addRoleWords(placed, [d.head, ...d.modifiers]);
  return placed;
}

// Most tokens walked back to find a sentence's first: a longer sentence starts the search there.
const MAX_SENTENCE_WALK = 200;

/** The first token of the sentence of token `k` (at most MAX_SENTENCE_WALK tokens back). */
function sentenceStart(tokens: TokenList, k: number): number {
  const sentence = tokens.sentence[k];
  let i = k;
  while (i > 0 && k - i < MAX_SENTENCE_WALK && tokens.sentence[i - 1] === sentence) i--;
  return i;
}

/** True when a word of `[from, to]` is a place's name ("the Vermont senator"). */
function namesPlace(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isPlaceName(tokens, k, k)) return true;
  return false;
}

/** A speaker nothing else resolves: a source of its own, named as written ("voters", "the report"). */
function ownSource(state: SourcesState, from: number, to: number): Entity {
  const tokens = state.tokens;
  const words: string[] = [];
  let key = 'phrase:';
  let keyWords = 0;
  for (let k = from; k <= to; k++) {
    const w = tokens.lowerAt(k);
    words.push(w);
    if (!ARTICLES.has(w)) key = keyWords++ === 0 ? `${key}${w}` : `${key} ${w}`;
  }
  const known = state.reg.byKey.get(key);
  if (known !== undefined) return known;
  const e = createEntity(state.reg, phraseKind(state, from, to), words, phraseText(state, from, to), tokens.start[from] as number, null);
  e.plural = tokens.lowerAt(to).endsWith('s');
  state.reg.byKey.set(key, e);
  return e;
}

/**
 * True when word `k` is a plural that opens a sentence, the article never capitalises it elsewhere
 * and no lexicon knows it as a name ("Russia", "Reuters" stay names): "Delegates questioned …"
 * is a group, whatever its capital.
 */
function commonAtStart(state: SourcesState, k: number): boolean {
  const { tokens } = state;
  if (!tokens.isInitial(k) || nameAt(state, k) !== -1 || mayStartKnownNameAt(tokens, k) || (tokens.classesAt(k) & WordClass.PlaceStart) !== 0) return false;
  const lower = tokens.lowerAt(k);
  // Only a plural: a surname the article writes only where sentences start ("Cruz said") stays a name.
  return isPluralNoun(tokens, k, lower) && !capitalisesInside(state.ctx, lower);
}

/** The kind of a source named only by its phrase. */
function phraseKind(state: SourcesState, from: number, to: number): EntityKind {
  const { tokens } = state;
  const head = tailStart(state, from, to);
  const lower = tokens.lowerAt(head);
  if (DOCUMENT_HEADS.has(lower)) return 'anonymous';
  if (isOrganizationNounAt(tokens, head)) return 'organization';
  const d = parseDescription(tokens, from, to);
  // "the mayor" is someone the article identifies; "a reporter" stays unnamed.
  if (d !== null && d.definite && isRoleHead(d) && !lower.endsWith('s')) return 'person';
  if (tokens.isCap(head)) {
    if (head === from && commonAtStart(state, head)) return 'anonymous';
    // "Republicans", "Democrats", "Americans": a capitalised group, not a person.
    const text = tokens.textAt(head);
    const singular = text.endsWith('s') ? text.slice(0, -1) : '';
    const group = singular !== '' && (isNationality(singular) || PARTY_PLURALS.has(lower) || capitalisesInside(state.ctx, singular.toLowerCase()));
    return group || isNonNameAt(tokens, head) ? 'anonymous' : 'person';
  }
  return 'anonymous';
}
