/**
 * Entities: who or what the mentions of an article refer to. A name mention joins the entity of an
 * earlier mention with the same full name, or whose surname (or given name) it is ("Rutte" →
 * "Mark Rutte", "Mr. Trump" → "Donald Trump"); a fuller name upgrades an entity first met by its
 * surname. Everything here is per-call state: a registry lives for one `resolveSources` call.
 * @module
 */
import type { Span } from '../schema.js';
import { isWordChar } from '../text/chars.js';
import type { NameKind, NameMention } from './names.js';
import { outletByName } from './vocabulary.js';
import type { Gender } from './vocabulary.js';
import { TITLE_EXPANSIONS } from '../lexicon/titles.js';
import { FIRST_NAME_GENDERS } from '../lexicon/first-names.js';

/** What an entity is; `unknown` until the text says more than a bare capitalised word. */
export type EntityKind = NameKind | 'anonymous';

/** Someone or something the article mentions. */
export interface Entity {
  readonly id: number;
  kind: EntityKind;
  /** Lower-cased words of the fullest name ("mark", "rutte"); for descriptions, the phrase's words. */
  words: readonly string[];
  /** The fullest name as written: a span of the input ("Mark Rutte", "the Pentagon"), or a phrase ("a source"). */
  name: Span | string;
  /** The role as written, from the first mention that gives one (a pre-name title wins over an appositive). */
  title: string | null;
  titleBefore: boolean;
  /** Lower-cased words of every title seen, abbreviations expanded ("sen." → "senator"); null until a mention gives a title. */
  titleWords: Set<string> | null;
  /** Some mention carries an honorific or a title: certainly a person. */
  marked: boolean;
  /** Gender the text states (honorific, gendered title), or null. */
  gender: Gender | null;
  /**
   * The genders its mentions' honorifics state: bits {@link GenderBit.Male} and
   * {@link GenderBit.Female}. Both set: the text contradicts itself, and `Source.gender` stays null.
   */
  statedByHonorific: number;
  /** The same for the heads of its titles and kinship nouns ({@link Entity.statedByHonorific}). */
  statedByTitle: number;
  /**
   * The organisation named with a title of one of its mentions (the first that names one), as
   * input offsets, or null; filled only for the entities that become sources (`source-fields.ts`).
   */
  affiliation: Span | null;
  /** Its first few mentions that say more than the name (`NameMention.saysMore`); null while there are none. */
  roleMentions: NameMention[] | null;
  /** Gendered pronouns that plainly refer to this entity: evidence when no honorific says it. */
  readonly votes: { male: number; female: number };
  /** Where it is mentioned; texts are only made for the entities that become sources. */
  readonly mentions: Span[];
  firstSeen: number;
  lastSeen: number;
  /** The article cites it: it speaks a quote, or stands where a source is cited ("told CNN"). */
  cited: boolean;
  readonly quotes: number[];
  /** Plural group ("officials", "sources"): a candidate for "they", never for "he"/"she". */
  plural: boolean;
  /** A one-word mention has named this person of several words by the surname alone ("Cruz" for "Ted Cruz"). */
  calledBySurname: boolean;
  /**
   * The gender of the first word of `words` in `FIRST_NAME_GENDERS` (null: none), read once per
   * `words`: undefined until asked, and again when a fuller name replaces `words`.
   */
  firstNameGender: Gender | null | undefined;
}

/** All entities of one article, with the indexes that link new mentions to them. */
export interface Registry {
  readonly input: string;
  readonly entities: Entity[];
  /** Outlet keys and the keys of phrases and anonymous sources (see `speakers.ts`) to their entity. */
  readonly byKey: Map<string, Entity>;
  /** Full (multi-word) person names and organisation names to their entity: a trie over the name's words. */
  readonly names: NameNode;
  /** Each first and last name word to the entities that have it, so a surname finds its person without a scan. */
  readonly byWord: Map<string, Entity[]>;
  /** The entities that kept a mention saying more than the name (`Entity.roleMentions`), in order of the first. */
  readonly withRoles: Entity[];
}

/** An empty registry for `input`. */
export function newRegistry(input: string): Registry {
  return { input, entities: [], byKey: new Map(), byWord: new Map(), names: newNameNode(), withRoles: [] };
}

/**
 * A node of {@link Registry.names}: the name words read from the root to it, and the person and
 * the organisation named by exactly those words. A name is found word by word from the strings
 * its mention already holds, where a key joined from them cost three strings per mention.
 */
