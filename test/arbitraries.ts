/**
 * fast-check arbitraries for article-like text, for the property tests.
 *
 * - {@link articleArb}: a headline, an optional byline (above or below it), an optional dateline,
 *   paragraphs of words, names, numbers and quotations in every quotation-mark style (balanced,
 *   unbalanced, nested, split around a reporting clause, running over several paragraphs) and
 *   subheadings, laid out blank-line separated, one per line, hard-wrapped at 40–100 columns with
 *   or without blank lines, or a mixture; any line-break style.
 * - {@link noisyArticleArb}: the same with sparse noise inserted: emoji and other astral
 *   characters, RTL text and direction marks, combining marks, NUL and control characters, CR,
 *   CRLF, U+2028/2029, BOM, NBSP, zero-width characters, tabs, lone surrogates.
 * - {@link charSoupArb}: strings of characters that matter to the parser (letters, quotes,
 *   punctuation, line breaks, blanks) mixed with arbitrary code points.
 * - {@link mutatedArticleArb}: real articles (from `../shared/corpus` when present, see
 *   {@link loadMutationBases}) or the invented {@link SAMPLE_ARTICLES}, with slices deleted,
 *   inserted and duplicated, quotation styles swapped and line breaks changed.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Vocabulary (invented; no sentence here comes from a real article)
// ---------------------------------------------------------------------------------------------

const WORDS = [
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'that', 'which', 'was', 'is', 'are',
  'were', 'has', 'had', 'will', 'would', 'could', 'not', 'council', 'budget', 'river', 'bridge', 'school', 'election',
  'vote', 'plan', 'report', 'week', 'city', 'government', 'minister', 'police', 'court', 'company', 'market', 'prices',
  'storm', 'water', 'talks', 'deal', 'crisis', 'workers', 'residents', 'officials', 'agency', 'project', 'hospital',
  'announced', 'rejected', 'approved', 'delayed', 'expected', 'reported', 'closed', 'opened', 'rose', 'fell', 'new',
  'local', 'federal', 'last', 'next', 'early', 'late', 'major', 'small', 'public', 'former', 'after', 'before', 'during',
  'because', 'while', 'about', 'more', 'than', 'some', 'many', 'most', 'its', 'their', 'his', 'her', 'it', 'they', 'we',
  'he', 'she', 'this', 'these', 'there', 'no', 'yes', 'so', 'if', 'when', 'how', 'why', 'who', 'what', 'into', 'over',
] as const;
const UNICODE_WORDS = [
  'café', 'naïve', 'Zürich', 'São', 'Łódź', 'Straße', 'déjà', 'Ελλάδα', 'Москва', 'Київ', 'العربية', 'עברית', '東京', '北京市',
  'हिन्दी', 'ไทย', 'İstanbul', 'Ærø', 'fjörður', 'Dvořák', 'Ñuñoa', 'mañana', 'œuvre', 'ﬁnance', 'Ｆｕｌｌ',
] as const;
const FIRST_NAMES = [
  'Jane', 'John', 'Maria', 'Ahmed', 'Olena', 'Kwame', 'Li', 'Priya', 'José', 'Anna', 'Mark', 'Fatima', 'Yuki', 'Sean',
  'Ingrid', 'Raúl', 'Chloé', 'Dmytro', 'Amara', 'Tomás',
] as const;
const LAST_NAMES = [
  'Doe', 'Smith', 'García', 'Okafor', 'Kovalenko', 'Nguyen', 'Patel', "O'Brien", 'McCarthy', 'Müller', 'de la Cruz',
  'van der Berg', 'Al-Hassan', 'Rossi', 'Johansson', 'Kim', 'Dubois', 'Mensah', 'Silva', 'Zhang',
] as const;
const TITLES = [
  'the mayor', 'a spokesperson for the ministry', 'the company’s chief executive', 'Secretary General', 'a senior official',
  'the union leader', 'an economist at the bank', 'Deputy Prime Minister', 'the police chief',
] as const;
const ANONYMOUS = ['a source', 'officials', 'one resident', 'a person familiar with the talks', 'critics', 'analysts'] as const;
const PRONOUNS = ['she', 'he', 'they', 'it'] as const;
const VERBS = ['said', 'says', 'told reporters', 'added', 'warned', 'wrote', 'explained', 'insisted', 'told the outlet', 'noted'] as const;
const OUTLETS = ['Reuters', 'The Associated Press', 'CNN', 'AFP', 'the BBC', 'Bloomberg', 'The Daily Courier'] as const;
const PLACES = ['KYIV', 'ATLANTA', 'WASHINGTON', 'NEW YORK', 'SÃO PAULO', 'TALLAHASSEE, Fla.', 'Hong Kong', 'BRUSSELS'] as const;
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

/**
 * Opening and closing quotation marks of every style the parser should meet, including the
 * unusual and the wrong ones.
 */
