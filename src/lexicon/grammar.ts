/**
 * Function words of the attribution grammar: the closed classes that decide where a speaker's
 * noun phrase starts and ends around a reporting verb.
 *
 * Where it came from: the closed-class word lists of standard English grammars (determiners,
 * auxiliaries, subordinators; Quirk et al., *A Comprehensive Grammar of the English Language*),
 * cut down to what appears between a speaker and a reporting verb in news copy ("he *also* said",
 * "officials *on Tuesday* said", "the senator *has* said"). Closed classes change rarely, so this
 * list is meant to be complete rather than tuned.
 *
 * The role lists further down (prepositions, object, reflexive and relative pronouns, wh-words,
 * sentence openers, phrase stops) were written by the project's developers inside the quote and
 * source rules and moved here in issue 9 (unchanged, except that {@link OBLIQUE_PREPOSITIONS}
 * now builds on {@link PREPOSITIONS}): each is a closed-class subset cut to the rule that reads
 * it, so two role lists may differ on purpose. Their words are common English function words; as
 * compiled here they are part of this project, under its MIT licence. The last few
 * ({@link ARTICLES}, {@link HEAD_JOINING_PREPOSITIONS}, {@link SETTING_PREPOSITIONS},
 * {@link TIME_WORD_MODIFIERS}) were written the same way, as chains of comparisons inside the
 * quote and source rules, and moved here unchanged later, under the same terms.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * Determiners and quantifiers that open a noun phrase (lowercase).
 *
 * @example
 * ```ts
 * DETERMINERS.has('another'); // true — "another source said"
 * ```
 */
export const DETERMINERS: ReadonlySet<string> = checkedSet('DETERMINERS', [
  'the', 'a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several',
  'some', 'many', 'most', 'few', 'other', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'each', 'both', 'all', 'no', 'any', 'multiple', 'numerous', 'various', 'dozens', 'hundreds', 'thousands',
], true);

/**
 * Personal pronouns that can be the speaker of a reporting verb (lowercase).
 *
 * @example
 * ```ts
 * SPEAKER_PRONOUNS.has('she'); // true
 * ```
 */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = checkedSet('SPEAKER_PRONOUNS', ['he', 'she', 'they', 'i', 'we', 'it', 'you'], true);

/**
 * Relative pronouns whose antecedent is the speaker: "Smith, who said …", "the report, which found …".
 *
 * @example
 * ```ts
 * RELATIVE_PRONOUNS.has('who'); // true
 * ```
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = checkedSet('RELATIVE_PRONOUNS', ['who', 'which', 'whom'], true);

/**
 * Auxiliaries that may precede a reporting verb and belong to the cue ("has said", "would tell").
 *
 * @example
 * ```ts
 * AUXILIARIES.has('has'); // true
 * ```
 */
export const AUXILIARIES: ReadonlySet<string> = checkedSet('AUXILIARIES', [
  'has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were', 'be', 'been', 'did', 'does', 'do', 'may', 'might',
  'could', 'can', 'should', 'must', "'s", '’s', "'d", '’d',
], true);

/**
 * Adverbs that stand between a speaker and the verb without changing who speaks ("he *also* said").
 * Other adverbs in -ly are recognised by their ending.
 *
 * @example
 * ```ts
 * INTERVENING_ADVERBS.has('also'); // true
 * ```
 */
export const INTERVENING_ADVERBS: ReadonlySet<string> = checkedSet('INTERVENING_ADVERBS', [
  'also', 'then', 'later', 'once', 'again', 'now', 'still', 'even', 'further', 'previously', 'recently', 'often', 'never',
  'always', 'already', 'just', 'first', 'initially', 'earlier', 'since', 'long', 'not', 'last', 'too', 'similarly', 'likewise',
  'ultimately', 'eventually', 'separately', 'reportedly', 'allegedly',
  // Sentence adverbs set off without commas ("Carter however said …"), added in issue 10.
  'however', 'meanwhile', 'nevertheless', 'instead', 'though',
], true);

/**
 * Words that name when something was said and may stand between speaker and verb or after the
 * verb ("Trump on Tuesday said", "said Monday").
 *
 * @example
 * ```ts
 * TIME_WORDS.has('tuesday'); // true
 * ```
 */