export interface NameNode {
  /** The nodes one word further, by that word; null while there are none (most nodes end a name). */
  next: Map<string, NameNode> | null;
  person: Entity | null;
  organization: Entity | null;
}

function newNameNode(): NameNode {
  return { next: null, person: null, organization: null };
}

/** The node of `words` below `root`, made when missing (every name linked is filed under its node). */
function nameNode(root: NameNode, words: readonly string[]): NameNode {
  let node = root;
  for (const w of words) {
    const next: Map<string, NameNode> = node.next ?? (node.next = new Map());
    let child = next.get(w);
    if (child === undefined) {
      child = newNameNode();
      next.set(w, child);
    }
    node = child;
  }
  return node;
}

/** The lower-cased words of a title, abbreviations expanded and possessives dropped. */
export function titleWordsOf(title: string): string[] {
  const out: string[] = [];
  const lower = title.toLowerCase();
  // The words are cut from the lower-case title where its spaces are: no array of pieces is built.
  for (let from = 0; from <= lower.length; ) {
    let to = lower.indexOf(' ', from);
    if (to === -1) to = lower.length;
    const w = stripWord(lower.slice(from, to));
    from = to + 1;
    if (w === '') continue;
    out.push(w);
    const expansions = TITLE_EXPANSIONS.get(w);
    if (expansions !== undefined) for (const e of expansions) out.push(e);
  }
  return out;
}

/** A title word without a possessive "'s" and without punctuation ("commission's" → "commission", "sen." → "sen"). */
function stripWord(raw: string): string {
  const base = raw.endsWith("'s") || raw.endsWith('’s') ? raw.slice(0, -2) : raw;
  // Most title words have nothing to strip: return them as they are instead of copying them.
  let clean = 0;
  while (clean < base.length && (base.charCodeAt(clean) === 0x2d || isWordChar(base.charCodeAt(clean)))) clean++;
  if (clean === base.length) return base;
  let out = '';
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if (c === 0x2d || isWordChar(c)) out += base[i];
  }
  return out;
}

/** Creates an entity first met at offset `at`, with `span` as its first mention when given. */
export function createEntity(reg: Registry, kind: EntityKind, words: readonly string[], name: Span | string, at: number, span: Span | null): Entity {
  const entity: Entity = {
    id: reg.entities.length,
    kind,
    words,
    name,
    title: null,
    titleBefore: false,
    titleWords: null,
    marked: false,
    gender: null,
    statedByHonorific: 0,
    statedByTitle: 0,
    affiliation: null,
    roleMentions: null,
    votes: { male: 0, female: 0 },
    mentions: span === null ? [] : [span],
    firstSeen: at,
    lastSeen: at,
    cited: false,
    quotes: [],
    plural: false,
    calledBySurname: false,
    firstNameGender: undefined,
  };
  reg.entities.push(entity);
  // Only names are looked up by a word of theirs (a surname, an outlet's last word): a phrase
  // ("a two-page letter", "officials") is found through its own key or the timeline.
  if (kind !== 'anonymous') indexWords(reg, entity);
  return entity;
}

/** Files `entity` under its first and last word. */
function indexWords(reg: Registry, entity: Entity): void {
  const { words } = entity;
  if (words.length === 0) return;
  fileUnder(reg, words[0] as string, entity);
  if (words.length > 1) fileUnder(reg, words[words.length - 1] as string, entity);
}

/** Files `entity` under the name word `w`, unless it is among the newest filed there already. */
function fileUnder(reg: Registry, w: string, entity: Entity): void {
  const list = reg.byWord.get(w);
  if (list === undefined) reg.byWord.set(w, [entity]);
  else if (!amongNewest(list, entity)) list.push(entity);
}

/** True when `entity` is one of the newest {@link MAX_NAMESAKES} of `list` (read in place, no copy). */
function amongNewest(list: readonly Entity[], entity: Entity): boolean {
  for (let k = list.length - 1; k >= 0 && list.length - k <= MAX_NAMESAKES; k--) if (list[k] === entity) return true;
  return false;
}

/** Records a further mention of `entity`. */
export function addMention(entity: Entity, span: Span): void {
  entity.mentions.push(span);
  if (span.start < entity.firstSeen) entity.firstSeen = span.start;
  if (span.start > entity.lastSeen) entity.lastSeen = span.start;
}

