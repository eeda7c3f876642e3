/**
 * Speakers: the noun phrase that says, next to a cue. Read backwards from the cue for
 * "Rutte said" / "the Ukrainian president said" / "sources familiar with the matter said", and
 * forwards for the inverted "said Rutte" / "reports Bloomberg".
 *
 * Without a part-of-speech model the phrase is found from closed classes and capitalisation: a
 * pronoun; a run of capitalised words (a name, with its title and particles); or a determiner
 * phrase of at most a few words ending in a noun. A relative pronoun ("Smith, who said") stands
 * for its antecedent, and an appositive between commas ("Jane Doe, the mayor, said") is skipped
 * to reach the name.
 * @module
 */
import { GrammarClass as G, lexiconId, WordClass } from '../lexicon/lookup.js';
import type { Items } from './frame.js';
import { isDetermined, isPunct } from './items.js';
import { APPROXIMATORS, SHARE_NOUNS } from '../lexicon/attribution.js';

/** A speaker phrase: items `[from, to)`. */
export interface SpeakerPhrase {
  readonly from: number;
  readonly to: number;
}

const MAX_PHRASE_WORDS = 8;
// Bounds that keep a pathological run of capitalised words or adverbs linear: real names and
// adverb runs are far shorter.
const MAX_NAME_WORDS = 12;
const MAX_INTERVENERS = 8;
// Most words of an organisation's name and the title after it ("White House press secretary").
const MAX_TITLED_WORDS = 5;
const MAX_APPOSITIVE_ITEMS = 30;

const LAST = lexiconId('last');
const THIS = lexiconId('this');
const ON = lexiconId('on');
const THE = lexiconId('the');
const OF = lexiconId('of');
const IN = lexiconId('in');
const AND = lexiconId('and');
const FOR = lexiconId('for');
const BY = lexiconId('by');
const WHO = lexiconId('who');
const THAT = lexiconId('that');
const OUT = lexiconId('out');
const TO = lexiconId('to');

/** A word of `NAME_JOINTS` as written ("of", "von", "St."). */
function isNameJoint(items: Items, i: number): boolean {
  // ("a Reuters/Ipsos poll", "CNN/ORC": a slash joins the two sponsors of one name.)
  return items.isIn(i, G.NameJoint) || items.isDottedIn(i, G.NameJointDotted) || (!items.isWord(i) && items.code(i) === 0x2f);
}

/** A word of `PERSON_TITLES` as written ("president", "sen."). */
function isPersonTitle(items: Items, i: number): boolean {
  return items.isIn(i, G.PersonTitlePlain) || items.isDottedIs(i, WordClass.PersonTitleDotted);
}

/** A word ending like a possessive ("Trump's", "Lee’s"). */
function endsPossessive(items: Items, i: number): boolean {
  return items.endsWith(i, "'s") || items.endsWith(i, '’s');
}

function isApostropheToken(items: Items, i: number): boolean {
  return isPunct(items, i, "’'");
}

/** Skips adverbs and time phrases standing between a speaker and its verb, going left from `i`. */
function skipInterveners(items: Items, lo: number, i: number): number {
  let j = i;
  for (let guard = 0; guard < MAX_INTERVENERS; guard++) {
    // A party-and-state tag or other short parenthesis after a name: "Sen. Jane Roe (D-Va.) said".
    if (items.code(j) === 0x29) {
      const open = openingBracket(items, lo, j);
      if (open < 0) return j;
      j = open - 1;
      continue;
    }
    if (!items.isWord(j) || j < lo) return j;
    const cap = items.cap(j);
    // "the daily wrote", "the family said": after "the" an -ly word is the noun, not an adverb.
    if (items.isIn(j, G.InterveningAdverb | G.ReflexivePronoun) || (!cap && items.width(j) > 4 && items.endsWith(j, 'ly') && !items.isWordId(j - 1, THE))) j--;
    else if (items.isIn(j, G.TimeWord) && !cap && (items.isWordId(j - 1, LAST) || items.isWordId(j - 1, THIS))) j -= 2;
    else if (items.isIn(j, G.TimeWord) && cap) j -= items.isWordId(j - 1, ON) ? 2 : 1;
    else return j;
  }
  return j;
}

// Most items of a bracketed tag after a name ("(D-Newport News)").
const MAX_TAG_ITEMS = 8;

function openingBracket(items: Items, lo: number, close: number): number {
  for (let k = close - 1; k >= lo && close - k <= MAX_TAG_ITEMS; k--) if (items.code(k) === 0x28) return k;
  return -1;
}

