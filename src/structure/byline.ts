/**
 * Bylines: "By Jane Doe", "By JANE DOE and John Roe | The Associated Press", "Jane Doe, Reuters".
 *
 * A byline is a list of names, optionally followed by a separator and an affiliation or a date.
 * The test reads the name part word by word: every word must be capitalised (names, initials,
 * outlets) or one of the few lowercase words names contain ("de", "van", "and", "of"). That keeps
 * "By Tuesday, the company had …" — a sentence that happens to start with "By" — out.
 * @module
 */

const BY_PREFIX = /^(?:(?:written|words|story|text|reporting|report|posted|compiled|edited|interview|analysis|photos?)\s+)?by\s+/i;
// Where the name list ends and an affiliation, role or date begins.
const AFFILIATION_SEPARATOR = /\s[|•·—–-]\s|\s--\s|,\s|\s\|/;
const NAME_CONNECTORS = new Set([
  'and', '&', 'with', 'of', 'the', 'for', 'in', 'at', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'van', 'von',
  'der', 'den', 'ter', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'y', 'e', 'st.',
]);
const MAX_BYLINE_LENGTH = 200;

function isNameWord(word: string): boolean {
  if (NAME_CONNECTORS.has(word.toLowerCase())) return true;
  const first = word.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  // Capitalised word, initial ("D."), all-caps name ("RUSSO") or a name with a particle ("O'Brien", "McCarthy").
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when every word of `names` could belong to a list of names. */
function isNameList(names: string, maxWords: number): boolean {
  const words = names.split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > maxWords) return false;
  let capitalised = 0;
  for (const word of words) {
    if (!isNameWord(word)) return false;
    if (!NAME_CONNECTORS.has(word.toLowerCase())) capitalised++;
  }
  return capitalised > 0 && !/[.!?]$/.test(names.replace(/\b\p{Lu}\.$/u, '').replace(/\b(?:Jr|Sr)\.$/, ''));
}

/** The name part of a byline tail: everything before an affiliation separator. */
function namePart(tail: string): string {
  const m = AFFILIATION_SEPARATOR.exec(tail);
  return m === null ? tail : tail.slice(0, m.index);
}

/**
 * True when a whole line reads as a byline. `afterHeadline` allows the unprefixed form
 * ("Jane Doe, Reuters"), which only a line right under the headline can be.
 */
export function isByline(text: string, afterHeadline: boolean): boolean {
  if (text.length > MAX_BYLINE_LENGTH) return false;
  const prefix = BY_PREFIX.exec(text);
  if (prefix !== null) {
    const tail = text.slice(prefix[0].length);
    // "By and large …" and "By the way …" are sentences.
    return tail.length > 0 && isNameList(namePart(tail).replace(/\s+and\s+/g, ' '), 8) && !/^(?:and|the way|then|now)\b/i.test(tail);
  }
  if (!afterHeadline) return false;
  // Unprefixed: "Jane Doe, Reuters" / "Jane Doe | CNN" / "JANE DOE and JOHN ROE": names only, no sentence.
  const m = AFFILIATION_SEPARATOR.exec(text);
  const names = m === null ? text : text.slice(0, m.index);
  const rest = m === null ? '' : text.slice(m.index + m[0].length);
  if (rest.length > 60 || !isNameList(names, 6)) return false;
  const nameWords = names.split(/\s+/).length;
  // Two to four capitalised words read as a person's name; require a separator or a conjunction so
  // a short subtitle ("Markets Rally Again") is not taken for one.
  return nameWords >= 2 && nameWords <= 8 && (m !== null || /\sand\s|&/.test(names)) && (rest === '' || isNameList(rest, 6));
}