export const TIME_WORDS: ReadonlySet<string> = checkedSet('TIME_WORDS', [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently',
  'earlier', 'later', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend',
], true);

/**
 * Words that, right before one of the {@link TIME_WORDS}, belong to the time phrase after a cue:
 * "said *on* Tuesday", "told reporters *this* week", "said *last* month", "said *late* Monday".
 * The quotes stage skips the pair to reach the content.
 *
 * @example
 * ```ts
 * TIME_WORD_MODIFIERS.has('last'); // true — "said last week that …"
 * ```
 */
export const TIME_WORD_MODIFIERS: ReadonlySet<string> = checkedSet('TIME_WORD_MODIFIERS', [
  'on', 'this', 'last', 'next', 'late', 'early',
], true);

/**
 * Prepositions that open a cue's setting when a speech noun follows: "said *in* a statement",
 * "said *during* an interview", "told reporters *at* a news conference". The quotes stage skips
 * the setting as part of the cue phrase.
 *
 * @example
 * ```ts
 * SETTING_PREPOSITIONS.has('during'); // true
 * ```
 */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = checkedSet('SETTING_PREPOSITIONS', ['in', 'during', 'at'], true);

/**
 * Verbs whose first object is the hearer, not the content: "told *reporters* that", "informed *the
 * committee*", "assured *voters*" (lemmas).
 *
 * @example
 * ```ts
 * HEARER_VERBS.has('tell'); // true
 * ```
 */
export const HEARER_VERBS: ReadonlySet<string> = checkedSet('HEARER_VERBS', [
  'tell', 'inform', 'assure', 'remind', 'warn', 'brief', 'advise', 'notify', 'promise', 'urge', 'ask', 'reassure', 'convince',
  'persuade', 'caution', 'answer', 'email', 'text', 'write', 'message', 'update', 'instruct', 'teach', 'show',
], true);

/**
 * Words that cannot end a speaker's noun phrase: prepositions, conjunctions and other function
 * words that only look like a phrase's last word ("… and said", "… to say").
 *
 * @example
 * ```ts
 * NOT_A_SPEAKER_HEAD.has('and'); // true
 * ```
 */
export const NOT_A_SPEAKER_HEAD: ReadonlySet<string> = checkedSet('NOT_A_SPEAKER_HEAD', [
  'and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'than', 'that', 'this', 'there',
  'what', 'whether', 'if', 'because', 'so', 'not', 'also', 'has', 'have', 'had', 'is', 'was', 'be', 'been', 'being', 'are',
  'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'the', 'a', 'an', 'when',
  'while', 'after', 'before', 'since', 'until', 'where', 'how', 'why', 'then', 'who', 'which', 'whom', 'whose', 'him', 'them',
  'me', 'us', 'her', 'his', 'its', 'their', 'our', 'my', 'your', 'about', 'into', 'over', 'under', 'against', 'during',
  'without', 'within', 'through', 'per', 'via', 'just', 'only', 'even', 'still', 'previously', 'yet', 'never', 'ever',
], true);

/**
 * Reporting verbs after which the reported clause may follow without "that" ("she said the vote
 * was fair", "I think it works"), as lemmas. Verbs outside this list take a noun phrase when
 * "that" is missing ("reported a loss", "announced a halt", "denied the claim"): that object is
 * reported content only for the verbs of {@link OBJECT_CONTENT_VERBS}.
 *
 * @example
 * ```ts
 * BARE_CLAUSE_VERBS.has('say'); // true
 * BARE_CLAUSE_VERBS.has('announce'); // false
 * ```
 */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = checkedSet('BARE_CLAUSE_VERBS', [
  'say', 'tell', 'add', 'claim', 'argue', 'insist', 'think', 'believe', 'suggest', 'note', 'write', 'explain', 'state',
  'acknowledge', 'admit', 'complain', 'contend', 'maintain', 'assert', 'hope', 'fear', 'predict', 'warn', 'recall', 'reckon',
  'guess', 'suppose', 'feel', 'figure', 'concede', 'allege', 'boast', 'testify', 'reply', 'respond', 'agree',
  'worry', 'wonder', 'joke', 'quip', 'stress', 'emphasize', 'emphasise', 'insinuate', 'imply', 'promise', 'vow', 'pledge',
  'swear', 'assure', 'indicate', 'signal', 'hint', 'suspect', 'know', 'expect',
], true);

