/**
 * Building blocks of anonymous-source phrases: "two senior administration officials",
 * "a person familiar with the matter", "a Western diplomat who spoke on condition of anonymity".
 *
 * Where the lists come from: compiled from the anonymous-source conventions of the AP
 * Stylebook ("Anonymous sources") and the Reuters Handbook of Journalism ("Sourcing"), the New
 * York Times' and Washington Post's published sourcing policies, the unnamed-source categories
 * of Duffy & Freeman's studies of anonymous sourcing, and the source annotation of the PolNeAR
 * guidelines. Hand-extended for British usage ("Whitehall sources", "palace sources",
 * "one Tory MP", "No 10 sources") and for wire copy on conflicts ("a security source",
 * "a senior Hamas official", "an Israeli military official").
 *
 * The phrase shape is: DETERMINER MODIFIER* HEAD TAIL?, e.g. "two | senior administration |
 * officials | familiar with the talks". Every entry is lowercase: lowercase the text before
 * looking it up. Multi-word entries ("white house", "law enforcement", "a number of") match as
 * a unit.
 *
 * What they deliberately leave out, and why: `familiar` is not a modifier (it follows the head:
 * "people familiar with …"; see {@link FAMILIARITY_TAILS}); nationality adjectives beyond the
 * ones most common in unnamed-source phrases are not repeated here — accept any entry of
 * `NATIONALITY_ADJECTIVES` (lowercased) from `titles.ts` as a modifier too; digits ("3
 * officials") are not determiners because AP and Reuters spell out one to nine and larger counts
 * are rare in this construction; `leader` and `ambassador` are not heads because a bare
 * "a party leader said" usually names the person in the next clause.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * Lowercase head nouns of anonymous-source phrases, singular and plural.
 *
 * `person`, `people`, `persons`, `individual` and `individuals` are sources only with a
 * familiarity tail ("people familiar with the matter"), never alone ("people said" is vox
 * pop, not a source): check {@link FAMILIARITY_TAILS} before accepting them.
 *
 * Throws at module load if the literal list holds a duplicate, blank or non-lowercase entry.
 * The heads that need a tail are {@link TAIL_ONLY_HEADS}.
 *
 * @example
 * ```ts
 * ANONYMOUS_SOURCE_HEADS.has('officials'); // true
 * ANONYMOUS_SOURCE_HEADS.has('spokeswoman'); // true
 * ANONYMOUS_SOURCE_HEADS.has('people'); // true — but only with "familiar with …"
 * ```
 */
export const ANONYMOUS_SOURCE_HEADS: ReadonlySet<string> = checkedSet('ANONYMOUS_SOURCE_HEADS', [
  'source',
  'sources',
  'official',
  'officials',
  'spokesperson',
  'spokespersons',
  'spokespeople',
  'spokesman',
  'spokesmen',
  'spokeswoman',
  'spokeswomen',
  'representative',
  'representatives',
  'aide',
  'aides',
  'insider',
  'insiders',
  'diplomat',
  'diplomats',
  'envoy',
  'envoys',
  'person',
  'persons',
  'people',
  'individual',
  'individuals',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'staffer',
  'staffers',
  'employee',
  'employees',
  'worker',
  'workers',
  'executive',
  'executives',
  'manager',
  'managers',
  'lawmaker',
  'lawmakers',
  'legislator',
  'legislators',
  'senator',
  'senators',
  'mp',
  'mps',
  'minister',
  'ministers',
  'backbencher',
  'backbenchers',
  'member',
  'members',
  'analyst',
  'analysts',
  'observer',
  'observers',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'expert',
  'experts',
  'officer',
  'officers',
  'agent',
  'agents',
  'investigator',
  'investigators',
  'prosecutor',
  'prosecutors',
  'regulator',
  'regulators',
  'negotiator',
  'negotiators',
  'mediator',
  'mediators',
  'commander',
  'commanders',
  'soldier',
  'soldiers',
  'doctor',
  'doctors',
  'banker',
  'bankers',
  'trader',
  'traders',
  'investor',
  'investors',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'strategist',
  'strategists',
  'operative',
  'operatives',
  'donor',
  'donors',
  'ally',
  'allies',
  'associate',
  'associates',
  'confidant',
  'confidants',
  'confidante',
  'confidantes',
  'colleague',
  'colleagues',
  'friend',
  'friends',
  'relative',
  'relatives',
  'figure',
  'figures',
  'whistleblower',
  'whistleblowers',
  'researcher',
  'researchers',
  'scientist',
  'scientists',
  'contractor',
  'contractors',
]);

