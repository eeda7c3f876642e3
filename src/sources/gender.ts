/**
 * `Source.gender` from what the text states, with its strongest evidence: an honorific ("Ms.",
 * "Mr."), the head of a gendered title ("chairwoman", "Queen", "a spokesman"), or gendered
 * pronouns resolved to the source ("Rutte … He stated"). Precision first: evidence that
 * contradicts itself gives null, and so does anything that is not one person.
 * @module
 */
import type { Source } from '../schema.js';
import { GenderBit, type Entity } from './entities.js';
import type { Gender } from './vocabulary.js';

/** A source's gender and the evidence it rests on. */
export interface GenderFinding {
  readonly gender: Gender | null;
  readonly genderEvidence: Source['genderEvidence'];
}

const NONE: GenderFinding = { gender: null, genderEvidence: null };

/** The gender of one {@link GenderBit} set, or null for none or both. */
function genderOfBits(bits: number): Gender | null {
  return bits === GenderBit.Male ? 'male' : bits === GenderBit.Female ? 'female' : null;
}

/**
 * The gender of the entity `e` that becomes a source of kind `kind`. `phraseGender` is what the
 * head of an anonymous source's phrase states ("a spokeswoman"), for anonymous sources only.
 *
 * - Organisations, outlets and groups (plural anonymous sources): null.
 * - An honorific or a title head states it; both kinds must agree, and no two mentions may state
 *   both genders ("Mr. Hill, the state party chairwoman" → null).
 * - Pronoun votes confirm or contradict: more votes for the other gender than for the stated one
 *   is a conflict (null). Without a stated gender, the votes must all agree.
 */
export function sourceGender(e: Entity, kind: Source['kind'], phraseGender: Gender | null): GenderFinding {
  if (kind === 'organization' || kind === 'outlet') return NONE;
  if (kind === 'anonymous') return e.plural || phraseGender === null ? NONE : { gender: phraseGender, genderEvidence: 'title' };
  const { honorific, title } = e.stated;
  const all = honorific | title;
  const { male, female } = e.votes;
  if (all !== 0) {
    const stated = genderOfBits(all);
    if (stated === null) return NONE;
    const same = stated === 'male' ? male : female;
    const other = stated === 'male' ? female : male;
    if (other > same) return NONE;
    return { gender: stated, genderEvidence: honorific !== 0 ? 'honorific' : 'title' };
  }
  if (male > 0 && female === 0) return { gender: 'male', genderEvidence: 'pronoun' };
  if (female > 0 && male === 0) return { gender: 'female', genderEvidence: 'pronoun' };
  return NONE;
}
