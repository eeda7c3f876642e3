/**
 * Small predicates over the characters that end sentences and open or close quotations.
 * @module
 */

/** Characters that may end a sentence. */
export function isSentenceEnd(code: number): boolean {
  return code === 0x2e /* . */ || code === 0x21 /* ! */ || code === 0x3f /* ? */ || code === 0x2026 /* … */;
}

/** Closing quotation marks and brackets that may follow a sentence end (`."`, `.”`, `.)`). */
export function isClosingMark(code: number): boolean {
  return (
    code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x201d || code === 0xbb || code === 0x203a || code === 0x29 || code === 0x5d
  );
}

/** Opening quotation marks of every common style. */
export function isOpeningQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x201e || code === 0x201a || code === 0xab || code === 0x2039 || code === 0x60;
}

/**
 * True when `input[start, end)` ends like a finished sentence: a sentence-end character, possibly
 * followed by closing quotes or brackets.
 */
export function endsSentence(input: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isClosingMark(input.charCodeAt(i))) i--;
  return i >= start && isSentenceEnd(input.charCodeAt(i));
}

/** The last visible character code of `input[start, end)`, or -1 when empty. */
export function lastCode(input: string, start: number, end: number): number {
  return end > start ? input.charCodeAt(end - 1) : -1;
}
