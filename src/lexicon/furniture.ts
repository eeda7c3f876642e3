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
 * @module
 */

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
