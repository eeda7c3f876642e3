/**
 * Organisations: the head words that end or open an organisation's name, well-known
 * organisations and metonyms that lack such a head, and the generic nouns that refer back to an
 * organisation.
 *
 * Where the lists come from: the heads are compiled from the organisation-name patterns of the
 * MUC-7 and CoNLL-2003 named-entity guidelines (ORG), the OntoNotes 5.0 ORG annotation
 * guidelines, and company-suffix lists (Inc., Corp., Ltd., PLC, AG, GmbH, S.A., N.V.). The names
 * are the organisations most often quoted as sources in US, UK and international wire copy:
 * governments by metonym (the White House, the Kremlin, Downing Street — the AP and Reuters
 * style books treat these as the speaking institution), intergovernmental bodies, agencies
 * better known by initials than by a headed name, armed groups, political parties and the
 * largest companies in the news. Hand-extended for British institutions (No 10, Whitehall, the
 * Met) and for the 2025 US "Department of War" secondary name of the Pentagon.
 *
 * What they have and how to use them:
 * - {@link ORGANIZATION_HEADS}: capitalised words, matched case-sensitively as the last (or, for
 *   "Ministry of …", "Bank of …", "University of …", first) word of a capitalised span.
 * - {@link ORGANIZATION_NAMES}: canonical names without a leading article ("White House",
 *   "Pentagon") — match an optional "the" in front. Aliases are matched case-sensitively, which
 *   is what keeps "WHO", "ICE", "Fed" and "Labour" apart from the ordinary words "who", "ice",
 *   "fed" and "labour". A name or alias belongs to one organisation only.
 * - {@link ORGANIZATION_NOUNS}: lowercase back-references ("the company said").
 *
 * What they deliberately leave out, and why: news outlets (in `outlets.ts`); "Treasury" alone
 * (the US Treasury and HM Treasury both use it) and "Supreme Court" alone (every country has
 * one) as aliases; "RSF" (Rapid Support Forces in Sudan and Reporters Without Borders are both
 * called that); "IS" for Islamic State (an all-caps "IS" in headlines is the verb); "AU" for
 * the African Union (also gold and Australia); "Security Council" alone (Russia, Iran and others
 * have one — resolve it as a back-reference); surnames as aliases ("Goldman", "Lilly");
 * companies whose names are common words and that are rarely quoted as sources ("Target",
 * "Visa", "Gap"). Company names that are ordinary words but are quoted daily ("Apple", "Amazon", "Meta", "Shell", "Oracle") are kept: the consumer
 * should accept them in attribution position (subject of a reporting verb, "a spokesperson for
 * …") rather than anywhere in the text.
 * @module
 */
import { checkedSet } from './checked.js';


