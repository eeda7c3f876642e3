/**
 * `Source.gender` from what the text states, with its strongest evidence: an honorific ("Ms.",
 * "Mr."), the head of a gendered title ("chairwoman", "Queen", "a spokesman"), gendered
 * pronouns resolved to the source ("Rutte … He stated"), or, weakest, a first name the SSA
 * records give to one sex ("Nancy Pelosi"). Precision first: evidence that
 * contradicts itself gives null, and so does anything that is not one person.
 * @module
 */
import type { Source } from '../schema.js';
import { GenderBit, nameGender, type Entity } from './entities.js';
import type { PronounSpeakers } from './pronoun-evidence.js';
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
 * head of an anonymous source's phrase states ("a spokeswoman"), for anonymous sources only;
 * `readSpeakers` reads its pronoun speakers (see `pronoun-evidence.ts`), called only when needed.
 *
 * - Organisations, outlets and groups (plural anonymous sources): null.
 * - An honorific or a title head states it; both kinds must agree, and no two mentions may state
 *   both genders ("Mr. Hill, the state party chairwoman" → null).
 * - Otherwise "he"/"she" speakers resolved to a person the article names (see
 *   `pronoun-evidence.ts`: a speaker resolved past someone else does not count), when every
 *   gendered pronoun the sweep counted for it (its votes: those speakers and the pronouns after
 *   its name in a sentence that names no one else) agrees, and at least two count.
 * - A stated gender is dropped when more of those pronouns say the other one.
 * - Otherwise the first name of a person named with two words or more (`FIRST_NAME_GENDERS`,
 *   evidence `'name'`), unless a pronoun counted for them says the other gender. Pronoun evidence
 *   that disagrees with the first name gives null.
 */
export function sourceGender(e: Entity, kind: Source['kind'], phraseGender: Gender | null, readSpeakers: () => PronounSpeakers): GenderFinding {
  if (kind === 'organization' || kind === 'outlet') return NONE;
  if (kind === 'anonymous') return e.plural || phraseGender === null ? NONE : { gender: phraseGender, genderEvidence: 'title' };
  // ("Miss J", "Mr. X": a name of initials alone is a stage name or a cipher, not a person shown.)
  if (e.words.every((w) => w.length === 1)) return NONE;
  const honorific = e.statedByHonorific;
  const title = e.statedByTitle;
  const all = honorific | title;
  if (all !== 0) {
    const stated = genderOfBits(all);
    return stated === null || contradicted(e, stated) ? NONE : { gender: stated, genderEvidence: honorific !== 0 ? 'honorific' : 'title' };
  }
  // A bare capitalised word ("Delegates", "God") is no person the text has shown.
  if (e.kind !== 'person') return NONE;
  const named = nameGender(e);
  const said = pronounGender(e, readSpeakers);
  if (said !== null) return named !== null && named !== said ? NONE : { gender: said, genderEvidence: 'pronoun' };
  // The first name, the weakest evidence: only when no pronoun counted for the person says otherwise.
  return named === null || contradicted(e, named) || hasVotes(e, named === 'male' ? 'female' : 'male') ? NONE : { gender: named, genderEvidence: 'name' };
}

/** The gender the "he"/"she" speakers resolved to `e` agree on and confirm, or null. */
function pronounGender(e: Entity, readSpeakers: () => PronounSpeakers): Gender | null {
  // Pronouns of both genders counted for it, or none: no reading of its speakers can agree.
  if ((e.votes.male === 0) === (e.votes.female === 0)) return null;
  // Read only now: most sources are settled before their pronoun speakers are looked at.
  const speakers = readSpeakers();
  if (!speakers.named) return null;
  const said = speakers.male > 0 && speakers.female === 0 ? 'male' : speakers.female > 0 && speakers.male === 0 ? 'female' : null;
  return said !== null && confirmed(e, said, speakers) ? said : null;
}

/** True when some pronoun counted for `e` says `g`. */
function hasVotes(e: Entity, g: Gender): boolean {
  return (g === 'male' ? e.votes.male : e.votes.female) > 0;
}

/**
 * True when the pronouns counted for `e` all say `g`, and either one speaker stands plainly after
 * its naming or at least two pronouns count besides the speakers resolved past someone else: one
 * pronoun further off is too often a resolution that missed the person meant.
 */
function confirmed(e: Entity, g: Gender, speakers: PronounSpeakers): boolean {
  const { male, female } = e.votes;
  const same = g === 'male' ? male : female;
  const other = g === 'male' ? female : male;
  return other === 0 && (speakers.plain > 0 || same - speakers.passed >= MIN_PRONOUNS);
}

/** How many agreeing gendered pronouns pronoun evidence needs. */
const MIN_PRONOUNS = 2;

/** True when the pronouns counted for `e` point to the other gender more often than to `g`. */
function contradicted(e: Entity, g: Gender): boolean {
  const { male, female } = e.votes;
  return g === 'male' ? female > male : male > female;
}
