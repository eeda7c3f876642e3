/**
 * Attribution-specific word lists: the words that decide, around a cue, what is a speaker, what
 * is a label, and where reported content starts and ends ("Update:" before a colon speaks for no
 * one; "asked *whether*" opens a question; ", *which* …" after the content comments on it).
 *
 * Where the lists come from: written by the project's developers inside the quote rules
 * (`src/quotes/`) and the source rules (`src/sources/`), and moved here unchanged (issue 9);
 * each list's comment says which rule reads it and why. The code they came from names no outside
 * source for them; as compiled here they are part of this project, under its MIT licence.
 * {@link POSTMODIFIER_PREPOSITIONS}, {@link PLURAL_SPEAKER_WORDS}, {@link TELL_FORMS} and
 * {@link PASSIVE_CITATION_VERBS} were chains of comparisons in those rules, moved here unchanged
 * later, under the same terms. Every entry is lowercase: callers compare lower-cased words.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * Verbs (lemmas) whose content may be an indirect question: "asked *whether* …", "wondered *why* …".
 *
 * @example
 * ```ts
 * QUESTION_VERBS.has('wonder'); // true
 * ```
 */
export const QUESTION_VERBS: ReadonlySet<string> = checkedSet('QUESTION_VERBS', ['ask', 'wonder', 'question', 'inquire', 'enquire'], true);

/**
 * Labels that stand before a colon but speak for no one ("Update:", "Why it matters:"), matched
 * against the first word of the sentence. Documents announce findings in headlines ("Poll: …",
 * "Report: …"); the body names who made them, so they are labels too.
 *
 * @example
 * ```ts
 * COLON_LABELS.has('update'); // true — "Update: the vote was postponed"
 * COLON_LABELS.has('ryan'); // false — "Ryan: FBI decision ‘defies explanation’"
 * ```
 */
export const COLON_LABELS: ReadonlySet<string> = checkedSet('COLON_LABELS', [
  'update', 'updated', 'note', 'editor', 'editors', 'editor’s', "editor's", 'editors’', "editors'", 'correction', 'clarification',
  'related', 'photo', 'photos', 'video', 'watch', 'read', 'listen', 'advertisement', 'disclosure', 'warning', 'background',
  'context', 'why', 'what', 'how', 'when', 'where', 'who', 'here', 'here’s', "here's", 'the', 'this', 'that', 'these', 'q', 'a',
  'question', 'answer', 'transcript', 'exclusive', 'breaking', 'live', 'analysis', 'opinion', 'editorial', 'bottom', 'go',
  'driving', 'between', 'yes', 'no', 'and', 'but', 'also', 'more', 'full', 'story', 'tags', 'topics', 'image', 'credit', 'caption',
  'reporting', 'editing', 'contact', 'follow',
  // Documents announce findings in headlines ("Poll: …", "Report: …"); the body names who made them.
  'poll', 'polls', 'survey', 'study', 'report', 'reports', 'data', 'review', 'fact', 'timeline', 'explainer', 'factbox',
  // Credit lines ("Contributing: …", "Additional reporting: …", "Source: …"), added in issue 10.
  'contributing', 'contributors', 'additional', 'produced', 'written', 'edited', 'source', 'sources', 'credits', 'graphic',
  'graphics', 'illustration', 'map', 'chart', 'sponsored', 'advertising', 'subscribe',
  // Market-report labels ("STOCKS: …", "BONDS: …"), added in issue 10.
  'stocks', 'shares', 'bonds', 'currencies', 'commodities', 'markets', 'futures', 'treasuries', 'metals', 'oil', 'gold', 'forex',
  'dollar', 'euro', 'yen', 'sterling', 'crypto', 'bitcoin',
], true);

/**
 * Words that end the speaker of a colon attribution, even capitalised in a title-case headline:
 * "Gillibrand On Hillary: …" → the speaker is "Gillibrand".
 *
 * @example
 * ```ts
 * COLON_NAME_STOPS.has('on'); // true
 * ```
 */