/** Gives `entity` the title of a mention when it has none yet (a pre-name title replaces an appositive). */
export function addTitle(entity: Entity, title: string | null, before: boolean): void {
  if (title === null || title === entity.title) return;
  // Most entities never get a title: their set is made with the first.
  const words = entity.titleWords ?? (entity.titleWords = new Set());
  for (const w of titleWordsOf(title)) words.add(w);
  if (entity.title === null || (before && !entity.titleBefore)) {
    entity.title = title;
    entity.titleBefore = before;
  }
}

/**
 * Notes that the text described `entity` by a role (`words`: "vermont", "senator"), so a later "the
 * senator" may refer to it as to a title; its `title` as written stays what the names gave.
 */
export function addRoleWords(entity: Entity, words: readonly string[]): void {
  const set = entity.titleWords ?? (entity.titleWords = new Set());
  for (const w of words) set.add(w);
}

/** Links a scanned name mention to its entity (creating it when new) and returns the entity. */
export function linkName(reg: Registry, m: NameMention): Entity {
  const span = { start: m.start, end: m.end };
  // The key is found once: finding the entity and filing it under the key both need it.
  const key = keyOf(reg, m);
  const found = findEntity(reg, m, key);
  // Spans are never changed once made: a name that is the whole mention (no title before it)
  // shares the mention's object instead of a copy of it.
  const entity = found ?? createEntity(reg, m.kind, m.words, m.nameStart === m.start ? span : { start: m.nameStart, end: m.end }, span.start, span);
  if (found !== null) {
    addMention(found, span);
    if (m.words.length === 1 && found.words.length > 1 && found.words[found.words.length - 1] === m.words[0]) found.calledBySurname = true;
  }
  upgrade(reg, entity, m);
  file(reg, key, m.kind, entity);
  return entity;
}

/**
 * Where a mention's name is filed: an outlet under its key in {@link Registry.byKey}, an
 * organisation or a person of several words under its node of {@link Registry.names}; null for
 * a person or unknown name of one word, which only its words index.
 */
type NameKey = string | NameNode | null;

/** The key of a mention: the full name of a person, the name of an organisation, the canonical name of an outlet. */
function keyOf(reg: Registry, m: NameMention): NameKey {
  if (m.kind === 'outlet') return `outlet:${canonical(m)}`;
  return m.kind === 'organization' || m.words.length > 1 ? nameNode(reg.names, m.words) : null;
}

/** The entity filed under `key` for a mention of kind `kind`, or null. */
function filedUnder(reg: Registry, key: NameKey, kind: NameKind): Entity | null {
  if (key === null) return null;
  if (typeof key === 'string') return reg.byKey.get(key) ?? null;
  return kind === 'organization' ? key.organization : key.person;
}

/** Files `entity` under `key` unless an entity is filed there already. */
function file(reg: Registry, key: NameKey, kind: NameKind, entity: Entity): void {
  if (key === null) return;
  if (typeof key === 'string') {
    if (!reg.byKey.has(key)) reg.byKey.set(key, entity);
  } else if (kind === 'organization') key.organization ??= entity;
  else key.person ??= entity;
}

/** Folds what mention `m` says into `entity`: a fuller name, a title, a gender, a surer kind. */
function upgrade(reg: Registry, entity: Entity, m: NameMention): void {
  if (m.words.length > entity.words.length) {
    entity.words = m.words;
    entity.firstNameGender = undefined;
    entity.name = { start: m.nameStart, end: m.end };
    indexWords(reg, entity);
  }
  addTitle(entity, m.title, m.titleBefore);
  if (m.gender !== null && entity.gender === null) entity.gender = m.gender;
  if (m.honorificGender !== null) entity.statedByHonorific |= genderBit(m.honorificGender);
  if (m.saysMore) keepRoleMention(reg, entity, m);
  if (m.marked) entity.marked = true;
  if (entity.kind === 'unknown' && m.kind !== 'unknown') entity.kind = m.kind;
}

/** How many mentions that say more an entity keeps: the first ones, which name a role if any does. */
const MAX_ROLE_MENTIONS = 8;

/** Keeps `m` among `entity`'s {@link Entity.roleMentions}, up to {@link MAX_ROLE_MENTIONS}. */
function keepRoleMention(reg: Registry, entity: Entity, m: NameMention): void {
  if (entity.roleMentions === null) {
    entity.roleMentions = [];
    reg.withRoles.push(entity);
  }
  if (entity.roleMentions.length < MAX_ROLE_MENTIONS) entity.roleMentions.push(m);
}

