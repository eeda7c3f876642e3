/**
 * Page furniture: the lines a copy-paste from a news page drags along that are not part of the
 * article (labels, buttons, ad slots, reading-time and timestamp lines).
 *
 * Where it came from: the boilerplate classes of the CleanEval guidelines and the navigation and
 * share-bar strings of the major English-language news sites' article templates (BBC, Reuters, AP,
 * CNN, The Guardian, The New York Times), written from reading those templates, not copied from
 * any article. Section labels are the top-level navigation sections those sites share. It is
 * deliberately small: a line is only furniture when it is one of these labels as a whole, so a
 * real sentence that merely contains one of the words is never dropped.
 *
 * {@link DATE_LINE_FILLERS} was written by the project's developers as a chain of comparisons in
 * the date-line test (`src/structure/furniture.ts`) and moved here unchanged; as compiled here it
 * is part of this project, under its MIT licence.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * Whole lines (lowercase, whitespace collapsed) that are never article text.
 *
 * @example
 * ```ts
 * FURNITURE_LINES.has('advertisement'); // true
 * ```
 */
export const FURNITURE_LINES: ReadonlySet<string> = new Set([
  'advertisement',
  'skip advertisement',
  'story continues below advertisement',
  'article continues below advertisement',
  'continue reading the main story',
  'continue reading below',
  'sponsored',
  'sponsored content',
  'share',
  'share this',
  'share this article',
  'share on facebook',
  'share on twitter',
  'share on x',
  'share via email',
  'copy link',
  'save',
  'save article',
  'print',
  'comments',
  'listen to this article',
  'listen',
  'skip to content',
  'skip to main content',
  'supported by',
  'image',
  'image caption',
  'media caption',
  'getty images',
  'watch',
  'video',
  'live',
  'breaking',
  'breaking news',
  'exclusive',
  'analysis',
  'opinion',
  'follow',
  'subscribe',
  'sign up',
  'newsletter',
  'close',
  'menu',
  'home',
  'gift this article',
  'read more',
  'see more',
  'related',
  'related articles',
  'most read',
  'trending',
]);

/**
 * Whole lines (lowercase, whitespace collapsed, final colon dropped) that are page furniture even
 * in the middle of the body: ad slots, "continue reading" breaks, share and sign-up buttons, and
 * the labels of related-story and media boxes. Words that can also head a section of an article
 * ("Video", "Analysis", "Photos") are left out: between paragraphs they may be real headings.
 *
 * @example
 * ```ts
 * BODY_FURNITURE_LINES.has('story continues below advertisement'); // true
 * ```
 */
export const BODY_FURNITURE_LINES: ReadonlySet<string> = new Set([
  'advertisement',
  'skip advertisement',
  'story continues below advertisement',
  'article continues below advertisement',
  'continue reading',
  'continue reading below',
  'continue reading the main story',
  'featured video',
  'watch video',
  'image caption',
  'media caption',
  'image source',
  'getty images',
  'most popular',
  'most read',
  'recommended',
  'recommended stories',
  'related',
  'related stories',
  'related articles',
  'related content',
  'related coverage',
  'related links',
  'recommended reading',
  'you might also like',
  'you may also like',
  'more stories',
  'read more',
  'see more',
  'share',
  'share this',
  'share this article',
  'copy link',
  'comments',
  'contribute',
  'sign up',
  'subscribe',
  'follow us',
  'trending now',
  'sponsored content',
  'listen to this article',
  // Newsletter and subscription prompts that are a bare label or button.
  'newsletter',
  'sign up for our newsletter',
  'subscribe to our newsletter',
  'skip past newsletter promotion',
  'after newsletter promotion',
  // Promo box labels.
  'more from this author',
  'more by this author',
  'related posts',
  'read next',
  'up next',
  'editor’s picks',
  "editor's picks",
  // Comment boxes.
  'view comments',
  'show comments',
  'read comments',
  'leave a comment',
  'add a comment',
  'post a comment',
  'join the conversation',
  'comments are closed',
  // Share, print and "Learn more" buttons on a line of their own.
  'learn more',
  'print this article',
  'email this article',
  // Feedback widgets.
  'was this useful?',
  'was this helpful?',
  'was this article helpful?',
  'was this article useful?',
  'was this page helpful?',
  'is this page useful?',
  'did you find this article helpful?',
  'thanks for your feedback',
  'thank you for your feedback',
  // Author boxes: the box's label. The biography under it is the page's text about the writer and
  // stays a paragraph (see docs/article-model.md).
  'about the author',
  'about the authors',
  'about the writer',
  'about the reporter',
  'about the contributor',
  'author bio',
  'meet the author',
  // Placeholders an embedded player, image or widget leaves behind when the page is copied.
  'loading',
  'loading...',
  'loading…',
  'image',
  'watch',
  'watch now',
  'play video',
  'click to enlarge',
  'enlarge this image',
  'toggle caption',
  'hide caption',
  'view this post on instagram',
  'scroll to continue with content',
  // Box labels of sponsored links, video rails and in-page navigation.
  'sponsored link',
  'sponsored links',
  'recommended videos',
  'recommended for you',
  'table of contents',
  'contents',
  'in this article',
  'jump to',
  'back to top',
]);

