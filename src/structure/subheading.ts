/**
 * Subheadings: short lines that introduce the paragraphs after them.
 *
 * A candidate is short, single-line, starts with a capital or digit and does not end like a
 * sentence or a lead-in. Whether it *is* a subheading depends on its neighbours (see
 * `rules/subheadings`): a lone candidate between paragraphs is a heading; a run of candidates
 * is a list, and a candidate after a colon with short lines after it is the list the colon
 * announced. A line set in Title Case may run longer than one in sentence case (`title-case`).
 *
 * What short lines in news bodies turn out to be, besides headings: list items, fact-box lines
 * ("Record: 40-0, 31 KOs"), rows of results tables ("Black Hills 24 16 15 9 – 64"), lead-ins
 * ending in a colon, interview turns ("Q: Why now?"),
 * rhetorical one-line paragraphs ("And the good news?"), credits and bylines, and the start of a
 * sentence the page layout broke ("Talks stalled because of either"). The tests below keep each
 * of them out by its own shape.
 *
 * A heading may be a quotation as a whole ("‘A long road back’"): the marks are set aside and
 * what they enclose is read as a heading would be. A short quoted phrase may open or close it
 * (`quoted-phrases`). It may also open with a product name written in lower case ("iPhone 13",
 * "eBay's rivals").
 * @module
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { DISCOURSE_MARKERS, FIRST_PERSON, FRAGMENT_END_WORDS, SECOND_PERSON } from '../lexicon/headings.js';
import { isCreditLine } from './byline.js';
import { parallelShape } from './parallel-headings.js';
import { withoutEdgeMarks } from './quoted-phrases.js';
import { hasWordIn } from './strings.js';
import { isAllCapitals, isTitleStyled } from './title-case.js';

const MAX_HEADING_LENGTH = 90;
const MAX_HEADING_WORDS = 12;
// A line set in Title Case or capitals reads as a title at any length a heading has ("3. Cocospy —
// Best for Spying on iPhones Without Physical Access to the Target Device").
const MAX_TITLE_HEADING_WORDS = 18;
// Capitals set a label or a kicker ("BOXING DAY: BEST HOME DEALS"); a line in capitals at a
// headline's length between paragraphs is a promotion for another article ("SUSPECT BACK IN
// COURT AS WIFE SAYS CHILDREN CRY THEMSELVES TO SLEEP").
const MAX_CAPITALS_HEADING_WORDS = 8;
// Starts a list item, a quotation, a parenthetical note or a credit line: never a heading. A
// number followed by a period ("2. Document everything") is a numbered heading as often as a
// list item, so it is left to the neighbours.
const NOT_A_HEADING_START = /^[-*•●▪–—"“„«‘'([]/u;
// NYT-style text closes quotes with two apostrophes (''), hence up to two closing marks.
const ENDS_LIKE_SENTENCE = /[.,;:!…]["”’»)']{0,2}$|["”’»]$/u;
const HAS_LETTER = /\p{L}/u;
const STARTS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
// A brand written with a lower-case first letter and a capital after it: "iPhone", "eBay".
const STARTS_LOWER_CASE_BRAND = /^\p{Ll}{1,2}\p{Lu}/u;
// A whole-line quotation: an opening mark, then text that does not end a sentence, then a
// closing mark (a straight quote or an apostrophe-like ’ too). ” opens a quotation in some house
// styles and typesetting slips (”Twas the night …’).
const OPENING_MARK = /^["“”„«‘']/u;
const CLOSING_MARK = /["”’»']$/u;
const MAX_QUOTED_HEADING_WORDS = 8;
// A line that opens with a conjunction continues the prose before it ("And the good news?").
const CONJUNCTION_START = /^(?:And|But|So|Or|Yet|Nor)\s/u;
// A fact-box line: a short label, a colon, then a figure ("Age: 19", "Display score: 4.5 / 5").
const FACT_LINE = /^[\p{L}\p{N} /'’-]{1,30}: ?[\d$£€]/u;
// An interview turn: "Q: …", "A. …", or a speaker in capitals ("JANE DOE: Why not?").
const QA_TURN = /^[QA][:.] /u;
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu} .'’-]{1,40}: /u;
// A sentence end after a word (not after a number, "No. 9", or an initial) followed by a capital.
const SENTENCE_BREAK = /\p{Ll}{2}[.!?] \p{Lu}/gu;
const LETTER = /\p{L}/u;

// A question heading may carry a short tag after it ("What is a lease? Definition and examples").
const MAX_QUESTION_TAG_WORDS = 4;
const MIN_TAGGED_QUESTION_WORDS = 3;

/** True when the question ending at `stop` is a heading's question with a short tag after it, the line's last part. */
function isTaggedQuestion(text: string, stop: number): boolean {
  if (text.charAt(stop) !== '?') return false;
  const tag = text.slice(stop + 2).split(' ');
  return tag.length <= MAX_QUESTION_TAG_WORDS && text.slice(0, stop).split(' ').length >= MIN_TAGGED_QUESTION_WORDS;
}