/**
 * Capitalised words that end or head an organisation name: "Justice Department", "Ministry of
 * Defence", "Harvard University", "Acme Corp.", "Labour Party". Includes company suffixes with
 * and without the full stop.
 *
 * Throws at module load if the literal list holds a duplicate or blank entry.
 *
 * @example
 * ```ts
 * ORGANIZATION_HEADS.has('Ministry'); // true
 * ORGANIZATION_HEADS.has('Inc.'); // true
 * 'World Health Organization'.split(' ').some((w) => ORGANIZATION_HEADS.has(w)); // true
 * ```
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = checkedSet(
  'ORGANIZATION_HEADS',
  [
    // government
    'Department',
    'Ministry',
    'Agency',
    'Administration',
    'Authority',
    'Bureau',
    'Office',
    'Service',
    'Services',
    'Commission',
    'Committee',
    'Council',
    'Board',
    'Cabinet',
    'Secretariat',
    'Directorate',
    'Inspectorate',
    'Commissioner',
    'Embassy',
    'Consulate',
    'Mission',
    'Treasury',
    'Reserve',
    // legislatures and courts
    'Senate',
    'Congress',
    'Parliament',
    'Assembly',
    'Legislature',
    'Chamber',
    'Caucus',
    'Court',
    'Tribunal',
    // security forces
    'Police',
    'Constabulary',
    'Army',
    'Navy',
    'Force',
    'Forces',
    'Guard',
    'Guards',
    'Corps',
    'Command',
    'Regiment',
    'Brigade',
    'Battalion',
    'Militia',
    // parties, movements, civil society
    'Party',
    'Movement',
    'Front',
    'Campaign',
    'Coalition',
    'Alliance',
    'Federation',
    'Consortium',
    'Confederation',
    'League',
    'Union',
    'Association',
    'Society',
    'Foundation',
    'Fund',
    'Trust',
    'Institute',
    'Institution',
    'Initiative',
    'Network',
    'Forum',
    'Brotherhood',
    'Watch',
    'Organization',
    'Organisation',
    'Group',
    // education, health, religion, culture
    'University',
    'College',
    'Academy',
    'School',
    'Hospital',
    'Clinic',
    'Center',
    'Centre',
    'Laboratory',
    'Laboratories',
    'Museum',
    'Library',
    'Observatory',
    'Church',
    'Diocese',
    'Archdiocese',
    'Mosque',
    'Synagogue',
    'Club',
    // business
    'Bank',
    'Exchange',
    'Company',
    'Corporation',
    'Corp.',
    'Corp',
    'Inc.',
    'Inc',
    'Incorporated',
    'Co.',
    'Ltd.',
    'Ltd',
    'Limited',
    'LLC',
    'LLP',
    'PLC',
    'plc',
    'AG',
    'GmbH',
    'S.A.',
    'N.V.',
    'Holdings',
    'Partners',
    'Industries',
    'Enterprises',
    'Technologies',
    'Systems',
    'Airlines',
    'Airways',
    'Motors',
    'Pharmaceuticals',
    'Entertainment',
    'Studios',
    'Bancorp',
  ],
  false,
);

/**
 * An organisation known by a name that may lack a head word, with its safe aliases.
 *
 * @example
 * ```ts
 * const un: OrganizationName = { name: 'United Nations', aliases: ['UN', 'U.N.'] };
 * ```
 */
export interface OrganizationName {
  /** Canonical name without a leading article: `'White House'`, `'United Nations'`. */
  readonly name: string;
  /** Other names that refer to this organisation alone, matched case-sensitively. */
  readonly aliases: readonly string[];
}

const org = (name: string, aliases: readonly string[] = []): OrganizationName =>
  Object.freeze({ name, aliases: Object.freeze([...aliases]) });

/**
 * Well-known organisations and metonyms quoted as sources, many without a head word ("the
 * Kremlin said", "NATO warned", "Hamas said in a statement"). A few headed names are kept for
 * their aliases (State Department, Republican Party / GOP). Every name and alias is unique
 * across the list.
 *
 * @example
 * ```ts
 * const find = (s: string) => ORGANIZATION_NAMES.find((o) => o.name === s || o.aliases.includes(s));
 * find('U.N.')?.name; // 'United Nations'
 * find('No 10')?.name; // 'Downing Street'
 * find('Fed')?.name; // 'Federal Reserve'
 * ```
 */
