/**
 * Recognising page furniture: whole lines that belong to the page, not the article.
 * @module
 */
import {
  BODY_FURNITURE_LINES,
  BUTTON_WORDS,
  COMMENT_WORDS,
  DATE_LINE_FILLERS,
  DATE_LINE_WORDS,
  FURNITURE_LINES,
  LINK_BOX_LABELS,
  NEWSLETTER_OPENINGS,
  NEWSLETTER_WORDS,
  PROMO_OPENINGS,
  SECTION_LABELS,
} from '../lexicon/furniture.js';
import { isWhitespace } from '../text/chars.js';
import { trimEndChars } from './strings.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.:'’-]*/gu;
// WORD's first match, without the global flag (so `exec` neither reads nor writes `lastIndex`).
const FIRST_WORD = new RegExp(WORD.source, 'u');
const DIGITS_OR_TIME = /^[\d.:/-]+(?:st|nd|rd|th|h|m)?$/;
const BREADCRUMB_SEPARATOR = /\s[>›»/|]\s/;

/** What a word says in a date line: it carries a date or time, only joins the parts, or does not belong. */
function dateWordKind(word: string): 'informative' | 'filler' | null {
  const lower = word.toLowerCase();
  const w = trimEndChars(lower, '.:,');
  if (DIGITS_OR_TIME.test(w)) return 'informative';
  if (!DATE_LINE_WORDS.has(w) && !DATE_LINE_WORDS.has(lower)) return null;
  return DATE_LINE_FILLERS.has(w) ? 'filler' : 'informative';
}

/** True for a timestamp or reading-time line: only date words, numbers and punctuation. */
export function isDateLine(text: string): boolean {
  if (text.length > 100) return false;
  // Almost every line shows by its first word that it is no date line; testing that word alone
  // first spares those lines `matchAll`, which copies the regex on every call.
  const first = FIRST_WORD.exec(text);
  if (first === null || dateWordKind(first[0]) === null) return false;
  let words = 0;
  let informative = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    const kind = dateWordKind(match[0]);
    if (kind === null) return false;
    if (kind === 'informative') informative++;
  }
  return words > 0 && informative > 0;
}

// Breadcrumb steps are section names: "World", "Middle East", "Science & Environment".
const MAX_CRUMB_WORDS = 3;

/**
 * True for a breadcrumb trail such as "Home > World > Europe". Every step is a short section
 * name; a headline with a site name after a bar ("Best phones of 2024 | Top 10 reviewed") has a
 * longer part and stays a headline.
 */
function isBreadcrumb(text: string): boolean {
  if (text.length > 120 || !BREADCRUMB_SEPARATOR.test(text)) return false;
  const parts = text.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 2 && parts.every(isCrumb);
}

function isCrumb(part: string): boolean {
  if (part.length === 0 || part.length > 30 || /[.!?]$/.test(part)) return false;
  return part.split(' ').length <= MAX_CRUMB_WORDS;
}

// Promo and prompt lines are a title or a call to action, never a paragraph of prose.
const MAX_PROMO_LENGTH = 160;
const MAX_BUTTON_ROW_WORDS = 8;
const BUTTON_SEPARATORS = /[\s|•·/]+/u;
const COUNT = /^\(?\d{1,7}\)?$/;

/** The first code units of `openings`: a line that starts with none of them starts with no opening. */
function firstCodes(openings: readonly string[]): ReadonlySet<number> {
  return new Set(openings.map((opening) => opening.charCodeAt(0)));
}

const PROMO_FIRST_CODES = firstCodes(PROMO_OPENINGS);
const NEWSLETTER_FIRST_CODES = firstCodes(NEWSLETTER_OPENINGS);

/**
 * True for a promo or sponsor line: "Related: <title>", "More on <topic>", "Sponsored by <name>".
 * A line ending in a period or a colon is prose or a lead-in ("More from the minister:") and stays.
 */
function isPromoLine(key: string): boolean {
  if (key.length > MAX_PROMO_LENGTH || key.endsWith('.') || key.endsWith(':') || !PROMO_FIRST_CODES.has(key.charCodeAt(0))) return false;
  return PROMO_OPENINGS.some((opening) => key.length > opening.length && key.startsWith(opening));
}

// A title of three words or more, set in square brackets on a line of its own.
const MIN_BRACKETED_TITLE_WORDS = 3;
const SENTENCE_END = /[.!?]$/u;

/**
 * True for a link to another article set as a bracketed title ("[ How to choose a cloud
 * desktop ]"): a whole line in square brackets whose words end no sentence. A bracketed sentence
 * ("[Editor's note: this story was updated.]") is the newsroom's own text and stays; so does a
 * bracketed word or two ("[Name]"), a placeholder in a quoted letter.
 */
function isBracketedTitle(key: string): boolean {
  if (key.charCodeAt(0) !== 0x5b || !key.endsWith(']')) return false;
  const inner = key.slice(1, -1).trim();
  return !inner.includes('[') && !SENTENCE_END.test(inner) && inner.split(' ').length >= MIN_BRACKETED_TITLE_WORDS;
}

