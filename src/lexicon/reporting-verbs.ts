/**
 * Reporting verbs: the verbs that introduce or tag quoted and reported speech in news copy.
 *
 * Where the list comes from: compiled from the reporting-verb inventories of Bergler (2006,
 * "Conventional attribution in news"), the verb lists in the PARC 3.0 attribution corpus
 * guidelines (Pareti 2016), the cue guidelines of the PolNeAR corpus (Newell, Margolin & Ruths
 * 2018), Quirk et al.'s reporting-clause verbs, and AP / Reuters / Guardian style-book usage
 * ("said" as the neutral default, "told" for named audiences, "has learned" and "understands"
 * as outlet cues). Hand-extended for wire and tabloid tags ("hit back", "fumed", "quipped"),
 * social-media channels ("tweeted", "posted", "texted") and British spellings ("emphasised",
 * "criticised", "signalled", "learnt"). Speech acts named by their own verb, whose object is what
 * the speaker said ("endorsed the plan", "blamed the flooding on …", "cited the cost", "thanked
 * the crews", "expressed concern"), were added for this project (issue 10, MIT).
 *
 * What it has: one entry per lemma, with every inflected form the parser can meet (including
 * British spellings as extra forms of the same lemma, so `emphasise` and `emphasize` share one
 * entry). Phrasal verbs are listed as multi-word forms (`pointed out`, `went on`, `shot back`).
 * `direct` marks the verbs that naturally tag a direct quote (`"…," she added`); `takesThat`
 * marks the verbs that naturally take a `that`-clause of reported speech.
 *
 * What it deliberately leaves out, and why: verbs whose bare forms are overwhelmingly
 * non-attributive in news and that never tag a direct quote — `hold` ("held a press conference"),
 * `show` and `find` as plain verbs ("police found the car": they are listed below as `publication`
 * verbs, which report content with "that" — "the poll found that …" — or, when a poll, study or
 * record is the subject, with an object — "the poll shows Lee ahead"), `call` as a speech verb
 * (it is listed as a `naming` verb, used only with a characterisation, quoted or with "as"; the
 * phrasal `call for` — "called for a recount" — is a demand and is listed as speech), `seek` ("sought to reassure": the cue is the inner verb),
 * `talk` (only `talk about` is listed), `release`, `issue` and `welcome`; `want` and `intend`
 * are listed as `cognition` but report only an infinitive ("wants to rebuild the pier"). Stage-direction verbs that style books
 * reject as quote tags (`smiled`, `nodded`, `shrugged`, `grinned`) are out too: they do not
 * report speech.
 *
 * {@link HEADLINE_VERB_CLASSES}, the classes a headline's cue must have, was written by the
 * project's developers in the quotes stage and moved here unchanged (issue 9); it is part of
 * this project, under its MIT licence.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * The kind of communication a reporting verb names.
 *
 * - `speech` — neutral and illocutionary verbs of saying (say, tell, add, warn, argue).
 * - `writing` — a written or digital channel (write, tweet, post, email, the statement `read`).
 * - `publication` — making information public, typically by an outlet, institution or document
 *   (report, announce, reveal, disclose, publish, quote, indicate).
 * - `cognition` — a belief or mental state attributed to a source (believe, think, hope, fear,
 *   expect, know, learn, understand).
 * - `agreement` — (dis)confirming a proposition (agree, confirm, deny, acknowledge, dispute).
 * - `manner` — saying in a particular manner or mood (shout, whisper, joke, quip, boast, fume).
 * - `naming` — characterising something in the speaker's words (call, dub, label, brand, describe,
 *   refer to). These attribute speech only when the characterisation is quoted or marked by "as"
 *   or an article ("called the plan
 *   “a disaster”", "described the plan as reckless"); "called the police" or "described the
 *   scene" report no words ("called for" is a speech verb of its own).
 *
 * @example
 * ```ts
 * const cls: ReportingVerbClass = 'cognition';
 * ```
 */
export type ReportingVerbClass =
  | 'speech'
  | 'writing'
  | 'publication'
  | 'cognition'
  | 'agreement'
  | 'manner'
  | 'naming';

/**
 * One reporting verb with all its inflected forms.
 *
 * @example
 * ```ts
 * const say: ReportingVerb = {
 *   lemma: 'say',
 *   forms: ['say', 'says', 'said', 'saying'],
 *   class: 'speech',
 *   takesThat: true,
 *   direct: true,
 * };
 * ```
 */
