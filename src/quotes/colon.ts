/**
 * Colon attributions: "Ryan: FBI decision ‘defies explanation’" in headlines, "Matthews: Well, …"
 * in transcripts — a name before a colon at the start of a sentence, with no verb; "Lee’s reply:
 * “…”", a possessive name and a noun of speech; the round-up line "Ann Lee, Daily Herald: “…”";
 * a quotation after a colon that closes on a name ("… surprised pollster Daron Shaw: “…”"); and a
 * quotation signed with a dash and a name ("“…” — Ana Ruiz, 19, Tucson").
 * @module
 */
import { GrammarClass, WordClass } from '../lexicon/lookup.js';
import type { Attribution } from './attribute.js';
import { contentEnd, MIN_INDIRECT_WORDS } from './content.js';
import type { Items, Sentence } from './frame.js';
import { allCapitalised, firstQuoteIn, hasWords, isPunct } from './items.js';
import { speakerBefore, withRole } from './speakers.js';
import { COLON_LABELS } from '../lexicon/attribution.js';

const MAX_COLON_SPEAKER = 8;
// Most words of the name that signs a quotation after a dash.
const MAX_SIGNATURE_NAME = 5;

/** True when item `i` is a dash that may sign a quotation: a horizontal bar, an em or en dash, a hyphen. */
export function isSignatureDash(items: Items, i: number): boolean {
  return isPunct(items, i, '―—–-');
}

/**
 * "“We will rebuild.” — Ana Ruiz, 19, Tucson": a quotation that opens its sentence, then a dash
 * and a name of two words or more ending the sentence (or followed by a comma and the signer's
 * details) — the reader round-up and epigraph style. The name signs the quotation; the dash is
 * the cue. Or null.
 */
export function signedQuotation(items: Items, s: Sentence): Attribution | null {
  const quote = s.from;
  const dash = quote + 1;
  if (!items.isQuote(quote) || !isSignatureDash(items, dash)) return null;
  const from = dash + 1;
  let to = from;
  while (to < s.to && to - from < MAX_SIGNATURE_NAME && items.isWord(to) && items.cap(to)) to++;
  if (to - from < 2 || (to < s.to && !isPunct(items, to, ',.'))) return null;
  return { cue: { from: dash, to: dash + 1, head: dash, verb: null }, cueTo: dash + 1, speaker: { from, to }, content: [{ from: quote, to: quote + 1 }], shape: 'trailing' };
}

/**
 * "Ryan: FBI decision ‘defies explanation’" / "Matthews: Well, …": a name standing before a colon
 * at the start of a sentence, with no verb, is the speaker of what follows (headlines, transcripts).
 */
export function colonAttribution(items: Items, s: Sentence, titleCase: () => boolean): Attribution | null {
  // (In a title-case headline every word is capitalised: a colon there closes on no name.)
  return labelColon(items, s) ?? namedBeforeQuotation(items, s, titleCase);
}

/**
 * "The surge does not surprise Republican pollster Daron Shaw: “…”": a quotation after a colon
 * that closes on a name (with its role) is that person's. A name of one bare word ("… in Paris:")
 * is too often a place or a body to be taken.
 */
function namedBeforeQuotation(items: Items, s: Sentence, titleCase: () => boolean): Attribution | null {
  for (let k = s.from + 1; k + 1 < s.to; k++) {
    if (items.code(k) !== 0x3a || !items.isQuote(k + 1)) continue;
    // (Asked only now: counting the frame's capitals costs more than the scan for a colon.)
    if (titleCase()) return null;
    const found = speakerBefore(items, s.from, k);
    if (found === null || !items.cap(k - 1)) return null;
    const speaker = withRole(items, s.from, found);
    if (speaker.to - speaker.from < 2 || !items.isWord(speaker.from)) return null;
    return { cue: { from: k, to: k + 1, head: k, verb: null }, cueTo: k + 1, speaker, content: [{ from: k + 1, to: contentEnd(items, s) }], shape: 'leading' };
  }
  return null;
}