export const COLON_NAME_STOPS: ReadonlySet<string> = checkedSet('COLON_NAME_STOPS', ['on', 'to', 'in', 'at', 'about', 'for', 'of', 'and'], true);

/**
 * Words that, after a comma, open a clause that comments on the reported content rather than
 * continuing it: "…, *which* drew criticism" ends the content before the comma.
 *
 * @example
 * ```ts
 * CONTENT_BREAKS.has('which'); // true
 * ```
 */
export const CONTENT_BREAKS: ReadonlySet<string> = checkedSet('CONTENT_BREAKS', [
  'which', 'who', 'whom', 'whose', 'while', 'whereas', 'despite', 'although', 'though',
], true);

/**
 * Words that cannot open a reported clause of its own: subordinators, coordinators, relative
 * words and the participles of a comment ("…, *adding* that"). After a cue, a stretch starting
 * with one is an adjunct or a subordinate clause, not content; after ", he said," it does not
 * carry the content on.
 *
 * @example
 * ```ts
 * NOT_CLAUSE_START.has('because'); // true
 * ```
 */
export const NOT_CLAUSE_START: ReadonlySet<string> = checkedSet('NOT_CLAUSE_START', [
  'as', 'while', 'because', 'although', 'though', 'after', 'before', 'since', 'until', 'and', 'but', 'or', 'so',
  'adding', 'noting', 'saying', 'who', 'which', 'whom', 'whose', 'where', 'despite', 'whereas', 'then',
], true);

/**
 * Words that open a post-modifier of a speaker's head noun: "sources *familiar* with the matter
 * said", "people *briefed* on the talks", "officials *in* Washington said".
 *
 * @example
 * ```ts
 * POSTMODIFIER_STARTS.has('familiar'); // true
 * ```
 */
export const POSTMODIFIER_STARTS: ReadonlySet<string> = checkedSet('POSTMODIFIER_STARTS', [
  'familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'speaking', 'with', 'in', 'at', 'for', 'from', 'to',
], true);

/**
 * The {@link POSTMODIFIER_STARTS} that are prepositions: a post-modifier opened by one makes a
 * speaker only after an anonymous-source head ("officials *in* Washington said", "a person
 * familiar *with* the talks said"), not after a name.
 *
 * @example
 * ```ts
 * POSTMODIFIER_PREPOSITIONS.has('in'); // true
 * POSTMODIFIER_PREPOSITIONS.has('familiar'); // false
 * ```
 */
export const POSTMODIFIER_PREPOSITIONS: ReadonlySet<string> = checkedSet('POSTMODIFIER_PREPOSITIONS', [
  'with', 'in', 'at', 'for', 'from',
  // ("an adviser to the governor said", "aides to Clinton say")
  'to',
], true);

/**
 * Words that, anywhere in a speaker phrase, let it take a plural verb ("Smith *and* Jones say",
 * "52 *percent* say", "*people* briefed on the talks say"), besides plural pronouns, numbers and
 * plural-looking nouns.
 *
 * @example
 * ```ts
 * PLURAL_SPEAKER_WORDS.has('people'); // true
 * ```
 */
export const PLURAL_SPEAKER_WORDS: ReadonlySet<string> = checkedSet('PLURAL_SPEAKER_WORDS', [
  'and', 'percent', 'people', 'most', 'few', 'both', 'many', 'several', 'some', 'all', 'half', 'majority',
], true);

/**
 * Singular nouns that speak for a body without a determiner ("police said", "staff said").
 *
 * @example
 * ```ts
 * COLLECTIVE_HEADS.has('police'); // true
 * ```
 */
export const COLLECTIVE_HEADS: ReadonlySet<string> = checkedSet('COLLECTIVE_HEADS', [
  'police', 'staff', 'management', 'leadership', 'prosecutors', 'authorities', 'percent',
], true);

