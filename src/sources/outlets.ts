/**
 * Outlets: which names are news outlets, where the article cites a name ("told CNN", "Axios
 * reported", "according to Reuters", "reports Bloomberg"), and the back-references "the outlet",
 * "the newspaper" that point to the outlet just cited.
 * @module
 */
import type { TokenList } from './words.js';
import { isAmbiguousOutlet, isOutletHintAt, isOutletNoun, isOutletNounAt, isReportingVerbAt, mayStartOutletNounAt, outletByName } from './vocabulary.js';
import { CUE_FILLERS, HEARER_FORMS, PASSIVE_CITATION_VERBS, TELL_FORMS } from '../lexicon/attribution.js';
import { lexiconId } from '../lexicon/lookup.js';
import { AUTHORED_DOCUMENTS } from '../lexicon/roles.js';
import { endsInLyAt, ShapedList } from './word-shapes.js';

// Every name is tested against the words around it: by id and by shape, not by their strings.
const TELLS = new ShapedList(TELL_FORMS);
const PASSIVES = new ShapedList(PASSIVE_CITATION_VERBS);
const FILLERS = new ShapedList(CUE_FILLERS);
const DOCUMENTS = new ShapedList(AUTHORED_DOCUMENTS);
const TO = lexiconId('to');
const BY = lexiconId('by');
const WITH = lexiconId('with');
const IN = lexiconId('in');
const FROM = lexiconId('from');
const ACCORDING = lexiconId('according');
const TOLD = lexiconId('told');

/** True for a name the outlet lexicon knows and that is safe without context ("Reuters", "Axios"). */
export function isKnownOutlet(name: string): boolean {
  return outletByName(name) !== undefined && !isAmbiguousOutlet(name);
}

/**
 * True when the name at tokens `[first, last]` (written `display`, after an article when `article`)
 * is an outlet: a lexicon outlet (an ambiguous one such as "Bloomberg" only where it is cited), or
 * an unknown name headed or ended by an outlet word ("The Daily Herald", "Kyiv Post"). `known`
 * false says the lexicon has no name starting with this first word, sparing the lookup.
 */
export function outletByContext(tokens: TokenList, first: number, last: number, display: string, article: boolean, known = true): boolean {
  if (known && outletByName(display) !== undefined) {
    return !isAmbiguousOutlet(display) || (article && display.startsWith('The ')) || citedAt(tokens, first - (article ? 1 : 0), last);
  }
  const words = last - first + 1;
  if (isOutletHintAt(tokens, last) && (article || words > 1 || citedAt(tokens, first, last))) return true;
  return words > 1 && isOutletHintAt(tokens, first) && tokens.textAt(first) !== 'News';
}

/**
 * True when the name at tokens `[first, last]` stands where a source is cited: after "told",
 * "according to", "reported by", "an interview with", after an inverted reporting verb
 * ("reports Bloomberg", "said Smith"), or before a reporting verb ("Axios reported") unless
 * `oblique` says a preposition stands before the name.
 */
export function citedAt(tokens: TokenList, first: number, last: number, oblique = false): boolean {
  // After a preposition a name is no subject: "lenders in New York doubted" cites the lenders.
  return citedBefore(tokens, first, last) || (!oblique && citedAfter(tokens, last));
}

/**
 * True when a person's name at tokens `[first, last]` is cited: before a reporting verb ("Smith
 * said") or after an inverted one ("said Smith"); never as the hearer ("told Smith").
 */
export function citedByVerb(tokens: TokenList, first: number, last: number, oblique = false): boolean {
  if (!oblique && citedAfter(tokens, last)) return true;
  // "…, described Trump's approach": a possessive after the verb is the speaker's topic, never the speaker.
  if (tokens.isPossessive(last)) return false;
  const prev = first - 1;
  if (!hasWordBefore(tokens, first) || tokens.isCap(prev)) return false;
  return isReportingVerbAt(tokens, prev) && !HEARER_FORMS.has(tokens.lowerAt(prev)) && invertedGap(tokens.gapAt(prev));
}

/** True when words `first - 1` and `first` both exist, in one sentence, with no punctuation between them. */
function hasWordBefore(tokens: TokenList, first: number): boolean {
  return first >= 1 && first < tokens.length && tokens.sentence[first - 1] === tokens.sentence[first] && !tokens.hasGap(first);
}

/** True when a verb's gap shows an inverted attribution: `…," said Smith`, `…, reports Bloomberg` (not "Trump said Clinton lied"). */
function invertedGap(gap: string): boolean {
  return gap.includes(',') || gap.includes('"') || gap.includes('”') || gap.includes("''") || gap.includes('’');
}

function citedBefore(tokens: TokenList, first: number, last: number): boolean {
  if (!hasWordBefore(tokens, first)) return false;
  const prev = first - 1;
  if (TELLS.hasAt(tokens, prev)) return true;
  const w = tokens.id[prev] as number;
  // The word before the preposition, if any (`before`): "according to", "reported by", "interview with".
  const before = first - 2;
  if (w === TO) return before >= 0 && (tokens.id[before] === ACCORDING || tokens.id[before] === TOLD);
  // "a report by the Times", "a story in the Springfield Gazette": the author of a published piece.
  if ((w === BY || w === IN || w === FROM) && before >= 0 && DOCUMENTS.hasAt(tokens, before)) return true;
  if (w === BY) return before >= 0 && PASSIVES.hasAt(tokens, before);
  if (w === WITH) return before >= 0 && (tokens.lowerIs(before, 'interview') || tokens.lowerIs(before, 'interviews'));
  return isReportingVerbAt(tokens, prev) && !tokens.isCap(prev) && invertedGap(tokens.gapAt(prev)) && !tokens.isPossessive(last);
}

function citedAfter(tokens: TokenList, last: number): boolean {
  if (last < 0 || tokens.isPossessive(last)) return false;
  for (let k = last + 1; k <= last + 3; k++) {
    if (!tokens.joined(k) || tokens.isCap(k)) return false;
    if (isReportingVerbAt(tokens, k)) return true;
    if (!FILLERS.hasAt(tokens, k) && !endsInLyAt(tokens, k)) return false;
  }
  return false;
}

/** A back-reference "the outlet" / "the news agency": token range `[from, to]` (the article included). */
export interface OutletNounMention {
  readonly from: number;
  readonly to: number;
}

/** How many tokens from `k` form an outlet noun (two-word ones first), 0 when none. */
export function outletNounLength(tokens: TokenList, k: number): number {
  if (!tokens.joined(k) || tokens.isCap(k)) return 0;
  // Only a word that starts an outlet noun of two words has the phrase built.
  if (mayStartOutletNounAt(tokens, k) && tokens.joined(k + 1) && !tokens.isCap(k + 1) && !tokens.isPossessive(k) && isOutletNoun(`${tokens.lowerAt(k)} ${tokens.lowerAt(k + 1)}`)) return 2;
  return isOutletNounAt(tokens, k) ? 1 : 0;
}
