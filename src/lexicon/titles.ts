/**
 * Honorifics, person titles, gendered titles and nationality adjectives: the words around a
 * person's name in news copy ("Foreign Minister Annalena …", "Sen. …", "the Ukrainian
 * president", "Mrs. …").
 *
 * Where the lists come from: compiled from the AP Stylebook entries "titles", "military
 * titles", "courtesy titles", "religious titles" and "nobility", the Guardian and Observer
 * style guide (British ministerial titles, "Cllr", honours such as Sir and Dame, no full stop
 * after Mr/Mrs/Dr), the Reuters Handbook's abbreviations for military ranks, and the
 * country / demonym table of ISO 3166-1 with the adjectives the UN Terminology Database and the
 * CIA World Factbook give. Hand-extended with the roles that introduce quoted people in news
 * ("spokeswoman", "analyst", "economist", "chief negotiator", "national security adviser"), and with
 * the occupations that introduce people on culture and sport pages ("rapper", "striker").
 *
 * What they have and how to use them:
 * - {@link HONORIFICS}: keys exactly as written, with and without the full stop (US and UK
 *   style), with the gender the honorific signals or `null`.
 * - {@link PERSON_TITLES}: lowercase single- and multi-word roles; abbreviations keep their dots.
 *   Lowercase the text before looking it up.
 * - {@link GENDERED_TITLES}: lowercase titles that imply gender.
 * - {@link NATIONALITY_ADJECTIVES}: adjectives as written (capitalised) plus the country
 *   abbreviations used adjectivally ("U.S.", "UK", "EU").
 *
 * What they deliberately leave out, and why: `Sr.` as an honorific (clashes with the suffix
 * "Sr." = Senior), `M.` (French Monsieur; clashes with initials), `Count`, `Father`, `Sister`
 * and `Brother` (ordinary capitalised words at sentence start); organisation-style prefixes
 * ("NATO", "UN") are organisations in `organizations.ts`, not nationality adjectives, except
 * "EU" / "E.U.", which news uses exactly like a nationality ("EU officials"). Plural titles are
 * left out except the stylebook plurals "sens." and "reps." that precede several names.
 *
 * The lists after {@link NATIONALITY_ADJECTIVES} — title qualifiers and modifiers, the
 * complements of "Secretary of …", abbreviation expansions, and the role words of definite
 * descriptions — were written by the project's developers inside the speaker rules
 * (`src/quotes/speakers.ts`) and the source resolver (`src/sources/`) and moved here unchanged
 * (issue 9); each one's comment says which rule reads it and why. As compiled here, those lists
 * are part of this project, under its MIT licence.
 * @module
 */
import { checkedSet, checkedMap } from './checked.js';

/**
 * The gender a title or honorific signals.
 *
 * @example
 * ```ts
 * const g: Gender = 'female';
 * ```
 */
export type Gender = 'male' | 'female';

/**
 * Courtesy titles and honorifics, keyed exactly as written (with and without the full stop),
 * mapped to the gender they signal, or `null` when they signal none.
 *
 * Throws at module load if the literal list holds a duplicate or blank key.
 *
 * @example
 * ```ts
 * HONORIFICS.get('Mrs.'); // 'female'
 * HONORIFICS.get('Mr'); // 'male' — British style, no full stop
 * HONORIFICS.get('Dr.'); // null — gender unknown
 * HONORIFICS.has('President'); // false — a title, see PERSON_TITLES
 * ```
 */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = checkedMap<Gender | null>('HONORIFICS', [
  ['Mr.', 'male'],
  ['Mr', 'male'],
  ['Messrs.', 'male'],
  ['Messrs', 'male'],
  ['Mister', 'male'],
  ['Mrs.', 'female'],
  ['Mrs', 'female'],
  ['Ms.', 'female'],
  ['Ms', 'female'],
  ['Miss', 'female'],
  ['Madam', 'female'],
  ['Madame', 'female'],
  ['Mme.', 'female'],
  ['Mme', 'female'],
  ['Mlle.', 'female'],
  ['Mlle', 'female'],
  ['Mx.', null],
  ['Mx', null],
  ['Dr.', null],
  ['Dr', null],
  ['Prof.', null],
  ['Prof', null],
  ['Rev.', null],
  ['Rev', null],
  ['Revd', null],
  ['Reverend', null],
  ['Hon.', null],
  ['Rt. Hon.', null],
  ['Rabbi', null],
  ['Imam', null],
  ['Fr.', 'male'],
  ['Sir', 'male'],
  ['Dame', 'female'],
  ['Lord', 'male'],
  ['Lady', 'female'],
  ['Baron', 'male'],
  ['Baroness', 'female'],
  ['Sheikh', 'male'],
  ['Sheikha', 'female'],
  ['Herr', 'male'],
  ['Frau', 'female'],
  ['Señor', 'male'],
  ['Señora', 'female'],
]);

