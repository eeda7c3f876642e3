/**
 * The lead rule: what stands above the body. Skips page furniture, takes the headline, then the
 * byline, any furniture (timestamps, labels) and the standfirst between the headline and the
 * first paragraph.
 * @module
 */
import { isByline } from '../byline.js';
import { findDateline } from '../dateline.js';
import { isFurniture } from '../furniture.js';
import { isCapitalised } from '../title-case.js';
import { unitTextSpan, type StructureState } from '../state.js';
import type { Unit } from '../units.js';
import type { TextSpan } from '../../schema.js';
import { endsSentence } from '../../text/punctuation.js';
import { textSpan } from '../../text/span.js';

const MAX_HEADLINE_LENGTH = 300;
// How many units after the headline may still hold the byline (a timestamp, a label, the byline).
const LEAD_WINDOW = 4;
// A standfirst is one or two sentences; a longer line under the headline is the first paragraph.
const MAX_STANDFIRST_LENGTH = 250;
const INNER_SENTENCE_BREAK = /[.!?]["”’]? \p{Lu}/gu;

function unitAt(state: StructureState, i: number): Unit {
  return state.units[i] as Unit;
}

/**
 * A headline is short and is not itself a multi-sentence paragraph. Headlines do not end with a
 * period, so one that does not may hold several short questions ("Rejected? Misunderstood? …").
 */
function isHeadlineLike(state: StructureState, i: number): boolean {
  const text = state.texts[i] as string;
  const unit = unitAt(state, i);
  if (text.length > MAX_HEADLINE_LENGTH) return false;
  const next = state.texts[i + 1];
  // A byline right under it settles the question.
  if (next !== undefined && isByline(next, true)) return true;
  if (!endsSentence(state.input, unit.start, unit.end)) return true;
  // A long unit that ends like a sentence is the first paragraph of an article without a title.
  if (text.length > 200) return false;
  return (text.match(INNER_SENTENCE_BREAK)?.length ?? 0) < 2;
}

/** True when unit `j` is short enough for a standfirst and is not where the body starts. */
function couldBeStandfirst(state: StructureState, j: number): boolean {
  const unit = unitAt(state, j);
  if (unit.lineCount > 1 || (state.texts[j] as string).length > MAX_STANDFIRST_LENGTH) return false;
  return findDateline(state.input, unit.start, unit.end) === null;
}

/**
 * True when unit `j`, in the headline's own block, is a standfirst: the body after that block is
 * laid out in blank-line-separated paragraphs, so a line kept on the headline's block belongs to
 * the lead, not to the body.
 */
function isStandfirstInHeadlineBlock(state: StructureState, h: number, j: number): boolean {
  const headlineBlock = unitAt(state, h).block;
  if (unitAt(state, j).block !== headlineBlock || !couldBeStandfirst(state, j)) return false;
  const last = unitAt(state, state.units.length - 1);
  // At least two body blocks after the headline's.
  return last.block >= headlineBlock + 2;
}

/**
 * True when unit `j` stands between the headline and a byline below it ("Headline / Summary /
 * By Jane Doe / body"): the byline marks where the body starts, so what comes before it is lead.
 * Only furniture (a timestamp, a label) may come between `j` and that byline.
 */
function isStandfirstAboveByline(state: StructureState, j: number, end: number): boolean {
  if (!couldBeStandfirst(state, j)) return false;
  for (let k = j + 1; k < end; k++) {
    const text = state.texts[k] as string;
    if (isByline(text, false)) return true;
    if (!isFurniture(text)) return false;
  }
  return false;
}

// A dek is a summary sentence: a heading is shorter, or set in Title Case.
const MIN_DEK_WORDS = 8;

/**
 * True when unit `j`, the first under the headline (and its byline), reads as a dek over the
 * first paragraph: a sentence-case summary of at least {@link MIN_DEK_WORDS} words without a
 * full stop ("Observations in mice hint at a role for daydreams"), where a section heading at
 * the top of the body would be short or in Title Case, and a first paragraph would end its
 * sentence.
 */
function isDekOverBody(state: StructureState, j: number): boolean {
  const unit = unitAt(state, j);
  const text = state.texts[j] as string;
  if (!couldBeStandfirst(state, j) || endsSentence(state.input, unit.start, unit.end) || text.endsWith(':')) return false;
  const words = text.split(' ');
  if (words.length < MIN_DEK_WORDS || isCapitalised(words)) return false;
  const next = state.units[j + 1];
  return next !== undefined && endsSentence(state.input, next.start, next.end) && (state.texts[j + 1] as string).length > text.length;
}

/** Marks the furniture, byline and standfirst that follow the headline at `h`. */
function markAfterHeadline(state: StructureState, h: number, hasByline: boolean): void {
  const end = Math.min(state.units.length - 1, h + 1 + LEAD_WINDOW);
  for (let j = h + 1; j < end; j++) {
    const text = state.texts[j] as string;
    // Byline before furniture: under a headline "Jane Doe | Reuters" is a byline, not breadcrumbs.
    if (!hasByline && isByline(text, j === h + 1)) {
      state.roles[j] = 'byline';
      hasByline = true;
    } else if (isFurniture(text)) state.roles[j] = 'furniture';
    else if (isStandfirstInHeadlineBlock(state, h, j)) state.roles[j] = 'standfirst';
    // Only one standfirst: a second unit before the byline means the body has started.
    else if (!hasByline && state.roles[j - 1] === 'headline' && isStandfirstAboveByline(state, j, end)) state.roles[j] = 'standfirst';
    else if ((state.roles[j - 1] === 'headline' || state.roles[j - 1] === 'byline') && isDekOverBody(state, j)) state.roles[j] = 'standfirst';
    else break;
  }
}

/** The span from the first to the last of the first run of standfirst units, or `null`. */
function standfirstSpan(state: StructureState): TextSpan | null {
  const first = state.roles.indexOf('standfirst');
  if (first < 0) return null;
  let last = first;
  while (state.roles[last + 1] === 'standfirst') last++;
  return textSpan(state.input, unitAt(state, first).start, unitAt(state, last).end);
}

/** The lead rule. */
export function lead(state: StructureState): void {
  const n = state.units.length;
  let i = 0;
  while (i < n && isFurniture(state.texts[i] as string)) state.roles[i++] = 'furniture';
  // Text made only of furniture-like lines ("World", "Share") is still the caller's text: keep it.
  if (i === n) {
    state.roles.fill('paragraph');
    return;
  }
  // A byline above the headline (some CMS exports put it first) is still the byline.
  const bylineFirst = i < n && isByline(state.texts[i] as string, false);
  if (bylineFirst) state.roles[i++] = 'byline';
  // One unit alone is a paragraph, not a headline with no body.
  if (i < n - 1 && isHeadlineLike(state, i)) {
    state.roles[i] = 'headline';
    state.headline = unitTextSpan(state, i);
    markAfterHeadline(state, i, bylineFirst);
  }
  const b = state.roles.indexOf('byline');
  if (b >= 0) state.byline = unitTextSpan(state, b);
  state.standfirst = standfirstSpan(state);
}