/**
 * Heads of documents and surveys, capitalised in their names: "a new Suffolk University Poll" is
 * not a person, and a source named by one is an anonymous source.
 *
 * @example
 * ```ts
 * DOCUMENT_HEADS.has('poll'); // true
 * ```
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = checkedSet('DOCUMENT_HEADS', [
  'poll', 'polls', 'survey', 'surveys', 'report', 'reports', 'study', 'studies', 'analysis', 'index', 'memo', 'review', 'audit',
], true);

/**
 * Words that may stand between a name and its reporting verb without changing who speaks
 * ("Axios *first* reported", "CNN *has* reported"). Other adverbs in -ly are recognised by their ending.
 *
 * @example
 * ```ts
 * CUE_FILLERS.has('first'); // true
 * ```
 */
export const CUE_FILLERS: ReadonlySet<string> = checkedSet('CUE_FILLERS', [
  'has', 'have', 'had', 'was', 'is', 'also', 'first', 'previously', 'earlier', 'later', 'originally', 'initially', 'then', 'again',
  'recently', 'reportedly', 'exclusively', 'will', 'would',
], true);

/**
 * Reporting-verb forms whose object is the hearer ("told Smith", "asked CNN"), not the speaker:
 * a name right after one is not cited by it. Inflected forms, unlike the lemmas of
 * `HEARER_VERBS` in `grammar.ts`, and fewer: "wrote Smith" is an inverted citation.
 *
 * @example
 * ```ts
 * HEARER_FORMS.has('told'); // true
 * ```
 */
export const HEARER_FORMS: ReadonlySet<string> = checkedSet('HEARER_FORMS', [
  'told', 'tell', 'tells', 'telling', 'asked', 'asks', 'ask', 'urged', 'warned', 'reminded', 'assured', 'informed',
], true);

/**
 * Forms of "tell" right before a name that put it where a source is cited: "a senator told *CNN*",
 * "tells *Axios*" (the outlet that carries the statement). Narrower than {@link HEARER_FORMS},
 * which keeps a name after a verb of telling from being its speaker.
 *
 * @example
 * ```ts
 * TELL_FORMS.has('tells'); // true
 * ```
 */
export const TELL_FORMS: ReadonlySet<string> = checkedSet('TELL_FORMS', ['told', 'tells', 'tell'], true);

/**
 * Participles that, before "by", cite the name after it: "reported *by* Reuters", "obtained by
 * The Washington Post", "quoted by Axios".
 *
 * @example
 * ```ts
 * PASSIVE_CITATION_VERBS.has('obtained'); // true — "documents obtained by CNN"
 * ```
 */
export const PASSIVE_CITATION_VERBS: ReadonlySet<string> = checkedSet('PASSIVE_CITATION_VERBS', [
  'reported', 'published', 'obtained', 'quoted', 'cited',
], true);

/**
 * Words that open a fronted adverbial — a setting or a circumstance before the main clause ("*In*
 * an interview on Monday, Lee said …", "*When* asked about the cuts, Lee said …"). A stretch
 * before "…, Lee said" that opens with one of them and holds no comma or quotation is the frame of
 * what follows the cue, not what was said. Written by the project's developers (issue 10).
 *
 * @example
 * ```ts
 * FRONTED_ADVERBIAL_STARTS.has('during'); // true — "During the debate, Lee said …"
 * ```
 */
export const FRONTED_ADVERBIAL_STARTS: ReadonlySet<string> = checkedSet('FRONTED_ADVERBIAL_STARTS', [
  'in', 'at', 'on', 'during', 'after', 'before', 'when', 'while', 'since', 'following', 'asked', 'speaking', 'addressing',
  'writing', 'interviewed', 'amid', 'despite', 'upon', 'responding', 'reacting', 'pressed', 'questioned', 'later', 'earlier', 'with',
], true);

