/**
 * Word lists of pronoun and description resolution (`src/sources/coreference.ts`,
 * `src/sources/resolve-sources.ts`): which written things "it" may continue ("the letter says …
 * It also demands"), and which lowercase nouns make an organisation of the name before them
 * ("the Ortiz campaign", "Trump's campaign").
 *
 * Where the lists come from: written for this project (issue 11) from how English-language news
 * writes these references; no outside source. MIT, as the rest of the project. Every entry is
 * lowercase: callers compare lower-cased words.
 * @module
 */
import { checkedMap, checkedSet } from './checked.js';

/**
 * Singular heads of written or recorded things that speak in news ("the letter says", "the
 * ruling found", "the ad claims"), so that "it" may continue them. Plurals are left out: "they"
 * after "the documents" is rare and usually means people.
 *
 * @example
 * ```ts
 * SPEAKING_DOCUMENTS.has('letter'); // true
 * SPEAKING_DOCUMENTS.has('senator'); // false
 * ```
 */
export const SPEAKING_DOCUMENTS: ReadonlySet<string> = checkedSet('SPEAKING_DOCUMENTS', [
  'poll', 'survey', 'report', 'study', 'analysis', 'index', 'memo', 'review', 'audit',
  'article', 'story', 'editorial', 'column', 'op-ed', 'letter', 'statement', 'release', 'complaint', 'lawsuit', 'suit',
  'filing', 'indictment', 'ruling', 'decision', 'opinion', 'order', 'verdict', 'motion', 'petition', 'bill', 'law',
  'plan', 'proposal', 'platform', 'budget', 'document', 'email', 'message', 'post', 'tweet', 'ad', 'advertisement',
  'video', 'book', 'memoir', 'transcript', 'summary', 'notice', 'warning', 'guidance', 'paper', 'resolution', 'website',
], true);

/**
 * Lowercase nouns that, after a name ("the Ortiz campaign") or a possessive name ("Trump's
 * campaign"), name an organisation of that person: a source of its own that "it", "they" and
 * "the campaign" may refer back to.
 *
 * @example
 * ```ts
 * NAMED_ORGANIZATION_NOUNS.has('campaign'); // true
 * ```
 */
export const NAMED_ORGANIZATION_NOUNS: ReadonlySet<string> = checkedSet('NAMED_ORGANIZATION_NOUNS', [
  'campaign', 'administration', 'foundation', 'team',
], true);

/**
 * Nouns that, right after one of the {@link NAMED_ORGANIZATION_NOUNS}, make it a modifier of an
 * event or a thing: "his New England campaign swing", "the Lee campaign ad" name a trip and an
 * advertisement, not the campaign. (A person after it, "the Lee campaign manager", still speaks
 * for the campaign, so such heads are not listed.) Written for this project (MIT).
 *
 * @example
 * ```ts
 * ORGANIZATION_NOUN_COMPOUNDS.has('swing'); // true
 * ```
 */
export const ORGANIZATION_NOUN_COMPOUNDS: ReadonlySet<string> = checkedSet('ORGANIZATION_NOUN_COMPOUNDS', [
  'swing', 'trail', 'stop', 'stops', 'event', 'events', 'rally', 'rallies', 'tour', 'trip', 'season', 'cycle',
  'ad', 'ads', 'promise', 'promises', 'pledge', 'pledges', 'speech', 'speeches', 'slogan', 'literature', 'era', 'years',
], true);

/**
 * Labels that open a photo or picture credit ("(Photo: Jane Doe/Reuters)", "Photograph by Jane
 * Doe", "(AP Photo/Jane Doe)", "Credit: Jane Doe"): the names after them took a picture and say
 * nothing in the article, so no pronoun may refer to them.
 *
 * @example
 * ```ts
 * CREDIT_LABELS.has('photo'); // true
 * ```
 */
export const CREDIT_LABELS: ReadonlySet<string> = checkedSet('CREDIT_LABELS', [
  'photo', 'photos', 'photograph', 'photographs', 'photography', 'image', 'images', 'picture', 'pictures', 'pic',
  'credit', 'credits', 'illustration', 'graphic', 'video', 'footage', 'caption', 'source',
], true);

