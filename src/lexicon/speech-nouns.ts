/**
 * Speech-event and document nouns, and the non-verbal cue phrases of attribution.
 *
 * Where the lists come from: compiled from the noun cues annotated in the PARC 3.0 attribution
 * corpus guidelines (Pareti 2016: "in a statement", "according to"), the source-introducing
 * prepositional phrases described by Bergler (2006) and the PolNeAR guidelines, and AP /
 * Reuters attribution practice ("said in a statement", "told reporters at a news conference",
 * "wrote in a post on X", "said in a court filing"). Hand-extended for legal copy (filing,
 * affidavit, indictment, dissent), business copy (earnings call, research note) and
 * social-media channels (post, thread, livestream, video message).
 *
 * What they have: lowercase nouns, singular and plural, naming the event or document a quote
 * was delivered in. Multi-word entries are listed where the head alone is not a speech noun
 * ("press conference" beside plain "conference", "town hall", "phone call").
 *
 * What they deliberately leave out, and why: `response` and `reply` (the fixed phrase
 * "in response to" is not attribution), `order` ("in order to"), `meeting`, `summit` and
 * `event` (venues, not speech events: "at a meeting" rarely introduces the quote's channel),
 * `paper` (a back-reference to a newspaper, listed in `outlets.ts`), and platform names such
 * as X or Facebook (the consumer reads "a post on X"; the head noun is `post`).
 * @module
 */
import { checkedSet } from './checked.js';


/**
 * Lowercase nouns naming a speech event or document used in attribution: "in a statement",
 * "in an interview", "at a news conference", "in a post on X", "in a court filing". Singular
 * and plural forms; multi-word entries contain single spaces.
 *
 * Throws at module load if the literal list holds a duplicate or blank entry (a data bug the
 * test suite catches on first import).
 *
 * @example
 * ```ts
 * SPEECH_NOUNS.has('statement'); // true
 * SPEECH_NOUNS.has('press conference'); // true
 * SPEECH_NOUNS.has('remarks'); // true
 * SPEECH_NOUNS.has('response'); // false — "in response to" is not attribution
 * ```
 */
export const SPEECH_NOUNS: ReadonlySet<string> = checkedSet('SPEECH_NOUNS', [
  // statements and announcements
  'statement',
  'statements',
  'joint statement',
  'joint statements',
  'written statement',
  'written statements',
  'press statement',
  'press statements',
  'announcement',
  'announcements',
  'communique',
  'communiques',
  'communiqué',
  'communiqués',
  'declaration',
  'declarations',
  'proclamation',
  'proclamations',
  'press release',
  'press releases',
  'news release',
  'news releases',
  'release',
  'releases',
  'advisory',
  'advisories',
  'bulletin',
  'bulletins',
  'manifesto',
  'manifestos',
  // spoken events
  'interview',
  'interviews',
  'remarks',
  'remark',
  'comments',
  'comment',
  'speech',
  'speeches',
  'address',
  'addresses',
  'lecture',
  'lectures',
  'sermon',
  'sermons',
  'homily',
  'homilies',
  'eulogy',
  'eulogies',
  'conference',
  'conferences',
  'press conference',
  'press conferences',
  'news conference',
  'news conferences',
  'briefing',
  'briefings',
  'press briefing',
  'press briefings',
  'news briefing',
  'news briefings',
  'hearing',
  'hearings',
  'testimony',
  'testimonies',
  'debate',
  'debates',
  'rally',
  'rallies',
  'town hall',
  'town halls',
  'panel discussion',
  'panel discussions',
  'question-and-answer session',
  'question-and-answer sessions',
  'q&a',
  'q&as',
  'fireside chat',
  'fireside chats',
  'call',
  'calls',
  'phone call',
  'phone calls',
  'conference call',
  'conference calls',
  'earnings call',
  'earnings calls',
  'podcast',
  'podcasts',
  'broadcast',
  'broadcasts',
  'livestream',
  'livestreams',
  'video',
  'videos',
  'video message',
  'video messages',
  'video statement',
  'video statements',
  'recording',
  'recordings',
  'audio recording',
  'audio recordings',
  'transcript',
  'transcripts',
  // written and digital messages
  'letter',
  'letters',
  'open letter',
  'open letters',
  'memo',
  'memos',
  'memorandum',
  'memoranda',
  'memorandums',
  'email',
  'emails',
  'e-mail',
  'e-mails',
  'message',
  'messages',
  'text',
  'texts',
  'text message',
  'text messages',
  'voicemail',
  'voicemails',
  'note',
  'notes',
  'research note',
  'research notes',
  'post',
  'posts',
  'blog post',
  'blog posts',
  'social media post',
  'social media posts',
  'tweet',
  'tweets',
  'thread',
  'threads',
  'blog',
  'blogs',
  'newsletter',
  'newsletters',
  // published writing
  'op-ed',
  'op-eds',
  'essay',
  'essays',
  'column',
  'columns',
  'editorial',
  'editorials',
  'article',
  'articles',
  'book',
  'books',
  'memoir',
  'memoirs',
  'report',
  'reports',
  'study',
  'studies',
  'survey',
  'surveys',
  'poll',
  'polls',
  'analysis',
  'analyses',
  'assessment',
  'assessments',
  'white paper',
  'white papers',
  'document',
  'documents',
  // legal and regulatory documents
  'filing',
  'filings',
  'court filing',
  'court filings',
  'regulatory filing',
  'regulatory filings',
  'securities filing',
  'securities filings',
  'court documents',
  'court papers',
  'lawsuit',
  'lawsuits',
  'complaint',
  'complaints',
  'indictment',
  'indictments',
  'affidavit',
  'affidavits',
  'deposition',
  'depositions',
  'motion',
  'motions',
  'brief',
  'briefs',
  'ruling',
  'rulings',
  'opinion',
  'opinions',
  'dissent',
  'dissents',
  'decision',
  'decisions',
  'judgment',
  'judgments',
  'judgement',
  'judgements',
]);

/**
 * Multi-word (and a few one-word) cue phrases that introduce a source without a reporting
 * verb: "according to officials", "in the words of the minister", "citing sources".
 *
 * Ordered longest first (by word count), so a greedy matcher tries `as per` before `per`.
 * `per` is the riskiest entry: it is also the Latin preposition of "per cent", "per capita",
 * "per day", "per share". Accept it only when the next token starts a source (a capitalised
 * name, an outlet, or a determiner + source noun), never before a number, a unit or a
 * lowercase common noun.
 *
 * @example
 * ```ts
 * ACCORDING_TO_PHRASES.includes('according to'); // true
 * const cue = ACCORDING_TO_PHRASES.find((p) => 'as per the ministry'.startsWith(p + ' '));
 * cue; // 'as per' — longer phrases come first
 * ```
 */
export const ACCORDING_TO_PHRASES: readonly string[] = Object.freeze([
  'in the words of',
  'in the view of',
  'in the opinion of',
  'as quoted by',
  'as reported by',
  'as cited by',
  'as stated by',
  'according to',
  'as per',
  'citing',
  'quoting',
  'per',
]);
