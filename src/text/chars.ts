/**
 * Character classes over UTF-16 code units. The parser never builds a normalised copy of the
 * input: it scans the caller's string and asks these predicates instead, so every index it
 * produces is already an index into the original.
 * @module
 */

/** True for the code units JavaScript's `\s` matches. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * True for characters a reader cannot see and that carry no text: `\s` plus zero-width spaces and
 * joiners, the word joiner, soft hyphen and the Mongolian vowel separator. A line made only of
 * these is blank, and spans never start or end on one.
 */
export function isBlank(code: number): boolean {
  return (
    isWhitespace(code) ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0x00ad ||
    code === 0x180e
  );
}

/** True for C0/C1 control characters other than tab, line feed, form feed and carriage return. */
export function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/** True for the code units that end a line: LF, CR, LINE SEPARATOR and PARAGRAPH SEPARATOR. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** True for a basic Latin or Latin-1/extended letter in upper case (A–Z, À–Þ, and the Latin Extended-A capitals). */
export function isUpper(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for a lower-case letter in any script that has case. */
export function isLower(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code < 0xc0) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True for a letter or digit in any script (a word character for tokenising). */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (isBlank(code)) return false;
  const ch = String.fromCharCode(code);
  if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  // Caseless scripts (CJK, Arabic, Hebrew, Devanagari …) and combining marks count as word characters.
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x0590 && code <= 0x1fff) || (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xd800 && code <= 0xdfff);
}