/**
 * Lowercase roles that precede or describe a person in news: "President …", "the foreign
 * minister", "Sen. …", "Lt. Gen. …", "chief executive …", "…, an economist at …".
 * Multi-word roles are listed whole; abbreviations keep their dots.
 *
 * Throws at module load if the literal list holds a duplicate, blank or non-lowercase entry.
 *
 * @example
 * ```ts
 * PERSON_TITLES.has('prime minister'); // true
 * PERSON_TITLES.has('sen.'); // true
 * PERSON_TITLES.has('Prime Minister'.toLowerCase()); // true — lowercase before looking up
 * ```
 */
export const PERSON_TITLES: ReadonlySet<string> = checkedSet(
  'PERSON_TITLES',
  [
    // heads of state and government
    'president',
    'vice president',
    'vice-president',
    'president-elect',
    'vice president-elect',
    'prime minister',
    'deputy prime minister',
    'prime minister-elect',
    'premier',
    'vice premier',
    'chancellor',
    'vice chancellor',
    'vice-chancellor',
    'first minister',
    'deputy first minister',
    'taoiseach',
    'tánaiste',
    'tanaiste',
    'head of state',
    'head of government',
    'supreme leader',
    'governor-general',
    'governor general',
    'first lady',
    'second lady',
    'state councilor',
    // ministers and secretaries
    'minister',
    'deputy minister',
    'junior minister',
    'foreign minister',
    'defence minister',
    'defense minister',
    'interior minister',
    'finance minister',
    'economy minister',
    'economics minister',
    'trade minister',
    'energy minister',
    'health minister',
    'justice minister',
    'education minister',
    'culture minister',
    'agriculture minister',
    'environment minister',
    'transport minister',
    'labour minister',
    'labor minister',
    'immigration minister',
    'home minister',
    'shadow minister',
    'secretary',
    'deputy secretary',
    'assistant secretary',
    'under secretary',
    'undersecretary',
    'permanent secretary',
    'cabinet secretary',
    'press secretary',
    'secretary of state',
    'secretary of defense',
    'secretary of war',
    'secretary of the treasury',
    'secretary of homeland security',
    'secretary-general',
    'secretary general',
    'foreign secretary',
    'home secretary',
    'defence secretary',
    'defense secretary',
    'war secretary',
    'health secretary',
    'business secretary',
    'education secretary',
    'energy secretary',
    'environment secretary',
    'justice secretary',
    'culture secretary',
    'transport secretary',
    'transportation secretary',
    'treasury secretary',
    'commerce secretary',
    'labor secretary',
    'agriculture secretary',
    'interior secretary',
    'homeland security secretary',
    'navy secretary',
    'army secretary',
    'shadow secretary',
    'chancellor of the exchequer',
    'shadow chancellor',
    'attorney general',
    'attorney-general',
    'solicitor general',
    'surgeon general',
    'inspector general',
    'national security adviser',
    'national security advisor',
    'chief of staff',
    'deputy chief of staff',
    // legislators and party roles
    'senator',
    'senators',
    'sen.',
    'sens.',
    'state senator',
    'representative',
    'representatives',
    'rep.',
    'reps.',
    'state representative',
    'congressman',
    'congresswoman',
    'congressmember',
    'lawmaker',
    'legislator',
    'mp',
    'mep',
    'member of parliament',
    'peer',
    'assemblyman',
    'assemblywoman',
    'assemblymember',
    'speaker',
    'house speaker',
    'speaker of the house',
    'majority leader',
    'minority leader',
    'senate majority leader',
    'senate minority leader',
    'house majority leader',
    'house minority leader',
    'whip',
    'majority whip',
    'minority whip',
    'chief whip',
    'leader',
    'party leader',
    'opposition leader',
    'deputy leader',
    'chairman',
    'chairwoman',
    'chairperson',
    'chair',
    'co-chair',
    'vice chairman',
    'vice chairwoman',
    'vice chair',
    'ranking member',
    // regional and local government
    'governor',
    'gov.',
    'govs.',
    'governors',
    'lieutenant governor',
    'lt. gov.',
    'mayor',
    'deputy mayor',
    'lord mayor',
    'councilman',
    'councilwoman',
    'councilmember',
    'council member',
    'councillor',
    'councilor',
    'cllr',
    'alderman',
    'alderwoman',
    'ald.',
    'commissioner',
    'county executive',
    'sheriff',
    // diplomacy
    'ambassador',
    'amb.',
    'envoy',
    'special envoy',
    'diplomat',
    'consul',
    'consul general',
    'negotiator',
    'chief negotiator',
    // law and justice
    'judge',
    'justice',
    'chief justice',
    'associate justice',
    'magistrate',
    'coroner',
    'prosecutor',
    'district attorney',
    'u.s. attorney',
    'special counsel',
    'public defender',
    'lawyer',
    'attorney',
    'defense attorney',
    'defence lawyer',
    'barrister',
    'solicitor',
    // police
    'police chief',
    'chief of police',
    'police commissioner',
    'fire chief',
    'chief constable',
    'superintendent',
    'chief superintendent',
    'detective superintendent',
    'detective chief inspector',
    'detective inspector',
    'detective sergeant',
    'inspector',
    'detective',
    'det.',
    'supt.',
    'insp.',
    'constable',
    'trooper',
    'officer',
    'agent',
    'special agent',
    // military
    'general',
    'gen.',
    'lieutenant general',
    'lt. gen.',
    'major general',
    'maj. gen.',
    'brigadier general',
    'brig. gen.',
    'brigadier',
    'colonel',
    'col.',
    'lieutenant colonel',
    'lt. col.',
    'major',
    'maj.',
    'captain',
    'capt.',
    'lieutenant',
    'lt.',
    'sergeant',
    'sgt.',
    'staff sgt.',
    'corporal',
    'cpl.',
    'private',
    'pvt.',
    'admiral',
    'adm.',
    'vice admiral',
    'vice adm.',
    'rear admiral',
    'rear adm.',
    'commodore',
    'commander',
    'cmdr.',
    'cdr.',
    'commander-in-chief',
    'field marshal',
    'marshal',
    'air marshal',
    'air chief marshal',
    'chief of defence staff',
    'chief of the defence staff',
    'chairman of the joint chiefs of staff',
    // royalty and nobility
    'king',
    'queen',
    // pageant titles, kept as a description after the reign ("former Miss Universe Alicia Machado")
    'miss universe',
    'miss america',
    'miss world',
    'queen consort',
    'prince',
    'princess',
    'crown prince',
    'crown princess',
    'duke',
    'duchess',
    'earl',
    'countess',
    'marquess',
    'marchioness',
    'viscount',
    'viscountess',
    'baron',
    'baroness',
    'lord',
    'lady',
    'emperor',
    'empress',
    'emir',
    'sultan',
    'sheikh',
    'sheikha',
    // religion
    'pope',
    'cardinal',
    'archbishop',
    'bishop',
    'priest',
    'pastor',
    'reverend',
    'rev.',
    'rabbi',
    'chief rabbi',
    'imam',
    'mufti',
    'grand mufti',
    'ayatollah',
    'patriarch',
    'monk',
    'nun',
    // business
    'chief executive',
    'chief executive officer',
    'chief operating officer',
    'chief financial officer',
    'chief technology officer',
    'chief investment officer',
    'chief economist',
    'chief strategist',
    'ceo',
    'cfo',
    'coo',
    'cto',
    'founder',
    'co-founder',
    'owner',
    'co-owner',
    'partner',
    'managing partner',
    'managing director',
    'executive director',
    'director',
    'deputy director',
    'director general',
    'director-general',
    'general manager',
    'manager',
    'executive',
    'head',
    'chief',
    'boss',
    'deputy',
    'principal',
    'businessman',
    'businesswoman',
    'entrepreneur',
    'investor',
    // spokespeople, aides, analysts
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'chief spokesperson',
    'press officer',
    'aide',
    'adviser',
    'advisor',
    'senior adviser',
    'senior advisor',
    'economist',
    'analyst',
    'strategist',
    'pollster',
    'consultant',
    'expert',
    'activist',
    'campaigner',
    'organizer',
    'organiser',
    // candidates
    'candidate',
    'nominee',
    'challenger',
    'incumbent',
    // academia and professions
    'professor',
    'professors',
    'prof.',
    'assistant professor',
    'associate professor',
    'lecturer',
    'researcher',
    'scientist',
    'historian',
    'fellow',
    'senior fellow',
    'research fellow',
    'scholar',
    'dean',
    'provost',
    'rector',
    'teacher',
    'headteacher',
    'headmaster',
    'headmistress',
    'doctor',
    'physician',
    'surgeon',
    'nurse',
    'epidemiologist',
    'virologist',
    // media
    'editor',
    'editor-in-chief',
    'executive editor',
    'managing editor',
    'correspondent',
    'reporter',
    'journalist',
    'columnist',
    'commentator',
    'anchor',
    'host',
    'author',
    'writer',
    'anchorman',
    'anchorwoman',
    // public life
    'statesman',
    'stateswoman',
    'policeman',
    'policewoman',
    'actor',
    'actress',
    // arts and entertainment: the occupations that introduce people in culture pages
    // ("Rapper Eminem", "the singer said"); hand-extended for this project
    'singer',
    'rapper',
    'musician',
    'songwriter',
    'singer-songwriter',
    'guitarist',
    'drummer',
    'frontman',
    'frontwoman',
    'composer',
    'comedian',
    'presenter',
    'broadcaster',
    'dj',
    'filmmaker',
    'film-maker',
    'film director',
    'novelist',
    'poet',
    'playwright',
    'screenwriter',
    'artist',
    'designer',
    'fashion designer',
    'chef',
    // sport
    'coach',
    'head coach',
    'footballer',
    'striker',
    'midfielder',
    'goalkeeper',
    'golfer',
    'sprinter',
    'cyclist',
    'jockey',
  ],
  true,
);

