/**
 * The fields of a source besides its name and mentions: the role the quotes stage found written
 * before a speaker's name ("local resident Tom Hill"), the affiliation as the output names it
 * (joined to the organisation's own source when there is one), and the gender with its evidence.
 * @module
 */
import type { Source, Span, TextSpan } from '../schema.js';
import { spanText } from '../text/span.js';
import { isUpper } from '../text/chars.js';
import { addTitle, genderBit, type Entity, type NameNode, type Registry } from './entities.js';
import { sourceGender, type GenderFinding } from './gender.js';
import { pronounSpeakers } from './pronoun-evidence.js';
import type { NameMention } from './names.js';
import { affiliationOf, appositiveAffiliation, kinBefore, roleHeadGender, tokensIn } from './roles.js';
import { nameAt, type SourcesState } from './state.js';
import { outletByName, outletKey } from './vocabulary.js';
import { COORDINATORS, DETERMINERS } from '../lexicon/grammar.js';
import { GENDERED_WORDS } from './pronoun-evidence.js';
import type { TokenList } from './words.js';

/** Reads the roles written with the sources' names and speakers into their entities, before the sources are built. */
export function readRoles(state: SourcesState): void {
  nameRoles(state);
  speakerRoles(state);
}

/**
 * "local resident Tom Hill said", "“…,” said election law expert Rick Hasen": the quotes stage
 * gives a speaker its role written before the name; when the name itself carries no title there,
 * that role is the source's title (it wins over an appositive, as any title before a name does).
 */
function speakerRoles(state: SourcesState): void {
  state.quotes.forEach((q, i) => {
    const e = state.quoteEntity[i];
    // Organisations and outlets hold no role: "the Urban Institute and Brookings Institution" gives Brookings none.
    if (q.speaker === null || e === null || e === undefined || e.kind === 'organization' || e.kind === 'outlet' || !mayHoldRole(q.speaker.text)) return;
    const range = tokensIn(state.tokens, q.speaker);
    if (range === null) return;
    const n = nameAt(state, range.to);
    const m = state.names[n];
    if (m === undefined || state.nameEntity[n] !== e || m.titleBefore) return;
    const roleEnd = tokenBefore(state, m);
    const { tokens } = state;
    let from = range.from;
    while (from < roleEnd && DETERMINERS.has(tokens.lowerAt(from))) from++;
    if (roleEnd < from || tokens.isCap(roleEnd) || !joinedRun(state, from, roleEnd + 1) || holdsCoordinator(tokens, from, roleEnd)) return;
    addTitle(e, spanText(state.input, tokens.start[from] as number, tokens.end[roleEnd] as number), true);
    const g = roleHeadGender(tokens, from, roleEnd);
    if (g !== null) e.statedByTitle |= genderBit(g);
  });
}

/**
 * True when tokens `[from, to]` hold "and", "or" or "&": the words before the name are another
 * speaker and the coordinator ("Hale and Ruiz said", "Govs. Ana Lee and Tom Park"), not a role.
 */
function holdsCoordinator(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k <= to && k - from < 12; k++) if (COORDINATORS.has(tokens.lowerAt(k))) return true;
  return false;
}

/**
 * What the titles written with the names of the entities that become sources say: the gender of
 * each title's head ("the state party chairwoman") or of a kinship noun before the name ("his
 * wife, Mary Lee"), and the first affiliation one names. Read here, from the few mentions each
 * such entity kept (`Entity.roleMentions`), rather than for every name the scan finds.
 */
function nameRoles(state: SourcesState): void {
  for (const e of state.reg.withRoles) {
    if (e.roleMentions === null || !(e.cited || e.quotes.length > 0) || e.kind === 'organization' || e.kind === 'outlet') continue;
    for (const m of e.roleMentions) readMention(state, e, m);
  }
}

/** Folds into `e` what mention `m`'s title says: its head's gender (or a kinship noun's), and an affiliation when `e` has none yet. */
function readMention(state: SourcesState, e: Entity, m: NameMention): void {
  const { tokens } = state;
  const g = (m.titleFrom < 0 || !mayBeGendered(tokens, m.titleFrom, m.titleTo) ? null : roleHeadGender(tokens, m.titleFrom, m.titleTo)) ?? kinBefore(tokens, m.runFrom);
  if (g !== null) e.statedByTitle |= genderBit(g);
  if (e.affiliation !== null) return;
  const found = affiliationOf(tokens, m.titleFrom, m.titleTo, m.titleBefore, m.last);
  if (found !== null) e.affiliation = { start: tokens.start[found.from] as number, end: tokens.end[found.to] as number };
}

