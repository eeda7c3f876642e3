/**
 * Pathological input shapes for the adversarial benchmark. Each shape generates a string of an
 * exact UTF-16 length, so the same shape can be timed at two sizes and its time per MB compared:
 * a parser that is linear in its input takes about the same time per MB at both.
 * @module
 */
import { CORPUS_FILES, loadTexts } from './corpus.js';
import { generatedShapes, layOut, type Layout } from './grammar.js';
import { SAMPLE_ARTICLE } from './sample-article.js';

/** One pathological input, generated at any size. */
export interface Shape {
  /** Short unique name, shown in the report and accepted by `--shape`. */
  readonly name: string;
  /** What the text looks like. */
  readonly description: string;
  /** Returns the shape as a string of exactly `length` UTF-16 code units. */
  readonly generate: (length: number) => string;
}

/** `unit` repeated and cut to exactly `length` code units (units here hold no surrogate pairs). */
export function repeatTo(unit: string, length: number): string {
  if (length <= 0) return '';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** `head`, then `unit` repeated, then `tail`, exactly `length` code units long in total. */
function framed(head: string, unit: string, tail: string, length: number): string {
  return head + repeatTo(unit, length - head.length - tail.length) + tail;
}

/** Every quotation-mark style the parser may meet, one string each (`''` is the NYT convention). */
export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', "''"] as const;

/** A dense run of one quotation-mark style; `''` is written as space-separated pairs so it differs from `'`. */
function quoteRun(mark: (typeof QUOTE_MARKS)[number]): Shape {
  const unit = mark.length > 1 ? `${mark} ` : mark;
  return {
    name: `quotes ${mark}`,
    description: mark.length > 1 ? `"${mark} " repeated (pairs of apostrophes), one line` : `${mark} repeated, nothing else`,
    generate: (length) => repeatTo(unit, length),
  };
}

/** Two words of the nesting shape: an opening of each level, then the matching closings. */
const NEST_OPEN = 'a “b ‘';
const NEST_CLOSE = 'c’ d” ';

/** A shape made of `unit` laid out by the generative search's {@link layOut}. */
function runOn(name: string, description: string, unit: string, layout: Layout): Shape {
  return { name, description, generate: (length) => layOut(unit, layout, length) };
}

/** All adversarial shapes, in report order. */
export const SHAPES: readonly Shape[] = [
  {
    name: 'one long line',
    description: 'ordinary words and sentences with no line break at all',
    generate: (length) => repeatTo('Residents of the town voted on Tuesday to rebuild the sea wall. ', length),
  },
  ...QUOTE_MARKS.map(quoteRun),
  {
    name: 'quotes mixed',
    description: 'every quotation-mark style in turn, nothing else',
    generate: (length) => repeatTo(QUOTE_MARKS.join(''), length),
  },
  {
    name: 'unclosed “',
    description: '“ followed by a word, repeated, never closed',
    generate: (length) => repeatTo('“word ', length),
  },
  {
    name: 'unclosed mixed',
    description: 'every quotation-mark style, each followed by a one-letter word ("a “b ”c …), repeated',
    generate: (length) => repeatTo(`${QUOTE_MARKS.map((mark, i) => `${mark}${String.fromCharCode(97 + i)}`).join(' ')} `, length),
  },
  {
    name: 'nested quotes',
    description: '“ and ‘ nested alternately (depth ~ length / 6), then all the closings',
    generate: (length) => {
      const half = Math.floor(length / 2);
      return repeatTo(NEST_OPEN, half) + repeatTo(NEST_CLOSE, length - half);
    },
  },
  {
    name: 'blank lines',
    description: 'a headline, then nothing but empty lines, then one paragraph',
    generate: (length) => framed('Headline\n', '\n', '\nLast paragraph.', length),
  },
  {
    name: 'lines "a"',
    description: '"a\\n" repeated: a million one-letter lines at 2 MB',
    generate: (length) => repeatTo('a\n', length),
  },
  {
    name: 'lines "Word."',
    description: '"Word.\\n" repeated: one-sentence lines, no blank lines',
    generate: (length) => repeatTo('Word.\n', length),
  },
  {
    name: 'article repeated',
    description: `a ${SAMPLE_ARTICLE.length}-character article (headline, byline, dateline, quotes, subheadings) repeated`,
    generate: (length) => repeatTo(`${SAMPLE_ARTICLE}\n`, length),
  },
  {
    name: 'names line',
    description: '"Mark Rutte " repeated: capitalised name-like words on one line',
    generate: (length) => repeatTo('Mark Rutte ', length),
  },
  {
    name: 'said, no quotes',
    description: '"said" repeated in 20-word paragraphs, no quotation marks',
    generate: (length) => repeatTo(`${'said '.repeat(19)}said.\n\n`, length),
  },
  {
    name: 'colons and dashes',
    description: 'lines dense with colons, hyphens, en and em dashes, and lines of nothing else',
    generate: (length) => repeatTo('LONDON — Update: a – b - c -- d: e — f:\n—:—\n:\n- - -\n', length),
  },
  // A long sentence of many attributions: each one's content once ran from the sentence start, so
  // work and output grew with attributions × sentence length.
  runOn('run-on said', '"“x,” he said, " repeated: one sentence of attributions, one paragraph', '“x,” he said, ', 'paragraph'),
  runOn('run-on said wrapped', 'the same, hard-wrapped at 72 columns', '“x,” he said, ', 'wrapped'),
  runOn("run-on said ''", `"''x,'' he said," one per line (the lines join into one paragraph)`, "''x,'' he said,", 'lines'),
  runOn('run-on asked', '"“Why now?” Smith asked " repeated: the question marks do not end the sentence', '“Why now?” Smith asked ', 'paragraph'),
  runOn('run-on according to', '"a b c, according to Reuters, " repeated, one paragraph', 'a b c, according to Reuters, ', 'paragraph'),
];

/**
 * Which shapes a run measures: the fixed ones, and `generated` units drawn from `seed` (× 3
 * layouts); `corpus` is the directory whose BBC articles make the {@link REFERENCE} shape.
 */
export interface ShapeSet {
  readonly seed: number;
  readonly generated: number;
  readonly corpus: string;
}

/** Name of the reference shape: real articles, concatenated to size as one input. */
export const REFERENCE = 'real articles';

/**
 * What the shapes are compared with: the BBC corpus's articles one after another, separated by
 * blank lines and cut to size (the sample article repeated when the corpus is absent).
 */
export function referenceShape(corpus: string): Shape {
  const bbc = loadTexts(corpus, CORPUS_FILES.bbc);
  const articles = bbc === null ? [SAMPLE_ARTICLE] : bbc.texts;
  return {
    name: REFERENCE,
    description: bbc === null ? 'the sample article repeated (no BBC corpus)' : `the ${articles.length} BBC articles in turn, blank lines between`,
    generate: (length) => {
      const parts: string[] = [];
      for (let n = 0, i = 0; n < length; i = (i + 1) % articles.length) {
        const text = `${articles[i] as string}\n\n`;
        parts.push(text);
        n += text.length;
      }
      return parts.join('').slice(0, length);
    },
  };
}

/** Every shape of `set`: the fixed {@link SHAPES}, then the generated ones. */
export function allShapes(set: ShapeSet): Shape[] {
  return [...SHAPES, ...generatedShapes(set.seed, set.generated)];
}

/** The shape of `set` named `name`, or undefined. */
export function findShape(name: string, set: ShapeSet): Shape | undefined {
  if (name === REFERENCE) return referenceShape(set.corpus);
  return SHAPES.find((s) => s.name === name) ?? generatedShapes(set.seed, set.generated).find((s) => s.name === name);
}
