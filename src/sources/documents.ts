/**
 * Documents named in the running text ("The city sent a cease-and-desist letter on Thursday. It
 * says …"): an article or a possessive, at most two modifiers and a head that is a written or
 * recorded thing (`SPEAKING_DOCUMENTS`). Each becomes an anonymous entity on the timeline, so
 * that "it" after it may mean the document; "the letter" after "a letter" is the same document,
 * and so is a speaker that is exactly such a phrase ("The letter says"). It is a source only if
 * it speaks.
 * @module
 */
import { addAntecedent, isDocument, recentEntity } from './coreference.js';
import { addMention, createEntity, type Entity } from './entities.js';
import { anchorAt, noteMention, spanIndexAt, windowStart, type SourcesState } from './state.js';
import type { TokenList } from './words.js';
import { ARTICLES } from '../lexicon/grammar.js';
import { POSSESSIVE_DETERMINERS } from '../lexicon/attribution.js';
import { GrammarClass, WordClass } from '../lexicon/lookup.js';

/** How many modifiers may stand between the determiner and the head ("a new two-page letter"). */
const MAX_MODIFIERS = 2;

/** What a modifier may not be: a function word ends the phrase ("according to plan"). */
const NOT_MODIFIER = GrammarClass.Preposition | GrammarClass.Determiner;

/**
 * The token of the determiner that opens a document phrase ending on the head at `k`, or -1: the
 * head is a lowercase document noun that is no outlet noun ("the paper" is the outlet just
 * named), and the words before it up to an article or a possessive are joined modifiers.
 */
export function documentStartAt(tokens: TokenList, k: number): number {
  const classes = tokens.classesAt(k);
  if ((classes & WordClass.SpeakingDocument) === 0 || (classes & WordClass.OutletNoun) !== 0 || tokens.isCap(k) || tokens.isPossessive(k)) return -1;
  for (let a = k - 1; a >= 0 && k - a <= MAX_MODIFIERS + 1; a--) {
    if (!tokens.joined(a + 1) || tokens.sentence[a] !== tokens.sentence[k]) return -1;
    const lower = tokens.lowerAt(a);
    if (ARTICLES.has(lower) || POSSESSIVE_DETERMINERS.has(lower)) return a;
    if ((tokens.grammarAt(a) & NOT_MODIFIER) !== 0 || (tokens.classesAt(a) & WordClass.Auxiliary) !== 0) return -1;
  }
  return -1;
}

/** Takes the document phrase `[from, head]`: its entity (the one named before for "the …"), a mention, and its place on the timeline. */
export function documentStep(state: SourcesState, from: number, head: number): void {
  const { tokens } = state;
  const span = { start: tokens.start[from] as number, end: tokens.end[head] as number };
  // A document inside a quotation is the quoted speaker's, not one the article names.
  if (spanIndexAt(state.regions, span.start) !== -1) return;
  const entity = earlierDocument(state, from, head) ?? createEntity(state.reg, 'anonymous', wordsBetween(tokens, from + 1, head), span, span.start, null);
  addMention(entity, span);
  state.nounEntity.set(head, entity);
  addAntecedent(state.timeline, noteMention(state, entity, from, 1));
}

/** For "the letter": the document with that head named within the last few paragraphs, or null. */
function earlierDocument(state: SourcesState, from: number, head: number): Entity | null {
  const { tokens } = state;
  if (tokens.lowerAt(from) !== 'the') return null;
  const at = anchorAt(state, from);
  const word = tokens.lowerAt(head);
  return recentEntity(state.timeline, at.pos, (e) => isDocument(e) && e.words[e.words.length - 1] === word, windowStart(state, at.paragraph, 3));
}

function wordsBetween(tokens: TokenList, from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k <= to; k++) words.push(tokens.lowerAt(k));
  return words;
}