/** The bits of {@link Entity.statedByHonorific}. */
export const GenderBit = { Male: 1, Female: 2 } as const;

/** The {@link GenderBit} of a gender. */
export function genderBit(g: Gender): number {
  return g === 'male' ? GenderBit.Male : GenderBit.Female;
}

/** The canonical name of an outlet mention, lower-cased: aliases ("the AP", "Associated Press") share it. */
function canonical(m: NameMention): string {
  const joined = m.words.join(' ');
  return outletByName(joined)?.toLowerCase() ?? joined;
}

/** The existing entity a mention refers to, or null. */
function findEntity(reg: Registry, m: NameMention, key: NameKey): Entity | null {
  if (key !== null) {
    const known = filedUnder(reg, key, m.kind);
    if (known !== null) return known;
    if (m.kind === 'outlet' || m.kind === 'organization') return outletBackReference(reg, m);
  }
  return bySurname(reg, m);
}

/** "the Times" after "The New York Times": a one-word outlet that ends an outlet already named. */
function outletBackReference(reg: Registry, m: NameMention): Entity | null {
  if (m.kind !== 'outlet' || m.words.length !== 1) return null;
  const w = m.words[0];
  return latestOf(reg.byWord.get(w ?? ''), (e) => e.kind === 'outlet' && e.words.length > 1 && e.words[e.words.length - 1] === w);
}

/**
 * The person a surname, given name or shorter full name refers to: the most recently mentioned
 * entity whose last word (then first word) matches, of a compatible gender.
 */
function bySurname(reg: Registry, m: NameMention): Entity | null {
  const last = m.words[m.words.length - 1];
  if (last === undefined || m.kind === 'outlet' || m.kind === 'organization') return null;
  const candidates = reg.byWord.get(last);
  if (candidates === undefined) return null;
  // "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": the one known to be a woman first.
  if (m.gender !== null) {
    const sure = latestNamesake(candidates, m, last, NamesakeBy.SurnameOfGender, m.gender);
    if (sure !== null) return sure;
  }
  // ("the first lady, Michelle Obama" after "Mr. Obama": a first name of the other gender is
  // someone else of that surname.)
  const gender = m.gender ?? givenNameGender(m.words);
  const bySurnameMatch = latestNamesake(candidates, m, last, NamesakeBy.Surname, gender);
  if (bySurnameMatch !== null || m.words.length > 1) return bySurnameMatch;
  // A lone given name ("Hillary", "Bernie") after the full name.
  return latestNamesake(candidates, m, last, NamesakeBy.GivenName, gender);
}

/** How {@link latestNamesake} matches a mention's last word to an entity. */
const NamesakeBy = {
  /** The entity's last word, and the entity known to be of the mention's gender. */
  SurnameOfGender: 0,
  /** The entity's last word. */
  Surname: 1,
  /** The first word of an entity of several words. */
  GivenName: 2,
} as const;

/**
 * The most recently mentioned person-like entity of `list` (its newest {@link MAX_NAMESAKES}) that
 * mention `m` (of `gender`, when known) may refer to and whose words match `last` as `by` says, or
 * null. A loop, not {@link latestOf} with a closure: it runs for every name mention.
 */
function latestNamesake(list: readonly Entity[], m: NameMention, last: string, by: (typeof NamesakeBy)[keyof typeof NamesakeBy], gender: Gender | null): Entity | null {
  let best: Entity | null = null;
  for (let k = list.length - 1; k >= 0 && list.length - k <= MAX_NAMESAKES; k--) {
    const e = list[k] as Entity;
    if (best !== null && !preferred(e, best, by, m.start)) continue;
    if ((e.kind !== 'person' && e.kind !== 'unknown') || !compatible(e.words, m.words) || !genderFits(e, gender)) continue;
    const words = e.words;
    const matches = by === NamesakeBy.GivenName ? words.length > 1 && words[0] === last : words[words.length - 1] === last && (by === NamesakeBy.Surname || genderOf(e) === gender);
    if (matches) best = e;
  }
  return best;
}

/**
 * True when namesake `e` beats `best` for a mention matched `by`. A surname shared by two people
 * ("Ted Cruz", later "his wife, Heidi Cruz") means the one the article already calls by it, else
 * the one it met first: news style gives a later namesake its given name to avoid the clash, so
 * the bare surname stays with the principal. A lone given name means the most recent.
 */
