/**
 * Rejecting what is not an article before any parsing starts: not a string, too long, empty, or
 * binary data. Everything else — however strange — is text and gets parsed.
 * @module
 */
import { ArticleParseError } from '../errors.js';
import { isBlank, isControl } from './chars.js';

// Text with more control characters than this share is binary (an image, a zip, a PDF stream).
const MAX_CONTROL_SHARE = 0.1;
// A code unit `isControl` accepts: anything but tab, line feed, form feed, carriage return,
// printable ASCII and U+00A0 on (so C0 but those four, DEL and C1).
const HAS_CONTROL = /[^\t\n\f\r\x20-\x7e\u00a0-\uffff]/;

/** Throws an {@link ArticleParseError} unless `input` is a non-empty textual string of at most `maxLength` code units. */
export function checkInput(input: unknown, maxLength: number): asserts input is string {
  if (typeof input !== 'string') {
    const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new ArticleParseError('INVALID_INPUT', `Expected the article as a string, got ${what}.`);
  }
  if (input.length > maxLength) {
    throw new ArticleParseError(
      'INPUT_TOO_LARGE',
      `The input is ${input.length} UTF-16 code units long, more than maxLength (${maxLength}); pass a larger options.maxLength to parse it.`,
      { offset: maxLength },
    );
  }
  // Nearly every input holds no control character at all: one native regex scan shows it, and
  // then only the first visible character is left to find.
  if (!HAS_CONTROL.test(input)) {
    let i = 0;
    while (i < input.length && isBlank(input.charCodeAt(i))) i++;
    if (i < input.length) return;
    throw emptyInput(input);
  }
  let firstVisible = -1;
  let firstControl = -1;
  let controls = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isControl(code)) {
      controls++;
      if (firstControl < 0) firstControl = i;
    } else if (firstVisible < 0 && !isBlank(code)) firstVisible = i;
  }
  if (controls > input.length * MAX_CONTROL_SHARE) {
    throw new ArticleParseError(
      'BINARY_INPUT',
      `The input looks like binary data, not text: ${controls} of its ${input.length} characters are control characters (the first at offset ${firstControl}).`,
      { offset: firstControl },
    );
  }
  if (firstVisible < 0) throw emptyInput(input);
}

function emptyInput(input: string): ArticleParseError {
  return new ArticleParseError(
    'EMPTY_INPUT',
    input.length === 0 ? 'The input is empty.' : `The input holds only whitespace or invisible characters (${input.length} of them).`,
  );
}