export const QUOTE_STYLES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['« ', ' »'],
  ['»', '«'],
  ['„', '“'],
  ['„', '”'],
  ['‚', '‘'],
  ['‹', '›'],
  ['``', "''"],
  ["''", "''"],
  ['「', '」'],
  ['”', '”'],
];

/** Every quotation-mark character in {@link QUOTE_STYLES}, one per entry. */
export const QUOTE_CHARS = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', '`', '「', '」'] as const;

// ---------------------------------------------------------------------------------------------
// Words and sentences
// ---------------------------------------------------------------------------------------------

function capitalise(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + s.slice(ch.length);
}

const lowerLetters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 10 });

/** A number as news copy writes it: 42, 1,234, 3.5%, $4.2 million, 1990s, 2024. */
export const numberArb: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 100 }).map(String),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 9 })).map(([a, b]) => `${a}.${b}%`),
  fc.tuple(fc.nat({ max: 999 }), fc.constantFrom('million', 'billion', 'bn')).map(([a, u]) => `$${a / 10} ${u}`),
  fc.integer({ min: 1900, max: 2030 }).map(String),
  fc.integer({ min: 195, max: 202 }).map((d) => `${d}0s`),
);

/** One word: mostly common English, sometimes random letters, accented or non-Latin, a number or a contraction. */
export const wordArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 12 },
  { arbitrary: lowerLetters, weight: 2 },
  { arbitrary: fc.constantFrom(...UNICODE_WORDS), weight: 1 },
  { arbitrary: numberArb, weight: 1 },
  { arbitrary: fc.constantFrom('don’t', "it's", 'U.S.', 'e-mail', 'co-operate', 'Dr.', 'Mr.', 'St.', 'No.', 'etc.', '(AP)', '—', '--', '&'), weight: 1 },
);

/** A person's name as written: "Jane Doe", "Olena J. Kovalenko", "Smith", "José de la Cruz". */
export const nameArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES)).map(([f, l]) => `${f} ${l}`), weight: 4 },
  { arbitrary: fc.tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...'ABCDEJKMRT'), fc.constantFrom(...LAST_NAMES)).map(([f, m, l]) => `${f} ${m}. ${l}`), weight: 1 },
  { arbitrary: fc.constantFrom(...LAST_NAMES).map(capitalise), weight: 1 },
);

/** Who speaks: a name, a name with a title, a pronoun, an anonymous source, an outlet. */
export const speakerArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nameArb, weight: 4 },
  { arbitrary: fc.tuple(nameArb, fc.constantFrom(...TITLES)).map(([n, t]) => `${n}, ${t},`), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...TITLES), nameArb).map(([t, n]) => `${capitalise(t)} ${n}`), weight: 1 },
  { arbitrary: fc.constantFrom(...PRONOUNS), weight: 2 },
  { arbitrary: fc.constantFrom(...ANONYMOUS), weight: 1 },
  { arbitrary: fc.constantFrom(...OUTLETS), weight: 1 },
);

function words(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(wordArb, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
}

/** A plain sentence: capitalised, 3–18 words, maybe with a name, ending in . ! ? … or nothing. */
export const sentenceArb: fc.Arbitrary<string> = fc
  .tuple(words(3, 18), fc.option(nameArb, { freq: 3 }), fc.nat(), fc.constantFrom('.', '.', '.', '.', '!', '?', '…', '', ';'))
  .map(([body, name, at, end]) => {
    const ws = body.split(' ');
    if (name !== null) ws.splice(at % (ws.length + 1), 0, name);
    return capitalise(ws.join(' ')) + end;
  });

const quoteStyleArb = fc.constantFrom(...QUOTE_STYLES);
const verbArb = fc.constantFrom(...VERBS);

/** A quotation with its reporting clause, in one of many shapes, balanced or not. */
export const quoteSentenceArb: fc.Arbitrary<string> = fc
  .record({
    shape: fc.nat({ max: 12 }),
    style: quoteStyleArb,
    inner: quoteStyleArb,
    a: words(2, 14),
    b: words(1, 10),
    speaker: speakerArb,
    verb: verbArb,
    outlet: fc.constantFrom(...OUTLETS),
  })
  .map(({ shape, style: [o, c], inner: [io, ic], a, b, speaker, verb, outlet }) => {
    const A = capitalise(a);
    const B = capitalise(b);
    switch (shape) {
      case 0: return `${o}${A},${c} ${speaker} ${verb}.`; // “…,” she said.
      case 1: return `${o}${A},${c} ${verb} ${speaker}.`; // “…,” said Jane Doe.
      case 2: return `${capitalise(speaker)} ${verb}: ${o}${A}.${c}`; // Jane Doe said: “….”
      case 3: return `${o}${A},${c} ${speaker} ${verb}. ${o}${B}.${c}`; // split quote
      case 4: return `${o}${A},${c} ${speaker} ${verb}, ${o}${b}.${c}`; // interrupted quote
      case 5: return `${capitalise(speaker)} told ${outlet} that ${a}.`; // indirect
      case 6: return `According to ${speaker}, ${a}.`; // indirect, "according to"
      case 7: return `${capitalise(speaker)} called the plan ${o}${b}${c} and ${a}.`; // mixed
      case 8: return `${o}${A}`; // opened, never closed
      case 9: return `${A}${c} ${speaker} ${verb}.`; // closed, never opened
      case 10: return `${o}${A} ${io}${b}${ic} ${a}.${c}`; // nested
      case 11: return `${o}${A}?${c} ${verb} ${speaker}. ${o}${B}!${c}`;
      default: return `${o}${A}${c}`; // a bare quotation
    }
  });

/** A subheading: 1–7 capitalised words, no sentence punctuation at the end. */
export const subheadingArb: fc.Arbitrary<string> = fc
  .tuple(words(1, 7), fc.constantFrom('', '', '', '?', ' 2024'))
  .map(([ws, tail]) => ws.split(' ').map(capitalise).join(' ') + tail);

/** A headline: 2–14 words, sentence case or title case, sometimes with a colon, quote or question mark. */
export const headlineArb: fc.Arbitrary<string> = fc
  .tuple(words(2, 14), fc.boolean(), fc.constantFrom('', '', '', '?', '.', '!'), fc.option(fc.tuple(nameArb, quoteStyleArb), { freq: 4 }))
  .map(([ws, titleCase, end, quoted]) => {
    let h = titleCase ? ws.split(' ').map(capitalise).join(' ') : capitalise(ws);
    if (quoted !== null) h = `${quoted[0]}: ${quoted[1][0]}${h}${quoted[1][1]}`;
    return h + end;
  });

/** A byline: "By Jane Doe", "By JANE DOE and John Roe | Reuters", "Jane Doe, CNN", "Words by Anna Rossi". */
export const bylineArb: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: 5 }), nameArb, nameArb, fc.constantFrom(...OUTLETS))
  .map(([shape, n1, n2, outlet]) => {
    switch (shape) {
      case 0: return `By ${n1}`;
      case 1: return `By ${n1} and ${n2}`;
      case 2: return `By ${n1.toUpperCase()} | ${outlet}`;
      case 3: return `${n1}, ${outlet}`;
      case 4: return `BY ${n1.toUpperCase()}`;
      default: return `Words by ${n1} — ${outlet}`;
    }
  });

/** A wire dateline with its dash and following space: "KYIV, July 4 (Reuters) - ". */
export const datelineArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PLACES), fc.option(fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 31 }))), fc.option(fc.constantFrom('(Reuters)', '(AP)', 'CNN', '(AFP)')), fc.constantFrom('-', '--', '—', '–'))
  .map(([place, date, agency, dash]) => `${place}${date ? `, ${date[0]} ${date[1]}` : ''}${agency ? ` ${agency}` : ''} ${dash} `);

/** A paragraph: 1–5 plain sentences and quotations. */
export const paragraphArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: sentenceArb, weight: 3 }, { arbitrary: quoteSentenceArb, weight: 2 }), { minLength: 1, maxLength: 5 })
  .map((ss) => ss.join(' '));

// ---------------------------------------------------------------------------------------------
// Whole articles and layouts
// ---------------------------------------------------------------------------------------------

/** A paragraph or a subheading of the body. */
export type BodyBlock = { readonly kind: 'paragraph' | 'heading'; readonly text: string };

/** How the body is laid out. */
export type Layout = 'blank-lines' | 'one-per-line' | 'wrapped' | 'wrapped-no-blank' | 'mixed';

/** Line-break style applied to the finished text. */
export type LineBreakStyle = 'lf' | 'crlf' | 'cr' | 'u2028' | 'u2029' | 'mixed';

/** The model an article is rendered from (kept so tests can compare the parse with what was generated). */
export interface ArticleModel {
  readonly headline: string | null;
  readonly byline: string | null;
  readonly bylineFirst: boolean;
  readonly dateline: string | null;
  readonly body: readonly BodyBlock[];
  /** A quotation that opens in one paragraph and runs on into the next without closing. */
  readonly runOnQuote: boolean;
  readonly layout: Layout;
  readonly width: number;
  readonly breaks: LineBreakStyle;
  /** Choices for the 'mixed' layout and line-break style, consumed cyclically. */
  readonly choices: readonly number[];
  readonly indent: string;
  readonly trailing: string;
  readonly leadSeparator: string;
}

/** Greedy hard wrap of `text` at `width` columns (words longer than the width stay whole). */
export function hardWrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

const BREAKS: Record<Exclude<LineBreakStyle, 'mixed'>, string> = { lf: '\n', crlf: '\r\n', cr: '\r', u2028: '\u2028', u2029: '\u2029' };

/** Replaces every LF of `text` by the line-break style (cycling through `choices` for 'mixed'). */
export function applyLineBreaks(text: string, style: LineBreakStyle, choices: readonly number[] = []): string {
  if (style === 'lf') return text;
  if (style !== 'mixed') return text.replace(/\n/g, BREAKS[style]);
  const options = Object.values(BREAKS);
  let k = 0;
  return text.replace(/\n/g, () => options[(choices[k++ % Math.max(1, choices.length)] ?? 0) % options.length] as string);
}

/** Renders an {@link ArticleModel} to text (LF first, then the requested line-break style). */
export function renderArticle(m: ArticleModel): string {
  const pick = (k: number, n: number): number => (m.choices.length === 0 ? 0 : (m.choices[k % m.choices.length] as number) % n);
  const blocks = m.body.map((b, i) => {
    let text = b.text;
    if (i === 0 && b.kind === 'paragraph' && m.dateline !== null) text = m.dateline + text;
    if (m.runOnQuote && b.kind === 'paragraph' && i + 1 < m.body.length) text = `${text} “${text.split(' ').slice(0, 6).join(' ')}`;
    const wrap = b.kind === 'paragraph' && (m.layout === 'wrapped' || m.layout === 'wrapped-no-blank' || (m.layout === 'mixed' && pick(i, 3) === 0));
    const body = wrap ? hardWrap(text, m.width) : text;
    return body
      .split('\n')
      .map((l) => m.indent + l + m.trailing)
      .join('\n');
  });
  let bodyText = '';
  blocks.forEach((b, i) => {
    if (i > 0) {
      const sep =
        m.layout === 'blank-lines' || m.layout === 'wrapped'
          ? '\n\n'
          : m.layout === 'mixed'
            ? (['\n', '\n\n', '\n\n\n', '\n \n'][pick(i + 7, 4)] as string)
            : '\n';
      bodyText += sep;
    }
    bodyText += b;
  });
  const lead: string[] = [];
  if (m.bylineFirst && m.byline !== null) lead.push(m.byline);
  if (m.headline !== null) lead.push(m.headline);
  if (!m.bylineFirst && m.byline !== null) lead.push(m.byline);
  const text = lead.length > 0 ? lead.join(m.leadSeparator) + m.leadSeparator + bodyText : bodyText;
  return applyLineBreaks(text, m.breaks, m.choices);
}

/** Sizes for {@link articleModelArb}: `maxBlocks` bounds the body length. */
export interface ArticleSize {
  readonly maxBlocks?: number;
}

/** An {@link ArticleModel}. */
export function articleModelArb({ maxBlocks = 6 }: ArticleSize = {}): fc.Arbitrary<ArticleModel> {
  const block = fc.oneof(
    { arbitrary: paragraphArb.map((text): BodyBlock => ({ kind: 'paragraph', text })), weight: 5 },
    { arbitrary: subheadingArb.map((text): BodyBlock => ({ kind: 'heading', text })), weight: 1 },
  );
  return fc.record({
    headline: fc.option(headlineArb, { freq: 8 }),
    byline: fc.option(bylineArb, { freq: 2 }),
    bylineFirst: fc.boolean(),
    dateline: fc.option(datelineArb, { freq: 3 }),
    body: fc.array(block, { minLength: 1, maxLength: maxBlocks }),
    runOnQuote: fc.boolean(),
    layout: fc.constantFrom<Layout>('blank-lines', 'one-per-line', 'wrapped', 'wrapped-no-blank', 'mixed'),
    width: fc.integer({ min: 40, max: 100 }),
    breaks: fc.constantFrom<LineBreakStyle>('lf', 'lf', 'lf', 'crlf', 'cr', 'u2028', 'u2029', 'mixed'),
    choices: fc.array(fc.nat({ max: 11 }), { maxLength: 16 }),
    indent: fc.constantFrom('', '', '', '  ', '\t', '\u00a0'),
    trailing: fc.constantFrom('', '', '', ' ', '\t', '  '),
    leadSeparator: fc.constantFrom('\n', '\n\n', '\n\n\n'),
  });
}

/** Clean article-like text (no noise), LF or any other line-break style. */
export function articleArb(size: ArticleSize = {}): fc.Arbitrary<string> {
  return articleModelArb(size).map(renderArticle);
}

/** Clean article-like text with LF line breaks only (for the line-break metamorphic properties). */
export function lfArticleArb(size: ArticleSize = {}): fc.Arbitrary<string> {
  return articleModelArb(size).map((m) => renderArticle({ ...m, breaks: 'lf' }));
}

// ---------------------------------------------------------------------------------------------
// Noise
// ---------------------------------------------------------------------------------------------

/** Strings that unsettle text processing: astral, RTL, combining, control, invisible, line breaks. */
export const NOISE = {
  astral: ['😀', '👍🏽', '👨‍👩‍👧', '🇺🇦', '𝐀𝐁𝐂', '𝒜', '𠜎', '🏳️‍🌈', '\u{1F600}\u{1F601}', '𝟙𝟚'],
  rtl: ['مرحبا بالعالم', 'قال المتحدث', 'שלום עולם', '\u200f', '\u200e', '\u202e', '\u202b', '\u2067', '«قال»'],
  combining: ['e\u0301', '\u0301', 'Z\u0351\u0300\u0334', 'a\u20dd', '\u0338', 'n\u0303'],
  control: ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u0008', '\u000b', '\u001f', '\u009f'],
  invisible: ['\ufeff', '\u00a0', '\u202f', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u180e', '\u3000', '\u2009'],
  breaks: ['\r', '\r\n', '\u2028', '\u2029', '\n\n', '\n', '\f', '\t', '\n\r'],
  surrogates: ['\ud800', '\udc00', '\udbff', '\udc00\ud800', '\ud83d'],
  marks: [...QUOTE_CHARS, '—', '–', '…', '.', ',', ':', '(', ')', '[', ']', '*', '•', '>', '|'],
  other: ['中文报道', 'नमस्ते', 'สวัสดี', '＂全角＂', '\u{E0001}', '\uFFFD', '\uFFFF', 'İ', 'ß', 'ﬀ'],
} as const;

/** One noise string; control characters and lone surrogates are the rarest. */
export const noiseArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NOISE.astral), weight: 3 },
  { arbitrary: fc.constantFrom(...NOISE.rtl), weight: 2 },
  { arbitrary: fc.constantFrom(...NOISE.combining), weight: 2 },
  { arbitrary: fc.constantFrom(...NOISE.control), weight: 1 },
  { arbitrary: fc.constantFrom(...NOISE.invisible), weight: 3 },
  { arbitrary: fc.constantFrom(...NOISE.breaks), weight: 3 },
  { arbitrary: fc.constantFrom(...NOISE.surrogates), weight: 1 },
  { arbitrary: fc.constantFrom(...NOISE.marks), weight: 3 },
  { arbitrary: fc.constantFrom(...NOISE.other), weight: 1 },
);

/** An edit made by {@link applyNoise}: insert `text` at `at` (taken modulo the length). */
export interface NoiseEdit {
  readonly at: number;
  readonly text: string;
}

/** Inserts each edit's text at its position (modulo the current length + 1), in order. */
export function applyNoise(text: string, edits: readonly NoiseEdit[]): string {
  let s = text;
  for (const { at, text: t } of edits) {
    const i = at % (s.length + 1);
    s = s.slice(0, i) + t + s.slice(i);
  }
  return s;
}

/** Replaces every `n`-th plain space with `by` (NBSP, tab, thin space, ideographic space …). */
function replaceSpaces(text: string, n: number, by: string): string {
  let k = 0;
  return text.replace(/ /g, (sp) => (++k % n === 0 ? by : sp));
}

/** Article-like text with sparse noise: inserted noise strings, some spaces swapped for other blanks, maybe a BOM. */
export function noisyArticleArb(size: ArticleSize = {}): fc.Arbitrary<string> {
  return fc
    .record({
      text: articleArb(size),
      edits: fc.array(fc.record({ at: fc.nat(), text: noiseArb }), { maxLength: 8 }),
      spaces: fc.option(fc.tuple(fc.integer({ min: 2, max: 9 }), fc.constantFrom('\u00a0', '\t', '\u2009', '\u3000', '  ', '\u200b ', ' \u00ad'))),
      bom: fc.boolean(),
    })
    .map(({ text, edits, spaces, bom }) => {
      let s = spaces === null ? text : replaceSpaces(text, spaces[0], spaces[1]);
      s = applyNoise(s, edits);
      return bom ? `\ufeff${s}` : s;
    });
}

/** One character the parser cares about, or any code point, or a lone surrogate. */
export const parserCharArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), weight: 10 },
  { arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\n', '\r\n', '\r', '\t'), weight: 6 },
  { arbitrary: fc.constantFrom(...NOISE.marks, '!', '?', ';', '-', '/', '\\', '&', '@', '#'), weight: 4 },
  { arbitrary: noiseArb, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
);

/** Strings of {@link parserCharArb} (up to `maxLength` pieces) and word soup: words, names, marks and breaks in any order. */
export function charSoupArb(maxLength = 120): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: wordArb, weight: 5 },
    { arbitrary: nameArb, weight: 1 },
    { arbitrary: fc.constantFrom(...VERBS), weight: 1 },
    { arbitrary: fc.constantFrom(' ', ' ', '. ', ', ', '\n', '\n\n', '\r\n'), weight: 5 },
    { arbitrary: fc.constantFrom(...QUOTE_CHARS), weight: 3 },
    { arbitrary: noiseArb, weight: 1 },
  );
  return fc.oneof(
    { arbitrary: fc.string({ unit: parserCharArb, maxLength }), weight: 3 },
    { arbitrary: fc.string({ unit: parserCharArb, maxLength, size: 'max' }), weight: 1 },
    { arbitrary: fc.array(piece, { maxLength: Math.ceil(maxLength / 3) }).map((ps) => ps.join('')), weight: 2 },
    { arbitrary: fc.array(piece, { maxLength: Math.ceil(maxLength / 3), size: 'max' }).map((ps) => ps.join('')), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength }), weight: 2 },
  );
}

// ---------------------------------------------------------------------------------------------
// Mutating real (or sample) articles
// ---------------------------------------------------------------------------------------------

/**
 * Invented sample articles in the layouts real copy comes in, used as mutation bases when
 * `../shared/corpus` is absent and alongside the corpus when it is present.
 */
export const SAMPLE_ARTICLES: readonly string[] = [
  [
    'Council approves river bridge after two-year delay',
    '',
    'By Jane Doe and Kwame Mensah | The Daily Courier',
    '',
    'RIVERTON, March 3 (Reuters) - The city council voted 7-2 on Tuesday to approve the new river bridge, ending a dispute that had delayed the $41.5 million project since 2022.',
    '',
    '“This is a good day for everyone who sits in traffic,” Mayor Olena Kovalenko said after the vote. “We listened, and we changed the plan.”',
    '',
    'Critics said the cost had doubled. “Nobody has explained where the money went,” said councillor Sean O’Brien, who voted against.',
    '',
    'What happens next',
    '',
    'Construction is expected to begin in the autumn, according to a spokesperson for the transport agency.',
    '',
    'Advertisement',
    '',
    'The agency told residents that two lanes would stay open during the works.',
  ].join('\n'),
  [
    "Minister rejects ''unfair'' criticism of school plan",
    'Maria García, AFP',
    'Updated 14:05 GMT',
    "PARIS -- The education minister on Monday rejected what she called ''unfair and misleading'' criticism of the plan.",
    "''We will not go back,'' she told reporters. ''The reform is fair.''",
    'Unions said they would strike next week.',
    'A union leader, who asked not to be named, said talks had collapsed.',
  ].join('\n'),
  [
    'Storm closes ports along the coast',
    '',
    'The storm arrived early on Monday, closing three ports and cutting power to',
    'more than 12,000 homes, officials said. Emergency crews worked through the',
    'night to clear roads.',
    '',
    '"We have never seen water this high," said Ahmed Al-Hassan, 54, who has run',
    'a bakery near the harbour for twenty years. "It came in through the floor."',
    '',
    'The weather service said the worst was over but warned of more rain on',
    'Wednesday.',
  ].join('\n'),
  [
    'Markets fall as talks stall',
    'Share this article',
    'Prices fell sharply in early trading.',
    '«Le marché a peur», a déclaré un analyste.',
    '„Wir sind besorgt“, sagte die Ministerin.',
    '‚Kurz‘ und ‹knapp›, schrieb er.',
    'Investors were cautious, analysts said, ahead of the central bank meeting.',
    'Background',
    'Talks between the two companies broke down in June after a row over prices.',
  ].join('\r\n'),
  [
    '\ufeffHospital opens new wing',
    '',
    'By\u00a0Priya Patel',
    '',
    'The hospital opened a new wing on Friday.\u2028It has 40 beds.',
    '',
    '“It is the first of its kind in the region,” the director said, “and it will not be the last.',
    '',
    '“We hope to open another in two years.”',
    '',
    'The project cost \u20ac12 million 😀 and took three years.',
  ].join('\n'),
  [
    'WASHINGTON (AP) — Lawmakers reached a deal late Thursday on the federal budget, averting a shutdown.',
    'The agreement, which still needs a vote, was announced by the Senate majority leader.',
    '"It is not perfect, but it is a deal," he said. "I urge my colleagues to support it."',
    'Several members said they had not seen the text. One called it "a mess."',
  ].join('\n'),
  [
    'Q&A: What the new rules mean for renters',
    '',
    'Who is affected?',
    '',
    'Anyone who rents a home from a private landlord, the ministry said in a statement.',
    '',
    'When do the rules start?',
    '',
    'In April. Landlords will have six months to comply.',
  ].join('\n'),
];

/** Mutation bases: texts to mutate and where they came from. */
export interface MutationBases {
  readonly texts: readonly string[];
  /** `corpus` when `../shared/corpus` supplied texts (the samples are added too), else `samples`. */
  readonly origin: 'corpus' | 'samples';
  readonly corpusCount: number;
}

/** Where the shared corpus lives: `../shared/corpus` from the project root. */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');

function readJsonl(file: string, limit: number, pick: (record: Record<string, unknown>) => string | null): string[] {
  if (!existsSync(file) || limit <= 0) return [];
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (line.trim() === '') continue;
    try {
      const text = pick(JSON.parse(line) as Record<string, unknown>);
      if (text !== null && text.length > 0) out.push(text);
    } catch {
      // A malformed line is skipped: the corpus is an optional extra, never a reason to fail.
    }
  }
  return out;
}

/**
 * Up to `limit` real articles from `../shared/corpus` (polnear-dev.jsonl texts, then naeb.jsonl
 * as title + blank line + body) plus {@link SAMPLE_ARTICLES}; only the samples when the corpus is
 * absent. Texts are read at test time and never copied into the project.
 */
export function loadMutationBases(limit = 200, dir = CORPUS_DIR): MutationBases {
  const polnear = readJsonl(resolve(dir, 'polnear-dev.jsonl'), limit, (r) => (typeof r.text === 'string' ? r.text : null));
  const naeb = readJsonl(resolve(dir, 'naeb.jsonl'), limit - polnear.length, (r) =>
    typeof r.body === 'string' ? (typeof r.title === 'string' ? `${r.title}\n\n${r.body}` : r.body) : null,
  );
  const corpus = [...polnear, ...naeb];
  return { texts: [...corpus, ...SAMPLE_ARTICLES], origin: corpus.length > 0 ? 'corpus' : 'samples', corpusCount: corpus.length };
}

/** One mutation of a text; positions are taken modulo the current length. */
export type Mutation =
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'duplicate'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly op: 'quotes'; readonly style: readonly [string, string] }
  | { readonly op: 'breaks'; readonly kind: 'crlf' | 'cr' | 'u2028' | 'single' | 'double' | 'join' | 'wrap'; readonly width: number }
  | { readonly op: 'truncate'; readonly at: number };

/** A {@link Mutation}. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(noiseArb, wordArb, quoteSentenceArb, fc.constantFrom('\n', '\n\n', ' ')) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }), to: fc.nat() }),
  fc.record({ op: fc.constant('quotes' as const), style: quoteStyleArb }),
  fc.record({
    op: fc.constant('breaks' as const),
    kind: fc.constantFrom('crlf' as const, 'cr' as const, 'u2028' as const, 'single' as const, 'double' as const, 'join' as const, 'wrap' as const),
    width: fc.integer({ min: 40, max: 100 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

const DOUBLE_OPENERS = new Set(['“', '„', '«', '»']);
const DOUBLE_MARKS = /[“”„«»"]/g;

/** Rewrites every double quotation mark to the style's opening or closing mark ("…" alternate). */
function swapQuotes(text: string, [open, close]: readonly [string, string]): string {
  let straightOpen = true;
  return text.replace(DOUBLE_MARKS, (m) => {
    if (m === '"') {
      const r = straightOpen ? open : close;
      straightOpen = !straightOpen;
      return r;
    }
    return DOUBLE_OPENERS.has(m) ? open : close;
  });
}

/** Applies one mutation. */
export function applyMutation(text: string, m: Mutation): string {
  const n = text.length;
  switch (m.op) {
    case 'delete': {
      const i = m.at % (n + 1);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'insert': {
      const i = m.at % (n + 1);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'duplicate': {
      const i = m.at % (n + 1);
      const piece = text.slice(i, i + m.length);
      const j = m.to % (n + 1);
      return text.slice(0, j) + piece + text.slice(j);
    }
    case 'quotes':
      return swapQuotes(text, m.style);
    case 'truncate':
      return text.slice(0, m.at % (n + 1));
    case 'breaks':
      switch (m.kind) {
        case 'crlf': return text.replace(/\r?\n/g, '\r\n');
        case 'cr': return text.replace(/\r?\n/g, '\r');
        case 'u2028': return text.replace(/\r?\n/g, '\u2028');
        case 'single': return text.replace(/\n{2,}/g, '\n');
        case 'double': return text.replace(/\n/g, '\n\n');
        case 'join': return text.split('\n').map((line) => line.trim()).join(' ');
        case 'wrap': return text.split('\n').map((line) => hardWrap(line, m.width)).join('\n');
      }
  }
}

/**
 * A mutated base text: a window of it (the whole text half the time, else up to 2,500 code
 * units from a random offset) with 0–6 {@link Mutation}s applied in order.
 */
export function mutatedArticleArb(bases: readonly string[]): fc.Arbitrary<string> {
  if (bases.length === 0) throw new Error('mutatedArticleArb needs at least one base text');
  return fc
    .record({
      base: fc.nat({ max: bases.length - 1 }),
      window: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2500 })), { freq: 2, nil: null }),
      mutations: fc.array(mutationArb, { maxLength: 6 }),
    })
    .map(({ base, window, mutations }) => {
      let text = bases[base] as string;
      if (window !== null) {
        const start = window[0] % (text.length + 1);
        text = text.slice(start, start + window[1]);
      }
      return mutations.reduce(applyMutation, text);
    });
}
