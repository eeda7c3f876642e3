/**
 * The words around and inside capitalised names that tell a person's name from a place, a party
 * or a thing: joints a name may pass over ("Secretary *of* State", "Johnson *&* Johnson"),
 * suffixes ("Jr."), first and last words of place and thing names ("*New* York", "Wall
 * *Street*", "Trump *Tower*"), party words ("the Republican", "Democrats"), and lower-case words
 * that open a sentence capitalised without starting a name ("*However*, …").
 *
 * Where the lists come from: written by the project's developers inside the speaker rules
 * (`src/quotes/speakers.ts`) and the name scanner (`src/sources/`), and moved here unchanged
 * (issue 9) — except {@link PARTY_PLURALS}, kept twice before and drifted apart, now one list
 * (the longer copy); each list's comment says which rule reads it and why. The party words are
 * the US and UK parties' member nouns as news copy capitalises them; the name particles come from
 * {@link NAME_PARTICLES} in `grammar.ts`. The code they came from names no outside source for
 * them; as compiled here they are part of this project, under its MIT licence. Every entry is
 * lowercase: callers compare lower-cased words.
 * @module
 */
import { checkedSet } from './checked.js';
import { NAME_PARTICLES } from './grammar.js';

/**
 * Words a run of name words may pass over: the name particles of {@link NAME_PARTICLES}, and the
 * joints of institutional names ("Secretary of State", "Johnson & Johnson", "St. Louis").
 *
 * @example
 * ```ts
 * NAME_JOINTS.has('of'); // true — "Secretary of State John Kerry"
 * NAME_JOINTS.has('von'); // true — a name particle
 * ```
 */
export const NAME_JOINTS: ReadonlySet<string> = checkedSet('NAME_JOINTS', [...NAME_PARTICLES, 'of', 'st.', 'and', '&'], true);

/**
 * Lower-cased words that open sentences or clauses capitalised but are not part of a name:
 * "*However* Smith said", "*Meanwhile* officials …", "*Asked* about …". Months that are not also
 * given names are here; May, June and April are not.
 *
 * @example
 * ```ts
 * NOT_NAME_START.has('however'); // true
 * NOT_NAME_START.has('may'); // false — Theresa May
 * ```
 */
export const NOT_NAME_START: ReadonlySet<string> = checkedSet('NOT_NAME_START', [
  'but', 'and', 'so', 'yet', 'or', 'then', 'now', 'also', 'still', 'however', 'meanwhile', 'later', 'earlier', 'today', 'yesterday',
  'additionally', 'notably', 'instead', 'indeed', 'moreover', 'furthermore', 'separately', 'similarly', 'finally', 'first', 'last',
  'in', 'on', 'at', 'as', 'after', 'before', 'when', 'while', 'since', 'if', 'because', 'although', 'though', 'what', 'why', 'how',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this', 'that', 'there', 'here', 'speaking',
  'asked', 'told', 'according', 'during', 'for', 'with', 'by', 'from', 'to', 'of', 'his', 'her', 'their', 'its', 'our', 'my',
  'even', 'besides', 'perhaps',
  // Months that are not also given names (May, June and April are).
  'january', 'february', 'march', 'july', 'august', 'september', 'october', 'november', 'december',
], true);

/**
 * Name suffixes, lower-cased without their period: part of a name as written, never its surname
 * ("Martin Luther King Jr.", "Henry Ford II").
 *
 * @example
 * ```ts
 * NAME_SUFFIXES.has('jr'); // true
 * ```
 */
export const NAME_SUFFIXES: ReadonlySet<string> = checkedSet('NAME_SUFFIXES', ['jr', 'sr', 'ii', 'iii', 'iv', 'v'], true);

/**
 * First words that make a capitalised name of two words or more a place or a thing rather than a
 * person ("New York", "San Francisco", "Fort Worth", "Team USA"). Only unmarked names are
 * affected: "Sen. Lindsey Graham" stays a person whatever its words. Compared with the word's key
 * (lower-cased, period kept: "st.").
 *
 * @example
 * ```ts
 * PLACE_FIRST_WORDS.has('san'); // true
 * ```
 */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = checkedSet('PLACE_FIRST_WORDS', [
  'new', 'san', 'santa', 'los', 'las', 'fort', 'port', 'north', 'south', 'east', 'west', 'saint', 'st.', 'lake', 'mount', 'upper',
  'lower', 'greater', 'team',
], true);

/**
 * Last words that make a capitalised name of two words or more a place or a thing rather than a
 * person ("Wall Street", "Trump Tower", "Affordable Care Act", "Cold War"). Only unmarked names
 * are affected, as with {@link PLACE_FIRST_WORDS}.
 *
 * @example
 * ```ts
 * PLACE_LAST_WORDS.has('street'); // true
 * ```
 */
export const PLACE_LAST_WORDS: ReadonlySet<string> = checkedSet('PLACE_LAST_WORDS', [
  'street', 'avenue', 'road', 'city', 'county', 'state', 'states', 'world', 'island', 'islands', 'valley', 'river', 'mountain',
  'mountains', 'park', 'square', 'hall', 'tower', 'bridge', 'beach', 'bay', 'lake', 'coast', 'airport', 'station', 'stadium',
  'arena', 'district', 'province', 'region', 'republic', 'kingdom', 'east', 'west', 'america', 'computer', 'computers',
  'act', 'bill', 'amendment', 'law', 'plan', 'program', 'project', 'war', 'era', 'age', 'summit', 'convention', 'debate',
], true);

/**
 * Party words: capitalised, but a description of people ("the Republican", "Democrats"), never a
 * name on their own.
 *
 * @example
 * ```ts
 * PARTY_WORDS.has('democrats'); // true
 * ```
 */
export const PARTY_WORDS: ReadonlySet<string> = checkedSet('PARTY_WORDS', [
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'liberal', 'liberals',
  'independent', 'independents', 'tory', 'tories', 'socialist', 'socialists', 'libertarian', 'libertarians',
], true);

/**
 * Party members as the head of a description: "the Kentucky Republican" is a party member named
 * by party, a role like any title.
 *
 * @example
 * ```ts
 * PARTY_MEMBERS.has('republican'); // true
 * ```
 */
export const PARTY_MEMBERS: ReadonlySet<string> = checkedSet('PARTY_MEMBERS', [
  'republican', 'democrat', 'conservative', 'liberal', 'independent', 'tory', 'socialist',
], true);

/**
 * Party members in the plural, as a group: "Republicans said" cites unnamed people, and a source
 * named only "Democrats" is a group, not a person.
 *
 * @example
 * ```ts
 * PARTY_PLURALS.has('socialists'); // true
 * ```
 */
export const PARTY_PLURALS: ReadonlySet<string> = checkedSet('PARTY_PLURALS', [
  'republicans', 'democrats', 'conservatives', 'liberals', 'independents', 'tories', 'socialists', 'progressives', 'libertarians',
], true);
