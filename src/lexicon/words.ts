/**
 * Closed-class words the speaker and source finders need: subject pronouns with their
 * agreement features, and capitalised words that are never a person's name on their own.
 *
 * Where the lists come from: the pronouns are the English personal subject pronouns (Quirk et
 * al., "A Comprehensive Grammar of the English Language", §6.2), with the features a speaker
 * resolver checks. The capitalised words are compiled from the English function-word lists
 * (determiners, pronouns, prepositions, conjunctions) of the Penn Treebank closed classes,
 * sentence adverbs and discourse connectives from the Penn Discourse Treebank 2.0 connective
 * list, days and months, and news furniture that appears capitalised at the start of a line
 * ("Updated", "Advertisement", "Reporting by", "Editing by", "Photo").
 *
 * What they deliberately leave out, and why: object and possessive pronouns (him, her, their:
 * a speaker is the subject of the cue) are no keys of {@link PRONOUNS}; {@link PRONOUN_FORMS}
 * maps them to their subject pronoun. "you" (never a news speaker outside a quote); months
 * that are also common given names or surnames (April, May — Theresa May — June, August);
 * compass words (North, West: surnames such as Oliver North and Kanye West); seasons (Summer,
 * Autumn: given names); honorifics and titles (in `titles.ts`); outlets and organisations.
 *
 * {@link PRONOUN_FORMS} was written by the project's developers in the source resolver and moved
 * here unchanged (issue 9). As compiled here, it is part of this project, under its MIT licence.
 * @module
 */
import { checkedMap, checkedSet } from './checked.js';

/**
 * Agreement features of a subject pronoun.
 *
 * @example
 * ```ts
 * const she: PronounFeatures = { number: 'singular', gender: 'female', person: true };
 * ```
 */
export interface PronounFeatures {
  /** Grammatical number. Singular "they" is treated as plural-or-unknown. */
  readonly number: 'singular' | 'plural';
  /** Gender the pronoun signals, or `null`. */
  readonly gender: 'male' | 'female' | null;
  /** `true` when the pronoun refers to people; `false` for "it" (organisations, documents). */
  readonly person: boolean;
}

const features = (
  number: PronounFeatures['number'],
  gender: PronounFeatures['gender'],
  person: boolean,
): PronounFeatures => Object.freeze({ number, gender, person });

/**
 * Subject pronouns that can head a speaker ("she said", "they added", "it said in a
 * statement"), lowercase keys. "it" is non-person and refers to organisations and documents;
 * "they" is plural or a person of unknown number and gender; "we" and "i" occur as speakers
 * in quoted first-person reported speech and in first-person reporting.
 *
 * @example
 * ```ts
 * PRONOUNS.get('she'); // { number: 'singular', gender: 'female', person: true }
 * PRONOUNS.get('it')?.person; // false
 * PRONOUNS.get('She'.toLowerCase())?.gender; // 'female'
 * ```
 */
export const PRONOUNS: ReadonlyMap<string, PronounFeatures> = checkedMap<PronounFeatures>('PRONOUNS', [
  ['he', features('singular', 'male', true)],
  ['she', features('singular', 'female', true)],
  ['they', features('plural', null, true)],
  ['it', features('singular', null, false)],
  ['we', features('plural', null, true)],
  ['i', features('singular', null, true)],
]);

/**
 * Object, possessive and reflexive forms of the {@link PRONOUNS}, to the subject pronoun they
 * resolve like ("*his* argument", "*her* campaign", "told *them*").
 *
 * @example
 * ```ts
 * PRONOUN_FORMS.get('his'); // 'he'
 * PRONOUNS.get(PRONOUN_FORMS.get('herself') ?? '')?.gender; // 'female'
 * ```
 */
export const PRONOUN_FORMS: ReadonlyMap<string, string> = checkedMap('PRONOUN_FORMS', [
  ['him', 'he'], ['his', 'he'], ['himself', 'he'], ['her', 'she'], ['hers', 'she'], ['herself', 'she'],
  ['them', 'they'], ['their', 'they'], ['themselves', 'they'], ['its', 'it'], ['me', 'i'], ['my', 'i'], ['us', 'we'], ['our', 'we'],
]);

/**
 * Capitalised words that are never a person's name by themselves, as written with an initial
 * capital: function words that start sentences ("The", "However", "According"), days and
 * months, time words ("Today", "Earlier") and time zones ("GMT"), discourse adverbs
 * ("Meanwhile", "Separately"), sentence-initial participles of attribution ("Asked", "Speaking",
 * "Citing") and news furniture ("Updated", "Advertisement"). A name finder should not start or consist of a
 * person name with one of these.
 *
 * Throws at module load if the literal list holds a duplicate, blank or lowercase entry.
 *
 * @example
 * ```ts
 * NON_NAME_CAPITALISED.has('Meanwhile'); // true
 * NON_NAME_CAPITALISED.has('Monday'); // true
 * NON_NAME_CAPITALISED.has('May'); // false — also a surname (Theresa May)
 * ```
 */