/** Start of a run of name words ending at `j` (inclusive), not crossing `lo`. */
function nameRunStart(items: Items, lo: number, j: number): number {
  let k = j;
  const body = isOrganizationHead(items, j);
  while (k - 1 >= lo && j - k < MAX_NAME_WORDS) {
    if (items.cap(k - 1)) k--;
    else if (isNameJoint(items, k - 1) && items.cap(k - 2) && k - 2 >= lo) k -= 2;
    else if (k - 2 >= lo && items.cap(k - 2) && organizationJoint(items, k - 1, body)) k -= 2;
    else if (k - 3 >= lo && isBodyArticle(items, k - 1)) k -= 3;
    else break;
  }
  while (k < j && items.isIn(k, G.NotNameStart)) k++;
  k = titleStart(items, lo, k);
  // "the New York Post": a determiner directly before a name belongs to it.
  if (k - 1 >= lo && items.isWordId(k - 1, THE)) k--;
  return k;
}

/** A capitalised organisation head ("Commission", "Council", "Department"). */
function isOrganizationHead(items: Items, k: number): boolean {
  return items.cap(k) && items.is(k, WordClass.OrganizationHead);
}

/**
 * True when the function word at `k` joins two parts of one organisation's name: "on" or "for"
 * after a head ("Commission on Presidential Debates", "Center for Responsive Politics"), or
 * "and" inside a name that ends in a head (`body`: "Securities and Exchange Commission").
 */
function organizationJoint(items: Items, k: number, body: boolean): boolean {
  if (items.isWordId(k, AND)) return body;
  // ("the Commission on Tuesday": a day after "on" is a time, not the body's field.)
  return (items.isWordId(k, ON) || items.isWordId(k, FOR)) && isOrganizationHead(items, k - 1) && !items.isIn(k + 1, G.TimeWord);
}

/**
 * True when the article at `k` stands inside an organisation's name, after its head and "of",
 * "for" or "on", before a capitalised word: "the Committee for a Responsible Federal Budget",
 * "the Department of the Interior".
 */
function isBodyArticle(items: Items, k: number): boolean {
  if (!items.isIn(k, G.Article) || !items.cap(k + 1) || !isOrganizationHead(items, k - 2)) return false;
  return items.isWordId(k - 1, OF) || items.isWordId(k - 1, FOR) || items.isWordId(k - 1, ON);
}

/**
 * True when item `k` carries a capitalised name on to its next word, reading forwards: a name
 * joint or an organisation's joint before a capital or a {@link isBodyArticle} article, or that article.
 */
function continuesName(items: Items, k: number): boolean {
  if (isBodyArticle(items, k)) return true;
  return (isNameJoint(items, k) || organizationJoint(items, k, false)) && (items.cap(k + 1) || isBodyArticle(items, k + 1));
}

/**
 * "Clinton campaign spokesman Brian Fallon", "GOP presidential nominee Donald Trump": a lower-case
 * title written before a name belongs to the speaker as written, with the words that qualify it.
 */
function titleStart(items: Items, lo: number, k: number): number {
  if (k - 1 < lo || !isPersonTitle(items, k - 1) || items.cap(k - 1)) return k;
  let start = k - 1;
  while (start - 1 >= lo && start > k - 6) {
    const cap = items.cap(start - 1);
    if (!items.isWord(start - 1) || !(cap || isPersonTitle(items, start - 1) || items.isIn(start - 1, G.TitleQualifier))) break;
    if (cap && items.isIn(start - 1, G.NotNameStart)) break;
    start--;
  }
  // ("National Bureau of Statistics chief Li Deshui": the body's name holds its joints — a few
  // words at most, so a pathological run of capitals costs nothing per cue.)
  const floor = Math.max(lo, start - MAX_NAME_WORDS);
  while (items.cap(start) && start - 2 >= floor) {
    if (isBodyArticle(items, start - 1) && start - 3 >= floor) start -= 3;
    else if ((isNameJoint(items, start - 1) || organizationJoint(items, start - 1, false)) && items.cap(start - 2)) start -= 2;
    else break;
    while (start - 1 >= floor && items.cap(start - 1) && !items.isIn(start - 1, G.NotNameStart)) start--;
  }
  return start;
}

/**
 * True when the lone capitalised word `j` opening a clause is a participle ("Having …", "Smiling,
 * …"), not a one-word name. A name may end the same way ("Reed", "Pickering", "Boeing"): a word
 * the lexicon does not know, followed by a verb ("Reed said", "Boeing has said"), is the name — but
 * not a hyphened adjective ("AI-derived figures"), nor an "-ing" word before an "-s" form, which
 * is a compound noun ("Parenting plans").
 */
function isParticipleOpener(items: Items, lo: number, j: number): boolean {
  const ing = items.endsWith(j, 'ing');
  if (!(j === lo || items.kind(j - 1) === 'punct') || !(ing || items.endsWith(j, 'ed'))) return false;
  if (items.inLexicon(j) || items.lower(j).includes('-')) return true;
  if (items.is(j + 1, WordClass.Auxiliary)) return false;
  return !items.is(j + 1, WordClass.ReportingVerb) || (ing && items.endsWith(j + 1, 's'));
}

