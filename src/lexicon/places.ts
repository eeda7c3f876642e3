/**
 * Places whose names stand for their governments when they speak: "Russia insisted …", "Beijing
 * warned …", "Virginia said …". A speaker with such a name is an organisation, never a person.
 *
 * Where it came from: the common English short names of the ISO 3166-1 countries (as news copy
 * writes them: "Russia", not "Russian Federation"; "Ivory Coast" and "Côte d'Ivoire" both), the
 * 50 US states as spelled by the US Census Bureau, and the capitals and seats of government that
 * wire copy uses as metonyms (AP and Reuters style: "Washington", "Moscow", "Brussels"). Cities that
 * are not seats of government are left out: "Phoenix said" names a city council only by
 * accident, and many are also surnames.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * Country, US state and capital names as written (capitalised; multi-word names with single spaces).
 *
 * @example
 * ```ts
 * PLACE_NAMES.has('Russia'); // true
 * PLACE_NAMES.has('Beijing'); // true
 * ```
 */
export const PLACE_NAMES: ReadonlySet<string> = checkedSet('PLACE_NAMES', [
  // countries
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
  'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia',
  'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde',
  'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czechia',
  'Czech Republic', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Eritrea',
  'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Germany', 'Ghana', 'Greece',
  'Grenada', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran',
  'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', "Côte d'Ivoire", 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya',
  'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein',
  'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mauritania', 'Mauritius',
  'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma', 'Namibia', 'Nauru',
  'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman',
  'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal',
  'Qatar', 'Romania', 'Russia', 'Rwanda', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles',
  'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain',
  'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand',
  'Togo', 'Tonga', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates',
  'United Kingdom', 'Britain', 'Great Britain', 'United States', 'America', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican',
  'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  // US states
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin',
  'Wyoming',
  // capitals and seats of government used for their governments
  'Washington', 'Moscow', 'Beijing', 'Kyiv', 'Kiev', 'London', 'Paris', 'Berlin', 'Brussels', 'Tehran', 'Pyongyang',
  'Seoul', 'Tokyo', 'Jerusalem', 'Ankara', 'Riyadh', 'Damascus', 'Kabul', 'Baghdad', 'Cairo', 'Taipei', 'Havana',
  'Caracas', 'Ottawa', 'Canberra', 'New Delhi', 'Islamabad', 'Beirut', 'Doha', 'Abu Dhabi', 'Minsk', 'Warsaw', 'Rome',
  'Madrid', 'Athens', 'Budapest', 'Vienna', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Dublin', 'Lisbon', 'Bern',
  'Hanoi', 'Manila', 'Jakarta', 'Bangkok', 'Nairobi', 'Pretoria', 'Abuja', 'Addis Ababa', 'Khartoum', 'Tripoli',
  'Brasilia', 'Buenos Aires', 'Santiago', 'Bogota', 'Lima', 'Mexico City', 'Kremlin',
]);
