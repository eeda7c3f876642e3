/**
 * Quotation marks at the edges of a heading that do not make it a quotation: a short quoted
 * phrase that opens or closes it ("‘Barbenheimer’ boosted the box office", "Hub comes at a
 * ‘pivotal moment’"), an apostrophe that elides a year's first figures ("’80s Excess") or a word's
 * last letter ("Keep the motor runnin’"). A line that opens with a quotation mark is read as a
 * quote, and one that ends with a closing mark as the end of one, unless they are set aside so.
 * @module
 */

// The closing marks each opening mark pairs with.
const CLOSER: Readonly<Record<string, string>> = { '‘': '’', '“': '”', '"': '"', "'": "'" };
const OPENER: Readonly<Record<string, string>> = { '’': '‘', '”': '“', '"': '"', "'": "'" };
// A quoted word or title inside a heading is short; a longer one is a quotation.
const MAX_PHRASE_WORDS = 4;
// Within this many characters a line's opening phrase must close.
const MAX_PHRASE_LENGTH = 40;
const DIGIT = /\d/u;
const LETTER = /\p{L}/u;
const ENDS_CLAUSE = /[.,;:!?…]$/u;

/** True when `inner`, what a pair of marks encloses, reads as a quoted word or title. */
function isPhrase(inner: string): boolean {
  return inner.length > 0 && !ENDS_CLAUSE.test(inner) && inner.split(' ').length <= MAX_PHRASE_WORDS;
}

/** `text` with a short quoted phrase that opens it unwrapped, or `text` itself. */
function unwrapOpening(text: string): string {
  const closer = CLOSER[text.charAt(0)];
  if (closer === undefined) return text;
  const limit = Math.min(text.length - 1, MAX_PHRASE_LENGTH);
  for (let c = 1; c < limit; c++) {
    if (text.charAt(c) === closer && text.charAt(c + 1) === ' ') {
      const inner = text.slice(1, c);
      return isPhrase(inner) ? inner + text.slice(c + 1) : text;
    }
  }
  return text;
}

/** `text` with a short quoted phrase that closes it unwrapped, or `text` itself. */
function unwrapClosing(text: string): string {
  const opener = OPENER[text.charAt(text.length - 1)];
  if (opener === undefined) return text;
  const o = text.lastIndexOf(opener, text.length - 2);
  if (o <= 0 || text.charAt(o - 1) !== ' ') return text;
  const inner = text.slice(o + 1, -1);
  return isPhrase(inner) ? text.slice(0, o) + inner : text;
}

/**
 * `text` as a heading reads it: an elided year's apostrophe dropped, a short quoted phrase at
 * either edge unwrapped, and a clipped word's final apostrophe dropped when no mark opens a
 * quotation in the line. Any other text is returned as it is.
 */
export function withoutEdgeMarks(text: string): string {
  let out = text;
  const first = out.charAt(0);
  if ((first === '’' || first === "'") && DIGIT.test(out.charAt(1))) out = out.slice(1);
  out = unwrapClosing(unwrapOpening(out));
  if (out.endsWith('’') && LETTER.test(out.charAt(out.length - 2)) && !out.includes('‘')) out = out.slice(0, -1);
  return out;
}