/** The noun phrase ending at item `j` (inclusive), or null when `j` cannot end one. */
function phraseEndingAt(items: Items, lo: number, j: number): SpeakerPhrase | null {
  if (!items.isWord(j) || j < lo) return null;
  if (items.isIn(j, G.SpeakerPronoun)) return { from: j, to: j + 1 };
  // "“…,” one said. “…,” another added.": a determiner standing alone speaks as a pronoun does.
  if (items.isIn(j, G.StandaloneDeterminer) && !items.isWord(j - 1)) return { from: j, to: j + 1 };
  // ("a senior Democrat said": a party word alone is a common noun, read with its determiner below.)
  const party = items.cap(j) && items.is(j, WordClass.PartyWord);
  if (items.cap(j) && !items.isIn(j, G.NotNameStart)) {
    const from = nameRunStart(items, lo, j);
    if (from === j && isParticipleOpener(items, lo, j)) return null;
    if (from < j || !party) return { from, to: j + 1 };
  }
  const share = sharePhrase(items, lo, j);
  if (share !== null) return share;
  if (items.isIn(j, G.NotSpeakerHead) || (items.startsWithDigit(j) && !isAgeWord(items, j))) return null;
  // A word shaped like a reporting verb ("report", "statement"-like "claims") heads a phrase only
  // after a determiner: "the congressional report said", never "… reported said".
  const verbShaped = items.is(j, WordClass.ReportingVerb);
  // A common noun: walk back to its determiner over at most a few modifiers.
  for (let k = j - 1, words = 1; k >= lo && words < MAX_PHRASE_WORDS; k--, words++) {
    // "Sanders’ campaign": a plural possessive's apostrophe is a token of its own.
    if (isApostropheToken(items, k) && items.endsWith(k - 1, 's') && k - 1 >= lo) {
      return { from: items.cap(k - 1) ? nameRunStart(items, lo, k - 1) : k - 1, to: j + 1 };
    }
    if (!items.isWord(k) && !(isNameJoint(items, k) && items.cap(k - 1) && items.cap(k + 1))) break;
    // A phrase after a preposition is its object ("at the same time"), not a subject — unless the
    // preposition joins it to a head noun ("three-quarters of the voters", "officials in both parties").
    // ("the minimum $20 million experts say it costs": a sum of money counts no speakers.)
    if (items.startsWithDigit(k) && isPunct(items, k - 1, '$£€¥')) return { from: afterAmount(items, k, j), to: j + 1 };
    // ("After the host asked …": a subordinator that is also a preposition opens a clause, whose subject this is.)
    // ("the 71-year-old diplomat": an age is a modifier, not a count; "the Ohio senator and
    // Republican presidential candidate": one person with two roles.)
    if (isAgeWord(items, k) || joinsRoles(items, k)) continue;
    if (items.isIn(k, G.Determiner) || items.startsWithDigit(k)) {
      // ("the two firms", "his three sons": a number after an article or a possessive is the phrase's too.)
      const from = isNumber(items, k) && k - 1 >= lo && isDetermined(items, k) ? k - 1 : k;
      return items.isIn(from - 1, G.Preposition) && !items.is(from - 1, WordClass.Subordinator) ? ofPhrase(items, lo, from - 1, j) : { from, to: j + 1 };
    }
    if (items.isIn(k, G.NotSpeakerHead) || items.is(k, WordClass.ReportingVerb)) break;
    // A possessive name ("Trump's campaign manager") is the phrase's determiner.
    if (items.cap(k) && endsPossessive(items, k)) return { from: nameRunStart(items, lo, k), to: j + 1 };
  }
  if (verbShaped) return null;
  const titled = namedTitle(items, lo, j);
  if (titled !== null) return titled;
  // A bare plural, a collective or an anonymous head ("officials", "federal prosecutors", "local
  // police", "Democrats") stands without a determiner, with at most a few modifiers.
  if (items.isIn(j, G.AnonymousHead | G.CollectiveHead) || (items.endsWith(j, 's') && !items.endsWith(j, 'ss'))) {
    let k = j;
    while (k - 1 >= lo && items.isWord(k - 1) && !items.isIn(k - 1, G.NotSpeakerHead) && j - k < 3 && !items.is(k - 1, WordClass.ReportingVerb)) k--;
    return { from: k, to: j + 1 };
  }
  return party ? { from: j, to: j + 1 } : null;
}

/**
 * True when the "and" at `k` joins two roles of one person ("the Ohio senator and Republican
 * presidential candidate"): a lower-case title before it, and a word after it that opens a noun
 * phrase, not a verb ("Haiti's president and joined …").
 */
function joinsRoles(items: Items, k: number): boolean {
  return items.isWordId(k, AND) && isPersonTitle(items, k - 1) && !items.cap(k - 1) && !items.endsWith(k + 1, 'ed') && !items.isIn(k + 1, G.NotSpeakerHead);
}

/** An age written as one hyphened word ("71-year-old", "the 43-year-olds"): a noun or its modifier, not a number. */
function isAgeWord(items: Items, k: number): boolean {
  return items.startsWithDigit(k) && (items.endsWith(k, '-old') || items.endsWith(k, '-olds'));
}