/*
 * The lists below are this project's own, written for issue 14 from the page templates named at
 * the top of this file (newsletter boxes, promo links, comment counters and share bars); no list
 * was copied. Same licence as the project (MIT).
 */

/**
 * Openings of promo and sponsor lines (lowercase): a line that starts with one of these and goes
 * on with a title ("Related: Ten ways to cut your bills", "More on the housing market", "Sponsored
 * by Acme") points at other pages. A line ending in a period or a colon is a sentence or a lead-in
 * and is left alone (see `structure/furniture`).
 *
 * @example
 * ```ts
 * PROMO_OPENINGS.includes('related:'); // true
 * ```
 */
export const PROMO_OPENINGS: readonly string[] = [
  'related:',
  'related stories:',
  'related article:',
  'related content:',
  'read more:',
  'read also:',
  'also read:',
  'see also:',
  'read next:',
  'recommended:',
  'you may also like:',
  'you might also like:',
  'don’t miss:',
  "don't miss:",
  'more on ',
  'more from ',
  'read our ',
  'read the full ',
  'more stories from ',
  'sponsored by ',
  'presented by ',
  'paid for by ',
  'brought to you by ',
  'in partnership with ',
  // The credit line under an embedded social post.
  'a post shared by ',
];

/**
 * Words that open a newsletter or subscription prompt (lowercase). With one of
 * {@link NEWSLETTER_WORDS} later in the line ("Sign up for our morning newsletter", "GET THE
 * BRIEFING IN YOUR INBOX") the whole line is a prompt, however it ends.
 *
 * @example
 * ```ts
 * NEWSLETTER_OPENINGS.includes('sign up'); // true
 * ```
 */
export const NEWSLETTER_OPENINGS: readonly string[] = ['sign up', 'subscribe', 'get ', 'join ', 'want ', 'skip past', 'register ', 'enter your email'];

/**
 * Words that make a line opening with one of {@link NEWSLETTER_OPENINGS} a newsletter prompt
 * (lowercase, matched as substrings).
 *
 * @example
 * ```ts
 * NEWSLETTER_WORDS.includes('newsletter'); // true
 * ```
 */
export const NEWSLETTER_WORDS: readonly string[] = ['newsletter', 'inbox', 'subscription', 'subscriber'];

/**
 * Nouns of a comment counter ("Comments (12)", "12 comments", "Replies: 3"), lowercase.
 *
 * @example
 * ```ts
 * COMMENT_WORDS.has('comments'); // true
 * ```
 */
export const COMMENT_WORDS: ReadonlySet<string> = new Set(['comment', 'comments', 'reply', 'replies', 'response', 'responses', 'reactions']);