export interface ReportingVerb {
  /** Dictionary form, lowercase (`'say'`, `'point out'`, `'emphasize'`). */
  readonly lemma: string;
  /** Every inflected form, lowercase, the lemma included; British spellings included. */
  readonly forms: readonly string[];
  /** What kind of communication the verb names. */
  readonly class: ReportingVerbClass;
  /** `true` when "said that …" is natural: the verb takes a reported-speech `that`-clause. */
  readonly takesThat: boolean;
  /** `true` when the verb naturally tags a direct quote: `"…," she said / added / insisted`. */
  readonly direct: boolean;
}

const rv = (
  lemma: string,
  forms: readonly string[],
  cls: ReportingVerbClass,
  takesThat: boolean,
  direct: boolean,
): ReportingVerb =>
  Object.freeze({ lemma, forms: Object.freeze([...forms]), class: cls, takesThat, direct });

/**
 * Reporting verbs used in English news attribution, one entry per lemma.
 *
 * Forms are unique across the whole list, so a form identifies exactly one verb (see
 * {@link REPORTING_VERB_BY_FORM}). Forms of phrasal verbs contain a space.
 *
 * @example
 * ```ts
 * const direct = REPORTING_VERBS.filter((v) => v.direct).map((v) => v.lemma);
 * direct.includes('add'); // true
 * REPORTING_VERBS.find((v) => v.lemma === 'believe')?.class; // 'cognition'
 * ```
 */