/**
 * Number words that may open a plural subject beyond those `DETERMINERS` lists ("Twenty-seven
 * states", "Fifteen senators"); the parts of a hyphenated number are read one by one.
 *
 * @example
 * ```ts
 * NUMBER_WORDS.has('twenty'); // true
 * ```
 */
export const NUMBER_WORDS: ReadonlySet<string> = checkedSet('NUMBER_WORDS', [
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'dozen', 'scores', 'millions',
], true);

/**
 * Verbs that follow the author's name in an op-ed's closing tagline: "Jane Miller *is* a
 * professor of history", "Tom Hill *writes* about energy".
 *
 * @example
 * ```ts
 * TAGLINE_VERBS.has('is'); // true
 * ```
 */
export const TAGLINE_VERBS: ReadonlySet<string> = checkedSet('TAGLINE_VERBS', ['is', 'was', 'teaches', 'writes', 'directs', 'served', 'has'], true);

/** The last words (lower-cased, no period) of company names: "Acme Corp.", "Acme Inc.", "Acme Holdings". */
const COMPANY_HEADS: ReadonlySet<string> = checkedSet('COMPANY_HEADS', [
  'corp', 'corporation', 'inc', 'incorporated', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh',
  'holdings', 'industries', 'group', 'enterprises', 'motors', 'airlines', 'airways', 'pharmaceuticals', 'technologies',
], true);

/**
 * For a back-reference noun ("the company", "the fund"), the last words of the organisation
 * names it may refer to when no organisation was named with the noun itself: "Acme Corp. … the
 * company said". Nouns not listed refer only to an organisation named with them ("the Harbour
 * Authority … the authority"): "the group" or "the commission" after any organisation would
 * too often be a guess.
 *
 * @example
 * ```ts
 * NOUN_NAME_HEADS.get('company')?.has('corp'); // true
 * ```
 */
export const NOUN_NAME_HEADS: ReadonlyMap<string, ReadonlySet<string>> = checkedMap<ReadonlySet<string>>('NOUN_NAME_HEADS', [
  ['company', COMPANY_HEADS],
  ['firm', COMPANY_HEADS],
  ['corporation', COMPANY_HEADS],
  ['conglomerate', COMPANY_HEADS],
  ['fund', checkedSet('FUND_HEADS', ['fund', 'funds', 'trust', 'endowment'], true)],
  ['agency', checkedSet('AGENCY_HEADS', ['agency', 'administration', 'bureau', 'service', 'office', 'commission'], true)],
]);

/**
 * Determiners that open a singular noun phrase: what follows them is no plural subject ("That
 * frustrates many analysts" is a verb after "that", not a group).
 *
 * @example
 * ```ts
 * SINGULAR_DETERMINERS.has('this'); // true
 * ```
 */
export const SINGULAR_DETERMINERS: ReadonlySet<string> = checkedSet('SINGULAR_DETERMINERS', [
  'a', 'an', 'another', 'one', 'this', 'that', 'each', 'every', 'its', 'his', 'her', 'no',
], true);

/**
 * Organisation nouns that point back to the organisation of the sentence before even when its
 * name does not hold them ("The Tax Policy Center … came to a similar conclusion. …, the group
 * said"). Collective nouns ("police", "authorities", "the government", "the military") are left
 * out: they name a body of their own, not the organisation just mentioned.
 *
 * @example
 * ```ts
 * BACK_REFERENCE_NOUNS.has('group'); // true
 * BACK_REFERENCE_NOUNS.has('police'); // false
 * ```
 */
export const BACK_REFERENCE_NOUNS: ReadonlySet<string> = checkedSet('BACK_REFERENCE_NOUNS', [
  'group', 'organization', 'organisation', 'union', 'association', 'coalition', 'alliance', 'foundation', 'institute',
  'federation', 'charity', 'party', 'movement', 'nonprofit', 'center', 'centre', 'council', 'committee', 'commission', 'board',
], true);