/**
 * "SEIU chief says", "“…,” White House press secretary said": a lower-case title after the name
 * of what the person speaks for, with no determiner, at a clause start; or null.
 */
function namedTitle(items: Items, lo: number, j: number): SpeakerPhrase | null {
  if (!isPersonTitle(items, j) || items.cap(j)) return null;
  let k = j - 1;
  let named = false;
  while (k >= lo && j - k <= MAX_TITLED_WORDS && items.isWord(k) && !items.isIn(k, G.NotSpeakerHead | G.NotNameStart | G.Determiner)) {
    if (items.cap(k)) named = true;
    else if (!isPersonTitle(items, k) && !items.isIn(k, G.TitleQualifier)) break;
    k--;
  }
  // (After a comma the title is an appositive of a name: "Dr Jane Roe, Acme vice president, said".)
  return named && (k < lo || (!items.isWord(k) && !isPunct(items, k, ','))) ? { from: k + 1, to: j + 1 } : null;
}

/** The first word after the sum of money whose number is item `k` ("$20 *million*"), not past `j`. */
function afterAmount(items: Items, k: number, j: number): number {
  return k + 1 < j && items.endsWith(k + 1, 'illion') ? k + 2 : k + 1;
}

/**
 * A share of respondents ending at `j`: "six in 10", "4 of 5", "half", "majority" — with an
 * approximator before it ("about four in 10", "nearly half", "a majority"); or null.
 */
function sharePhrase(items: Items, lo: number, j: number): SpeakerPhrase | null {
  // Cheap tests first: this runs for every phrase a cue's speaker may end with.
  let from = -1;
  if ((items.isWordId(j - 1, IN) || items.isWordId(j - 1, OF)) && j - 2 >= lo && isNumber(items, j) && isNumber(items, j - 2)) from = j - 2;
  else if (mayBeShareNoun(items, j) && SHARE_NOUNS.has(items.lower(j))) from = j;
  if (from < lo) return null;
  if (from - 1 >= lo && items.isWord(from - 1) && APPROXIMATORS.has(items.lower(from - 1))) from--;
  return { from, to: j + 1 };
}

/** A number written in digits ("10") or as a word of `NUMBER_WORDS` ("six"), a class bit of the lexicon. */
function isNumber(items: Items, k: number): boolean {
  return items.isWord(k) && (items.startsWithDigit(k) || items.is(k, WordClass.NumberWord));
}

/** The endings of `SHARE_NOUNS` ("half", "majority", "two-thirds", "three-quarters"): a test that reads no string. */
function mayBeShareNoun(items: Items, k: number): boolean {
  return items.endsWith(k, 'half') || items.endsWith(k, 'ity') || items.endsWith(k, 'thirds') || items.endsWith(k, 'quarters');
}

/** "three-quarters of the voters": the phrase before preposition `p`, extended to end at `j`. */
function ofPhrase(items: Items, lo: number, p: number, j: number): SpeakerPhrase | null {
  if (!items.isIn(p, G.HeadJoiningPreposition)) return null;
  const head = phraseEndingAt(items, lo, p - 1);
  return head === null || items.isIn(head.from, G.SpeakerPronoun) ? null : { from: head.from, to: j + 1 };
}

/**
 * The speaker before a cue that starts at item `cueFrom`, looking no further left than `lo`.
 */
export function speakerBefore(items: Items, lo: number, cueFrom: number): SpeakerPhrase | null {
  const j = skipInterveners(items, lo, cueFrom - 1);
  if (j < lo) return null;
  if (isPunct(items, j, ',')) return appositiveName(items, lo, j);
  if (items.isIn(j, G.RelativePronoun)) {
    const k = isPunct(items, j - 1, ',') ? j - 2 : j - 1;
    return phraseEndingAt(items, lo, k);
  }
  const evidence = evidenceWithSetting(items, lo, j, cueFrom);
  if (evidence !== null) return evidence;
  const phrase = phraseBefore(items, lo, j);
  // "A letter from the union obtained by The Associated Press warns": the agent of a participle
  // before the cue is not its subject; the phrase before the participle is (one step back only).
  if (phrase !== null && items.isWordId(phrase.from - 1, BY) && phrase.from - 2 > lo && isAgentParticiple(items, phrase.from - 2)) {
    const j2 = skipInterveners(items, lo, phrase.from - 3);
    return (j2 >= lo && items.isWord(j2) ? phraseBefore(items, lo, j2) : null) ?? phrase;
  }
  return phrase;
}

/**
 * "New polls released Sunday showed", "A state poll out this week shows": evidence followed by
 * a participle (or "out") and its time, ending at `j` before the cue at `cueFrom`; or null.
 */
function evidenceWithSetting(items: Items, lo: number, j: number, cueFrom: number): SpeakerPhrase | null {
  if (j - 1 < lo || !items.is(j - 1, WordClass.EvidenceHead) || items.cap(j) || !(items.endsWith(j, 'ed') || items.isWordId(j, OUT))) return null;
  const head = phraseEndingAt(items, lo, j - 1);
  if (head === null) return null;
  let to = j + 1;
  while (to < cueFrom && (items.isIn(to, G.TimeWord) || ((items.isWordId(to, THIS) || items.isWordId(to, LAST)) && items.isIn(to + 1, G.TimeWord)))) to++;
  return { from: head.from, to };
}