/** "Ryan: …", "Lee’s reply: “…”", "Ann Lee, Daily Herald: “…”": a name or label opening the sentence. */
function labelColon(items: Items, sentence: Sentence): Attribution | null {
  // ("- Burnley boss Ivo Bell: “…”": the dash of a list item opens the line, not the label — and
  // only a quotation after the colon makes the item a speaker's; "- Killed: 5" is a table row.)
  const listItem = isPunct(items, sentence.from, '-–—•');
  const s = listItem ? { from: sentence.from + 1, to: sentence.to } : sentence;
  // Most sentences have no colon near their start: the cheap scan for one comes before any word lookup.
  // ("They flew on to Paris: …": a pronoun opens a clause, not a label.)
  if (!items.cap(s.from) || !colonSoon(items, s) || COLON_LABELS.has(items.lower(s.from)) || items.is(s.from, WordClass.SubjectPronoun)) return null;
  let colon = -1;
  let comma = -1;
  let noun = -1;
  for (let k = s.from + 1; k < s.to && k - s.from <= MAX_COLON_SPEAKER; k++) {
    const code = items.code(k);
    if (code !== -1) {
      if (code === 0x3a) colon = k;
      // "Ann Lee, Daily Herald: “…”": a round-up line names the speaker, then the outlet.
      else if (code === 0x2c && comma < 0 && items.cap(k + 1)) {
        comma = k;
        continue;
      }
      if (!isPunct(items, k, ".’'")) break;
    } else if (items.isQuote(k)) return null;
    // "Lee’s reply: “…”": a verb-shaped noun after a possessive is the cue, not a verb.
    else if (items.is(k, WordClass.ReportingVerb)) {
      if (noun >= 0 || !isPossessive(items, k - 1)) return null;
      noun = k;
    }
  }
  if (colon < 0 || (noun >= 0 && (noun !== colon - 1 || comma >= 0))) return null;
  // "scored at 12:31 of the third period": a clock time or a score, not a label.
  if (items.startsWithDigit(colon - 1) && items.startsWithDigit(colon + 1)) return null;
  // The speaker is the name run that opens the sentence ("Gillibrand on Hillary …" → Gillibrand).
  const limit = noun >= 0 ? noun : comma >= 0 ? comma : colon;
  let to = s.from + 1;
  while (to < limit && items.cap(to) && !items.is(to, WordClass.ColonNameStop)) to++;
  to = titledNameTo(items, to, limit);
  // A round-up line holds a name and an outlet and nothing else.
  if (comma >= 0 && (to !== comma || !allCapitalised(items, comma + 1, colon))) return null;
  // "Caution is warranted:", "Kasich has another advantage:": a clause with a verb of its own is
  // the writer's sentence handing on to what follows, not a label naming a speaker.
  if (hasAuxiliary(items, to, limit)) return null;
  const end = contentEnd(items, s);
  const hasQuote = items.isQuote(colon + 1);
  if (listItem && !hasQuote) return null;
  // ("Issa: Her ‘Honesty Is In Question.’": a quotation anywhere in the content is enough.)
  if ((comma >= 0 && !hasQuote) || (firstQuoteIn(items, colon + 1, end) < 0 && !hasWords(items, colon + 1, end, MIN_INDIRECT_WORDS))) return null;
  // The cue is the colon, or the noun before it ("reply").
  const cue = noun >= 0 ? { from: noun, to: colon, head: noun, verb: null } : { from: colon, to: colon + 1, head: colon, verb: null };
  return { cue, cueTo: cue.to, speaker: { from: s.from, to }, content: [{ from: colon + 1, to: end }], shape: 'leading' };
}

/**
 * "Burnley boss Ivo Bell:": where a lower-case title after the opening name run, and the name of
 * the person holding it, end — `limit` when they reach it, else `to` unchanged.
 */
function titledNameTo(items: Items, to: number, limit: number): number {
  let k = to;
  while (k < limit && !items.cap(k) && items.isIn(k, GrammarClass.PersonTitlePlain | GrammarClass.TitleQualifier)) k++;
  return k > to && k < limit && allCapitalised(items, k, limit) ? limit : to;
}

/** True when an auxiliary ("is", "has", "may") stands in `[from, to)`. */
function hasAuxiliary(items: Items, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (items.is(k, WordClass.Auxiliary)) return true;
  return false;
}

/** True for a possessive word ("Lee’s", "Sanders’"). */
function isPossessive(items: Items, k: number): boolean {
  return items.endsWith(k, "'s") || items.endsWith(k, '’s');
}

/**
 * True when a colon closes the run of words opening `s` within MAX_COLON_SPEAKER items (across
 * one comma at most) — the punctuation test of {@link colonAttribution}'s scan alone, without its
 * lexicon lookups.
 */
function colonSoon(items: Items, s: Sentence): boolean {
  let commas = 0;
  for (let k = s.from + 1; k < s.to && k - s.from <= MAX_COLON_SPEAKER; k++) {
    const code = items.code(k);
    if (code === -1) continue;
    if (code === 0x3a) return true;
    if (code === 0x2c && commas++ === 0) continue;
    if (!isPunct(items, k, ".’'")) return false;
  }
  return false;
}