/**
 * Lowercase titles that imply the holder's gender.
 *
 * Throws at module load if the literal list holds a duplicate or blank key.
 *
 * @example
 * ```ts
 * GENDERED_TITLES.get('chairwoman'); // 'female'
 * GENDERED_TITLES.get('king'); // 'male'
 * GENDERED_TITLES.get('president'); // undefined — not gendered
 * ```
 */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = checkedMap<Gender>('GENDERED_TITLES', [
  ['king', 'male'],
  ['queen', 'female'],
  ['miss universe', 'female'],
  ['miss america', 'female'],
  ['miss world', 'female'],
  ['queen consort', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  ['crown prince', 'male'],
  ['crown princess', 'female'],
  ['duke', 'male'],
  ['duchess', 'female'],
  ['earl', 'male'],
  ['countess', 'female'],
  ['marquess', 'male'],
  ['marchioness', 'female'],
  ['viscount', 'male'],
  ['viscountess', 'female'],
  ['baron', 'male'],
  ['baroness', 'female'],
  ['lord', 'male'],
  ['lady', 'female'],
  ['emperor', 'male'],
  ['empress', 'female'],
  ['emir', 'male'],
  ['sultan', 'male'],
  ['sheikh', 'male'],
  ['sheikha', 'female'],
  ['pope', 'male'],
  ['cardinal', 'male'],
  ['ayatollah', 'male'],
  ['patriarch', 'male'],
  ['monk', 'male'],
  ['nun', 'female'],
  ['first lady', 'female'],
  ['second lady', 'female'],
  ['chairman', 'male'],
  ['chairwoman', 'female'],
  ['vice chairman', 'male'],
  ['vice chairwoman', 'female'],
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['congressman', 'male'],
  ['congresswoman', 'female'],
  ['councilman', 'male'],
  ['councilwoman', 'female'],
  ['assemblyman', 'male'],
  ['assemblywoman', 'female'],
  ['alderman', 'male'],
  ['alderwoman', 'female'],
  ['businessman', 'male'],
  ['businesswoman', 'female'],
  ['headmaster', 'male'],
  ['headmistress', 'female'],
  ['statesman', 'male'],
  ['stateswoman', 'female'],
  ['policeman', 'male'],
  ['policewoman', 'female'],
  ['anchorman', 'male'],
  ['anchorwoman', 'female'],
  ['actress', 'female'],
]);

/**
 * Nationality adjectives as written (capitalised), plus the country and union abbreviations
 * news uses adjectivally ("U.S. officials", "UK ministers", "EU diplomats"). Multi-word
 * adjectives ("South Korean", "New Zealand") are listed whole. Some countries have two
 * accepted forms ("Argentine" / "Argentinian", "Nepali" / "Nepalese"); both are listed.
 *
 * Throws at module load if the literal list holds a duplicate or blank entry.
 *
 * @example
 * ```ts
 * NATIONALITY_ADJECTIVES.has('Ukrainian'); // true
 * NATIONALITY_ADJECTIVES.has('U.S.'); // true
 * NATIONALITY_ADJECTIVES.has('NATO'); // false — an organisation
 * ```
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = checkedSet(
  'NATIONALITY_ADJECTIVES',
  [
    // abbreviations used adjectivally
    'U.S.',
    'US',
    'UK',
    'U.K.',
    'EU',
    'E.U.',
    'UAE',
    'U.A.E.',
    // supranational and regional
    'European',
    'Western',
    'Arab',
    'Kurdish',
    'Soviet',
    // countries
    'Afghan',
    'Albanian',
    'Algerian',
    'American',
    'Andorran',
    'Angolan',
    'Argentine',
    'Argentinian',
    'Armenian',
    'Australian',
    'Austrian',
    'Azerbaijani',
    'Bahamian',
    'Bahraini',
    'Bangladeshi',
    'Barbadian',
    'Belarusian',
    'Belgian',
    'Belizean',
    'Beninese',
    'Bhutanese',
    'Bolivian',
    'Bosnian',
    'Botswanan',
    'Brazilian',
    'British',
    'Bruneian',
    'Bulgarian',
    'Burkinabe',
    'Burmese',
    'Burundian',
    'Cambodian',
    'Cameroonian',
    'Canadian',
    'Cape Verdean',
    'Central African',
    'Chadian',
    'Chilean',
    'Chinese',
    'Colombian',
    'Comoran',
    'Congolese',
    'Costa Rican',
    'Croatian',
    'Cuban',
    'Cypriot',
    'Czech',
    'Danish',
    'Djiboutian',
    'Dominican',
    'Dutch',
    'Ecuadorian',
    'Egyptian',
    'Emirati',
    'English',
    'Equatorial Guinean',
    'Eritrean',
    'Estonian',
    'Ethiopian',
    'Fijian',
    'Filipino',
    'Philippine',
    'Finnish',
    'French',
    'Gabonese',
    'Gambian',
    'Georgian',
    'German',
    'Ghanaian',
    'Greek',
    'Grenadian',
    'Guatemalan',
    'Guinean',
    'Guyanese',
    'Haitian',
    'Honduran',
    'Hungarian',
    'Icelandic',
    'Indian',
    'Indonesian',
    'Iranian',
    'Iraqi',
    'Irish',
    'Israeli',
    'Italian',
    'Ivorian',
    'Jamaican',
    'Japanese',
    'Jordanian',
    'Kazakh',
    'Kazakhstani',
    'Kenyan',
    'Kosovar',
    'Kuwaiti',
    'Kyrgyz',
    'Lao',
    'Laotian',
    'Latvian',
    'Lebanese',
    'Liberian',
    'Libyan',
    'Liechtensteiner',
    'Lithuanian',
    'Luxembourgish',
    'Malagasy',
    'Malawian',
    'Malaysian',
    'Maldivian',
    'Malian',
    'Maltese',
    'Mauritanian',
    'Mauritian',
    'Mexican',
    'Moldovan',
    'Monegasque',
    'Mongolian',
    'Montenegrin',
    'Moroccan',
    'Mozambican',
    'Namibian',
    'Nepali',
    'Nepalese',
    'New Zealand',
    'Nicaraguan',
    'Nigerien',
    'Nigerian',
    'North Korean',
    'North Macedonian',
    'Macedonian',
    'Northern Irish',
    'Norwegian',
    'Omani',
    'Pakistani',
    'Palestinian',
    'Panamanian',
    'Papua New Guinean',
    'Paraguayan',
    'Peruvian',
    'Polish',
    'Portuguese',
    'Qatari',
    'Romanian',
    'Russian',
    'Rwandan',
    'Salvadoran',
    'Samoan',
    'Saudi',
    'Saudi Arabian',
    'Scottish',
    'Senegalese',
    'Serbian',
    'Sierra Leonean',
    'Singaporean',
    'Slovak',
    'Slovenian',
    'Somali',
    'South African',
    'South Korean',
    'Korean',
    'South Sudanese',
    'Spanish',
    'Sri Lankan',
    'Sudanese',
    'Surinamese',
    'Swedish',
    'Swiss',
    'Syrian',
    'Taiwanese',
    'Tajik',
    'Tanzanian',
    'Thai',
    'Timorese',
    'Togolese',
    'Tongan',
    'Trinidadian',
    'Tunisian',
    'Turkish',
    'Turkmen',
    'Ugandan',
    'Ukrainian',
    'Uruguayan',
    'Uzbek',
    'Venezuelan',
    'Vietnamese',
    'Welsh',
    'Yemeni',
    'Zambian',
    'Zimbabwean',
  ],
  false,
);

/**
 * Lower-case words that qualify a title written before a name, walked back over from the title
 * by the quotes stage: "Clinton *campaign* spokesman Brian Fallon", "GOP *presidential* nominee
 * Donald Trump", "*former* press secretary". A subset of {@link TITLE_MODIFIERS}, kept apart:
 * reading the wider list here (which adds words such as "then", "first", "news", "party") cost
 * one matched direct quote on the PolNeAR dev set.
 *
 * @example
 * ```ts
 * TITLE_QUALIFIERS.has('presidential'); // true
 * ```
 */
export const TITLE_QUALIFIERS: ReadonlySet<string> = checkedSet('TITLE_QUALIFIERS', [
  'former', 'presidential', 'campaign', 'deputy', 'senior', 'chief', 'executive', 'vice', 'assistant', 'acting', 'press',
  'communications', 'national', 'state', 'federal', 'foreign', 'top', 'longtime', 'political', 'policy', 'defense',
  'economic', 'legal', 'general', 'associate', 'interim', 'founding', 'retired', 'outgoing', 'incoming', 'current', 'regional',
], true);

/**
 * Lowercase words that stand inside a title before its head ("former deputy press secretary",
 * "presidential candidate") without being titles themselves: they only make sense as part of a
 * title already anchored by a {@link PERSON_TITLES} word, which is how the sources stage reads them.
 *
 * @example
 * ```ts
 * TITLE_MODIFIERS.has('deputy'); // true
 * PERSON_TITLES.has('deputy'); // false — "deputy" alone is no title
 * ```
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = checkedSet('TITLE_MODIFIERS', [
  'former', 'then', 'current', 'acting', 'interim', 'incoming', 'outgoing', 'longtime', 'veteran', 'retired', 'founding',
  'deputy', 'vice', 'senior', 'junior', 'chief', 'executive', 'top', 'assistant', 'associate', 'lead', 'principal', 'managing',
  'presidential', 'vice-presidential', 'press', 'foreign', 'defense', 'defence', 'national', 'security', 'communications',
  'policy', 'state', 'general', 'special', 'prime', 'first', 'majority', 'minority', 'federal', 'district', 'county', 'city',
  'attorney', 'health', 'finance', 'economic', 'political', 'public', 'republican', 'democratic', 'conservative', 'liberal',
  'gop', 'news', 'white', 'house', 'senate', 'campaign', 'party', 'legislative', 'regional', 'local', 'international',
  'military', 'intelligence', 'environmental', 'media', 'digital', 'strategy', 'research', 'legal', 'trade', 'energy',
], true);

/**
 * Words (lower-cased) that complete "Secretary of …", "Minister of …" inside a title before a
 * name ("Secretary of State John Kerry", "Secretary of Homeland Security Jeh Johnson").
 *
 * @example
 * ```ts
 * OF_COMPLEMENTS.has('homeland'); // true
 * ```
 */
export const OF_COMPLEMENTS: ReadonlySet<string> = checkedSet('OF_COMPLEMENTS', [
  'state', 'defense', 'defence', 'homeland', 'security', 'treasury', 'labor', 'labour', 'energy', 'commerce', 'health',
  'human', 'services', 'education', 'transportation', 'agriculture', 'interior', 'veterans', 'affairs', 'justice', 'staff',
  'housing', 'urban', 'development', 'the', 'foreign', 'finance', 'economy', 'trade', 'army', 'navy', 'air', 'force', 'war',
], true);

/**
 * Abbreviated titles (lower-cased, without their period) spelled out, and titles with the
 * generic roles they also hold, so "Sen. Cruz" matches "the senator" and "the lawmaker".
 *
 * @example
 * ```ts
 * TITLE_EXPANSIONS.get('sen'); // ['senator']
 * ```
 */
export const TITLE_EXPANSIONS: ReadonlyMap<string, readonly string[]> = checkedMap<readonly string[]>('TITLE_EXPANSIONS', [
  ['sen', ['senator']], ['sens', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']],
  ['gov', ['governor']], ['pres', ['president']], ['sec', ['secretary']], ['gen', ['general']], ['lt', ['lieutenant']],
  ['atty', ['attorney']], ['amb', ['ambassador']], ['supt', ['superintendent']], ['det', ['detective']], ['sgt', ['sergeant']],
  ['capt', ['captain']], ['col', ['colonel']], ['adm', ['admiral']], ['maj', ['major']], ['senator', ['lawmaker']],
  ['congressman', ['lawmaker', 'representative']], ['congresswoman', ['lawmaker', 'representative']],
]);

/**
 * Heads that name a leader without naming the office ("the NATO chief", "the party leader").
 *
 * @example
 * ```ts
 * GENERIC_ROLES.has('chief'); // true
 * ```
 */
export const GENERIC_ROLES: ReadonlySet<string> = checkedSet('GENERIC_ROLES', ['chief', 'head', 'leader', 'boss', 'chair'], true);

/**
 * Title words that make someone the leader of whatever the title names: "the NATO chief" is NATO's
 * Secretary General.
 *
 * @example
 * ```ts
 * LEADING_TITLES.has('secretary'); // true
 * ```
 */
export const LEADING_TITLES: ReadonlySet<string> = checkedSet('LEADING_TITLES', [
  'president', 'secretary', 'general', 'director', 'chairman', 'chairwoman', 'chair', 'chief', 'head', 'leader', 'minister',
  'ceo', 'executive', 'commissioner', 'governor', 'mayor', 'premier', 'chancellor', 'speaker', 'administrator', 'founder',
], true);

/**
 * Words in a description that do not narrow down who is meant ("the *former* president", "the
 * *embattled* governor").
 *
 * @example
 * ```ts
 * DESCRIPTION_FILLERS.has('former'); // true
 * ```
 */
export const DESCRIPTION_FILLERS: ReadonlySet<string> = checkedSet('DESCRIPTION_FILLERS', [
  'former', 'then', 'current', 'embattled', 'outgoing', 'incoming', 'top', 'longtime', 'new', 'veteran', 'same', 'first',
  'presumptive', 'likely', 'two-term', 'one-term', 'sitting', 'beleaguered', 'controversial', 'billionaire', 'real', 'estate',
], true);

/**
 * Title words that make a different role of the head: "vice president", "deputy director" — "the
 * president" is not the vice president.
 *
 * @example
 * ```ts
 * ROLE_CHANGERS.has('vice'); // true
 * ```
 */
export const ROLE_CHANGERS: ReadonlySet<string> = checkedSet('ROLE_CHANGERS', [
  'vice', 'deputy', 'assistant', 'under', 'associate', 'lieutenant', 'vice-president',
], true);