/**
 * Determiners and indefinite pronouns that stand alone as the speaker, as personal pronouns do:
 * "“…,” *one* said", "*another* added", "*some* said the plan would fail", "*someone* shouted".
 * Written by the project's developers (issue 10).
 *
 * @example
 * ```ts
 * STANDALONE_DETERMINERS.has('another'); // true
 * ```
 */
export const STANDALONE_DETERMINERS: ReadonlySet<string> = checkedSet('STANDALONE_DETERMINERS', [
  'one', 'another', 'some', 'many', 'several', 'both', 'few', 'most', 'each', 'none', 'neither', 'either', 'all',
  'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'nobody',
], true);

/**
 * Possessive determiners: a capitalised word right after one modifies a noun ("her *Facebook*
 * posts", "his *Twitter* feed") and is never the subject of the word that follows it. Written by
 * the project's developers (issue 10).
 *
 * @example
 * ```ts
 * POSSESSIVE_DETERMINERS.has('their'); // true
 * ```
 */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = checkedSet('POSSESSIVE_DETERMINERS', [
  'his', 'her', 'their', 'its', 'our', 'my', 'your',
], true);

/**
 * "-s" forms of reporting verbs that are never plural nouns: before another verb-shaped word
 * ("Lee says praise …") they are still the verb, where "emails", "figures" or "reports" would
 * be the subject ("the leaked emails showed"). Written by the project's developers (issue 10).
 *
 * @example
 * ```ts
 * VERB_ONLY_S_FORMS.has('says'); // true
 * VERB_ONLY_S_FORMS.has('figures'); // false
 * ```
 */
export const VERB_ONLY_S_FORMS: ReadonlySet<string> = checkedSet('VERB_ONLY_S_FORMS', [
  'says', 'tells', 'adds', 'argues', 'insists', 'explains', 'believes', 'thinks', 'writes', 'warns', 'suggests',
  'admits', 'acknowledges', 'agrees', 'recalls', 'predicts', 'contends', 'maintains',
], true);

/**
 * Reporting-verb forms spelled the same in the base form and the past tense: after a singular
 * subject they are past tenses ("her statement *read*", "as Lee *put* it"), not base forms that
 * need a plural subject. Written by the project's developers (issue 10).
 *
 * @example
 * ```ts
 * PAST_AS_BASE_FORMS.has('read'); // true
 * ```
 */
export const PAST_AS_BASE_FORMS: ReadonlySet<string> = checkedSet('PAST_AS_BASE_FORMS', ['read', 'put'], true);

/**
 * Words after which "NAME saying" makes NAME the speaker of what follows: "*with* spokesman John
 * Smith saying, “…”", "the book *has* Lee saying …". Written by the project's developers (issue 10).
 *
 * @example
 * ```ts
 * SAYING_FRAMES.has('with'); // true
 * ```
 */
export const SAYING_FRAMES: ReadonlySet<string> = checkedSet('SAYING_FRAMES', ['with', 'has', 'had', 'have', 'having', 'shows', 'showed', 'quotes', 'quoted'], true);

/**
 * Pronouns that are only ever subjects: after a verb with a hearer ("warned *they* would strike")
 * one starts the reported clause; it is never the hearer. Written by the project's developers
 * (issue 10).
 *
 * @example
 * ```ts
 * NOMINATIVE_PRONOUNS.has('they'); // true
 * NOMINATIVE_PRONOUNS.has('you'); // false — "told you"
 * ```
 */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = checkedSet('NOMINATIVE_PRONOUNS', ['he', 'she', 'they', 'we', 'i'], true);

/**
 * Prepositions and subordinators before a participle cue whose speaker is the clause's subject:
 * "Obama ended his speech *by* saying “…”", "Trump laughed it off *by* interjecting, “…”",
 * "*after* saying that …". Written by the project's developers (issue 10).
 *
 * @example
 * ```ts
 * PARTICIPLE_OPENERS.has('by'); // true
 * ```
 */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = checkedSet('PARTICIPLE_OPENERS', ['by', 'after', 'before', 'while', 'when', 'without'], true);