export const NON_NAME_CAPITALISED: ReadonlySet<string> = checkedSet('NON_NAME_CAPITALISED', [
  // articles and determiners
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'Some',
  'Many',
  'Most',
  'Few',
  'Several',
  'All',
  'Both',
  'Each',
  'Every',
  'Either',
  'Neither',
  'None',
  'No',
  'Any',
  'Another',
  'Other',
  'Others',
  'Such',
  'Much',
  'More',
  'Less',
  'Fewer',
  // pronouns
  'It',
  'Its',
  'He',
  'His',
  'Him',
  'She',
  'Her',
  'Hers',
  'They',
  'Their',
  'Them',
  'We',
  'Our',
  'Us',
  'I',
  'My',
  'Me',
  'You',
  'Your',
  'Who',
  'Whom',
  'Whose',
  'Which',
  'What',
  'Whatever',
  'Whoever',
  'Everyone',
  'Everybody',
  'Everything',
  'Someone',
  'Somebody',
  'Something',
  'Anyone',
  'Anybody',
  'Anything',
  'Nobody',
  'Nothing',
  // conjunctions and subordinators
  'And',
  'But',
  'Or',
  'Nor',
  'So',
  'Yet',
  'For',
  'If',
  'Unless',
  'Whether',
  'While',
  'Whilst',
  'When',
  'Whenever',
  'Where',
  'Wherever',
  'Why',
  'How',
  'Although',
  'Though',
  'Because',
  'Since',
  'As',
  'Once',
  'Than',
  'Then',
  // auxiliaries and modals that open questions and inversions
  'Is',
  'Are',
  'Was',
  'Were',
  'Do',
  'Does',
  'Did',
  'Has',
  'Have',
  'Had',
  'Should',
  'Would',
  'Could',
  'Must',
  'Might',
  'Let',
  // prepositions
  'In',
  'On',
  'At',
  'By',
  'With',
  'Without',
  'From',
  'To',
  'Of',
  'Into',
  'Onto',
  'Over',
  'Under',
  'Above',
  'Below',
  'Between',
  'Among',
  'Amid',
  'Amidst',
  'Against',
  'Across',
  'Along',
  'Around',
  'Behind',
  'Beyond',
  'During',
  'Despite',
  'Except',
  'Inside',
  'Outside',
  'Near',
  'Through',
  'Throughout',
  'Toward',
  'Towards',
  'Until',
  'Upon',
  'Via',
  'Within',
  'About',
  'After',
  'Before',
  'Like',
  'Unlike',
  // attribution and participial openers
  'According',
  'Asked',
  'Pressed',
  'Speaking',
  'Writing',
  'Responding',
  'Citing',
  'Quoting',
  'Referring',
  'Addressing',
  'Describing',
  'Noting',
  'Adding',
  'Saying',
  'Calling',
  'Following',
  'Including',
  'Regarding',
  'Concerning',
  'Considering',
  'Compared',
  'Given',
  'Based',
  // discourse adverbs and connectives
  'However',
  'Meanwhile',
  'Additionally',
  'Notably',
  'Also',
  'Still',
  'Moreover',
  'Furthermore',
  'Nevertheless',
  'Nonetheless',
  'Instead',
  'Indeed',
  'Otherwise',
  'Thus',
  'Therefore',
  'Hence',
  'Accordingly',
  'Consequently',
  'Finally',
  'Eventually',
  'Ultimately',
  'Initially',
  'Originally',
  'Previously',
  'Recently',
  'Currently',
  'Separately',
  'Similarly',
  'Likewise',
  'Specifically',
  'Particularly',
  'Especially',
  'Generally',
  'Overall',
  'Altogether',
  'Regardless',
  'Elsewhere',
  'Nearby',
  'Nationwide',
  'Worldwide',
  'Overnight',
  'Shortly',
  'Soon',
  'Only',
  'Just',
  'Already',
  'Again',
  'Always',
  'Never',
  'Often',
  'Sometimes',
  'Perhaps',
  'Maybe',
  'Probably',
  'Possibly',
  'Clearly',
  'Obviously',
  'Apparently',
  'Reportedly',
  'Allegedly',
  'Officially',
  'Not',
  'There',
  'Here',
  'Now',
  'First',
  'Second',
  'Third',
  'Firstly',
  'Secondly',
  'Lastly',
  'Last',
  'Next',
  // time words
  'Today',
  'Tonight',
  'Yesterday',
  'Tomorrow',
  'Earlier',
  'Later',
  'Morning',
  'Afternoon',
  'Evening',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Mon.',
  'Tue.',
  'Tues.',
  'Wed.',
  'Thu.',
  'Thurs.',
  'Fri.',
  'January',
  'February',
  'March',
  'July',
  'September',
  'October',
  'November',
  'December',
  'Jan.',
  'Feb.',
  'Aug.',
  'Sept.',
  'Sep.',
  'Oct.',
  'Nov.',
  'Dec.',
  'Christmas',
  'Easter',
  'Thanksgiving',
  'Ramadan',
  'Hanukkah',
  'Passover',
  'Diwali',
  'Eid',
  // time zones, as clock times write them ("03:30 GMT", "9 p.m. EST")
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  // interjections and replies
  'Yes',
  'Oh',
  'Well',
  'Please',
  'Thanks',
  'Okay',
  'OK',
  // generic sentence-initial subjects of attribution
  'Officials',
  'Authorities',
  'Police',
  'Experts',
  'Analysts',
  'Critics',
  'Residents',
  'Witnesses',
  'Investigators',
  'Prosecutors',
  'Lawmakers',
  'Supporters',
  'Opponents',
  'Protesters',
  'Sources',
  'Observers',
  'Scientists',
  'Researchers',
  'Doctors',
  'Economists',
  // news furniture
  'Advertisement',
  'Updated',
  'Published',
  'Posted',
  'Editing',
  'Reporting',
  'Additional',
  'Contributing',
  'Correction',
  'Update',
  'Breaking',
  'Exclusive',
  'Analysis',
  'Opinion',
  'Live',
  'Photo',
  'Image',
  'Video',
  'Watch',
  'Listen',
  'Related',
  'Subscribe',
  'Copyright',
]);
