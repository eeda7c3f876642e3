/**
 * Organisations named after a person or a name: "Donald Trump's campaign", "the Ortiz campaign",
 * "the Smith Foundation" written lowercase. The names stage reads the name alone; this step makes
 * the phrase an organisation of its own, so that "it", "they" and "the campaign" after it refer
 * back to the campaign, not to the candidate.
 * @module
 */
import { addMention, createEntity, type Entity } from './entities.js';
import type { NameMention } from './names.js';
import { citedAt } from './outlets.js';
import { nameAt, noteMention, type SourcesState } from './state.js';
import { addAntecedent } from './coreference.js';
import { NAMED_ORGANIZATION_NOUNS, ORGANIZATION_NOUN_COMPOUNDS } from '../lexicon/coreference.js';
import { lexiconId } from '../lexicon/lookup.js';

/**
 * The nouns by lexicon id (each is an organisation noun, so the compiled lexicon holds it): the
 * sweep asks every word of the body, so the answer is one array read.
 */
const NOUN_IDS: Uint8Array = (() => {
  const ids = [...NAMED_ORGANIZATION_NOUNS].map((w) => lexiconId(w));
  const flags = new Uint8Array(Math.max(...ids) + 1);
  for (const id of ids) flags[id] = 1;
  return flags;
})();
const THE = lexiconId('the');

/** True when token `k` is a lowercase noun that may name an organisation after a name ("campaign"). */
export function isNamedOrganizationNounAt(state: SourcesState, k: number): boolean {
  const id = state.tokens.id[k] as number;
  return id < NOUN_IDS.length && NOUN_IDS[id] === 1 && k > 0 && !state.tokens.isCap(k);
}

/**
 * Takes the noun at token `k` ("campaign"): when the name just before it ("Trump's", "the Ortiz")
 * is a person's, an organisation's or an unknown name, the phrase is that name's organisation — one entity per name
 * and noun however often it recurs — and a mention on the timeline.
 */
export function namedOrganizationStep(state: SourcesState, k: number): void {
  const { tokens } = state;
  if (!tokens.joined(k) && !tokens.isPossessive(k - 1)) return;
  const index = nameAt(state, k - 1);
  if (index === -1) return;
  const m = state.names[index] as NameMention;
  const owner = state.nameEntity[index];
  if (m.last !== k - 1 || owner === null || owner === undefined || owner.kind === 'outlet' || owner.kind === 'anonymous') return;
  if (modifiesNext(state, k)) return;
  const first = m.first > 0 && tokens.id[m.first - 1] === THE && !tokens.isPossessive(m.last) ? m.first - 1 : m.first;
  const span = { start: tokens.start[first] as number, end: tokens.end[k] as number };
  const noun = tokens.lowerAt(k);
  const entity = organizationOf(state, owner, noun, span);
  addMention(entity, span);
  const cited = citedAt(tokens, first, k);
  if (cited) entity.cited = true;
  state.nounEntity.set(k, entity);
  addAntecedent(state.timeline, noteMention(state, entity, first, cited ? 0 : 1));
}

/** True when the noun at `k` modifies the word after it ("campaign swing", "campaign manager"). */
function modifiesNext(state: SourcesState, k: number): boolean {
  const { tokens } = state;
  const next = k + 1;
  return next < tokens.length && tokens.joined(next) && !tokens.isPossessive(k) && ORGANIZATION_NOUN_COMPOUNDS.has(tokens.lowerAt(next));
}

/** The organisation `noun` of `owner` (made when first met). */
function organizationOf(state: SourcesState, owner: Entity, noun: string, span: { start: number; end: number }): Entity {
  const key = `named:${owner.id}:${noun}`;
  const known = state.reg.byKey.get(key);
  if (known !== undefined) return known;
  const e = createEntity(state.reg, 'organization', [...owner.words, noun], span, span.start, null);
  state.reg.byKey.set(key, e);
  return e;
}