/** The noun phrase ending at `j`: with a post-modifier, a relative clause, or bare. */
function phraseBefore(items: Items, lo: number, j: number): SpeakerPhrase | null {
  return withPostmodifier(items, lo, j) ?? withRelativeClause(items, lo, j) ?? phraseEndingAt(items, lo, j);
}

/** A past participle that takes a "by" agent after a noun ("obtained", "seen", "written"), not a reporting verb. */
function isAgentParticiple(items: Items, k: number): boolean {
  return !items.cap(k) && (items.endsWith(k, 'ed') || items.endsWith(k, 'en')) && !items.is(k, WordClass.ReportingVerb);
}

const MAX_RELATIVE_CLAUSE = 10;

/**
 * "A fisherman who asked not to be named said": a noun phrase with a restrictive relative clause
 * (no commas) ending at `j`. The phrase and its clause are the speaker as written.
 */
function withRelativeClause(items: Items, lo: number, j: number): SpeakerPhrase | null {
  for (let k = j - 1; k > lo && j - k <= MAX_RELATIVE_CLAUSE; k--) {
    if (!items.isWord(k)) return null;
    if (!items.isWordId(k, WHO) && !items.isWordId(k, THAT)) continue;
    const head = phraseEndingAt(items, lo, k - 1);
    return head === null || items.isIn(head.from, G.SpeakerPronoun) ? null : { from: head.from, to: j + 1 };
  }
  return null;
}

/**
 * "Jane Doe, the mayor, said" / "Matthew Prince, chief executive of Acme, a San Francisco company,
 * said": the name that opens a chain of appositives ending at comma `j`. The chain is walked back
 * comma by comma; the name that stands at a clause start (the sentence start, or after punctuation
 * or a conjunction) is the subject.
 */
function appositiveName(items: Items, lo: number, j: number): SpeakerPhrase | null {
  // "Gov. Jane Roe (R-Ohio), said": a name and its party tag before the comma.
  if (items.code(j - 1) === 0x29) {
    const tagged = phraseEndingAt(items, lo, skipBrackets(items, lo, j - 1));
    if (tagged !== null && items.cap(tagged.to - 1)) return tagged;
  }
  // "Its director, Lars Holm, told …": a name in the last appositive is the one who speaks.
  const inner = innermostName(items, lo, j);
  if (inner !== null) return inner;
  let fallback: SpeakerPhrase | null = null;
  let atClauseStart: SpeakerPhrase | null = null;
  for (let k = j - 1; k >= lo && j - k <= MAX_APPOSITIVE_ITEMS; k--) {
    if (!isPunct(items, k, ',')) continue;
    const end = skipBrackets(items, lo, k - 1);
    const name = phraseEndingAt(items, lo, end);
    if (name === null) continue;
    // The subject opens the sentence ("Donna Rawlings, 59, of Ashton, Md., said"): the earliest
    // name at the sentence start wins over a place or a title in a later appositive.
    if (name.from === lo) return name;
    const before = items.kind(name.from - 1);
    if (atClauseStart === null && (before === undefined || before === 'punct' || items.isQuote(name.from - 1) || items.isWordId(name.from - 1, AND))) atClauseStart = name;
    fallback ??= name;
  }
  if (atClauseStart !== null) return atClauseStart;
  if (fallback !== null) return fallback;
  // No name before it: the appositive itself ("…, a spokeswoman for the ministry, said").
  for (let k = j - 1; k >= lo && j - k <= MAX_APPOSITIVE_ITEMS; k--) {
    if (isPunct(items, k, ',')) return phraseEndingAt(items, k + 1, j - 1);
  }
  return null;
}

/** The all-capitalised name between the comma ending at `j` and the comma before it, when a description precedes. */
function innermostName(items: Items, lo: number, j: number): SpeakerPhrase | null {
  let k = j - 1;
  while (k >= lo && j - k <= MAX_NAME_WORDS && items.cap(k)) k--;
  if (k === j - 1 || !isPunct(items, k, ',') || k <= lo) return null;
  return descriptionBefore(items, lo, k) !== null ? { from: k + 1, to: j } : null;
}

/**
 * Where the words naming `speaker` start: before the description it is set off from by commas
 * ("“…,” *his wife*, Ana Ruiz, wrote"), or at the speaker itself.
 */
export function appositiveStart(items: Items, lo: number, speaker: SpeakerPhrase): number {
  // ("“…,” his niece, Ana Ruiz (D-Newport News), said": the name's party tag stands before its comma.)
  if (!isPunct(items, speaker.from - 1, ',') || !isPunct(items, pastBrackets(items, speaker.to), ',') || speaker.from - 2 < lo) return speaker.from;
  return descriptionBefore(items, lo, speaker.from - 1)?.from ?? speaker.from;
}