export const ORGANIZATION_NAMES: readonly OrganizationName[] = Object.freeze([
  // ── metonyms for governments and their seats ─────────────────────────────
  org('White House'),
  org('Pentagon', [
    'Department of Defense',
    'Defense Department',
    'DOD',
    'DoD',
    'Department of War',
    'War Department',
  ]),
  org('Capitol Hill'),
  org('Oval Office'),
  org('Kremlin'),
  org('Downing Street', ['No 10', 'No. 10', 'Number 10', 'Number Ten']),
  org('Whitehall'),
  org('Buckingham Palace'),
  org('Kensington Palace'),
  org('Élysée Palace', ['Élysée', 'Elysee', 'Elysee Palace']),
  org("Quai d'Orsay"),
  org('Zhongnanhai'),
  org('Blue House'),
  // ── intergovernmental bodies ─────────────────────────────────────────────
  org('United Nations', ['UN', 'U.N.']),
  org('UN Security Council', ['U.N. Security Council', 'UNSC']),
  org('UN General Assembly', ['U.N. General Assembly', 'UNGA']),
  org('European Union', ['EU', 'E.U.']),
  org('European Commission'),
  org('European Parliament'),
  org('European Council'),
  org('European Central Bank', ['ECB']),
  org('NATO', ['Nato', 'North Atlantic Treaty Organization']),
  org('International Monetary Fund', ['IMF']),
  org('World Bank'),
  org('World Health Organization', ['WHO']),
  org('World Trade Organization', ['WTO']),
  org('OPEC', ['Organization of the Petroleum Exporting Countries', 'Opec']),
  org('OPEC+', ['Opec+']),
  org('International Energy Agency', ['IEA']),
  org('International Atomic Energy Agency', ['IAEA']),
  org('International Criminal Court', ['ICC']),
  org('International Court of Justice', ['ICJ', 'World Court']),
  org('International Committee of the Red Cross', ['ICRC', 'Red Cross']),
  org('UNICEF', ['Unicef']),
  org('UNHCR', ['U.N. refugee agency', 'UN refugee agency']),
  org('UNRWA', ['Unrwa']),
  org('UNESCO', ['Unesco']),
  org('World Food Programme', ['World Food Program', 'WFP']),
  org('International Labour Organization', ['International Labor Organization', 'ILO']),
  org('G7', ['G-7', 'Group of Seven']),
  org('G20', ['G-20', 'Group of 20']),
  org('African Union'),
  org('ASEAN', ['Association of Southeast Asian Nations', 'Asean']),
  org('Arab League'),
  org('Gulf Cooperation Council', ['GCC']),
  org('OSCE', ['Organization for Security and Co-operation in Europe']),
  org('OECD', ['Organisation for Economic Co-operation and Development']),
  org('BRICS'),
  org('Interpol'),
  org('Europol'),
  org('Council of Europe'),
  org('Bank for International Settlements', ['BIS']),
  org('World Economic Forum', ['WEF']),
  org('International Olympic Committee', ['IOC']),
  org('FIFA'),
  org('UEFA'),
  // ── nongovernmental organisations ────────────────────────────────────────
  org('Amnesty International', ['Amnesty']),
  org('Human Rights Watch', ['HRW']),
  org('Doctors Without Borders', ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF']),
  org('Reporters Without Borders'),
  org('Committee to Protect Journalists', ['CPJ']),
  org('Transparency International'),
  org('Greenpeace'),
  org('Oxfam'),
  org('Save the Children'),
  org('International Rescue Committee', ['IRC']),
  org('Syrian Observatory for Human Rights'),
  // ── United States: federal government ───────────────────────────────────
  org('State Department', ['Department of State']),
  org('Justice Department', ['Department of Justice', 'DOJ']),
  org('Department of Homeland Security', ['Homeland Security Department', 'DHS']),
  org('Treasury Department', ['Department of the Treasury', 'U.S. Treasury', 'US Treasury']),
  org('Federal Bureau of Investigation', ['FBI']),
  org('Central Intelligence Agency', ['CIA']),
  org('National Security Agency', ['NSA']),
  org('Federal Reserve', ['Fed', 'Federal Reserve Board']),
  org('U.S. Supreme Court', ['US Supreme Court', 'SCOTUS']),
  org('Securities and Exchange Commission', ['SEC']),
  org('Federal Trade Commission', ['FTC']),
  org('Federal Communications Commission', ['FCC']),
  org('Food and Drug Administration', ['FDA']),
  org('Centers for Disease Control and Prevention', ['CDC']),
  org('National Institutes of Health', ['NIH']),
  org('Environmental Protection Agency', ['EPA']),
  org('Federal Aviation Administration', ['FAA']),
  org('National Transportation Safety Board', ['NTSB']),
  org('Internal Revenue Service', ['IRS']),
  org('Immigration and Customs Enforcement', ['ICE']),
  org('Customs and Border Protection', ['CBP']),
  org('Drug Enforcement Administration', ['DEA']),
  org('NASA'),
  org('Department of Government Efficiency', ['DOGE']),
  org('Republican Party', ['GOP']),
  org('Democratic Party'),
  org('Republican National Committee', ['RNC']),
  org('Democratic National Committee', ['DNC']),
  // ── United Kingdom ───────────────────────────────────────────────────────
  org('Foreign Office', ['Foreign, Commonwealth and Development Office', 'FCDO']),
  org('Home Office'),
  org('Ministry of Defence', ['MoD']),
  org('HM Treasury'),
  org('Bank of England', ['BoE']),
  org('Metropolitan Police', ['Met Police', 'Scotland Yard']),
  org('MI5'),
  org('MI6', ['Secret Intelligence Service']),
  org('GCHQ'),
  org('NHS', ['National Health Service']),
  org('Ofcom'),
  org('Ofgem'),
  org('Ofsted'),
  org('Labour Party', ['Labour']),
  org('Conservative Party', ['Tories', 'Tory Party']),
  org('Liberal Democrats', ['Lib Dems']),
  org('Reform UK'),
  org('Scottish National Party', ['SNP']),
  org('Sinn Féin', ['Sinn Fein']),
  org('Democratic Unionist Party', ['DUP']),
  // ── other governments, legislatures, security services ───────────────────
  org('Bundestag'),
  org('Bundeswehr'),
  org('Bundesbank'),
  org('Knesset'),
  org('State Duma', ['Duma']),
  org('Verkhovna Rada', ['Rada']),
  org('Chinese Communist Party', ['Communist Party of China', 'CCP', 'CPC']),
  org("People's Liberation Army", ['PLA']),
  org('Israel Defense Forces', ['IDF']),
  org('Mossad'),
  org('Shin Bet'),
  org('Islamic Revolutionary Guard Corps', ['IRGC', 'Revolutionary Guards']),
  // ── armed and political movements ────────────────────────────────────────
  org('Hamas'),
  org('Hezbollah', ['Hizbollah']),
  org('Taliban'),
  org('Islamic State', ['ISIS', 'ISIL']),
  org('al-Qaeda', ['al Qaeda', 'Al-Qaeda', 'al-Qaida', 'Al Qaeda']),
  org('Houthis', ['Ansar Allah']),
  org('Palestinian Authority'),
  org('PLO', ['Palestine Liberation Organization']),
  org('Fatah'),
  org('Palestinian Islamic Jihad', ['Islamic Jihad']),
  org('Muslim Brotherhood'),
  org('PKK', ["Kurdistan Workers' Party"]),
  org('Syrian Democratic Forces', ['SDF']),
  org('Hayat Tahrir al-Sham', ['HTS']),
  org('al-Shabab', ['al-Shabaab', 'Al-Shabaab', 'al Shabab']),
  org('Boko Haram'),
  org('Rapid Support Forces'),
  org('M23'),
  org('Wagner Group'),
  // ── companies ────────────────────────────────────────────────────────────
  org('Google'),
  org('Alphabet'),
  org('Apple'),
  org('Microsoft'),
  org('Amazon'),
  org('Meta', ['Meta Platforms', 'Facebook']),
  org('Tesla'),
  org('SpaceX'),
  org('xAI'),
  org('OpenAI'),
  org('Anthropic'),
  org('Google DeepMind', ['DeepMind']),
  org('Nvidia', ['NVIDIA']),
  org('Intel'),
  org('Advanced Micro Devices', ['AMD']),
  org('IBM'),
  org('Oracle'),
  org('Salesforce'),
  org('Palantir'),
  org('Netflix'),
  org('Disney', ['Walt Disney']),
  org('TikTok'),
  org('ByteDance'),
  org('Alibaba'),
  org('Tencent'),
  org('Huawei'),
  org('Xiaomi'),
  org('BYD'),
  org('Samsung', ['Samsung Electronics']),
  org('Sony'),
  org('TSMC', ['Taiwan Semiconductor Manufacturing']),
  org('Foxconn'),
  org('Uber'),
  org('PayPal'),
  org('Mastercard'),
  org('Boeing'),
  org('Airbus'),
  org('Lockheed Martin'),
  org('RTX', ['Raytheon']),
  org('General Motors', ['GM']),
  org('Ford', ['Ford Motor']),
  org('Toyota'),
  org('Volkswagen', ['VW']),
  org('BMW'),
  org('Mercedes-Benz'),
  org('Stellantis'),
  org('ExxonMobil', ['Exxon', 'Exxon Mobil']),
  org('Chevron'),
  org('Shell'),
  org('BP'),
  org('Saudi Aramco', ['Aramco']),
  org('Gazprom'),
  org('Rosneft'),
  org('Glencore'),
  org('Rio Tinto'),
  org('Maersk'),
  org('JPMorgan Chase', ['JPMorgan', 'JP Morgan']),
  org('Goldman Sachs'),
  org('Morgan Stanley'),
  org('Citigroup', ['Citi']),
  org('Bank of America', ['BofA']),
  org('Wells Fargo'),
  org('BlackRock'),
  org('Berkshire Hathaway'),
  org('HSBC'),
  org('Barclays'),
  org('UBS'),
  org('Pfizer'),
  org('Moderna'),
  org('Johnson & Johnson', ['J&J']),
  org('Eli Lilly'),
  org('Novo Nordisk'),
  org('AstraZeneca'),
  org('Walmart'),
  org('Costco'),
  org("McDonald's"),
  org('Starbucks'),
  org('Coca-Cola'),
  org('PepsiCo'),
  org('Nike'),
  org('Unilever'),
  org('Nestlé', ['Nestle']),
  org('Siemens'),
]);

/**
 * Lowercase generic nouns that refer back to an organisation already named: "the company
 * said", "the ministry added", "the group claimed responsibility". Shares `agency` and
 * `network` with the outlet nouns; which one applies depends on what the article named before.
 *
 * Throws at module load if the literal list holds a duplicate, blank or non-lowercase entry.
 *
 * @example
 * ```ts
 * ORGANIZATION_NOUNS.has('company'); // true
 * ORGANIZATION_NOUNS.has('ministry'); // true
 * ```
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = checkedSet(
  'ORGANIZATION_NOUNS',
  [
    'company',
    'firm',
    'corporation',
    'conglomerate',
    'group',
    'organization',
    'organisation',
    'agency',
    'ministry',
    'department',
    'office',
    'bureau',
    'government',
    'administration',
    'authority',
    'authorities',
    'regulator',
    'watchdog',
    'commission',
    'committee',
    'council',
    'board',
    'cabinet',
    'parliament',
    'legislature',
    'senate',
    'court',
    'tribunal',
    'party',
    'campaign',
    'movement',
    'coalition',
    'alliance',
    'bloc',
    'union',
    'federation',
    'association',
    'charity',
    'foundation',
    'institute',
    'university',
    'school',
    'hospital',
    'bank',
    'lender',
    'insurer',
    'carrier',
    'airline',
    'automaker',
    'carmaker',
    'retailer',
    'startup',
    'network',
    'fund',
    'military',
    'army',
    'navy',
    'police',
    'force',
    'team',
    'club',
    'league',
    'embassy',
    'militia',
    'militant group',
  ],
  true,
);