/**
 * Lowercase words and multi-word units seen between the determiner and the head of an
 * anonymous-source phrase: rank, branch, institution, affiliation, nationality, reliability.
 * Any number of them may stack ("two senior U.S. defense officials").
 *
 * Also accept a lowercased `NATIONALITY_ADJECTIVES` entry from `titles.ts`; the nationalities
 * here are only the most frequent ones, kept so this set works alone.
 *
 * Throws at module load if the literal list holds a duplicate, blank or non-lowercase entry.
 *
 * @example
 * ```ts
 * ANONYMOUS_SOURCE_MODIFIERS.has('senior'); // true
 * ANONYMOUS_SOURCE_MODIFIERS.has('white house'); // true
 * ANONYMOUS_SOURCE_MODIFIERS.has('u.s.'); // true
 * ```
 */
export const ANONYMOUS_SOURCE_MODIFIERS: ReadonlySet<string> = checkedSet('ANONYMOUS_SOURCE_MODIFIERS', [
  // rank and tenure
  'senior',
  'junior',
  'top',
  'high-ranking',
  'high-level',
  'mid-level',
  'low-level',
  'ranking',
  'veteran',
  'longtime',
  'former',
  'current',
  'retired',
  'serving',
  'acting',
  'second',
  'third',
  'fourth',
  'separate',
  'different',
  'same',
  // reliability and anonymity
  'knowledgeable',
  'well-placed',
  'well-informed',
  'informed',
  'reliable',
  'trusted',
  'credible',
  'authoritative',
  'independent',
  'anonymous',
  'unnamed',
  'unidentified',
  'confidential',
  'official',
  'unofficial',
  'close',
  // institutions and branches
  'administration',
  'government',
  'governmental',
  'white house',
  'pentagon',
  'state department',
  'justice department',
  'treasury',
  'congressional',
  'capitol hill',
  'hill',
  'senate',
  'house',
  'parliamentary',
  'cabinet',
  'ministry',
  'ministerial',
  'embassy',
  'consular',
  'diplomatic',
  'kremlin',
  'downing street',
  'no 10',
  'no. 10',
  'whitehall',
  'palace',
  'royal',
  'military',
  'defense',
  'defence',
  'army',
  'navy',
  'air force',
  'intelligence',
  'security',
  'police',
  'law enforcement',
  'border',
  'judicial',
  'court',
  'legal',
  'federal',
  'state',
  'local',
  'regional',
  'provincial',
  'municipal',
  'city',
  'county',
  'foreign',
  'domestic',
  'western',
  'eastern',
  'arab',
  'gulf',
  'european',
  'eu',
  'nato',
  'un',
  'u.n.',
  'party',
  'campaign',
  'transition',
  'union',
  'opposition',
  'ruling party',
  'coalition',
  'rebel',
  'republican',
  'democratic',
  'gop',
  'conservative',
  'labour',
  'tory',
  'liberal',
  'company',
  'corporate',
  'industry',
  'market',
  'financial',
  'banking',
  'trade',
  'health',
  'medical',
  'hospital',
  'aid',
  'humanitarian',
  'rescue',
  'emergency',
  'prison',
  'team',
  'club',
  'league',
  // the most frequent nationalities in unnamed-source phrases
  'u.s.',
  'us',
  'american',
  'british',
  'uk',
  'french',
  'german',
  'israeli',
  'palestinian',
  'ukrainian',
  'russian',
  'chinese',
  'iranian',
  'iraqi',
  'syrian',
  'lebanese',
  'egyptian',
  'saudi',
  'qatari',
  'emirati',
  'turkish',
  'indian',
  'pakistani',
  'afghan',
  'japanese',
  'south korean',
  'north korean',
  'taiwanese',
]);

/**
 * Lowercase words and multi-word quantifiers that open an anonymous-source phrase.
 *
 * `the` counts only before a source that was introduced earlier ("the source said",
 * "the official added"); as an opener of a new anonymous source it is rare.
 *
 * Throws at module load if the literal list holds a duplicate, blank or non-lowercase entry.
 *
 * @example
 * ```ts
 * ANONYMOUS_SOURCE_DETERMINERS.has('two'); // true
 * ANONYMOUS_SOURCE_DETERMINERS.has('a number of'); // true
 * ```
 */
export const ANONYMOUS_SOURCE_DETERMINERS: ReadonlySet<string> = checkedSet('ANONYMOUS_SOURCE_DETERMINERS', [
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'several',
  'some',
  'many',
  'few',
  'a few',
  'other',
  'another',
  'multiple',
  'numerous',
  'various',
  'both',
  'more',
  'a dozen',
  'half a dozen',
  'a handful of',
  'a pair of',
  'a couple of',
  'a number of',
  'dozens of',
  'scores of',
  'at least two',
  'at least three',
  'more than a dozen',
]);