/**
 * The description that ends right before the comma at `comma` — "his wife", "its director",
 * "Scottish Conservative leader" (a title after what it speaks for) — or null for a name.
 */
function descriptionBefore(items: Items, lo: number, comma: number): SpeakerPhrase | null {
  const description = phraseEndingAt(items, lo, comma - 1);
  if (description === null) return null;
  const titled = isPersonTitle(items, comma - 1) && !items.cap(comma - 1);
  return items.isIn(description.from, G.Determiner) || !items.cap(description.from) || titled ? description : null;
}

/** The item after a bracketed tag that opens at `i` ("(D-Va.)"), or `i` when none does. */
function pastBrackets(items: Items, i: number): number {
  if (items.code(i) !== 0x28) return i;
  for (let k = i + 1; k < items.length && k - i <= MAX_TAG_ITEMS; k++) if (items.code(k) === 0x29) return k + 1;
  return i;
}

/** Skips back over a bracketed tag ending at `i` ("(D-Va.)"). */
function skipBrackets(items: Items, lo: number, i: number): number {
  if (items.code(i) !== 0x29) return i;
  const open = openingBracket(items, lo, i);
  return open < 0 ? i : open - 1;
}

/** "sources familiar with the matter said": a head noun followed by its post-modifier. */
function withPostmodifier(items: Items, lo: number, j: number): SpeakerPhrase | null {
  // ("… adviser to Putin - told": the phrase ends on a word; "… but it said": a pronoun is a subject
  // of its own; "the comments in a report": a phrase never ends on its determiner.)
  if (!items.isWord(j) || items.isIn(j, G.SpeakerPronoun | G.Article)) return null;
  const member = nameOfBody(items, lo, j);
  if (member !== null) return member;
  for (let k = j - 1; k > lo && j - k <= 6; k--) {
    if (!items.isWord(k)) return null;
    // "A poll by the Tribune showed", "a survey of likely voters found": evidence and its source.
    if (items.isIn(k, G.Preposition) && items.is(k - 1, WordClass.EvidenceHead)) return evidencePhrase(items, lo, k - 1, j);
    if (!items.isIn(k, G.PostmodifierStart)) continue;
    // Only an anonymous head or a name takes a post-modifier: tested before the phrase is read,
    // since prepositions ("to", "in") are common.
    // ("The club's statement to the stock exchange said": a document takes one too.)
    const document = items.is(k - 1, WordClass.SpeakingDocument);
    if (!items.isIn(k - 1, G.AnonymousHead) && !items.cap(k - 1) && !document) continue;
    // ("managers to adopt a new model": "to" before a verb is an infinitive, not "an adviser to the governor".)
    if (items.isWordId(k, TO) && !items.cap(k + 1) && !items.isIn(k + 1, G.Determiner)) continue;
    const head = phraseEndingAt(items, lo, k - 1);
    // (A document with a post-modifier speaks as the clause's subject, not as an object: "delivered a
    // blunt message to Trump:" is the sender's.)
    const subject = head !== null && (head.from === lo || !items.isWord(head.from - 1));
    if (head !== null && (items.isIn(k - 1, G.AnonymousHead) || items.cap(k - 1) || (document && subject))) {
      // "officials in Washington said", "a person familiar with the talks said".
      if (items.isIn(k, G.PostmodifierPreposition)) {
        if (!items.isIn(k - 1, G.AnonymousHead) && !document) return null;
      }
      return { from: head.from, to: j + 1 };
    }
  }
  return null;
}

/**
 * "James Pethokoukis of the American Enterprise Institute wrote", "Jeffrey Lewis of the Center for
 * Nonproliferation Studies wrote": a name, "of", and the body (a name "the" opens) it speaks for,
 * ending at `j`; or null.
 */
function nameOfBody(items: Items, lo: number, j: number): SpeakerPhrase | null {
  if (!items.cap(j)) return null;
  const body = nameRunStart(items, lo, j);
  if (!items.isWordId(body, THE) || !items.isWordId(body - 1, OF) || body - 2 < lo || !items.cap(body - 2)) return null;
  const name = phraseEndingAt(items, lo, body - 2);
  return name === null ? null : { from: name.from, to: j + 1 };
}

/** The evidence phrase headed at `head` and post-modified up to `j` ("A poll by the Tribune"). */
function evidencePhrase(items: Items, lo: number, head: number, j: number): SpeakerPhrase {
  // ("SurveyMonkey data from Iowa": a head no determiner opens stands with its modifiers' name.)
  const phrase = phraseEndingAt(items, lo, head);
  const from = phrase?.from ?? (items.cap(head - 1) && head - 1 >= lo ? head - 1 : head);
  return { from, to: j + 1 };
}

// Most words of a lower-case role (with capitalised qualifiers) written before a name.
const MAX_ROLE_PHRASE = 6;