/** True for a newsletter or subscription prompt: "Sign up for our newsletter …", "GET IT IN YOUR INBOX". */
function isNewsletterPrompt(key: string): boolean {
  if (key.length > MAX_PROMO_LENGTH || !NEWSLETTER_FIRST_CODES.has(key.charCodeAt(0)) || !NEWSLETTER_OPENINGS.some((opening) => key.startsWith(opening))) return false;
  return NEWSLETTER_WORDS.some((word) => key.includes(word));
}

/** True for a comment counter: "Comments (12)", "12 comments", "Replies: 3". */
function isCommentCounter(key: string): boolean {
  // Prose has many words; the split below can merge at most two of them (the first ":" may be a
  // word of its own), so from four words on there is no counter to find and nothing to allocate.
  if (hasWordsAtLeast(key, 4)) return false;
  const words = key.replace('(', ' (').replace(':', ' ').split(' ').filter((w) => w !== '');
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  return (COMMENT_WORDS.has(a) && COUNT.test(b)) || (COUNT.test(a) && COMMENT_WORDS.has(b));
}

/** True when `key` holds at least `count` runs of characters other than the plain space. */
function hasWordsAtLeast(key: string, count: number): boolean {
  let runs = 0;
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) !== 0x20 && (i === 0 || key.charCodeAt(i - 1) === 0x20) && ++runs >= count) return true;
  }
  return false;
}

const MAX_BUTTON_WORD_LENGTH = Math.max(...[...BUTTON_WORDS].map((w) => w.length));

/** True for the code units {@link BUTTON_SEPARATORS} matches. */
function isButtonSeparator(code: number): boolean {
  return isWhitespace(code) || code === 0x7c /* | */ || code === 0x2022 /* • */ || code === 0xb7 /* · */ || code === 0x2f /* / */;
}

/** True when the first word of a would-be button row, as {@link isButtonRow} splits it, is a button label. */
function startsWithButtonWord(key: string): boolean {
  let start = 0;
  while (start < key.length && isButtonSeparator(key.charCodeAt(start))) start++;
  let end = start;
  while (end < key.length && end - start <= MAX_BUTTON_WORD_LENGTH && !isButtonSeparator(key.charCodeAt(end))) end++;
  return end - start <= MAX_BUTTON_WORD_LENGTH && BUTTON_WORDS.has(key.slice(start, end));
}

/** True for a row of buttons: "Share Print Learn more", "Facebook | Twitter | Email", "View 50 Photos". */
function isButtonRow(key: string): boolean {
  // Every word must be a button label: a line whose first is not is dismissed without the split.
  if (key.length > 80 || !startsWithButtonWord(key)) return false;
  const words = key.split(BUTTON_SEPARATORS).filter((w) => w !== '');
  // (A gallery button counts what it opens: "View 50 Photos".)
  const labels = words.filter((w) => BUTTON_WORDS.has(w)).length;
  return labels >= 2 && words.length <= MAX_BUTTON_ROW_WORDS && words.every((w) => BUTTON_WORDS.has(w) || COUNT.test(w));
}

/**
 * True when `text` (a line's collapsed text) labels a box of links to other articles ("Related
 * Stories", "Most read"); the titles under it are furniture too (see the link-box rule).
 */
export function isLinkBoxLabel(text: string): boolean {
  return text.length <= 40 && LINK_BOX_LABELS.has(trimEndChars(text.toLowerCase(), ' :'));
}

/** True when `text` could be the title of a linked article: a promo line's length, ending in no period or colon. */
export function isLinkTitle(text: string): boolean {
  return text.length <= MAX_PROMO_LENGTH && !text.endsWith('.') && !text.endsWith(':');
}

/**
 * True when a whole line is page furniture: an ad slot or button label, a section label, a
 * timestamp or reading-time line, or breadcrumbs — or any furniture that may also interrupt the
 * body ({@link isBodyFurniture}). `text` is the line's collapsed text.
 */
export function isFurniture(text: string): boolean {
  if (text.length > MAX_PROMO_LENGTH) return false;
  const lower = text.toLowerCase();
  const key = trimEndChars(lower, ' :|•·');
  return FURNITURE_LINES.has(key) || SECTION_LABELS.has(key) || isDateLine(text) || isBreadcrumb(text) || isBodyFurnitureLower(lower);
}

/**
 * True for the furniture that may also interrupt the body: ad slots, "continue reading", box
 * labels, newsletter prompts, promo and sponsor lines, comment counters, button rows, feedback
 * widgets and author-box labels.
 */
export function isBodyFurniture(text: string): boolean {
  return text.length <= MAX_PROMO_LENGTH && isBodyFurnitureLower(text.toLowerCase());
}

/**
 * {@link isBodyFurniture} of a line of at most {@link MAX_PROMO_LENGTH} code units, given
 * lowercased, so {@link isFurniture} lowercases it only once. (The length limit is the caller's:
 * lowercasing may lengthen a line.)
 */
function isBodyFurnitureLower(lower: string): boolean {
  const key = trimEndChars(lower, ' :');
  if (key.length <= 60 && BODY_FURNITURE_LINES.has(key)) return true;
  return isPromoLine(lower) || isBracketedTitle(key) || isNewsletterPrompt(lower) || isCommentCounter(key) || isButtonRow(key);
}