/**
 * Subordinators that open an adverbial clause with a subject of its own: in "Lee criticized
 * Kim *after* she attacked the police and blamed the courts", the coordinated "blamed" is Kim's,
 * not Lee's. Written for this project, MIT.
 *
 * @example
 * ```ts
 * SUBORDINATORS.has('after'); // true
 * ```
 */
export const SUBORDINATORS: ReadonlySet<string> = checkedSet('SUBORDINATORS', [
  'after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'once', 'whereas', 'as', 'if',
], true);

/**
 * Number words of poll copy's shares ("*six* in *ten* say"), up to twelve. Written for this
 * project, MIT.
 *
 * @example
 * ```ts
 * NUMBER_WORDS.has('six'); // true
 * ```
 */
export const NUMBER_WORDS: ReadonlySet<string> = checkedSet('NUMBER_WORDS', [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
], true);

/**
 * Nouns of a share of respondents that speak alone in poll copy: "nearly *half* said", "a
 * *majority* believe". Written for this project, MIT.
 *
 * @example
 * ```ts
 * SHARE_NOUNS.has('half'); // true
 * ```
 */
export const SHARE_NOUNS: ReadonlySet<string> = checkedSet('SHARE_NOUNS', [
  'half', 'majority', 'minority', 'plurality', 'two-thirds', 'three-quarters',
], true);

/**
 * Words that qualify a share before it: "*about* four in 10", "*nearly* half". Written for this
 * project, MIT.
 *
 * @example
 * ```ts
 * APPROXIMATORS.has('nearly'); // true
 * ```
 */
export const APPROXIMATORS: ReadonlySet<string> = checkedSet('APPROXIMATORS', [
  'about', 'nearly', 'almost', 'roughly', 'around', 'only', 'just', 'over', 'under', 'barely', 'fully', 'a',
], true);

/**
 * Words that make the noun after them plural: "two states", "another eight contests", "a few
 * states", "several reports". Before an "-s" form they show it is a plural noun, not a verb
 * ("the two states hold primaries"). Written for this project, MIT.
 *
 * @example
 * ```ts
 * PLURAL_NUMBER_WORDS.has('eight'); // true
 * ```
 */
export const PLURAL_NUMBER_WORDS: ReadonlySet<string> = checkedSet('PLURAL_NUMBER_WORDS', [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'few',
  'several', 'many', 'both', 'hundreds', 'thousands', 'millions',
], true);

/**
 * Verb forms that news copy almost only writes as nouns ("the two states", "state lawmakers",
 * "include state Rep. Jane Roe"): they are cues only when "that", a colon, a quotation or the end
 * of the sentence follows ("the memo states that …", "the sign states: …", "…,” the report
 * states."). Written for this project, MIT.
 *
 * @example
 * ```ts
 * NOUN_FIRST_FORMS.has('states'); // true
 * ```
 */
export const NOUN_FIRST_FORMS: ReadonlySet<string> = checkedSet('NOUN_FIRST_FORMS', ['state', 'states'], true);

/**
 * Verb forms that news copy writes as nouns as often as verbs ("strong support", "her
 * health-care plan", "the plans"): without an auxiliary they are cues only after a subject that
 * plainly is one — a subject pronoun, a name for the "-s" form ("Udall supports …"), a plural or
 * a number for the base form ("most voters support …", "34 percent favor …"). Written for this
 * project, MIT.
 *
 * @example
 * ```ts
 * NOUN_PRONE_FORMS.has('support'); // true
 * ```
 */
export const NOUN_PRONE_FORMS: ReadonlySet<string> = checkedSet(
  'NOUN_PRONE_FORMS',
  ['support', 'supports', 'plan', 'plans', 'favor', 'favors', 'favour', 'favours'],
  true,
);