function preferred(e: Entity, best: Entity, by: (typeof NamesakeBy)[keyof typeof NamesakeBy], at: number): boolean {
  if (by === NamesakeBy.GivenName) return e.lastSeen > best.lastSeen;
  // A live blog's new entry: the namesake named in full just before the mention, long after the
  // other was last mentioned ("… Gary Johnson …", pages later "Jeh Johnson says …¶ Johnson tells").
  const fresh = isFresh(e, best, at);
  if (fresh !== isFresh(best, e, at)) return fresh;
  if (e.calledBySurname !== best.calledBySurname) return e.calledBySurname;
  return e.firstSeen < best.firstSeen;
}

/** True when `a` was named just before offset `at`, and `b` not for a long stretch before that. */
function isFresh(a: Entity, b: Entity, at: number): boolean {
  return at - a.firstSeen <= FRESH_NAMESAKE && b.lastSeen < a.firstSeen - STALE_NAMESAKE;
}

// A namesake introduced at most this many characters before a bare surname is fresh in the
// reader's mind; one not mentioned for this many characters before that has left the story.
const FRESH_NAMESAKE = 600;
const STALE_NAMESAKE = 1500;

/** True when nothing known about `e` contradicts the gender a mention states. */
function genderFits(e: Entity, gender: Gender | null): boolean {
  const known = genderOf(e);
  return gender === null || known === null || known === gender;
}

/** True when two names can be the same person: one is a single word, or their first words agree (or one is an initial). */
function compatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 1 || b.length === 1) return true;
  const x = a[0] ?? '';
  const y = b[0] ?? '';
  return x === y || (x.length <= 2 && y.startsWith(x.charAt(0))) || (y.length <= 2 && x.startsWith(y.charAt(0)));
}

/**
 * The gender the first name of a person named with two words or more states (`FIRST_NAME_GENDERS`:
 * "Nancy Pelosi" → female), or null: a bare surname, an initial or a name the list leaves out.
 */
export function nameGender(e: Entity): Gender | null {
  if (e.kind !== 'person') return null;
  // (Asked for every candidate of every pronoun: the lookup is made once per name.)
  if (e.firstNameGender === undefined) e.firstNameGender = givenNameGender(e.words);
  return e.firstNameGender;
}

/** The gender `FIRST_NAME_GENDERS` gives the first of name words `words`, when there are two or more; else null. */
function givenNameGender(words: readonly string[]): Gender | null {
  return words.length >= 2 ? (FIRST_NAME_GENDERS.get(words[0] as string) ?? null) : null;
}

/** The gender of an entity: stated, or else its first name's unless pronouns that referred to it clearly say otherwise, or else their majority. */
export function genderOf(e: Entity): Gender | null {
  if (e.gender !== null) return e.gender;
  const { male, female } = e.votes;
  const named = nameGender(e);
  // A first name outweighs a stray pronoun counted for the person: only pronouns that outnumber
  // its gender's by two overrule it.
  if (named !== null && (named === 'male' ? female - male : male - female) < MIN_OVERRULING_VOTES) return named;
  if (male > female) return 'male';
  if (female > male) return 'female';
  return named;
}

// How many more pronouns of the other gender than of its own overrule a person's first name.
const MIN_OVERRULING_VOTES = 2;

/**
 * True for an entity a personal pronoun may refer to: a person (marked by a title or honorific, or
 * named with two words outside a place phrase), or a bare name the article cites.
 */
export function isPersonLike(e: Entity): boolean {
  if (e.kind === 'person') return true;
  return e.kind === 'unknown' && (e.cited || e.quotes.length > 0);
}

/** How many entities sharing a name word are compared: the newest ones, so a name repeated endlessly stays linear. */
const MAX_NAMESAKES = 64;

/** The most recently mentioned entity of `list` (its newest {@link MAX_NAMESAKES}) that satisfies `ok`, or null. */
function latestOf(list: readonly Entity[] | undefined, ok: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  if (list === undefined) return null;
  for (let k = list.length - 1; k >= 0 && list.length - k <= MAX_NAMESAKES; k--) {
    const e = list[k] as Entity;
    if (ok(e) && (best === null || e.lastSeen > best.lastSeen)) best = e;
  }
  return best;
}