/**
 * Lowercase phrases that follow the head of an anonymous-source phrase and mark it as
 * unnamed: familiarity ("familiar with the matter"), access ("briefed on", "with knowledge
 * of") and anonymity ("who spoke on condition of anonymity").
 *
 * Ordered longest first (by characters), so a greedy matcher consumes
 * "with direct knowledge of the matter" before "with knowledge of". Generic prefixes
 * (`familiar with`, `close to`, `briefed on`) come last and match any object.
 *
 * @example
 * ```ts
 * const tail = FAMILIARITY_TAILS.find((t) => 'familiar with the talks said'.startsWith(t));
 * tail; // 'familiar with the talks'
 * ```
 */
export const FAMILIARITY_TAILS: readonly string[] = Object.freeze(
  [
    // familiarity
    'familiar with the matter',
    'familiar with the situation',
    'familiar with the talks',
    'familiar with the negotiations',
    'familiar with the discussions',
    'familiar with the deliberations',
    'familiar with the conversations',
    'familiar with the conversation',
    'familiar with the plans',
    'familiar with the plan',
    'familiar with the proposal',
    'familiar with the decision',
    'familiar with the investigation',
    'familiar with the probe',
    'familiar with the case',
    'familiar with the deal',
    'familiar with the agreement',
    'familiar with the process',
    'familiar with the details',
    'familiar with the document',
    'familiar with the report',
    'familiar with the intelligence',
    'familiar with the operation',
    'familiar with the meeting',
    'familiar with the call',
    'familiar with the thinking',
    'familiar with his thinking',
    'familiar with her thinking',
    'familiar with their thinking',
    'familiar with internal discussions',
    'familiar with',
    // closeness and access
    'close to the matter',
    'close to the talks',
    'close to the negotiations',
    'close to the investigation',
    'close to the family',
    'close to',
    'briefed on the matter',
    'briefed on the talks',
    'briefed on the discussions',
    'briefed on the plans',
    'briefed on',
    'with knowledge of the matter',
    'with knowledge of the situation',
    'with knowledge of the talks',
    'with direct knowledge of the matter',
    'with direct knowledge of',
    'with firsthand knowledge of',
    'with first-hand knowledge of',
    'with knowledge of',
    'knowledgeable about',
    'involved in the talks',
    'involved in the negotiations',
    'involved in the discussions',
    'involved in',
    'privy to',
    'with access to',
    'who has seen the document',
    'who have seen the document',
    'who had been briefed',
    // anonymity
    'who spoke on condition of anonymity',
    'who spoke on the condition of anonymity',
    'speaking on condition of anonymity',
    'speaking on the condition of anonymity',
    'on condition of anonymity',
    'on the condition of anonymity',
    'who spoke anonymously',
    'speaking anonymously',
    'who spoke on background',
    'speaking on background',
    'speaking privately',
    'who asked not to be named',
    'who asked not to be identified',
    'who declined to be named',
    'who declined to be identified',
    'who did not want to be named',
    'who did not wish to be named',
    'who requested anonymity',
    'who asked for anonymity',
    'who requested not to be named',
    'who was granted anonymity',
    'who were granted anonymity',
    'granted anonymity',
    'who was not authorized to speak publicly',
    'who were not authorized to speak publicly',
    'who was not authorised to speak publicly',
    'who were not authorised to speak publicly',
    'not authorized to speak publicly',
    'not authorised to speak publicly',
    'who was not authorized to discuss',
    'who were not authorized to discuss',
    'not authorized to discuss',
    'not authorised to discuss',
    'who was not authorized to comment',
    'who were not authorized to comment',
    'not authorized to comment',
    'not authorised to comment',
  ].sort((a, b) => b.length - a.length),
);

/**
 * Heads of {@link ANONYMOUS_SOURCE_HEADS} that are sources only with a familiarity tail ("people
 * familiar with the talks"): "people said" alone is vox pop, not a source.
 *
 * Written by the project's developers in the anonymous-source parser and moved here unchanged
 * (issue 9); part of this project, under its MIT licence.
 *
 * @example
 * ```ts
 * TAIL_ONLY_HEADS.has('people'); // true
 * TAIL_ONLY_HEADS.has('officials'); // false
 * ```
 */
export const TAIL_ONLY_HEADS: ReadonlySet<string> = checkedSet('TAIL_ONLY_HEADS', [
  'person', 'people', 'persons', 'individual', 'individuals',
], true);