/**
 * Button labels of share bars and tool rows, lowercase. A line made only of two or more of these
 * ("Share Print Learn more", "Facebook Twitter Email") is a row of buttons.
 *
 * @example
 * ```ts
 * BUTTON_WORDS.has('print'); // true
 * ```
 */
export const BUTTON_WORDS: ReadonlySet<string> = new Set([
  'share', 'print', 'email', 'e-mail', 'mail', 'tweet', 'twitter', 'x', 'facebook', 'linkedin', 'whatsapp',
  'reddit', 'pinterest', 'flipboard', 'telegram', 'copy', 'link', 'save', 'bookmark', 'gift', 'learn', 'more',
  'comment', 'comments', 'follow', 'like', 'subscribe', 'listen', 'download', 'pdf',
  // Gallery buttons ("View 50 Photos", "View gallery").
  'view', 'photos', 'images', 'gallery', 'slideshow',
]);

/**
 * Labels of boxes whose body is a list of links to other articles (lowercase): the lines set in
 * under one of these are link titles, furniture like the label.
 *
 * @example
 * ```ts
 * LINK_BOX_LABELS.has('related stories'); // true
 * ```
 */
export const LINK_BOX_LABELS: ReadonlySet<string> = new Set([
  'related', 'related stories', 'related articles', 'related content', 'related coverage', 'related links',
  'recommended', 'recommended stories', 'recommended reading', 'you may also like', 'you might also like',
  'more stories', 'most popular', 'most read', 'trending now', 'read more',
]);

/**
 * Top-level section labels that sit above a headline on news pages (lowercase).
 *
 * @example
 * ```ts
 * SECTION_LABELS.has('world'); // true
 * ```
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'news',
  'world',
  'world news',
  'us',
  'u.s.',
  'us news',
  'uk',
  'uk news',
  'politics',
  'business',
  'markets',
  'economy',
  'money',
  'tech',
  'technology',
  'science',
  'health',
  'climate',
  'environment',
  'sport',
  'sports',
  'football',
  'soccer',
  'entertainment',
  'culture',
  'arts',
  'lifestyle',
  'life',
  'travel',
  'style',
  'food',
  'education',
  'local',
  'national',
  'nation',
  'international',
  'europe',
  'asia',
  'africa',
  'americas',
  'middle east',
  'australia',
  'ukraine',
  'russia',
  'china',
  'india',
  'latest',
  'top stories',
  'features',
  'feature',
  'investigations',
  'editorial',
  'commentary',
  'columns',
  'column',
  'reviews',
  'review',
  'obituaries',
  'weather',
  'crime',
  'justice',
  'security',
  'defense',
  'defence',
  'war',
]);

/**
 * Words that, with digits and punctuation, make up a timestamp or reading-time line such as
 * "Updated 5:30 PM EDT, Tue July 4, 2025" or "6 min read" (lowercase).
 *
 * @example
 * ```ts
 * DATE_LINE_WORDS.has('updated'); // true
 * ```
 */
export const DATE_LINE_WORDS: ReadonlySet<string> = new Set([
  'updated', 'published', 'posted', 'last', 'modified', 'first', 'on', 'at', 'and', 'of', 'the', 'by',
  'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'msk',
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'ist', 'jst', 'aest',
  'ago', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'read', 'time', 'reading',
  'today', 'yesterday', 'just', 'now',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * The {@link DATE_LINE_WORDS} that only join a date line's parts ("Updated *on* May 3 *at* 10:00
 * a.m."): they carry no date or time, so a line of nothing else is not a date line.
 *
 * @example
 * ```ts
 * DATE_LINE_FILLERS.has('at'); // true
 * DATE_LINE_FILLERS.has('updated'); // false
 * ```
 */
export const DATE_LINE_FILLERS: ReadonlySet<string> = checkedSet('DATE_LINE_FILLERS', ['on', 'at', 'and', 'of', 'the', 'by'], true);
