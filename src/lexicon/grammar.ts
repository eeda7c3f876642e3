/**
 * Function words of the attribution grammar: the closed classes that decide where a speaker's
 * noun phrase starts and ends around a reporting verb.
 *
 * Where it came from: the closed-class word lists of standard English grammars (determiners,
 * auxiliaries, subordinators; Quirk et al., *A Comprehensive Grammar of the English Language*),
 * cut down to what appears between a speaker and a reporting verb in news copy ("he *also* said",
 * "officials *on Tuesday* said", "the senator *has* said"). Closed classes change rarely, so this
 * list is meant to be complete rather than tuned.
 * @module
 */

/**
 * Determiners and quantifiers that open a noun phrase (lowercase).
 *
 * @example
 * ```ts
 * DETERMINERS.has('another'); // true — "another source said"
 * ```
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several',
  'some', 'many', 'most', 'few', 'other', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'each', 'both', 'all', 'no', 'any', 'multiple', 'numerous', 'various', 'dozens', 'hundreds', 'thousands',
]);

/**
 * Personal pronouns that can be the speaker of a reporting verb (lowercase).
 *
 * @example
 * ```ts
 * SPEAKER_PRONOUNS.has('she'); // true
 * ```
 */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/**
 * Relative pronouns whose antecedent is the speaker: "Smith, who said …", "the report, which found …".
 *
 * @example
 * ```ts
 * RELATIVE_PRONOUNS.has('who'); // true
 * ```
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom']);

/**
 * Auxiliaries that may precede a reporting verb and belong to the cue ("has said", "would tell").
 *
 * @example
 * ```ts
 * AUXILIARIES.has('has'); // true
 * ```
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were', 'be', 'been', 'did', 'does', 'do', 'may', 'might',
  'could', 'can', 'should', 'must', "'s", '’s', "'d", '’d',
]);

/**
 * Adverbs that stand between a speaker and the verb without changing who speaks ("he *also* said").
 * Other adverbs in -ly are recognised by their ending.
 *
 * @example
 * ```ts
 * INTERVENING_ADVERBS.has('also'); // true
 * ```
 */
export const INTERVENING_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'once', 'again', 'now', 'still', 'even', 'further', 'previously', 'recently', 'often', 'never',
  'always', 'already', 'just', 'first', 'initially', 'earlier', 'since', 'long', 'not', 'last', 'too', 'similarly', 'likewise',
  'ultimately', 'eventually', 'separately', 'reportedly', 'allegedly',
]);

/**
 * Words that name when something was said and may stand between speaker and verb or after the
 * verb ("Trump on Tuesday said", "said Monday").
 *
 * @example
 * ```ts
 * TIME_WORDS.has('tuesday'); // true
 * ```
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently',
  'earlier', 'later', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend',
]);

/**
 * Verbs whose first object is the hearer, not the content: "told *reporters* that", "informed *the
 * committee*", "assured *voters*" (lemmas).
 *
 * @example
 * ```ts
 * HEARER_VERBS.has('tell'); // true
 * ```
 */
export const HEARER_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'remind', 'warn', 'brief', 'advise', 'notify', 'promise', 'urge', 'ask', 'reassure', 'convince',
  'persuade', 'caution', 'answer', 'email', 'text', 'write', 'message', 'update', 'instruct', 'teach', 'show',
]);

/**
 * Words that cannot end a speaker's noun phrase: prepositions, conjunctions and other function
 * words that only look like a phrase's last word ("… and said", "… to say").
 *
 * @example
 * ```ts
 * NOT_A_SPEAKER_HEAD.has('and'); // true
 * ```
 */
export const NOT_A_SPEAKER_HEAD: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'than', 'that', 'this', 'there',
  'what', 'whether', 'if', 'because', 'so', 'not', 'also', 'has', 'have', 'had', 'is', 'was', 'be', 'been', 'being', 'are',
  'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'the', 'a', 'an', 'when',
  'while', 'after', 'before', 'since', 'until', 'where', 'how', 'why', 'then', 'who', 'which', 'whom', 'whose', 'him', 'them',
  'me', 'us', 'her', 'his', 'its', 'their', 'our', 'my', 'your', 'about', 'into', 'over', 'under', 'against', 'during',
  'without', 'within', 'through', 'per', 'via', 'just', 'only', 'even', 'still', 'previously', 'yet', 'never', 'ever',
]);

/**
 * Reporting verbs after which the reported clause may follow without "that" ("she said the vote
 * was fair", "I think it works"), as lemmas. Verbs outside this list take a noun phrase when
 * "that" is missing ("reported a loss", "announced a halt", "denied the claim"), which reports an
 * act rather than a statement.
 *
 * @example
 * ```ts
 * BARE_CLAUSE_VERBS.has('say'); // true
 * BARE_CLAUSE_VERBS.has('announce'); // false
 * ```
 */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'claim', 'argue', 'insist', 'think', 'believe', 'suggest', 'note', 'write', 'explain', 'state',
  'acknowledge', 'admit', 'complain', 'contend', 'maintain', 'assert', 'hope', 'fear', 'predict', 'warn', 'recall', 'reckon',
  'guess', 'suppose', 'feel', 'figure', 'concede', 'allege', 'boast', 'testify', 'reply', 'respond', 'agree',
  'worry', 'wonder', 'joke', 'quip', 'stress', 'emphasize', 'emphasise', 'insinuate', 'imply', 'promise', 'vow', 'pledge',
  'swear', 'assure', 'indicate', 'signal', 'hint', 'suspect', 'know', 'expect',
]);

/**
 * Lower-case particles inside personal names, across the languages news names come from:
 * "Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman", "Gabriel García y Pérez".
 *
 * @example
 * ```ts
 * NAME_PARTICLES.has('von'); // true
 * ```
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'le', 'bin',
  'ibn', 'al', 'el', 'y', 'e',
]);
