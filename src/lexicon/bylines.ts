/**
 * The words a byline test reads: the lower-case words a list of names may contain ("By Charles
 * *de* Gaulle *and* Jane Doe") and the words that make the part after a comma an outlet or a role
 * ("Jane Doe, *Reuters*", "Jane Doe, Staff *Writer*").
 *
 * Where the lists come from: written by the project's developers inside the byline rules
 * (`src/structure/names.ts`, `src/structure/byline.ts`) and moved here unchanged. The outlet
 * words are the wire agencies and broadcasters that sign English-language news, and the words
 * common in newspaper names; the role words are the newsroom job titles bylines carry. The code
 * they came from names no outside source for them; as compiled here they are part of this
 * project, under its MIT licence. Every entry is lowercase: callers compare lower-cased words.
 * @module
 */
import { checkedSet } from './checked.js';
import { NAME_PARTICLES } from './grammar.js';

/**
 * Lower-case words that may stand in a byline's list of names: the name particles of
 * {@link NAME_PARTICLES}, the joints between names ("and", "&", "with") and the small words of
 * outlet and institution names ("The Times *of* India", "St. Louis"). Wider than `NAME_JOINTS`
 * in `names.ts`, which the sources stage reads inside one name.
 *
 * @example
 * ```ts
 * NAME_CONNECTORS.has('and'); // true — "By Jane Doe and John Roe"
 * NAME_CONNECTORS.has('van'); // true — a name particle
 * ```
 */
export const NAME_CONNECTORS: ReadonlySet<string> = checkedSet('NAME_CONNECTORS', [
  ...NAME_PARTICLES, 'and', '&', 'with', 'of', 'the', 'for', 'in', 'at', 'st.',
], true);

/**
 * Words that make the part of a byline after a comma an outlet or a role ("Jane Doe, Reuters",
 * "Jane Doe, Staff Writer"): without one, "Stade de France, Paris" would read as a name and its
 * outlet. Compared with each word lower-cased, a final period or colon removed.
 *
 * @example
 * ```ts
 * AFFILIATION_WORDS.has('reuters'); // true
 * AFFILIATION_WORDS.has('paris'); // false
 * ```
 */
export const AFFILIATION_WORDS: ReadonlySet<string> = checkedSet('AFFILIATION_WORDS', [
  'reuters', 'ap', 'afp', 'upi', 'dpa', 'xinhua', 'tass', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'npr', 'pa', 'bloomberg',
  'associated', 'press', 'agency', 'agence', 'wire', 'news', 'newsroom', 'times', 'post', 'journal', 'herald', 'tribune',
  'guardian', 'telegraph', 'independent', 'daily', 'weekly', 'magazine', 'gazette', 'chronicle', 'observer', 'star',
  'media', 'radio', 'tv', 'television', 'network', 'staff', 'writer', 'reporter', 'correspondent', 'editor',
  'contributor', 'columnist', 'analyst', 'critic', 'producer', 'photographer', 'bureau', 'desk', 'team',
], true);