/**
 * True when the text holds two sentences: a sentence break that is not after an abbreviation
 * ("Lakers vs. Thunder") nor a question with a short tag after it.
 */
function holdsTwoSentences(text: string): boolean {
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const stop = m.index + 2;
    if (isTaggedQuestion(text, stop)) continue;
    if (text.charAt(stop) !== '.') return true;
    let start = m.index;
    while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
    if (!ABBREVIATIONS.has(text.slice(start, stop).toLowerCase())) return true;
  }
  return false;
}

/** True for "JANE DOE: Why not?" but not for an all-capitals heading "EDITOR'S PICKS: BEST DEALS". */
function isSpeakerTurn(text: string): boolean {
  const m = SPEAKER_LABEL.exec(text);
  if (m === null) return false;
  const rest = text.slice(m[0].length);
  return rest !== rest.toUpperCase();
}

const FIGURE_START = /^[\p{N}$£€–—-]/u;
const LETTER_START = /^\p{L}/u;
// A row of a results table has this many figures at least ("Black Hills 24 16 15 9 – 64").
const MIN_TABLE_FIGURES = 3;

/** True when more of the words are figures than words, and there are several: a row of a table or score box. */
function isTableRow(words: readonly string[]): boolean {
  let figures = 0;
  let lettered = 0;
  for (const word of words) {
    if (FIGURE_START.test(word)) figures++;
    else if (LETTER_START.test(word)) lettered++;
  }
  return figures >= MIN_TABLE_FIGURES && figures > lettered;
}

