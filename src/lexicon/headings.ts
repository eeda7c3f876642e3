/**
 * Words the subheading rules read: the words a line broken by the page layout ends on, the
 * discourse markers that open chatty prose, and the persons of an interview turn.
 *
 * Where it came from: this project's own lists, written for issue 14 from the closed classes of
 * English grammar (coordinating and subordinating conjunctions, central determiners, personal and
 * possessive pronouns; Quirk et al., *A Comprehensive Grammar of the English Language*). Same
 * licence as the project (MIT). Prepositions are left out on purpose: a heading may end on one
 * ("What the deal is made of", "Places worth waiting for").
 * @module
 */

/**
 * Words a heading never ends on (lowercase): a short line ending in one of these is the start of
 * a sentence that the layout broke ("Talks stalled because of either", "The mayor and").
 *
 * @example
 * ```ts
 * FRAGMENT_END_WORDS.has('either'); // true
 * ```
 */
export const FRAGMENT_END_WORDS: ReadonlySet<string> = new Set([
  // Coordinators and correlatives.
  'and', 'or', 'but', 'nor', 'either', 'neither',
  // Subordinators that must have a clause after them.
  'because', 'although', 'though', 'whether', 'unless', 'than', 'whose',
  // Articles and the possessives that are never pronouns on their own, which need a noun after
  // them. Demonstratives ("What preceded this"), "his", "both", "each" and "that" can end a
  // heading as pronouns, and "What if" is a heading, so they are not here.
  'the', 'a', 'an', 'its', 'their', 'my', 'our', 'your', 'every',
]);

/**
 * Discourse markers (lowercase) that open spoken or chatty prose with a comma after them ("Well,
 * that did not go to plan", "Oh, and one more thing"): a heading names a topic and does not open
 * this way. Our own list, from the interjections and response words of English grammar (Quirk et
 * al., as above). Words that also open a heading as a topic ("Now", "Still", "So") are left out.
 *
 * @example
 * ```ts
 * DISCOURSE_MARKERS.has('well'); // true
 * ```
 */
export const DISCOURSE_MARKERS: ReadonlySet<string> = new Set([
  'well', 'oh', 'ah', 'alas', 'yes', 'yeah', 'no', 'nope', 'okay', 'ok', 'hey', 'look', 'listen', 'sure', 'anyway', 'honestly', 'frankly',
]);

/**
 * Second-person words (lowercase): an interviewer's question is put to someone ("What drew you
 * to painting?").
 *
 * @example
 * ```ts
 * SECOND_PERSON.has('your'); // true
 * ```
 */
export const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);

/**
 * First-person words (lowercase): the answer to an interviewer's question speaks for the
 * interviewee ("I started when I was ten"). "us" is left out: in capitals it is the country, and
 * the words are compared lowercased.
 *
 * @example
 * ```ts
 * FIRST_PERSON.has('i'); // true
 * ```
 */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'our', 'ours', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd", 'we’re', "we're", 'we’ve', "we've",
]);

/**
 * Words a headline-style (Title Case) line leaves in lower case (lowercase): articles,
 * coordinators and short prepositions, as the common title-case styles (Chicago, AP) set them,
 * and their like in the European languages whose titles and names appear in English news.
 * A line whose other words all open with a capital is set as a title, not as a sentence.
 *
 * @example
 * ```ts
 * TITLE_CASE_MINOR_WORDS.has('of'); // true
 * ```
 */
export const TITLE_CASE_MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'into', 'of', 'off', 'on',
  'onto', 'per', 'to', 'up', 'via', 'vs', 'vs.', 'v.', 'with', 'from', 'than', 'x',
  // The articles, contractions and short prepositions of French, Italian, Spanish, Portuguese,
  // Dutch and German titles, and of the names they lend to English ones ("Maison de Sabre").
  'de', 'del', 'della', 'delle', 'dei', 'di', 'da', 'do', 'du', 'des', 'la', 'le', 'les', 'il', 'lo', 'gli', 'el',
  'los', 'las', 'e', 'et', 'y', 'en', 'van', 'von', 'der', 'den', 'und',
]);
