/**
 * Function words that delimit a role phrase ("a spokesman for the library system"), for
 * `Source.title`, `Source.affiliation` and `Source.gender` (see `src/sources/roles.ts`).
 *
 * Where they come from: written for this project, MIT — closed-class English prepositions and
 * relative words, cut to what follows the head of a role in news copy.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * Lowercase words that end the head of a role phrase: after them comes what the role is *of* or
 * *for* ("a spokesman *for* Queen Elizabeth", "the wife *of* the chairman"), whose gendered words
 * say nothing about the person described.
 *
 * @example
 * ```ts
 * ROLE_HEAD_STOPS.has('for'); // true
 * ```
 */
export const ROLE_HEAD_STOPS: ReadonlySet<string> = checkedSet(
  'ROLE_HEAD_STOPS',
  ['of', 'for', 'at', 'with', 'to', 'in', 'from', 'on', 'by', 'who', 'whose', 'that', 'which', 'and', 'or', 'under', 'behind'],
  true,
);

/**
 * Lowercase prepositions that join a role to the organisation it speaks for: "a spokesperson
 * *for* the library system", "an economist *at* the IMF", "Ruiz, *of* the finance ministry",
 * "an analyst *with* Capital Economics".
 *
 * @example
 * ```ts
 * AFFILIATION_PREPOSITIONS.has('for'); // true
 * AFFILIATION_PREPOSITIONS.has('near'); // false
 * ```
 */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = checkedSet('AFFILIATION_PREPOSITIONS', ['for', 'at', 'of', 'with'], true);

/**
 * Lowercase nouns for a published piece whose author, named after "by", "in" or "from", is the
 * source: "according to *a report* by the Times", "according to *data* from the Census Bureau".
 *
 * @example
 * ```ts
 * AUTHORED_DOCUMENTS.has('report'); // true
 * ```
 */
export const AUTHORED_DOCUMENTS: ReadonlySet<string> = checkedSet(
  'AUTHORED_DOCUMENTS',
  ['report', 'reports', 'study', 'analysis', 'poll', 'survey', 'statement', 'article', 'story', 'investigation', 'review', 'data', 'figures', 'estimate', 'estimates', 'tally', 'count', 'interview', 'editorial', 'column', 'post', 'filing', 'release', 'memo', 'letter', 'assessment', 'forecast', 'audit'],
  true,
);

/**
 * Lowercase prepositions that name the author of an {@link AUTHORED_DOCUMENTS} noun: "a report
 * *by* the Times", "a story *in* the Springfield Gazette", "figures *from* the ministry".
 *
 * @example
 * ```ts
 * AUTHOR_PREPOSITIONS.has('by'); // true
 * ```
 */
export const AUTHOR_PREPOSITIONS: ReadonlySet<string> = checkedSet('AUTHOR_PREPOSITIONS', ['by', 'in', 'from'], true);

/**
 * Lowercase nouns for a place that has a government, which may own a role: "the *city*'s finance
 * director", "the *state*'s attorney general".
 *
 * @example
 * ```ts
 * JURISDICTION_NOUNS.has('city'); // true
 * ```
 */
export const JURISDICTION_NOUNS: ReadonlySet<string> = checkedSet(
  'JURISDICTION_NOUNS',
  ['city', 'town', 'county', 'state', 'country', 'village', 'district', 'province', 'region', 'nation', 'municipality', 'borough', 'parish'],
  true,
);
