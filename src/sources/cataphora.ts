/**
 * Descriptions named later: news often opens with the role and gives the name a sentence or two
 * on ("A federal judge blocked the law on Monday. … U.S. District Judge Ana Ruiz wrote …"). A
 * speaker written as such an indefinite role is the person the article names next with that role
 * as a title, close by; left alone it would be an anonymous source beside the named person.
 * @module
 */
import { addMention, type Entity } from './entities.js';
import type { NameMention } from './names.js';
import { countStartingBefore, type SourcesState } from './state.js';
import { isPersonTitle } from './vocabulary.js';
import { tokensInSpan } from './words.js';

/** How many paragraphs after the description the name may come in (its own and the next). */
const MAX_PARAGRAPHS_AHEAD = 1;

/** How many name mentions after the description are read for the one that names it. */
const MAX_NAMES_AHEAD = 24;

/**
 * Gives the quotes of each indefinite role speaker ("a federal judge", "an election official")
 * to the person named next with that role in their title, in the same or the next paragraph.
 * Runs after the sweep, when every name is linked to its person.
 */
export function nameLaterDescriptions(state: SourcesState): void {
  const done = new Set<Entity>();
  state.quoteEntity.forEach((e, quote) => {
    if (e === null || e === undefined || done.has(e)) return;
    done.add(e);
    const head = indefiniteRoleHead(e);
    const speaker = state.quotes[quote]?.speaker;
    const range = head === null || speaker == null ? null : tokensInSpan(state.tokens, speaker);
    if (head === null || range === null) return;
    const person = personNamedAfter(state, e, head, state.tokens.paragraph[range.from] as number);
    if (person !== null) moveQuotes(state, e, person);
  });
}

/** The role word of an unnamed singular speaker written with "a"/"an" ("a federal judge" → "judge"), or null. */
function indefiniteRoleHead(e: Entity): string | null {
  if (e.kind !== 'anonymous' || e.plural || typeof e.name !== 'string') return null;
  const lower = e.name.toLowerCase();
  if (!lower.startsWith('a ') && !lower.startsWith('an ')) return null;
  const head = e.words[e.words.length - 1];
  return head !== undefined && isPersonTitle(head) ? head : null;
}

/**
 * The person first mentioned after `e`'s first mention, in the same or the next paragraph, whose
 * title as written ends in `head` ("U.S. District Judge" for "judge"); null when the first such
 * title belongs to someone met before (then the role was theirs or another's to take).
 */
function personNamedAfter(state: SourcesState, e: Entity, head: string, paragraph: number): Entity | null {
  const { names } = state;
  const from = countStartingBefore(names, e.firstSeen + 1);
  for (let n = from; n < names.length && n - from < MAX_NAMES_AHEAD; n++) {
    const m = names[n] as NameMention;
    if (m.paragraph > paragraph + MAX_PARAGRAPHS_AHEAD) return null;
    if (m.title === null || !titleEndsIn(m.title, head)) continue;
    // "a U.S. District Court judge" is not "Circuit Court Judge Lee": the two name different courts.
    if (namesDiffer(e.name as string, m.title)) return null;
    const person = state.nameEntity[n];
    if (person === null || person === undefined || person.kind !== 'person') return null;
    return person.firstSeen >= m.start ? person : null;
  }
  return null;
}

/** True when the last word of `title` is `head`, case aside ("U.S. District Judge", "judge"). */
function titleEndsIn(title: string, head: string): boolean {
  if (title.length < head.length) return false;
  const at = title.length - head.length;
  return title.slice(at).toLowerCase() === head && (at === 0 || title.charCodeAt(at - 1) === 0x20);
}

/**
 * True when the description and the title name different bodies: each has a capitalised word the
 * other lacks ("a U.S. District Court judge", "Circuit Court Judge"). "A New York judge" and
 * "Judge", "a federal judge" and "U.S. District Judge" agree: one side only says more.
 */
function namesDiffer(description: string, title: string): boolean {
  return hasCapitalNotIn(description, title, 1) && hasCapitalNotIn(title, description, 0);
}

/** True when a capitalised word of `phrase` (from word `skip` on) is not a word of `other`, case aside; the last word (the role) is not read. */
function hasCapitalNotIn(phrase: string, other: string, skip: number): boolean {
  const words = ` ${other.toLowerCase()} `;
  const parts = phrase.split(' ');
  for (let k = skip; k < parts.length - 1; k++) {
    const w = parts[k] as string;
    const c = w.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a && !words.includes(` ${w.toLowerCase()} `)) return true;
  }
  return false;
}

/** Moves every quote and mention of `from` to `to`; `from` is left with none, so it is no source. */
function moveQuotes(state: SourcesState, from: Entity, to: Entity): void {
  for (const q of from.quotes) {
    to.quotes.push(q);
    state.quoteEntity[q] = to;
  }
  for (const m of from.mentions) addMention(to, m);
  from.quotes.length = 0;
  from.mentions.length = 0;
  from.cited = false;
}
