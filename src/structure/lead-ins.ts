/**
 * Open lead-ins: a short line that leaves its sentence open with an ellipsis for the lines under
 * it to finish, as review sites set their verdict boxes ("Buy it if..." / "You want the best
 * camera" / why / "You like big phones" / why / "Don't buy it if..." / …). The lines that finish
 * it look like headings, each over a paragraph, but they are the lead-in's items; the lead-in is
 * the heading. The items are told by sharing their first word ("You want …", "You're …"), so
 * the section's next real heading ends the run.
 * @module
 */

// A lead-in is a few words: a longer line ending in an ellipsis is a sentence trailing off.
const MAX_LEAD_IN_WORDS = 6;
// Words, then an ellipsis right after a letter ("if...", "when…"); not "etc." nor "(…)".
const OPEN_LEAD_IN = /^\p{Lu}[^.…]*\p{L}(?:\.\.\.|…)$/u;
// The first word, with a clitic cut off: "You're" and "You" open items of one run.
const FIRST_WORD = /^[^\s'’]+/u;

/** What a unit is to an open lead-in: the lead-in itself, one of the lines that finish it, or neither. */
export type LeadInRole = 'lead-in' | 'item' | null;

/** True when `text` is an open lead-in ("Buy it if...", "Skip it if…"). */
export function isOpenLeadIn(text: string): boolean {
  return OPEN_LEAD_IN.test(text) && text.split(' ').length <= MAX_LEAD_IN_WORDS;
}

const firstWord = (text: string): string => FIRST_WORD.exec(text)?.[0].toLowerCase() ?? '';

/**
 * The lead-in role of each of the units whose texts are `texts`; `candidate[k]` says whether
 * unit `k` has a heading's shape. A lead-in counts only when a candidate follows it. Each unit is
 * visited once.
 */
export function leadInRoles(texts: readonly string[], candidate: readonly boolean[]): LeadInRole[] {
  const roles: LeadInRole[] = texts.map(() => null);
  let k = 0;
  while (k < texts.length) {
    if (!isOpenLeadIn(texts[k] as string) || candidate[k + 1] !== true) {
      k++;
      continue;
    }
    roles[k] = 'lead-in';
    const first = firstWord(texts[k + 1] as string);
    let j = k + 1;
    for (; j < texts.length; j++) {
      if (isOpenLeadIn(texts[j] as string)) break;
      if (candidate[j] !== true) continue;
      if (firstWord(texts[j] as string) !== first) break;
      roles[j] = 'item';
    }
    k = j;
  }
  return roles;
}