/**
 * Reporting verbs whose direct object is itself what the speaker said, asked for or made public,
 * when no "that" or clause follows (lemmas): "criticized *the plan*", "urged *Congress to act*",
 * "accused *the mayor of lying*", "announced *his resignation*", "called for *a recount*". News
 * copy reports speech acts this way as often as with a clause; the object is the reported
 * content. Verbs of mere speaking ("spoke", "commented") and of naming are not here: their
 * objects are no statement.
 *
 * @example
 * ```ts
 * OBJECT_CONTENT_VERBS.has('criticize'); // true
 * OBJECT_CONTENT_VERBS.has('speak'); // false
 * ```
 */
export const OBJECT_CONTENT_VERBS: ReadonlySet<string> = checkedSet('OBJECT_CONTENT_VERBS', [
  'criticize', 'accuse', 'praise', 'urge', 'propose', 'announce', 'ask', 'call for', 'denounce', 'condemn', 'blast', 'slam',
  'decry', 'reject', 'dismiss', 'deny', 'request', 'demand', 'recommend', 'reveal', 'disclose', 'report', 'confirm', 'hail',
  'threaten', 'echo', 'reiterate', 'dispute', 'question', 'plead',
  'endorse', 'defend', 'blame', 'cite', 'mock', 'thank', 'commend', 'applaud', 'express',
  'point to', 'talk about', 'call on', 'seek', 'support', 'oppose', 'favor',
], true);

/**
 * Verbs of desire and intent whose infinitive is the attributed content: "Lee *wants* to rebuild
 * the pier", "the council *hopes* to finish by May" (lemmas).
 *
 * @example
 * ```ts
 * INFINITIVE_CONTENT_VERBS.has('want'); // true
 * ```
 */
export const INFINITIVE_CONTENT_VERBS: ReadonlySet<string> = checkedSet('INFINITIVE_CONTENT_VERBS', ['want', 'intend', 'hope', 'expect', 'plan', 'seek', 'decline', 'refuse'], true);

/**
 * The {@link INFINITIVE_CONTENT_VERBS} that report nothing but their infinitive (lemmas):
 * "plans to run" is an attribution, "the plans" and "declined 5%" are not. A cue of these with no
 * "to" after it is dropped before its speaker is looked for. ("want" and "intend" are not here:
 * "…, he wants" can still close a quotation.)
 *
 * @example
 * ```ts
 * INFINITIVE_ONLY_VERBS.has('decline'); // true
 * INFINITIVE_ONLY_VERBS.has('hope'); // false: "hopes that …"
 * ```
 */
export const INFINITIVE_ONLY_VERBS: ReadonlySet<string> = checkedSet('INFINITIVE_ONLY_VERBS', ['plan', 'decline', 'refuse'], true);

/**
 * Reporting verbs that tag a quotation and nothing else (lemmas): "“Dear colleagues,” the email
 * *began*", "He began: “…”", "“Nonsense,” *reacted* Lee", "“Not yet,” she *smiled*". Their other
 * senses are everyday verbs or stage directions ("the meeting began, and …", "began drinking",
 * "markets reacted", "she smiled at him"), so without a quotation next to them they report nothing. Written for this
 * project (issue 10, MIT).
 *
 * @example
 * ```ts
 * QUOTE_ONLY_VERBS.has('begin'); // true
 * QUOTE_ONLY_VERBS.has('say'); // false
 * ```
 */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = checkedSet('QUOTE_ONLY_VERBS', ['begin', 'start', 'react', 'beam', 'smile', 'grin', 'sing'], true);

/**
 * Publication verbs of evidence (lemmas): they report a clause they introduce ("Lee found that the
 * vote was fair") or, when a poll, study or record is their subject, their object ("the poll shows
 * Lee ahead"). A person's object is no content: "Lee had shown bad judgment in using “…”". Written
 * for this project (issue 10, MIT).
 *
 * @example
 * ```ts
 * EVIDENCE_VERBS.has('show'); // true
 * EVIDENCE_VERBS.has('report'); // false
 * ```
 */
export const EVIDENCE_VERBS: ReadonlySet<string> = checkedSet('EVIDENCE_VERBS', ['show', 'find'], true);