// A first word with a comma after it ("Well, …"), and a tag question that ends a line ("…, did it?",
// "…, isn't it?", "…, right?"): both are how people talk, not how headings are set.
const COMMA_AFTER_FIRST_WORD = /^(\p{L}+),\s/u;
const TAG_QUESTION = /, (?:right|\p{L}+n[’']t (?:it|he|she|they|we|you|I|there)|(?:is|was|are|were|do|does|did|has|have|had|can|will|would|could|should) (?:it|he|she|they|we|you|I|there))\?$/u;

/** True when the line talks to the reader as speech does: it opens with a discourse marker or ends with a tag question. */
function isChatty(text: string): boolean {
  const m = COMMA_AFTER_FIRST_WORD.exec(text);
  return (m !== null && DISCOURSE_MARKERS.has((m[1] as string).toLowerCase())) || TAG_QUESTION.test(text);
}

/** True when the text has a shape that is never a heading, whatever its neighbours. */
function isNeverHeading(text: string): boolean {
  return (
    NOT_A_HEADING_START.test(text) ||
    isChatty(text) ||
    CONJUNCTION_START.test(text) ||
    FACT_LINE.test(text) ||
    QA_TURN.test(text) ||
    isSpeakerTurn(text)
  );
}

/** True when a heading never ends on the text's last word ("… because of either", "The mayor and"). */
function endsOnFragmentWord(text: string): boolean {
  const space = text.lastIndexOf(' ');
  return space >= 0 && FRAGMENT_END_WORDS.has(text.slice(space + 1).toLowerCase());
}

/**
 * The text inside a whole-line quotation that could be a heading ("‘A long road back’" → "A long
 * road back"), or `null`. A quoted sentence ("“We will be back.”") or words spoken in the first or
 * second person ("“We will be back next year”") are a quote on a line of its own, not a heading —
 * unless `headlineMarks` says the line is set in single marks in an article that quotes in
 * double ones: single marks are the headline style of such a newsroom ("‘I was told it was
 * safe’").
 */
function quotedHeadingText(text: string, headlineMarks: boolean): string | null {
  if (!OPENING_MARK.test(text) || !CLOSING_MARK.test(text) || text.length < 4) return null;
  const inner = text.slice(1, -1).trim();
  if (inner.split(' ').length > MAX_QUOTED_HEADING_WORDS || OPENING_MARK.test(inner) || CLOSING_MARK.test(inner)) return null;
  if (headlineMarks && text.startsWith('‘') && text.endsWith('’')) return inner;
  return hasWordIn(inner, FIRST_PERSON) || hasWordIn(inner, SECOND_PERSON) ? null : inner;
}

/**
 * True for a numbered heading that names a phrase left open with an ellipsis ("4. Not only …
 * but also …"): the number marks it as one of a set, and the ellipsis ends no sentence there.
 */
function isOpenNumberedHeading(text: string): boolean {
  return text.endsWith('…') && parallelShape(text) !== null;
}

/** True for a title that ends with one exclamation mark ("Let the Magic Do Its Work!"): sentences are not set in Title Case. */
function isExclaimedTitle(text: string): boolean {
  return text.endsWith('!') && !text.endsWith('!!') && isTitleStyled(text.split(' '));
}

/**
 * True when a single-line unit's text could be a subheading on its own. `quotesInDoubleMarks`
 * says the article's quotations are set in double marks (“…”), so that a whole line in single
 * marks (‘…’) is set in its headline style (see {@link quotedHeadingText}).
 */
export function isHeadingCandidate(text: string, quotesInDoubleMarks = false): boolean {
  // Setting a quotation's marks aside shortens it by two at least: longer, it is too long either way.
  if (text.length > MAX_HEADING_LENGTH + 2) return false;
  return isPlainCandidate(quotedHeadingText(text, quotesInDoubleMarks) ?? withoutEdgeMarks(text));
}

function isPlainCandidate(text: string): boolean {
  if (text.length < 2 || text.length > MAX_HEADING_LENGTH) return false;
  if (!(STARTS_CAPITAL_OR_DIGIT.test(text) || STARTS_LOWER_CASE_BRAND.test(text)) || isNeverHeading(text)) return false;
  if ((ENDS_LIKE_SENTENCE.test(text) && !isOpenNumberedHeading(text) && !isExclaimedTitle(text)) || !HAS_LETTER.test(text) || endsOnFragmentWord(text)) return false;
  const words = text.split(' ');
  if (words.length > MAX_HEADING_WORDS && (words.length > MAX_TITLE_HEADING_WORDS || !isTitleStyled(words))) return false;
  if (isTableRow(words) || (words.length > MAX_CAPITALS_HEADING_WORDS && isAllCapitals(text))) return false;
  // A one-word question ("Why?") is a paragraph; a longer one ("What happens next?") may head a section.
  if (text.endsWith('?') && words.length < 3) return false;
  // Two sentences in a row are prose.
  if (holdsTwoSentences(text)) return false;
  // A byline or sign-off ("Jane Doe | Reuters") is a credit, not a heading.
  return !isCreditLine(text);
}
