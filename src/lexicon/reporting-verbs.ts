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
 * What it has: one entry per lemma, with every inflected form the parser can meet — written out,
 * or `'regular'` where {@link regularForms} spells them, `'doubled'` where the last consonant
 * doubles ("admitted"), or `'regular-ize'` for an "-ize" verb whose British "-ise" spelling is
 * regular too (British spellings are extra forms of the same
 * lemma, so `emphasise` and `emphasize` share one entry). Phrasal verbs are listed as multi-word forms (`pointed out`, `went on`, `shot back`).
 * `direct` marks the verbs that naturally tag a direct quote (`"…," she added`); `takesThat`
 * marks the verbs that naturally take a `that`-clause of reported speech.
 *
 * What it deliberately leaves out, and why: verbs whose bare forms are overwhelmingly
 * non-attributive in news and that never tag a direct quote — `hold` ("held a press conference"),
 * `show` and `find` as plain verbs ("police found the car": they are listed below as `publication`
 * verbs, which report content with "that" — "the poll found that …" — or, when a poll, study or
 * record is the subject, with an object — "the poll shows Lee ahead"), `call` as a speech verb
 * (it is listed as a `naming` verb, used only with a characterisation, quoted or with "as"; the
 * phrasal `call for` — "called for a recount" — is a demand and is listed as speech),
 * `talk` (only `talk about` is listed), `release`, `issue` and `welcome`; `want` and `intend`
 * are listed as `cognition` but report only an infinitive ("wants to rebuild the pier"). Stage-direction verbs that style books
 * reject as quote tags (`nodded`, `shrugged`) are out too: they do not
 * report speech. `smiled`, `grinned` and `beamed` are in, but only as tags of a quotation next to
 * them (issue 10): news copy uses them so ("“Not yet,” she smiled"), and a reader takes the
 * quotation as hers.
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

/**
 * The four forms of a regular verb: base, "-s", "-ed" and "-ing", with English spelling rules
 * ("state" → "stated", "stating"; "worry" → "worries"; "stress" → "stresses"; "agree" →
 * "agreed", "agreeing"); `doubled` doubles the last consonant ("admit" → "admitted"). A phrasal
 * verb inflects its first word ("point out" → "pointed out").
 * Irregular verbs, doubled consonants ("admitted") and British variants list their forms.
 *
 * @example
 * ```ts
 * regularForms('worry'); // ['worry', 'worries', 'worried', 'worrying']
 * regularForms('point out'); // ['point out', 'points out', 'pointed out', 'pointing out']
 * ```
 */
export function regularForms(lemma: string, doubled = false): readonly string[] {
  const space = lemma.indexOf(' ');
  const w = space < 0 ? lemma : lemma.slice(0, space);
  const tail = space < 0 ? '' : lemma.slice(space);
  const stem = w.slice(0, -1);
  const last = w.at(-1) ?? '';
  let forms: string[];
  if (doubled) forms = [w, `${w}s`, `${w}${last}ed`, `${w}${last}ing`];
  else if (w.endsWith('ee')) forms = [w, `${w}s`, `${w}d`, `${w}ing`];
  else if (last === 'e') forms = [w, `${w}s`, `${w}d`, `${stem}ing`];
  else if (last === 'y' && !'aeiou'.includes(stem.at(-1) ?? 'a')) forms = [w, `${stem}ies`, `${stem}ied`, `${w}ing`];
  else if (/(?:[sxz]|sh|ch)$/.test(w)) forms = [w, `${w}es`, `${w}ed`, `${w}ing`];
  else forms = [w, `${w}s`, `${w}ed`, `${w}ing`];
  return forms.map((f) => f + tail);
}

const rv = (
  lemma: string,
  forms: readonly string[] | 'regular' | 'regular-ize' | 'doubled',
  cls: ReportingVerbClass,
  takesThat: boolean,
  direct: boolean,
): ReportingVerb =>
  Object.freeze({ lemma, forms: Object.freeze(formsOf(lemma, forms)), class: cls, takesThat, direct });