/** False when no word of tokens `[from, to]` can be a gendered title or noun: a check by shape, before the title is read. */
function mayBeGendered(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k <= to && k - from < 12; k++) if (GENDERED_WORDS.hasAt(tokens, k)) return true;
  return false;
}

/**
 * False when the speaker as written cannot hold a role before a name: a role and a name are two
 * words at least, the last capitalised, and the role has a word in lower case ("local resident Tom Hill", "Local
 * resident Tom Hill"). A test on the text, before its tokens are looked up.
 */
function mayHoldRole(text: string): boolean {
  const space = text.indexOf(' ');
  // The name ends the speaker: its last word is capitalised ("a spokeswoman" has no name).
  if (space < 0 || !isUpper(text.charCodeAt(text.lastIndexOf(' ') + 1))) return false;
  if (!isUpper(text.charCodeAt(0))) return true;
  for (let i = space; i < text.length - 1; i++) if (text.charCodeAt(i) === 0x20 && !isUpper(text.charCodeAt(i + 1))) return true;
  return false;
}

/** The token just before mention `m` (its honorific included), or -1. */
function tokenBefore(state: SourcesState, m: NameMention): number {
  let k = m.first;
  while (k > 0 && (state.tokens.start[k] as number) > m.start) k--;
  return (state.tokens.start[k] as number) >= m.start ? k - 1 : k;
}

/** True when tokens `[from, to]` touch one another, in one sentence, with no punctuation between. */
function joinedRun(state: SourcesState, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!state.tokens.joined(k)) return false;
  return true;
}

/** The fields {@link fieldsOf} gives a source. */
export type SourceFields = Pick<Source, 'affiliation' | 'gender' | 'genderEvidence'>;

/**
 * Affiliation, gender and gender evidence of the entity `e` that becomes a source of kind
 * `kind`, with `mentions` in input order; `sourceName` is the output name of an entity that is itself a source, or undefined.
 */
export function fieldsOf(state: SourcesState, e: Entity, kind: Source['kind'], mentions: readonly TextSpan[], sourceName: (e: Entity) => string | undefined): SourceFields {
  const institution = kind === 'organization' || kind === 'outlet';
  // An anonymous phrase is read again only when its words may name an organisation ("a
  // spokesperson for the library system", "a Pentagon official") or a gendered head ("a woman").
  const phrase = kind === 'anonymous' && typeof e.name === 'string' && !e.plural && e.name.includes(' ') ? phraseRange(state, e) : null;
  const span = institution ? null : (e.affiliation ?? (phrase === null || !mayNameOrganization(e.name as string) ? null : phraseAffiliation(state, phrase)));
  const headGender = phrase === null || !mayBeGendered(state.tokens, phrase.from, phrase.to) ? null : roleHeadGender(state.tokens, phrase.from, phrase.to);
  const found: GenderFinding = sourceGender(e, kind, headGender, () => pronounSpeakers(state, e, mentions));
  return { affiliation: span === null ? null : affiliationName(state, span, sourceName), gender: found.gender, genderEvidence: found.genderEvidence };
}

/** False when a phrase as written surely names no organisation: no capital after its first letter, and none of "for", "at", "with", "of". */
function mayNameOrganization(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return text.includes(' for ') || text.includes(' at ') || text.includes(' with ') || text.includes(' of ');
}

/** The tokens of an anonymous source's phrase: its first mention. */
function phraseRange(state: SourcesState, e: Entity): { from: number; to: number } | null {
  const first = e.mentions[0];
  return first === undefined ? null : tokensIn(state.tokens, first);
}

/** "a spokesperson for the library system", "a Pentagon official": the organisation an anonymous phrase names. */
function phraseAffiliation(state: SourcesState, range: { from: number; to: number }): Span | null {
  const found = appositiveAffiliation(state.tokens, range.from, range.to);
  return found === null ? null : { start: state.tokens.start[found.from] as number, end: state.tokens.end[found.to] as number };
}

/** The affiliation as output: the name of the organisation's own source when it is one, else the words as written. */
function affiliationName(state: SourcesState, span: Span, sourceName: (e: Entity) => string | undefined): string {
  // Token ends: nothing to trim.
  const text = spanText(state.input, span.start, span.end);
  const org = organizationNamed(state.reg, text);
  return (org === null ? undefined : sourceName(org)) ?? text;
}

/** The organisation or outlet entity named `text` ("Pentagon" → the entity of "the Pentagon"), or null. */
function organizationNamed(reg: Registry, text: string): Entity | null {
  const key = outletKey(text);
  const outlet = reg.byKey.get(`outlet:${outletByName(key)?.toLowerCase() ?? key}`);
  if (outlet !== undefined) return outlet;
  let node: NameNode | undefined = reg.names;
  for (const w of key.split(' ')) node = node?.next?.get(w);
  return node?.organization ?? null;
}
