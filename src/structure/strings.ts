/**
 * Small string helpers the structure rules share. Loops, not regexes: an unanchored
 * "strip a trailing run" regex rescans the string from every start position, which is quadratic
 * on a long run of the stripped characters.
 * @module
 */

/** `text` without the trailing characters that are in `chars`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

const WORD = /[\p{L}’']+/gu;

/** True when a word of `text`, lowercased, is in `words` (words are runs of letters and apostrophes). */
export function hasWordIn(text: string, words: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(WORD)) if (words.has(match[0].toLowerCase())) return true;
  return false;
}