export const REPORTING_VERBS: readonly ReportingVerb[] = Object.freeze([
  // ── speech: neutral saying ────────────────────────────────────────────────
  rv('say', ['say', 'says', 'said', 'saying'], 'speech', true, true),
  rv('tell', ['tell', 'tells', 'told', 'telling'], 'speech', true, true),
  rv('add', ['add', 'adds', 'added', 'adding'], 'speech', true, true),
  rv('state', ['state', 'states', 'stated', 'stating'], 'speech', true, true),
  rv('speak', ['speak', 'speaks', 'spoke', 'spoken', 'speaking'], 'speech', false, false),
  rv('explain', ['explain', 'explains', 'explained', 'explaining'], 'speech', true, true),
  rv('note', ['note', 'notes', 'noted', 'noting'], 'speech', true, true),
  rv('observe', ['observe', 'observes', 'observed', 'observing'], 'speech', true, true),
  rv('remark', ['remark', 'remarks', 'remarked', 'remarking'], 'speech', true, true),
  rv('comment', ['comment', 'comments', 'commented', 'commenting'], 'speech', true, true),
  rv('mention', ['mention', 'mentions', 'mentioned', 'mentioning'], 'speech', true, true),
  rv('continue', ['continue', 'continues', 'continued', 'continuing'], 'speech', false, true),
  rv('go on', ['go on', 'goes on', 'went on', 'gone on', 'going on'], 'speech', false, true),
  rv('conclude', ['conclude', 'concludes', 'concluded', 'concluding'], 'speech', true, true),
  rv('recall', ['recall', 'recalls', 'recalled', 'recalling'], 'speech', true, true),
  rv('recount', ['recount', 'recounts', 'recounted', 'recounting'], 'speech', true, true),
  rv('show', ['show', 'shows', 'showed', 'shown', 'showing'], 'publication', true, false),
  rv('find', ['find', 'finds', 'found', 'finding'], 'publication', true, false),
  rv('describe', ['describe', 'describes', 'described', 'describing'], 'naming', false, false),
  rv('call', ['call', 'calls', 'called', 'calling'], 'naming', false, false),
  rv('call for', ['call for', 'calls for', 'called for', 'calling for'], 'speech', false, false),
  rv('dub', ['dub', 'dubs', 'dubbed', 'dubbing'], 'naming', false, false),
  rv('label', ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'], 'naming', false, false),
  rv('brand', ['brand', 'brands', 'branded', 'branding'], 'naming', false, false),
  rv('refer to', ['refer to', 'refers to', 'referred to', 'referring to'], 'naming', false, false),
  rv(
    'characterize',
    [
      'characterize',
      'characterizes',
      'characterized',
      'characterizing',
      'characterise',
      'characterises',
      'characterised',
      'characterising',
    ],
    'speech',
    false,
    false,
  ),
  rv('relay', ['relay', 'relays', 'relayed', 'relaying'], 'speech', true, false),
  rv('convey', ['convey', 'conveys', 'conveyed', 'conveying'], 'speech', true, false),
  rv('confide', ['confide', 'confides', 'confided', 'confiding'], 'speech', true, true),
  rv('offer', ['offer', 'offers', 'offered', 'offering'], 'speech', false, true),
  rv('volunteer', ['volunteer', 'volunteers', 'volunteered', 'volunteering'], 'speech', true, true),
  rv('venture', ['venture', 'ventures', 'ventured', 'venturing'], 'speech', true, true),
  rv('interject', ['interject', 'interjects', 'interjected', 'interjecting'], 'speech', true, true),
  rv('interrupt', ['interrupt', 'interrupts', 'interrupted', 'interrupting'], 'speech', false, true),
  rv('chime in', ['chime in', 'chimes in', 'chimed in', 'chiming in'], 'speech', false, true),
  rv('weigh in', ['weigh in', 'weighs in', 'weighed in', 'weighing in'], 'speech', false, false),
  rv('speak out', ['speak out', 'speaks out', 'spoke out', 'spoken out', 'speaking out'], 'speech', false, false),
  rv('point out', ['point out', 'points out', 'pointed out', 'pointing out'], 'speech', true, true),
  rv('put it', ['put it', 'puts it', 'putting it'], 'speech', false, true),
  rv('sum up', ['sum up', 'sums up', 'summed up', 'summing up'], 'speech', false, true),
  rv(
    'summarize',
    [
      'summarize',
      'summarizes',
      'summarized',
      'summarizing',
      'summarise',
      'summarises',
      'summarised',
      'summarising',
    ],
    'speech',
    true,
    true,
  ),
  rv('reiterate', ['reiterate', 'reiterates', 'reiterated', 'reiterating'], 'speech', true, true),
  rv('repeat', ['repeat', 'repeats', 'repeated', 'repeating'], 'speech', true, true),
  rv('clarify', ['clarify', 'clarifies', 'clarified', 'clarifying'], 'speech', true, true),
  rv('elaborate', ['elaborate', 'elaborates', 'elaborated', 'elaborating'], 'speech', false, true),
  rv('specify', ['specify', 'specifies', 'specified', 'specifying'], 'speech', true, false),
  // ── speech: assertion and argument ────────────────────────────────────────
  rv('claim', ['claim', 'claims', 'claimed', 'claiming'], 'speech', true, true),
  rv('argue', ['argue', 'argues', 'argued', 'arguing'], 'speech', true, true),
  rv('insist', ['insist', 'insists', 'insisted', 'insisting'], 'speech', true, true),
  rv('contend', ['contend', 'contends', 'contended', 'contending'], 'speech', true, true),
  rv('maintain', ['maintain', 'maintains', 'maintained', 'maintaining'], 'speech', true, true),
  rv('assert', ['assert', 'asserts', 'asserted', 'asserting'], 'speech', true, true),
  rv('allege', ['allege', 'alleges', 'alleged', 'alleging'], 'speech', true, true),
  rv('aver', ['aver', 'avers', 'averred', 'averring'], 'speech', true, true),
  rv('declare', ['declare', 'declares', 'declared', 'declaring'], 'speech', true, true),
  rv('proclaim', ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'], 'speech', true, true),
  rv('affirm', ['affirm', 'affirms', 'affirmed', 'affirming'], 'speech', true, true),
  rv('attest', ['attest', 'attests', 'attested', 'attesting'], 'speech', true, false),
  rv('testify', ['testify', 'testifies', 'testified', 'testifying'], 'speech', true, true),
  rv('swear', ['swear', 'swears', 'swore', 'sworn', 'swearing'], 'speech', true, true),
  rv('reason', ['reason', 'reasons', 'reasoned', 'reasoning'], 'speech', true, true),
  rv('posit', ['posit', 'posits', 'posited', 'positing'], 'speech', true, false),
  rv('speculate', ['speculate', 'speculates', 'speculated', 'speculating'], 'speech', true, true),
  rv(
    'theorize',
    ['theorize', 'theorizes', 'theorized', 'theorizing', 'theorise', 'theorises', 'theorised', 'theorising'],
    'speech',
    true,
    false,
  ),
  rv('opine', ['opine', 'opines', 'opined', 'opining'], 'speech', true, true),
  rv('predict', ['predict', 'predicts', 'predicted', 'predicting'], 'speech', true, true),
  rv('forecast', ['forecast', 'forecasts', 'forecasted', 'forecasting'], 'speech', true, false),
  rv('suggest', ['suggest', 'suggests', 'suggested', 'suggesting'], 'speech', true, true),
  rv('propose', ['propose', 'proposes', 'proposed', 'proposing'], 'speech', true, true),
  rv('hint', ['hint', 'hints', 'hinted', 'hinting'], 'speech', true, false),
  rv('imply', ['imply', 'implies', 'implied', 'implying'], 'speech', true, false),
  rv(
    'emphasize',
    ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
    'speech',
    true,
    true,
  ),
  rv('stress', ['stress', 'stresses', 'stressed', 'stressing'], 'speech', true, true),
  rv('underscore', ['underscore', 'underscores', 'underscored', 'underscoring'], 'speech', true, false),
  rv('underline', ['underline', 'underlines', 'underlined', 'underlining'], 'speech', true, false),
  rv('charge', ['charge', 'charges', 'charged', 'charging'], 'speech', true, true),
  rv('accuse', ['accuse', 'accuses', 'accused', 'accusing'], 'speech', false, false),
  // ── speech: warning, advice, request, commitment ──────────────────────────
  rv('warn', ['warn', 'warns', 'warned', 'warning'], 'speech', true, true),
  rv('caution', ['caution', 'cautions', 'cautioned', 'cautioning'], 'speech', true, true),
  rv('advise', ['advise', 'advises', 'advised', 'advising'], 'speech', true, true),
  rv('urge', ['urge', 'urges', 'urged', 'urging'], 'speech', true, true),
  rv('plead', ['plead', 'pleads', 'pleaded', 'pled', 'pleading'], 'speech', true, true),
  rv('beg', ['beg', 'begs', 'begged', 'begging'], 'speech', false, true),
  rv('implore', ['implore', 'implores', 'implored', 'imploring'], 'speech', false, true),
  rv('demand', ['demand', 'demands', 'demanded', 'demanding'], 'speech', true, true),
  rv('request', ['request', 'requests', 'requested', 'requesting'], 'speech', true, false),
  rv('recommend', ['recommend', 'recommends', 'recommended', 'recommending'], 'speech', true, false),
  rv('threaten', ['threaten', 'threatens', 'threatened', 'threatening'], 'speech', true, true),
  rv('vow', ['vow', 'vows', 'vowed', 'vowing'], 'speech', true, true),
  rv('pledge', ['pledge', 'pledges', 'pledged', 'pledging'], 'speech', true, true),
  rv('promise', ['promise', 'promises', 'promised', 'promising'], 'speech', true, true),
  rv('assure', ['assure', 'assures', 'assured', 'assuring'], 'speech', true, true),
  rv('reassure', ['reassure', 'reassures', 'reassured', 'reassuring'], 'speech', true, true),
  rv('remind', ['remind', 'reminds', 'reminded', 'reminding'], 'speech', true, true),
  rv('inform', ['inform', 'informs', 'informed', 'informing'], 'speech', true, false),
  rv('brief', ['brief', 'briefs', 'briefed', 'briefing'], 'speech', false, false),
  // ── speech: questions and replies ─────────────────────────────────────────
  rv('ask', ['ask', 'asks', 'asked', 'asking'], 'speech', false, true),
  rv('question', ['question', 'questions', 'questioned', 'questioning'], 'speech', false, true),
  rv('query', ['query', 'queries', 'queried', 'querying'], 'speech', false, true),
  rv(
    'inquire',
    ['inquire', 'inquires', 'inquired', 'inquiring', 'enquire', 'enquires', 'enquired', 'enquiring'],
    'speech',
    false,
    true,
  ),
  rv('answer', ['answer', 'answers', 'answered', 'answering'], 'speech', true, true),
  rv('reply', ['reply', 'replies', 'replied', 'replying'], 'speech', true, true),
  rv('respond', ['respond', 'responds', 'responded', 'responding'], 'speech', true, true),
  rv('retort', ['retort', 'retorts', 'retorted', 'retorting'], 'speech', true, true),
  rv('counter', ['counter', 'counters', 'countered', 'countering'], 'speech', true, true),
  rv('shoot back', ['shoot back', 'shoots back', 'shot back', 'shooting back'], 'speech', false, true),
  rv('fire back', ['fire back', 'fires back', 'fired back', 'firing back'], 'speech', false, true),
  rv('hit back', ['hit back', 'hits back', 'hitting back'], 'speech', false, true),
  rv('push back', ['push back', 'pushes back', 'pushed back', 'pushing back'], 'speech', false, false),
  rv('object', ['object', 'objects', 'objected', 'objecting'], 'speech', true, true),
  rv('protest', ['protest', 'protests', 'protested', 'protesting'], 'speech', true, true),
  // ── speech: complaint, criticism, praise ──────────────────────────────────
  rv('complain', ['complain', 'complains', 'complained', 'complaining'], 'speech', true, true),
  rv('lament', ['lament', 'laments', 'lamented', 'lamenting'], 'speech', true, true),
  rv('bemoan', ['bemoan', 'bemoans', 'bemoaned', 'bemoaning'], 'speech', true, false),
  rv('gripe', ['gripe', 'gripes', 'griped', 'griping'], 'speech', true, true),
  rv(
    'criticize',
    ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising'],
    'speech',
    false,
    false,
  ),
  rv('condemn', ['condemn', 'condemns', 'condemned', 'condemning'], 'speech', false, false),
  rv('denounce', ['denounce', 'denounces', 'denounced', 'denouncing'], 'speech', false, false),
  rv('decry', ['decry', 'decries', 'decried', 'decrying'], 'speech', false, false),
  rv('slam', ['slam', 'slams', 'slammed', 'slamming'], 'speech', false, false),
  rv('blast', ['blast', 'blasts', 'blasted', 'blasting'], 'speech', false, false),
  rv('lash out', ['lash out', 'lashes out', 'lashed out', 'lashing out'], 'speech', false, false),
  rv('hit out', ['hit out', 'hits out', 'hitting out'], 'speech', false, false),
  rv('praise', ['praise', 'praises', 'praised', 'praising'], 'speech', false, false),
  rv('endorse', ['endorse', 'endorses', 'endorsed', 'endorsing'], 'speech', false, false),
  rv('defend', ['defend', 'defends', 'defended', 'defending'], 'speech', false, false),
  rv('blame', ['blame', 'blames', 'blamed', 'blaming'], 'speech', false, false),
  rv('cite', ['cite', 'cites', 'cited', 'citing'], 'speech', false, false),
  rv('mock', ['mock', 'mocks', 'mocked', 'mocking'], 'speech', false, false),
  rv('thank', ['thank', 'thanks', 'thanked', 'thanking'], 'speech', false, false),
  rv('commend', ['commend', 'commends', 'commended', 'commending'], 'speech', false, false),
  rv('applaud', ['applaud', 'applauds', 'applauded', 'applauding'], 'speech', false, false),
  rv('express', ['express', 'expresses', 'expressed', 'expressing'], 'speech', false, false),
  rv('point to', ['point to', 'points to', 'pointed to', 'pointing to'], 'speech', false, false),
  rv('talk about', ['talk about', 'talks about', 'talked about', 'talking about'], 'speech', false, false),
  rv('hail', ['hail', 'hails', 'hailed', 'hailing'], 'speech', false, false),
  rv(
    'apologize',
    ['apologize', 'apologizes', 'apologized', 'apologizing', 'apologise', 'apologises', 'apologised', 'apologising'],
    'speech',
    false,
    true,
  ),
  rv('confess', ['confess', 'confesses', 'confessed', 'confessing'], 'speech', true, true),
  rv('rule', ['rule', 'rules', 'ruled', 'ruling'], 'speech', true, false),
  // ── writing ───────────────────────────────────────────────────────────────
  rv('write', ['write', 'writes', 'wrote', 'written', 'writing'], 'writing', true, true),
  rv('read', ['read', 'reads', 'reading'], 'writing', false, true),
  rv('tweet', ['tweet', 'tweets', 'tweeted', 'tweeting'], 'writing', true, true),
  rv('post', ['post', 'posts', 'posted', 'posting'], 'writing', true, true),
  // "The mayor issued the following statement: “…”": the verbs of putting out a statement are no
  // cues alone ("issued a permit"), only with the statement they put out, and then only when a colon
  // introduces it ("released a statement in opposition" reports no words; quotes/cues.ts).
  rv(
    'issue a statement',
    [
      'issue a statement', 'issues a statement', 'issued a statement', 'issuing a statement',
      'issued the following statement', 'issues the following statement',
      'release a statement', 'releases a statement', 'released a statement', 'releasing a statement',
      'released the following statement', 'releases the following statement',
    ],
    'writing',
    false,
    false,
  ),
  // "“See you all tomorrow,” she signed off": closing a message or a broadcast.
  rv('sign off', ['sign off', 'signs off', 'signed off', 'signing off'], 'writing', false, true),
  rv(
    'email',
    ['email', 'emails', 'emailed', 'emailing', 'e-mail', 'e-mails', 'e-mailed', 'e-mailing'],
    'writing',
    true,
    true,
  ),
  rv('text', ['text', 'texts', 'texted', 'texting'], 'writing', true, true),
  rv('message', ['message', 'messages', 'messaged', 'messaging'], 'writing', true, true),
  // ── publication ───────────────────────────────────────────────────────────
  rv('report', ['report', 'reports', 'reported', 'reporting'], 'publication', true, true),
  rv('announce', ['announce', 'announces', 'announced', 'announcing'], 'publication', true, true),
  rv('reveal', ['reveal', 'reveals', 'revealed', 'revealing'], 'publication', true, true),
  rv('disclose', ['disclose', 'discloses', 'disclosed', 'disclosing'], 'publication', true, false),
  rv('publish', ['publish', 'publishes', 'published', 'publishing'], 'publication', false, false),
  rv('quote', ['quote', 'quotes', 'quoted', 'quoting'], 'publication', false, false),
  rv('indicate', ['indicate', 'indicates', 'indicated', 'indicating'], 'publication', true, false),
  rv(
    'signal',
    ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
    'publication',
    true,
    false,
  ),
  // ── cognition ─────────────────────────────────────────────────────────────
  rv('believe', ['believe', 'believes', 'believed', 'believing'], 'cognition', true, false),
  rv('think', ['think', 'thinks', 'thought', 'thinking'], 'cognition', true, false),
  rv('hope', ['hope', 'hopes', 'hoped', 'hoping'], 'cognition', true, false),
  rv('fear', ['fear', 'fears', 'feared', 'fearing'], 'cognition', true, false),
  rv('expect', ['expect', 'expects', 'expected', 'expecting'], 'cognition', true, false),
  rv('want', ['want', 'wants', 'wanted', 'wanting'], 'cognition', false, false),
  rv('intend', ['intend', 'intends', 'intended', 'intending'], 'cognition', false, false),
  rv('know', ['know', 'knows', 'knew', 'known', 'knowing'], 'cognition', true, false),
  rv('feel', ['feel', 'feels', 'felt', 'feeling'], 'cognition', true, false),
  rv('mean', ['mean', 'means', 'meant', 'meaning'], 'cognition', true, false),
  rv('suspect', ['suspect', 'suspects', 'suspected', 'suspecting'], 'cognition', true, false),
  rv('assume', ['assume', 'assumes', 'assumed', 'assuming'], 'cognition', true, false),
  rv('suppose', ['suppose', 'supposes', 'supposed', 'supposing'], 'cognition', true, false),
  rv('reckon', ['reckon', 'reckons', 'reckoned', 'reckoning'], 'cognition', true, true),
  rv('guess', ['guess', 'guesses', 'guessed', 'guessing'], 'cognition', true, true),
  rv('figure', ['figure', 'figures', 'figured', 'figuring'], 'cognition', true, false),
  rv('doubt', ['doubt', 'doubts', 'doubted', 'doubting'], 'cognition', true, false),
  rv('worry', ['worry', 'worries', 'worried', 'worrying'], 'cognition', true, true),
  rv('wonder', ['wonder', 'wonders', 'wondered', 'wondering'], 'cognition', false, true),
  rv('learn', ['learn', 'learns', 'learned', 'learnt', 'learning'], 'cognition', true, false),
  rv('understand', ['understand', 'understands', 'understood', 'understanding'], 'cognition', true, false),
  rv(
    'realize',
    ['realize', 'realizes', 'realized', 'realizing', 'realise', 'realises', 'realised', 'realising'],
    'cognition',
    true,
    false,
  ),
  rv('remember', ['remember', 'remembers', 'remembered', 'remembering'], 'cognition', true, false),
  rv('imagine', ['imagine', 'imagines', 'imagined', 'imagining'], 'cognition', true, false),
  rv('anticipate', ['anticipate', 'anticipates', 'anticipated', 'anticipating'], 'cognition', true, false),
  rv('estimate', ['estimate', 'estimates', 'estimated', 'estimating'], 'cognition', true, false),
  rv('calculate', ['calculate', 'calculates', 'calculated', 'calculating'], 'cognition', true, false),
  rv('muse', ['muse', 'muses', 'mused', 'musing'], 'cognition', true, true),
  rv('reflect', ['reflect', 'reflects', 'reflected', 'reflecting'], 'cognition', true, true),
  rv(
    'marvel',
    ['marvel', 'marvels', 'marveled', 'marvelled', 'marveling', 'marvelling'],
    'cognition',
    true,
    true,
  ),
  // ── agreement ─────────────────────────────────────────────────────────────
  rv('agree', ['agree', 'agrees', 'agreed', 'agreeing'], 'agreement', true, true),
  rv('concur', ['concur', 'concurs', 'concurred', 'concurring'], 'agreement', true, true),
  rv('confirm', ['confirm', 'confirms', 'confirmed', 'confirming'], 'agreement', true, true),
  rv('acknowledge', ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], 'agreement', true, true),
  rv('admit', ['admit', 'admits', 'admitted', 'admitting'], 'agreement', true, true),
  rv('concede', ['concede', 'concedes', 'conceded', 'conceding'], 'agreement', true, true),
  rv('accept', ['accept', 'accepts', 'accepted', 'accepting'], 'agreement', true, false),
  rv(
    'recognize',
    ['recognize', 'recognizes', 'recognized', 'recognizing', 'recognise', 'recognises', 'recognised', 'recognising'],
    'agreement',
    true,
    false,
  ),
  rv('reaffirm', ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'], 'agreement', true, false),
  rv('echo', ['echo', 'echoes', 'echoed', 'echoing'], 'agreement', false, true),
  rv('deny', ['deny', 'denies', 'denied', 'denying'], 'agreement', true, false),
  rv('dispute', ['dispute', 'disputes', 'disputed', 'disputing'], 'agreement', true, false),
  rv('disagree', ['disagree', 'disagrees', 'disagreed', 'disagreeing'], 'agreement', false, false),
  rv('reject', ['reject', 'rejects', 'rejected', 'rejecting'], 'agreement', false, false),
  rv('refute', ['refute', 'refutes', 'refuted', 'refuting'], 'agreement', false, false),
  rv('rebut', ['rebut', 'rebuts', 'rebutted', 'rebutting'], 'agreement', false, false),
  rv('contest', ['contest', 'contests', 'contested', 'contesting'], 'agreement', true, false),
  rv('dismiss', ['dismiss', 'dismisses', 'dismissed', 'dismissing'], 'agreement', false, false),
  // ── manner of speaking ────────────────────────────────────────────────────
  rv('shout', ['shout', 'shouts', 'shouted', 'shouting'], 'manner', true, true),
  rv('yell', ['yell', 'yells', 'yelled', 'yelling'], 'manner', true, true),
  rv('scream', ['scream', 'screams', 'screamed', 'screaming'], 'manner', true, true),
  rv('cry', ['cry', 'cries', 'cried', 'crying'], 'manner', false, true),
  rv('exclaim', ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'], 'manner', true, true),
  rv('bellow', ['bellow', 'bellows', 'bellowed', 'bellowing'], 'manner', false, true),
  rv('roar', ['roar', 'roars', 'roared', 'roaring'], 'manner', false, true),
  rv('thunder', ['thunder', 'thunders', 'thundered', 'thundering'], 'manner', false, true),
  rv('chant', ['chant', 'chants', 'chanted', 'chanting'], 'manner', false, true),
  rv('whisper', ['whisper', 'whispers', 'whispered', 'whispering'], 'manner', true, true),
  rv('murmur', ['murmur', 'murmurs', 'murmured', 'murmuring'], 'manner', true, true),
  rv('mutter', ['mutter', 'mutters', 'muttered', 'muttering'], 'manner', true, true),
  rv('mumble', ['mumble', 'mumbles', 'mumbled', 'mumbling'], 'manner', true, true),
  rv('stammer', ['stammer', 'stammers', 'stammered', 'stammering'], 'manner', false, true),
  rv('gasp', ['gasp', 'gasps', 'gasped', 'gasping'], 'manner', false, true),
  rv('sigh', ['sigh', 'sighs', 'sighed', 'sighing'], 'manner', false, true),
  rv('sob', ['sob', 'sobs', 'sobbed', 'sobbing'], 'manner', false, true),
  rv('laugh', ['laugh', 'laughs', 'laughed', 'laughing'], 'manner', false, true),
  rv('chuckle', ['chuckle', 'chuckles', 'chuckled', 'chuckling'], 'manner', false, true),
  rv('joke', ['joke', 'jokes', 'joked', 'joking'], 'manner', true, true),
  rv('quip', ['quip', 'quips', 'quipped', 'quipping'], 'manner', true, true),
  rv('tease', ['tease', 'teases', 'teased', 'teasing'], 'manner', false, true),
  rv('gush', ['gush', 'gushes', 'gushed', 'gushing'], 'manner', false, true),
  rv('enthuse', ['enthuse', 'enthuses', 'enthused', 'enthusing'], 'manner', false, true),
  rv('boast', ['boast', 'boasts', 'boasted', 'boasting'], 'manner', true, true),
  rv('brag', ['brag', 'brags', 'bragged', 'bragging'], 'manner', true, true),
  rv('grumble', ['grumble', 'grumbles', 'grumbled', 'grumbling'], 'manner', true, true),
  rv('moan', ['moan', 'moans', 'moaned', 'moaning'], 'manner', true, true),
  rv('whine', ['whine', 'whines', 'whined', 'whining'], 'manner', true, true),
  rv('fume', ['fume', 'fumes', 'fumed', 'fuming'], 'manner', true, true),
  rv('rage', ['rage', 'rages', 'raged', 'raging'], 'manner', true, true),
  rv('rant', ['rant', 'rants', 'ranted', 'ranting'], 'manner', true, true),
  rv('scoff', ['scoff', 'scoffs', 'scoffed', 'scoffing'], 'manner', false, true),
  rv('sneer', ['sneer', 'sneers', 'sneered', 'sneering'], 'manner', false, true),
  rv('snap', ['snap', 'snaps', 'snapped', 'snapping'], 'manner', false, true),
  rv('snarl', ['snarl', 'snarls', 'snarled', 'snarling'], 'manner', false, true),
  rv('bark', ['bark', 'barks', 'barked', 'barking'], 'manner', false, true),
  rv('growl', ['growl', 'growls', 'growled', 'growling'], 'manner', false, true),
  rv('hiss', ['hiss', 'hisses', 'hissed', 'hissing'], 'manner', false, true),
]);

/**
 * Index from every inflected form in {@link REPORTING_VERBS} to its verb. Built once from the
 * list; each form belongs to exactly one verb.
 *
 * @example
 * ```ts
 * REPORTING_VERB_BY_FORM.get('told')?.lemma; // 'tell'
 * REPORTING_VERB_BY_FORM.get('pointed out')?.lemma; // 'point out'
 * REPORTING_VERB_BY_FORM.get('emphasised')?.lemma; // 'emphasize'
 * ```
 */
export const REPORTING_VERB_BY_FORM: ReadonlyMap<string, ReportingVerb> = new Map(
  REPORTING_VERBS.flatMap((verb) => verb.forms.map((form) => [form, verb] as const)),
);

/**
 * The verb classes that attribute words in a headline: "Sanders says he will stay", "Ryan warns
 * …". A headline's "X expects …" (cognition) or "X calls …" (naming) is the writer's framing of
 * the story, not a quote.
 *
 * @example
 * ```ts
 * HEADLINE_VERB_CLASSES.has('speech'); // true
 * HEADLINE_VERB_CLASSES.has('cognition'); // false
 * ```
 */
export const HEADLINE_VERB_CLASSES: ReadonlySet<string> = checkedSet(
  'HEADLINE_VERB_CLASSES',
  ['speech', 'writing', 'publication', 'manner', 'agreement'] satisfies readonly ReportingVerbClass[],
  true,
);