/**
 * The forms an entry stands for: listed; regular; regular in both the "-ize" and the British
 * "-ise" spelling; or regular with the last consonant doubled before "-ed" and "-ing" ("admit" →
 * "admitted", "sum up" → "summed up").
 */
function formsOf(lemma: string, forms: readonly string[] | 'regular' | 'regular-ize' | 'doubled'): string[] {
  if (forms === 'regular') return [...regularForms(lemma)];
  if (forms === 'doubled') return [...regularForms(lemma, true)];
  if (forms === 'regular-ize') return [...regularForms(lemma), ...regularForms(`${lemma.slice(0, -3)}ise`)];
  return [...forms];
}

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
  rv('add', 'regular', 'speech', true, true),
  rv('state', 'regular', 'speech', true, true),
  rv('speak', ['speak', 'speaks', 'spoke', 'spoken', 'speaking'], 'speech', false, false),
  rv('explain', 'regular', 'speech', true, true),
  rv('note', 'regular', 'speech', true, true),
  rv('observe', 'regular', 'speech', true, true),
  rv('remark', 'regular', 'speech', true, true),
  rv('comment', 'regular', 'speech', true, true),
  rv('mention', 'regular', 'speech', true, true),
  rv('continue', 'regular', 'speech', false, true),
  // "“Dear colleagues,” the email began" / "“Well,” he began": opening a message or a speech.
  // ("beginning" is left out: "at the beginning of …" is a noun, and no participle tags a quote.)
  rv('begin', ['begin', 'begins', 'began', 'begun'], 'speech', false, true),
  // "“Call the roll,” the host started." / "“Nonsense,” reacted Lee.": like "began", only next to
  // a quotation (`QUOTE_ONLY_VERBS`); "the game started", "markets reacted" report nothing.
  rv('start', ['start', 'starts', 'started'], 'speech', false, true),
  rv('react', ['react', 'reacts', 'reacted'], 'speech', false, true),
  rv('go on', ['go on', 'goes on', 'went on', 'gone on', 'going on'], 'speech', false, true),
  rv('conclude', 'regular', 'speech', true, true),
  rv('recall', 'regular', 'speech', true, true),
  rv('recount', 'regular', 'speech', true, true),
  rv('show', ['show', 'shows', 'showed', 'shown', 'showing'], 'publication', true, false),
  rv('find', ['find', 'finds', 'found', 'finding'], 'publication', true, false),
  rv('describe', 'regular', 'naming', false, false),
  rv('call', 'regular', 'naming', false, false),
  rv('call for', 'regular', 'speech', false, false),
  // "called on Congress to act": a demand, reported with its addressee as "urged" is.
  rv('call on', 'regular', 'speech', false, false),
  rv('dub', 'doubled', 'naming', false, false),
  rv('label', ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'], 'naming', false, false),
  rv('brand', 'regular', 'naming', false, false),
  rv('refer to', 'doubled', 'naming', false, false),
  rv('characterize', 'regular-ize',
    'speech',
    false,
    false,
  ),
  rv('relay', 'regular', 'speech', true, false),
  rv('convey', 'regular', 'speech', true, false),
  rv('confide', 'regular', 'speech', true, true),
  rv('offer', 'regular', 'speech', false, true),
  rv('volunteer', 'regular', 'speech', true, true),
  rv('venture', 'regular', 'speech', true, true),
  rv('interject', 'regular', 'speech', true, true),
  rv('interrupt', 'regular', 'speech', false, true),
  rv('chime in', 'regular', 'speech', false, true),
  rv('weigh in', 'regular', 'speech', false, false),
  rv('speak out', ['speak out', 'speaks out', 'spoke out', 'spoken out', 'speaking out'], 'speech', false, false),
  rv('point out', 'regular', 'speech', true, true),
  rv('put it', ['put it', 'puts it', 'putting it'], 'speech', false, true),
  rv('sum up', 'doubled', 'speech', false, true),
  rv('summarize', 'regular-ize',
    'speech',
    true,
    true,
  ),
  rv('reiterate', 'regular', 'speech', true, true),
  rv('repeat', 'regular', 'speech', true, true),
  rv('clarify', 'regular', 'speech', true, true),
  rv('elaborate', 'regular', 'speech', false, true),
  rv('specify', 'regular', 'speech', true, false),
  // ── speech: assertion and argument ────────────────────────────────────────
  rv('claim', 'regular', 'speech', true, true),
  rv('argue', 'regular', 'speech', true, true),
  rv('insist', 'regular', 'speech', true, true),
  rv('contend', 'regular', 'speech', true, true),
  rv('maintain', 'regular', 'speech', true, true),
  rv('assert', 'regular', 'speech', true, true),
  rv('allege', 'regular', 'speech', true, true),
  rv('aver', 'doubled', 'speech', true, true),
  rv('declare', 'regular', 'speech', true, true),
  rv('proclaim', 'regular', 'speech', true, true),
  rv('affirm', 'regular', 'speech', true, true),
  rv('attest', 'regular', 'speech', true, false),
  rv('testify', 'regular', 'speech', true, true),
  rv('swear', ['swear', 'swears', 'swore', 'sworn', 'swearing'], 'speech', true, true),
  rv('reason', 'regular', 'speech', true, true),
  rv('posit', 'regular', 'speech', true, false),
  rv('speculate', 'regular', 'speech', true, true),
  rv('theorize', 'regular-ize',
    'speech',
    true,
    false,
  ),
  rv('opine', 'regular', 'speech', true, true),
  rv('predict', 'regular', 'speech', true, true),
  rv('forecast', 'regular', 'speech', true, false),
  rv('suggest', 'regular', 'speech', true, true),
  rv('propose', 'regular', 'speech', true, true),
  rv('hint', 'regular', 'speech', true, false),
  rv('imply', 'regular', 'speech', true, false),
  rv('emphasize', 'regular-ize',
    'speech',
    true,
    true,
  ),
  rv('stress', 'regular', 'speech', true, true),
  rv('underscore', 'regular', 'speech', true, false),
  rv('underline', 'regular', 'speech', true, false),
  rv('charge', 'regular', 'speech', true, true),
  rv('accuse', 'regular', 'speech', false, false),
  // ── speech: warning, advice, request, commitment ──────────────────────────
  rv('warn', 'regular', 'speech', true, true),
  rv('caution', 'regular', 'speech', true, true),
  rv('advise', 'regular', 'speech', true, true),
  rv('urge', 'regular', 'speech', true, true),
  rv('plead', ['plead', 'pleads', 'pleaded', 'pled', 'pleading'], 'speech', true, true),
  rv('beg', 'doubled', 'speech', false, true),
  rv('implore', 'regular', 'speech', false, true),
  rv('demand', 'regular', 'speech', true, true),
  rv('request', 'regular', 'speech', true, false),
  rv('recommend', 'regular', 'speech', true, false),
  rv('threaten', 'regular', 'speech', true, true),
  rv('vow', 'regular', 'speech', true, true),
  rv('pledge', 'regular', 'speech', true, true),
  rv('promise', 'regular', 'speech', true, true),
  rv('assure', 'regular', 'speech', true, true),
  rv('reassure', 'regular', 'speech', true, true),
  rv('remind', 'regular', 'speech', true, true),
  rv('inform', 'regular', 'speech', true, false),
  rv('brief', 'regular', 'speech', false, false),
  // ── speech: questions and replies ─────────────────────────────────────────
  rv('ask', 'regular', 'speech', false, true),
  rv('question', 'regular', 'speech', false, true),
  rv('query', 'regular', 'speech', false, true),
  rv(
    'inquire',
    ['inquire', 'inquires', 'inquired', 'inquiring', 'enquire', 'enquires', 'enquired', 'enquiring'],
    'speech',
    false,
    true,
  ),
  rv('answer', 'regular', 'speech', true, true),
  rv('reply', 'regular', 'speech', true, true),
  rv('respond', 'regular', 'speech', true, true),
  rv('retort', 'regular', 'speech', true, true),
  rv('counter', 'regular', 'speech', true, true),
  rv('shoot back', ['shoot back', 'shoots back', 'shot back', 'shooting back'], 'speech', false, true),
  rv('fire back', 'regular', 'speech', false, true),
  rv('hit back', ['hit back', 'hits back', 'hitting back'], 'speech', false, true),
  rv('push back', 'regular', 'speech', false, false),
  rv('object', 'regular', 'speech', true, true),
  rv('protest', 'regular', 'speech', true, true),
  // ── speech: complaint, criticism, praise ──────────────────────────────────
  rv('complain', 'regular', 'speech', true, true),
  rv('lament', 'regular', 'speech', true, true),
  rv('bemoan', 'regular', 'speech', true, false),
  rv('gripe', 'regular', 'speech', true, true),
  rv('criticize', 'regular-ize',
    'speech',
    false,
    false,
  ),
  rv('condemn', 'regular', 'speech', false, false),
  rv('denounce', 'regular', 'speech', false, false),
  rv('decry', 'regular', 'speech', false, false),
  rv('slam', 'doubled', 'speech', false, false),
  rv('blast', 'regular', 'speech', false, false),
  rv('lash out', 'regular', 'speech', false, false),
  rv('hit out', ['hit out', 'hits out', 'hitting out'], 'speech', false, false),
  rv('praise', 'regular', 'speech', false, false),
  rv('endorse', 'regular', 'speech', false, false),
  rv('defend', 'regular', 'speech', false, false),
  rv('blame', 'regular', 'speech', false, false),
  rv('cite', 'regular', 'speech', false, false),
  rv('mock', 'regular', 'speech', false, false),
  rv('thank', 'regular', 'speech', false, false),
  rv('commend', 'regular', 'speech', false, false),
  rv('applaud', 'regular', 'speech', false, false),
  rv('express', 'regular', 'speech', false, false),
  rv('point to', 'regular', 'speech', false, false),
  rv('talk about', 'regular', 'speech', false, false),
  rv('hail', 'regular', 'speech', false, false),
  rv('apologize', 'regular-ize',
    'speech',
    false,
    true,
  ),
  rv('confess', 'regular', 'speech', true, true),
  rv('rule', 'regular', 'speech', true, false),
  // ── writing ───────────────────────────────────────────────────────────────
  rv('write', ['write', 'writes', 'wrote', 'written', 'writing'], 'writing', true, true),
  rv('read', ['read', 'reads', 'reading'], 'writing', false, true),
  rv('tweet', 'regular', 'writing', true, true),
  rv('post', 'regular', 'writing', true, true),
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
  rv('sign off', 'regular', 'writing', false, true),
  rv(
    'email',
    ['email', 'emails', 'emailed', 'emailing', 'e-mail', 'e-mails', 'e-mailed', 'e-mailing'],
    'writing',
    true,
    true,
  ),
  rv('text', 'regular', 'writing', true, true),
  rv('message', 'regular', 'writing', true, true),
  // ── publication ───────────────────────────────────────────────────────────
  rv('report', 'regular', 'publication', true, true),
  rv('announce', 'regular', 'publication', true, true),
  rv('reveal', 'regular', 'publication', true, true),
  rv('disclose', 'regular', 'publication', true, false),
  rv('publish', 'regular', 'publication', false, false),
  rv('quote', 'regular', 'publication', false, false),
  rv('indicate', 'regular', 'publication', true, false),
  rv(
    'signal',
    ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
    'publication',
    true,
    false,
  ),
  // ── cognition ─────────────────────────────────────────────────────────────
  rv('believe', 'regular', 'cognition', true, false),
  rv('think', ['think', 'thinks', 'thought', 'thinking'], 'cognition', true, false),
  rv('hope', 'regular', 'cognition', true, false),
  rv('fear', 'regular', 'cognition', true, false),
  rv('expect', 'regular', 'cognition', true, false),
  rv('want', 'regular', 'cognition', false, false),
  rv('intend', 'regular', 'cognition', false, false),
  rv('know', ['know', 'knows', 'knew', 'known', 'knowing'], 'cognition', true, false),
  rv('feel', ['feel', 'feels', 'felt', 'feeling'], 'cognition', true, false),
  // No "-ing" form: "…, meaning (that) …" is the writer's gloss of the sentence, not a thought reported.
  rv('mean', ['mean', 'means', 'meant'], 'cognition', true, false),
  rv('suspect', 'regular', 'cognition', true, false),
  rv('assume', 'regular', 'cognition', true, false),
  rv('suppose', 'regular', 'cognition', true, false),
  rv('reckon', 'regular', 'cognition', true, true),
  rv('guess', 'regular', 'cognition', true, true),
  rv('figure', 'regular', 'cognition', true, false),
  rv('doubt', 'regular', 'cognition', true, false),
  rv('worry', 'regular', 'cognition', true, true),
  rv('wonder', 'regular', 'cognition', false, true),
  rv('learn', ['learn', 'learns', 'learned', 'learnt', 'learning'], 'cognition', true, false),
  rv('understand', ['understand', 'understands', 'understood', 'understanding'], 'cognition', true, false),
  rv('realize', 'regular-ize',
    'cognition',
    true,
    false,
  ),
  rv('remember', 'regular', 'cognition', true, false),
  rv('imagine', 'regular', 'cognition', true, false),
  rv('anticipate', 'regular', 'cognition', true, false),
  rv('estimate', 'regular', 'cognition', true, false),
  rv('calculate', 'regular', 'cognition', true, false),
  rv('muse', 'regular', 'cognition', true, true),
  rv('reflect', 'regular', 'cognition', true, true),
  rv(
    'marvel',
    ['marvel', 'marvels', 'marveled', 'marvelled', 'marveling', 'marvelling'],
    'cognition',
    true,
    true,
  ),
  // Stances: what a speaker is for or against, reported as the object ("Lee supports the
  // levy", "most voters oppose the plan"); the text states the position, not words said.
  rv('support', 'regular', 'cognition', false, false),
  rv('oppose', 'regular', 'cognition', false, false),
  rv(
    'favor',
    ['favor', 'favors', 'favored', 'favoring', 'favour', 'favours', 'favoured', 'favouring'],
    'cognition',
    false,
    false,
  ),
  // Views: "sees the deal as a trap", "views Lee as a rival" report a characterisation only
  // with "as" (CHARACTERISING_VERBS in grammar.ts); "saw the game" reports nothing. ("regard"
  // is left out: "regarding" is a preposition.)
  rv('see', ['see', 'sees', 'saw', 'seen', 'seeing'], 'cognition', false, false),
  rv('view', 'regular', 'cognition', false, false),
  // Aims and requests: "sought to reassure investors" reports the infinitive, as "wants to"
  // does; "is seeking an injunction" reports its object, as "requested" does.
  rv('seek', ['seek', 'seeks', 'sought', 'seeking'], 'cognition', false, false),
  // Plans and refusals report their infinitive ("plans to run", "declined to comment").
  rv('plan', 'doubled', 'cognition', false, false),
  rv('decline', 'regular', 'speech', false, false),
  rv('refuse', 'regular', 'speech', false, false),
  // ── agreement ─────────────────────────────────────────────────────────────
  rv('agree', 'regular', 'agreement', true, true),
  rv('concur', 'doubled', 'agreement', true, true),
  rv('confirm', 'regular', 'agreement', true, true),
  rv('acknowledge', 'regular', 'agreement', true, true),
  rv('admit', 'doubled', 'agreement', true, true),
  rv('concede', 'regular', 'agreement', true, true),
  rv('accept', 'regular', 'agreement', true, false),
  rv('recognize', 'regular-ize',
    'agreement',
    true,
    false,
  ),
  rv('reaffirm', 'regular', 'agreement', true, false),
  rv('echo', ['echo', 'echoes', 'echoed', 'echoing'], 'agreement', false, true),
  rv('deny', 'regular', 'agreement', true, false),
  rv('dispute', 'regular', 'agreement', true, false),
  rv('disagree', 'regular', 'agreement', false, false),
  rv('reject', 'regular', 'agreement', false, false),
  rv('refute', 'regular', 'agreement', false, false),
  rv('rebut', 'doubled', 'agreement', false, false),
  rv('contest', 'regular', 'agreement', true, false),
  rv('dismiss', 'regular', 'agreement', false, false),
  // ── manner of speaking ────────────────────────────────────────────────────
  rv('shout', 'regular', 'manner', true, true),
  rv('yell', 'regular', 'manner', true, true),
  rv('scream', 'regular', 'manner', true, true),
  rv('cry', 'regular', 'manner', false, true),
  rv('exclaim', 'regular', 'manner', true, true),
  rv('bellow', 'regular', 'manner', false, true),
  rv('roar', 'regular', 'manner', false, true),
  rv('thunder', 'regular', 'manner', false, true),
  rv('chant', 'regular', 'manner', false, true),
  rv('whisper', 'regular', 'manner', true, true),
  rv('murmur', 'regular', 'manner', true, true),
  rv('mutter', 'regular', 'manner', true, true),
  rv('mumble', 'regular', 'manner', true, true),
  rv('stammer', 'regular', 'manner', false, true),
  rv('gasp', 'regular', 'manner', false, true),
  rv('sigh', 'regular', 'manner', false, true),
  rv('sob', 'doubled', 'manner', false, true),
  rv('laugh', 'regular', 'manner', false, true),
  rv('chuckle', 'regular', 'manner', false, true),
  rv('joke', 'regular', 'manner', true, true),
  rv('quip', 'doubled', 'manner', true, true),
  rv('tease', 'regular', 'manner', false, true),
  rv('gush', 'regular', 'manner', false, true),
  rv('enthuse', 'regular', 'manner', false, true),
  rv('boast', 'regular', 'manner', true, true),
  rv('brag', 'doubled', 'manner', true, true),
  rv('grumble', 'regular', 'manner', true, true),
  rv('moan', 'regular', 'manner', true, true),
  rv('whine', 'regular', 'manner', true, true),
  rv('fume', 'regular', 'manner', true, true),
  rv('rage', 'regular', 'manner', true, true),
  rv('rant', 'regular', 'manner', true, true),
  rv('scoff', 'regular', 'manner', false, true),
  rv('sneer', 'regular', 'manner', false, true),
  rv('snap', 'doubled', 'manner', false, true),
  rv('snarl', 'regular', 'manner', false, true),
  rv('bark', 'regular', 'manner', false, true),
  rv('growl', 'regular', 'manner', false, true),
  rv('hiss', 'regular', 'manner', false, true),
  // Stage directions: "“This is fantastic!” beamed a delegate", "“Not yet,” she smiled". They tag
  // the quotation next to them and nothing else (`QUOTE_ONLY_VERBS`); the "-ing" forms are left out,
  // since "a smiling Lee said" is a modifier.
  rv('beam', ['beam', 'beams', 'beamed'], 'manner', false, true),
  rv('smile', ['smile', 'smiles', 'smiled'], 'manner', false, true),
  rv('grin', ['grin', 'grins', 'grinned'], 'manner', false, true),
  // Lyrics and chants quoted in a report: "“Promise you'll stay,” she sings to him". Only as a tag
  // of the quotation next to it: "sang the anthem" reports no words of the singer's own.
  rv('sing', ['sing', 'sings', 'sang', 'sung'], 'manner', false, true),
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