/**
 * Verbs of viewing that report a characterisation only with "as" (lemmas): "Lee *sees* the deal
 * as a trap", "voters *viewed* him as aloof". Without "as" they report nothing ("saw the game").
 *
 * @example
 * ```ts
 * CHARACTERISING_VERBS.has('view'); // true
 * ```
 */
export const CHARACTERISING_VERBS: ReadonlySet<string> = checkedSet('CHARACTERISING_VERBS', ['see', 'view'], true);

/**
 * Forms of "be": among a cue's auxiliaries they make it passive ("was asked", "has been accused"),
 * so its subject is the addressee, not the speaker.
 *
 * @example
 * ```ts
 * BE_FORMS.has('been'); // true
 * ```
 */
export const BE_FORMS: ReadonlySet<string> = checkedSet('BE_FORMS', ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", 'am'], true);

/**
 * Heads of a subject that presents evidence rather than speaking: "the poll *shows* Lee ahead",
 * "a study *found* higher rates". With such a subject a publication verb ("show", "find",
 * "reveal") reports its object as content; with a person ("police found the car") it reports an act.
 *
 * @example
 * ```ts
 * EVIDENCE_HEADS.has('survey'); // true
 * ```
 */
export const EVIDENCE_HEADS: ReadonlySet<string> = checkedSet('EVIDENCE_HEADS', [
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'research',
  'records', 'record', 'figures', 'numbers', 'results', 'findings', 'video', 'footage', 'documents', 'document', 'review',
  'audit', 'investigation', 'statistics', 'estimates', 'census', 'filings', 'filing', 'emails', 'memo', 'evidence', 'tests',
], true);

/**
 * Lower-case particles inside personal names, across the languages news names come from:
 * "Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman", "Gabriel García y Pérez".
 *
 * @example
 * ```ts
 * NAME_PARTICLES.has('von'); // true
 * ```
 */
export const NAME_PARTICLES: ReadonlySet<string> = checkedSet('NAME_PARTICLES', [
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'le', 'bin',
  'ibn', 'al', 'el', 'y', 'e',
], true);

/**
 * Words that typically open a sentence: an abbreviation's period ends the sentence only before
 * one of them written capitalised ("… the U.S. The …", "… in the U.K. He said …"). Lowercase;
 * the caller checks the capital.
 *
 * @example
 * ```ts
 * SENTENCE_OPENERS.has('the'); // true — "… the U.S. The vote …" is two sentences
 * ```
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = checkedSet('SENTENCE_OPENERS', [
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'a', 'this', 'that', 'his', 'her', 'their', 'its', 'there',
  'if', 'when', 'on', 'at', 'for', 'as', 'after',
], true);

/**
 * Wh-words (and "whether", "if") that open an indirect question: after a question verb they start
 * its content ("asked *whether* …", "wondered *why* …").
 *
 * @example
 * ```ts
 * WH_WORDS.has('whether'); // true
 * ```
 */
export const WH_WORDS: ReadonlySet<string> = checkedSet('WH_WORDS', [
  'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which',
], true);

/**
 * Subject pronouns that take a verb's base form ("they say", "I say", "you say"; not "he say"):
 * such a subject lets a base-form cue that is also a noun ("say", "figure") be read as a verb.
 *
 * @example
 * ```ts
 * BASE_FORM_PRONOUNS.has('they'); // true
 * BASE_FORM_PRONOUNS.has('he'); // false
 * ```
 */
export const BASE_FORM_PRONOUNS: ReadonlySet<string> = checkedSet('BASE_FORM_PRONOUNS', ['they', 'we', 'i', 'you'], true);

/**
 * Object pronouns that make up the whole hearer of a verb of telling ("told *him* that", "assured
 * *us*"): a one-word phrase, so the content starts right after it.
 *
 * @example
 * ```ts
 * OBJECT_PRONOUNS.has('them'); // true
 * ```
 */
export const OBJECT_PRONOUNS: ReadonlySet<string> = checkedSet('OBJECT_PRONOUNS', ['him', 'her', 'them', 'me', 'us', 'you', 'it'], true);

/**
 * Reflexive pronouns that may stand between a speaker and the verb without changing who speaks
 * ("Trump *himself* said").
 *
 * @example
 * ```ts
 * REFLEXIVE_PRONOUNS.has('himself'); // true
 * ```
 */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = checkedSet('REFLEXIVE_PRONOUNS', [
  'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves',
], true);

/**
 * First-person subject pronouns: a speaker "I" or "we" is resolved late, to the source of the
 * quote around it (the object forms "me", "us" map to them through `PRONOUN_FORMS`).
 *
 * @example
 * ```ts
 * FIRST_PERSON_PRONOUNS.has('we'); // true
 * ```
 */
export const FIRST_PERSON_PRONOUNS: ReadonlySet<string> = checkedSet('FIRST_PERSON_PRONOUNS', ['i', 'we'], true);

/**
 * Pronouns that never name a source when they are the whole speaker: the reader ("you"), or no
 * one ("one").
 *
 * @example
 * ```ts
 * UNRESOLVABLE_PRONOUNS.has('you'); // true
 * ```
 */
export const UNRESOLVABLE_PRONOUNS: ReadonlySet<string> = checkedSet('UNRESOLVABLE_PRONOUNS', [
  'you', 'your', 'yours', 'yourself', 'one', 'itself',
], true);

/**
 * Words that, as a whole speaker phrase, stand for the noun phrase right before them ("Smith,
 * *who* said", "a report *that* found"): the relative pronouns with "whose" and "that". Wider
 * than {@link RELATIVE_PRONOUNS}, which the quotes stage reads to skip to the antecedent.
 *
 * @example
 * ```ts
 * RELATIVE_MARKERS.has('that'); // true
 * ```
 */
export const RELATIVE_MARKERS: ReadonlySet<string> = checkedSet('RELATIVE_MARKERS', ['who', 'whom', 'whose', 'which', 'that'], true);

/**
 * Determiners that make a description definite ("*the* president", "*this* official"): it then
 * refers back to someone already named.
 *
 * @example
 * ```ts
 * DEFINITE_DETERMINERS.has('the'); // true
 * DEFINITE_DETERMINERS.has('a'); // false
 * ```
 */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = checkedSet('DEFINITE_DETERMINERS', ['the', 'this', 'that'], true);

/**
 * The articles: an appositive title opens with one (", *the* commission's executive director,"),
 * and a speaker named as written is keyed without them ("the report" and "a report" are one
 * source).
 *
 * @example
 * ```ts
 * ARTICLES.has('an'); // true
 * ARTICLES.has('this'); // false
 * ```
 */
export const ARTICLES: ReadonlySet<string> = checkedSet('ARTICLES', ['the', 'a', 'an'], true);

/**
 * Words that end the noun phrase before a relative pronoun when walking back from it: "among
 * voters *who* said" stops at "among", "is a man *who*" at "is".
 *
 * @example
 * ```ts
 * PHRASE_STOPS.has('among'); // true
 * ```
 */
export const PHRASE_STOPS: ReadonlySet<string> = checkedSet('PHRASE_STOPS', [
  'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'than', 'that', 'is', 'was', 'are',
  'were', 'be', 'been', 'has', 'have', 'had', 'among', 'between', 'about', 'into', 'over', 'after', 'before', 'like',
], true);

/**
 * Prepositions whose object is a noun phrase, never a subject: a determiner phrase right after
 * one ("*at* the same time said") is no speaker, unless the preposition joins it to a head noun
 * ("three-quarters *of* the voters said"). Not the whole class: the quotes stage reads this
 * list, and giving it the rarer prepositions of {@link OBLIQUE_PREPOSITIONS} ("than",
 * "including", "via" …) cost one matched quote on the PolNeAR dev set.
 *
 * @example
 * ```ts
 * PREPOSITIONS.has('during'); // true
 * ```
 */
export const PREPOSITIONS: ReadonlySet<string> = checkedSet('PREPOSITIONS', [
  'at', 'in', 'on', 'of', 'for', 'to', 'from', 'with', 'by', 'about', 'into', 'over', 'under', 'after', 'before', 'during',
  'against', 'without', 'between', 'among', 'through', 'despite', 'like',
], true);

/**
 * The {@link PREPOSITIONS} that join a determiner phrase to the head noun before it, so that the
 * whole is the speaker ("three-quarters *of* the voters said", "officials *in* both parties
 * said", "a spokesman *for* the campaign said"); after any other preposition the phrase is its
 * object ("*at* the same time said") and no speaker.
 *
 * @example
 * ```ts
 * HEAD_JOINING_PREPOSITIONS.has('of'); // true
 * HEAD_JOINING_PREPOSITIONS.has('during'); // false
 * ```
 */
export const HEAD_JOINING_PREPOSITIONS: ReadonlySet<string> = checkedSet('HEAD_JOINING_PREPOSITIONS', [
  'of', 'in', 'from', 'at', 'for', 'on',
], true);

/**
 * Words right after a cue that start a prepositional phrase or a particle rather than reported
 * content ("responded *with* chants", "backed *off*"): without "that", a colon or a quotation the
 * cue then reports nothing.
 *
 * @example
 * ```ts
 * CONTENT_PREPOSITIONS.has('with'); // true
 * ```
 */
export const CONTENT_PREPOSITIONS: ReadonlySet<string> = checkedSet('CONTENT_PREPOSITIONS', [
  'with', 'about', 'for', 'on', 'at', 'in', 'by', 'from', 'as', 'of', 'into', 'against', 'during', 'after', 'before', 'over',
  'up', 'out', 'back', 'off',
], true);

/**
 * Prepositions that open a setting after a leading cue ("said *on* CNN that", "told reporters *at*
 * a rally:"), skipped up to the "that" or colon that closes it.
 *
 * @example
 * ```ts
 * ADJUNCT_PREPOSITIONS.has('during'); // true
 * ```
 */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = checkedSet('ADJUNCT_PREPOSITIONS', [
  'on', 'in', 'at', 'during', 'after', 'before', 'from', 'with', 'via', 'over',
], true);

/**
 * Prepositions after which a capitalised name is a place, not a person ("*in* Georgia", "*near*
 * Paris"), unless the name is marked as a person or an institution.
 *
 * @example
 * ```ts
 * PLACE_PREPOSITIONS.has('near'); // true
 * ```
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = checkedSet('PLACE_PREPOSITIONS', [
  'in', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'into', 'around', 'from',
], true);

/**
 * Words that make the name after them oblique ("met *with* Trump", "*than* Clinton"): a poorer
 * antecedent for a later pronoun than a subject. Every one of the {@link PREPOSITIONS}, the
 * prepositions that list leaves out ("toward", "behind", "via" …), and "including" and "whom".
 *
 * @example
 * ```ts
 * OBLIQUE_PREPOSITIONS.has('with'); // true
 * OBLIQUE_PREPOSITIONS.has('including'); // true
 * ```
 */
export const OBLIQUE_PREPOSITIONS: ReadonlySet<string> = checkedSet('OBLIQUE_PREPOSITIONS', [
  ...PREPOSITIONS,
  'than', 'toward', 'towards', 'behind', 'beside', 'besides', 'unlike', 'via', 'including', 'whom',
], true);

/**
 * Prepositions that put a name in a phrase's tail ("the bloodshed *in* Paris", "polls *in*
 * Florida"), so that the name is not the phrase's head.
 *
 * @example
 * ```ts
 * TAIL_PREPOSITIONS.has('in'); // true
 * ```
 */
export const TAIL_PREPOSITIONS: ReadonlySet<string> = checkedSet('TAIL_PREPOSITIONS', [
  'of', 'in', 'at', 'for', 'from', 'on', 'with', 'by', 'about', 'near', 'across', 'over', 'against', 'to',
], true);

/**
 * Coordinating conjunctions that join two noun phrases into one speaker ("Smith and I").
 *
 * @example
 * ```ts
 * COORDINATORS.has('and'); // true
 * ```
 */
export const COORDINATORS: ReadonlySet<string> = checkedSet('COORDINATORS', ['and', 'or', 'nor', '&'], true);

/**
 * Subject pronouns that can head a speaker phrase on their own ("that he said"): the personal
 * ones without "it" and "you", which as often stand for the object of the clause before.
 *
 * @example
 * ```ts
 * SUBJECT_PRONOUNS.has('she'); // true
 * ```
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = checkedSet('SUBJECT_PRONOUNS', ['i', 'he', 'she', 'we', 'they'], true);
