/**
 * Nouns that state a person's gender, for `Source.gender` (see `src/sources/gender.ts`).
 *
 * Where they come from: written for this project, MIT. {@link GENDERED_PERSON_NOUNS} are common
 * English nouns that name one person of a stated gender (kinship: "mother", "widower"; the
 * everyday "woman", "man"; job nouns that English still marks: "fisherman", "waitress"), chosen
 * from how news copy describes an unnamed or newly named person ("a woman who asked not to be
 * named", "a spokeswoman for the ministry"). The gendered *titles* ("chairwoman", "Queen") are in
 * `titles.ts` (`GENDERED_TITLES`); this list adds the nouns that are not titles.
 *
 * What it deliberately leaves out, and why: plural forms ("women", "mothers": a group has no
 * gender in the output); nouns used for either gender in current news style ("actor", "host",
 * "chair", "priest", "hero"); first names (those are in `first-names.ts`, from the SSA
 * records, the weakest evidence).
 * @module
 */
import { checkedMap } from './checked.js';
import type { Gender } from './titles.js';

/**
 * Lowercase singular nouns naming one person of a stated gender that are not person titles.
 *
 * Throws at module load if the literal list holds a duplicate or blank key.
 *
 * @example
 * ```ts
 * GENDERED_PERSON_NOUNS.get('woman'); // 'female'
 * GENDERED_PERSON_NOUNS.get('widower'); // 'male'
 * GENDERED_PERSON_NOUNS.get('actor'); // undefined — used for either gender
 * ```
 */
export const GENDERED_PERSON_NOUNS: ReadonlyMap<string, Gender> = checkedMap<Gender>('GENDERED_PERSON_NOUNS', [
  ['woman', 'female'],
  ['man', 'male'],
  ['girl', 'female'],
  ['boy', 'male'],
  ['mother', 'female'],
  ['father', 'male'],
  ['mom', 'female'],
  ['dad', 'male'],
  ['wife', 'female'],
  ['husband', 'male'],
  ['daughter', 'female'],
  ['son', 'male'],
  ['sister', 'female'],
  ['brother', 'male'],
  ['grandmother', 'female'],
  ['grandfather', 'male'],
  ['aunt', 'female'],
  ['uncle', 'male'],
  ['niece', 'female'],
  ['nephew', 'male'],
  ['widow', 'female'],
  ['widower', 'male'],
  ['girlfriend', 'female'],
  ['boyfriend', 'male'],
  ['fisherman', 'male'],
  ['fireman', 'male'],
  ['waitress', 'female'],
  ['sportsman', 'male'],
  ['sportswoman', 'female'],
  ['servicewoman', 'female'],
  ['serviceman', 'male'],
]);