/**
 * "“…,” election law expert Rick Hasen tweeted" / "Riverside County assistant fire chief Dana Cole
 * said": a role written before the name, lower-case words and capitalised qualifiers, from the
 * start of the clause (the sentence start, a quotation, a comma or a dash), belongs to the speaker
 * as written. `speaker` unchanged when no such role stands before it.
 */
export function withRole(items: Items, lo: number, speaker: SpeakerPhrase): SpeakerPhrase {
  if (!items.cap(speaker.to - 1)) return speaker;
  const from = roleStart(items, lo, speaker);
  if (from >= 0) return { from, to: speaker.to };
  // "“…,” singer Gary Lightbody and drummer Jonny Quinn said": two people, each with a role.
  const and = speaker.from - 1 - roleWordsBefore(items, lo, speaker.from);
  if (!items.isWordId(and, AND) || and - 1 < lo || !items.cap(and - 1)) return speaker;
  const first = roleStart(items, lo, { from: nameRunStart(items, lo, and - 1), to: and }, true);
  return first >= 0 && roleStart(items, and + 1, speaker) === and + 1 ? { from: first, to: speaker.to } : speaker;
}

/** How many role words (see {@link isRoleWord}) stand right before item `i`, not before `lo`. */
function roleWordsBefore(items: Items, lo: number, i: number): number {
  let n = 0;
  while (i - 1 - n >= lo && n < MAX_ROLE_PHRASE && isRoleWord(items, i - 1 - n)) n++;
  return n;
}

/**
 * Where the role written before the name `speaker` starts, when it runs back to a clause start —
 * or, for a second conjunct, to `lo` itself — else -1. The name's own run counts when it took in
 * a lower-case title; `bare` accepts a name with no role at the clause start (a first conjunct).
 */
function roleStart(items: Items, lo: number, speaker: SpeakerPhrase, bare = false): number {
  let k = speaker.from - 1;
  // (A lower-case title the name run took in already counts: "the bank's vice president Ana Ruiz".)
  let roles = !items.cap(speaker.from) && (isPersonTitle(items, speaker.from) || items.isIn(speaker.from, G.TitleQualifier)) ? 1 : 0;
  while (k >= lo && speaker.from - k <= MAX_ROLE_PHRASE) {
    if (isRoleWord(items, k)) roles++;
    else if (!insideRole(items, k, speaker.from, roles > 0)) break;
    k--;
  }
  // "“…,” his nephew Omar Haddad added", "the district chairman Ann Lee": "the" or a possessive
  // determiner opens the role. (Not "a": "a point Lee acknowledged" is an object and its clause.)
  if (roles > 0 && k >= lo && (items.isWordId(k, THE) || items.isIn(k, G.PossessiveDeterminer))) k--;
  const clauseStart = k < lo || items.isQuote(k) || isPunct(items, k, ',—–-(');
  // The role's last word is lower-case ("expert", "chief"): capitalised words alone are the name's own.
  return (roles > 0 || bare) && clauseStart && !items.cap(speaker.from - 1) ? k + 1 : -1;
}

/**
 * True when word `k`, no role word itself, still belongs to the role before the name at `name`:
 * "of" after a title ("director of rugby Nigel Melville" — but right before the name it makes the
 * name the role's object, "acting director of CREDO Action"), a possessive noun before a role
 * word (`afterRole`: "the central bank's vice president"), or a capitalised qualifier ("Riverside
 * County assistant fire chief").
 */
function insideRole(items: Items, k: number, name: number, afterRole: boolean): boolean {
  if (items.isWordId(k, OF)) return k !== name - 1 && isPersonTitle(items, k - 1);
  if (afterRole && endsPossessive(items, k)) return true;
  return items.cap(k) && !items.isIn(k, G.NotNameStart);
}

/** The speaker after a cue that ends before item `cueTo` ("said Rutte", "reports Bloomberg"), not reaching `hi`. */
export function speakerAfter(items: Items, cueTo: number, hi: number): SpeakerPhrase | null {
  if (!items.isWord(cueTo) || cueTo >= hi) return null;
  if (items.isIn(cueTo, G.SpeakerPronoun)) return { from: cueTo, to: cueTo + 1 };
  // "“…,” read one.": a determiner standing alone before the sentence goes on.
  if (items.isIn(cueTo, G.StandaloneDeterminer) && !items.isWord(cueTo + 1)) return { from: cueTo, to: cueTo + 1 };
  let k = cueTo;
  // "…,” said one of the advisers.": a share of a group speaks as the group's phrase does (one step:
  // "one of some of …" does not recurse).
  if (items.isIn(cueTo, G.StandaloneDeterminer) && items.isWordId(cueTo + 1, OF) && items.isIn(cueTo + 2, G.Determiner)) {
    const group = determinerPhrase(items, cueTo + 2, hi);
    return group === null ? null : { from: cueTo, to: group.to };
  }
  if (items.isIn(cueTo, G.Determiner)) return determinerPhrase(items, cueTo, hi);
  if (!items.cap(cueTo)) return roleThenName(items, cueTo, hi);
  if (items.isIn(cueTo, G.NotNameStart)) return null;
  // ("said Center for Responsive Politics director Ann Lee": "for" after a head joins the name.)
  while (k < hi && k - cueTo < MAX_NAME_WORDS && (items.cap(k) || continuesName(items, k))) k++;
  // "said Acme's chief operating officer Jane Roe": a possessive name is the determiner of the
  // role and name that follow it, so the speaker runs on to the name.
  if (endsPossessive(items, k - 1)) {
    const role = roleThenName(items, k, hi) ?? possessedRole(items, k, hi);
    if (role !== null) return { from: cueTo, to: role.to };
  }
  // "said Acme president Maya Lee": the body's name, then the title and name of who spoke for it.
  const titled = titledNameAfter(items, k, hi);
  return { from: cueTo, to: titled?.to ?? k };
}

