/**
 * The generative shape search's grammar: short units of news language drawn at random from
 * fragments (quotations in every mark style, with and without cues; speech verbs; names with
 * titles and party tags; "according to"; colons, dashes, parentheses, list marks, abbreviations,
 * pronouns), each repeated to size in three layouts. Fixed shapes only find what someone thought
 * of; drawing hundreds of units finds the families nobody did. Seeded, so every run draws the
 * same units and a failing one can be reproduced and added to `shapes.ts`.
 * @module
 */
import { random } from './random.js';
import type { Shape } from './shapes.js';

/** How a unit is laid out when repeated to size. */
export type Layout = 'paragraph' | 'lines' | 'wrapped';

/** Every layout: one giant paragraph, one unit per line (lines may be joined), and the paragraph hard-wrapped at 72 columns. */
export const LAYOUTS: readonly Layout[] = ['paragraph', 'lines', 'wrapped'];

/** The default seed of `npm run bench`; `--seed N` draws another set. */
export const DEFAULT_SEED = 20261201;

type Rand = () => number;

function pick<T>(rand: Rand, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** Quotation marks as open/close pairs, including the NYT's `''` and TeX-style ``` `` ```. */
const MARKS: readonly (readonly [string, string])[] = [
  ['“', '”'], ['"', '"'], ["''", "''"], ['``', "''"], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['‚', '‘'], ['‹', '›'], ['‘‘', '’’'],
];
const QUOTED = ['x', 'Yes', 'no,', 'Why now?', 'We will rebuild,', 'It is over.', 'a disaster', 'We are ready. We will talk,', 'Never!', 'the plan'];
const VERBS = ['said', 'says', 'told reporters', 'added', 'asked', 'wrote', 'tweeted', 'insisted', 'has said', 'was quoted as saying', 'pointed out', 'warned', 'believes', 'said in a statement', 'would not have said'];
const SPEAKERS = [
  'he', 'she', 'they', 'I', 'Smith', 'Jane Roe', 'Sen. Jane Roe (D-Va.)', 'the minister', 'a spokeswoman', 'officials', 'Dr. Ann Lee, the mayor,',
  'Reuters', 'the agency', 'President Ana Ruiz', 'sources familiar with the matter', 'one', 'another', 'local resident Tom Hill', 'Smith, who',
];
const WORDS = ['the plan will work', 'a b c', 'the U.S.', 'in Macon, Ga.', 'on Monday', 'that', 'and', 'but', 'Mr.', 'Inc.', 'at 12:31 p.m.', 'No.', 'St. Louis', 'it is', 'Mark Rutte'];
const JOINS = [' ', ', ', '. ', ': ', ' — ', ' – ', ' - ', '; ', ' (', ') ', '? ', '! ', '… ', ' ... '];
const LIST_MARKS = ['• ', '- ', '* ', '1. ', 'a) ', '— '];

/** One fragment of news language. */
function fragment(rand: Rand): string {
  const [open, close] = pick(rand, MARKS);
  switch (Math.floor(rand() * 11)) {
    case 0:
      return `${open}${pick(rand, QUOTED)}${close}`;
    case 1:
      return `${open}${pick(rand, QUOTED)}${close} ${pick(rand, SPEAKERS)} ${pick(rand, VERBS)}`;
    case 2:
      return `${pick(rand, VERBS)} ${pick(rand, SPEAKERS)}`;
    case 3:
      return `${pick(rand, SPEAKERS)} ${pick(rand, VERBS)}${pick(rand, [' that', ':', ',', ''])}`;
    case 4:
      return `according to ${pick(rand, SPEAKERS)}`;
    case 5:
      return `${pick(rand, ['Jane Roe', 'ALSO READ', 'WATCH', 'Update', 'Q'])}:`;
    case 6:
      return open;
    case 7:
      return close;
    case 8:
      return `${pick(rand, LIST_MARKS)}${pick(rand, WORDS)}`;
    case 9:
      return `(${pick(rand, WORDS)})`;
    default:
      return pick(rand, WORDS);
  }
}

/** A unit: one to five fragments with punctuation between them, ending in a space so repeats stay apart. */
export function drawUnit(rand: Rand): string {
  const parts = 1 + Math.floor(rand() * 5);
  let unit = fragment(rand);
  for (let i = 1; i < parts; i++) unit += pick(rand, JOINS) + fragment(rand);
  unit += pick(rand, [' ', ', ', '. ', ' ']);
  return unit.endsWith(' ') ? unit : `${unit} `;
}

const HEAD = 'Headline of the generated article\n\n';
const WRAP = 72;

/** `unit` repeated to fill `length` code units after `head` (units hold no surrogate pairs). */
function fill(head: string, unit: string, length: number): string {
  const body = Math.max(0, length - head.length);
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body);
}

/** Breaks lines at the last space before column {@link WRAP}; replacing a space keeps every offset. */
function hardWrap(text: string, from: number): string {
  const chars = text.split('');
  let lineStart = from;
  let lastSpace = -1;
  for (let i = from; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
    } else if (chars[i] === ' ') lastSpace = i;
    if (i - lineStart >= WRAP && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

/** The text of `unit` in `layout`, exactly `length` UTF-16 code units long. */
export function layOut(unit: string, layout: Layout, length: number): string {
  if (layout === 'lines') return fill(HEAD, `${unit.trimEnd()}\n`, length);
  const text = fill(HEAD, unit, length);
  return layout === 'wrapped' ? hardWrap(text, HEAD.length) : text;
}

/** A generated shape: a unit in a layout, named `gen N layout`. */
export function generatedShape(index: number, unit: string, layout: Layout): Shape {
  return {
    name: `gen ${index} ${layout}`,
    description: `${JSON.stringify(unit)} repeated, ${layout === 'lines' ? 'one per line' : layout === 'wrapped' ? 'one paragraph hard-wrapped at 72 columns' : 'one paragraph'}`,
    generate: (length) => layOut(unit, layout, length),
  };
}

/** `count` units drawn from `seed`, each in every layout: `count × 3` shapes. */
export function generatedShapes(seed: number, count: number): Shape[] {
  const rand = random(seed);
  const shapes: Shape[] = [];
  for (let i = 0; i < count; i++) {
    const unit = drawUnit(rand);
    for (const layout of LAYOUTS) shapes.push(generatedShape(i, unit, layout));
  }
  return shapes;
}
