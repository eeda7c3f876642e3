/**
 * Abbreviations whose period does not end a sentence ("Mr. Trump", "Sen. Warren", "Jan. 6",
 * "Fla.", "Inc."), lowercase and without the period.
 *
 * Where it came from: the AP Stylebook's abbreviations for titles, months and US states (the forms
 * AP copy actually prints), the honorifics of British and Commonwealth style guides, and the
 * corporate suffixes and Latin shorthand common in news copy. Single letters (initials) are
 * handled by the tokenizer, not listed. Words that are also ordinary sentence-final words ("no",
 * "us", "co" in "co-op") are left out or handled by context, because a missed sentence break costs
 * more than a spurious one in attribution.
 * @module
 */
import { checkedSet } from './checked.js';

/**
 * Abbreviations (lowercase, no period) whose period is part of the word.
 *
 * @example
 * ```ts
 * ABBREVIATIONS.has('sen'); // true — "Sen. Warren"
 * ```
 */
export const ABBREVIATIONS: ReadonlySet<string> = checkedSet('ABBREVIATIONS', [
  // honorifics and titles
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'sen', 'rep', 'reps', 'sens', 'gov', 'govs', 'lt', 'gen',
  'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'supt', 'det', 'insp', 'pres', 'amb', 'atty', 'hon', 'msgr', 'esq',
  // months (AP abbreviates these before a day)
  'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  // US states as AP writes them in datelines and text
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
  // companies and organisations
  'inc', 'corp', 'ltd', 'bros', 'dept', 'univ', 'assn', 'intl',
  // shorthand
  'vs', 'etc', 'approx', 'est', 'no', 'nos', 'vol', 'pp', 'fig', 'ft', 'mt', 'ave', 'blvd', 'rd',
], true);