/** The phrase that opens with the determiner at `from` ("the Commission on Presidential Debates"), or null. */
function determinerPhrase(items: Items, from: number, hi: number): SpeakerPhrase | null {
  let k = from + 1;
  while (k < hi && k - from < MAX_PHRASE_WORDS && items.isWord(k) && !verbAfterPhrase(items, from, k) && (!items.isIn(k, G.NotSpeakerHead) || continuesName(items, k))) k++;
  return k > from + 1 ? { from, to: k } : null;
}

/**
 * True when word `k` of the phrase opened at `from` is a verb that ends it. A word shaped like a
 * reporting verb but not a past tense is the phrase's noun right after the determiner or at its
 * end ("said the ruling.", "said the new report,").
 */
function verbAfterPhrase(items: Items, from: number, k: number): boolean {
  if (!items.is(k, WordClass.ReportingVerb)) return false;
  return items.endsWith(k, 'ed') || (k > from + 1 && items.isWord(k + 1));
}

// Most lower-case words of a role written before a name ("said *local resident* Tom Hill").
const MAX_ROLE_WORDS = 4;

/**
 * True when word `k` can be part of a lower-case role before a name ("spokesman", "campaign",
 * "chair", "local", "resident"): a content word, not a function word, adverb, time word, number,
 * possessive or verb form.
 */
function isRoleWord(items: Items, k: number): boolean {
  // ("19-year-old Ana Ruiz said": an age describes the person as a role does.)
  if (isAgeWord(items, k)) return true;
  if (!items.isWord(k) || items.cap(k) || items.startsWithDigit(k) || items.endsWith(k, 'ly') || endsPossessive(items, k)) return false;
  if (items.isIn(k, G.NotSpeakerHead | G.Determiner | G.Preposition | G.TimeWord | G.InterveningAdverb)) return false;
  // ("said report author Mary Madden": a verb's bare form before a role word is a noun of the role.)
  return !items.is(k, WordClass.ReportingVerb) || (!items.endsWith(k, 'ed') && !items.endsWith(k, 'ing') && isPersonTitle(items, k + 1));
}

/**
 * "said Lee's lawyer.": lower-case role words ending in a person's title close the phrase after a
 * possessive name, or null ("Pointing to Lee's involvement, …" names no one).
 */
function possessedRole(items: Items, from: number, hi: number): SpeakerPhrase | null {
  let k = from;
  while (k < hi && k - from < MAX_ROLE_WORDS && isRoleWord(items, k)) k++;
  return k > from && !items.isWord(k) && isPersonTitle(items, k - 1) ? { from, to: k } : null;
}

/** A {@link roleThenName} phrase from `from` whose role holds a person's title ("president Maya Lee"), or null. */
function titledNameAfter(items: Items, from: number, hi: number): SpeakerPhrase | null {
  const role = roleThenName(items, from, hi);
  if (role === null) return null;
  for (let k = from; k < role.to && !items.cap(k); k++) if (isPersonTitle(items, k)) return role;
  return null;
}

/**
 * "…,” said spokesman John Smith." / "responded campaign chair Ann Lee": an inverted speaker
 * that opens with a lower-case role; the role and the name are the speaker as written.
 */
function roleThenName(items: Items, cueTo: number, hi: number): SpeakerPhrase | null {
  let k = cueTo;
  while (k < hi && k - cueTo < MAX_ROLE_WORDS) {
    if (isRoleWord(items, k)) k++;
    // ("said former secretary of state Ann Lee", "said master of ceremonies Ann Lee": "of" and its
    // word inside a role; the name after them still closes the phrase.)
    else if (k > cueTo && items.isWordId(k, OF) && items.isWord(k + 1) && !items.cap(k + 1) && !items.isIn(k + 1, G.Determiner) && (isPersonTitle(items, k - 1) || isRoleWord(items, k + 1))) k += 2;
    else break;
  }
  if (k === cueTo || k >= hi || !items.cap(k) || items.isIn(k, G.NotNameStart | G.TimeWord)) return null;
  let end = k;
  while (end < hi && end - k < MAX_NAME_WORDS && (items.cap(end) || (isNameJoint(items, end) && items.cap(end + 1)))) end++;
  return { from: cueTo, to: end };
}
