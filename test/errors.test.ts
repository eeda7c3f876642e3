/**
 * Every ArticleParseError code with a real trigger, the messages and offsets they carry, the
 * agreement between `parseArticle` (throws) and `safeParseArticle` (returns), and the
 * cross-copy / cross-realm `isArticleParseError` guard.
 */
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ArticleParseError,
  ERROR_CODES,
  isArticleParseError,
  parseArticle,
  safeParseArticle,
  type ArticleParseErrorCode,
  type ParseOptions,
} from '../src/index.js';
import { assertArticleInvariants } from './invariants.js';

/** Calls `parseArticle` with anything (the API is typed for strings; callers in JS are not). */
function parseAny(input: unknown, options?: unknown): unknown {
  return parseArticle(input as string, options as ParseOptions);
}

/** The error `parseArticle` throws for these arguments (fails the test if it does not throw one). */
function thrown(input: unknown, options?: unknown): ArticleParseError {
  try {
    parseAny(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError);
    return error as ArticleParseError;
  }
  throw new Error(`parseArticle did not throw for ${String(input)}`);
}

/**
 * Both entry points agree: `parseArticle` throws an ArticleParseError with `code`, and
 * `safeParseArticle` returns `{ success: false }` with an error of the same code, message and
 * offset. Returns the thrown error.
 */
function expectFailure(input: unknown, code: ArticleParseErrorCode, options?: unknown): ArticleParseError {
  const error = thrown(input, options);
  expect(error.code).toBe(code);
  expect(error.name).toBe('ArticleParseError');
  expect(isArticleParseError(error)).toBe(true);
  expect(error.message.length).toBeGreaterThan(10);
  const result = safeParseArticle(input as string, options as ParseOptions);
  expect(result.success).toBe(false);
  if (result.success) throw new Error('unreachable');
  expect(result.error).toBeInstanceOf(ArticleParseError);
  expect({ code: result.error.code, message: result.error.message, offset: result.error.offset }).toEqual({
    code: error.code,
    message: error.message,
    offset: error.offset,
  });
  return error;
}

/** The codes this file triggers for real; INTERNAL_ERROR needs a broken parser (simulated below). */
const triggered = new Set<ArticleParseErrorCode>();
function expectCode(input: unknown, code: ArticleParseErrorCode, options?: unknown): ArticleParseError {
  triggered.add(code);
  return expectFailure(input, code, options);
}

describe('INVALID_INPUT: the input is not a string', () => {
  it.each([
    ['undefined', undefined, /undefined/],
    ['null', null, /null/],
    ['a number', 42, /number/],
    ['NaN', Number.NaN, /number/],
    ['a boolean', true, /boolean/],
    ['a Buffer', Buffer.from('Headline\n\nBody text.'), /object|buffer/i],
    ['a plain object', { text: 'Headline\n\nBody.' }, /object/],
    ['an array', ['Headline', 'Body.'], /array/],
    ['a String object', new String('Headline\n\nBody.'), /object/],
    ['a symbol', Symbol('x'), /symbol/],
    ['a function', () => 'text', /function/],
  ])('%s', (_what, input, mentions) => {
    const error = expectCode(input, 'INVALID_INPUT');
    expect(error.message).toMatch(/string/);
    expect(error.message).toMatch(mentions);
    expect(error.offset).toBeUndefined();
  });
});

describe('EMPTY_INPUT: nothing to read', () => {
  it.each([
    ['the empty string', '', /empty/],
    ['spaces', '    ', /whitespace|invisible/],
    ['whitespace of every kind', ' \t\n\r\n\f\v\u00a0\u2028\u2029\u3000\u202f', /whitespace|invisible/],
    ['only zero-width characters and NBSP', '\u200b\u200c\u200d\u2060\u00a0\u00ad\ufeff', /whitespace|invisible/],
    ['a BOM and blank lines', '\ufeff\n\n\n', /whitespace|invisible/],
  ])('%s', (_what, input, says) => {
    const error = expectCode(input, 'EMPTY_INPUT');
    expect(error.message).toMatch(says);
    expect(error.offset).toBeUndefined();
  });
});

describe('INPUT_TOO_LARGE: longer than options.maxLength', () => {
  it('reports the length and the limit, at offset maxLength', () => {
    const input = 'Headline\n\nA paragraph of body text.';
    const error = expectCode(input, 'INPUT_TOO_LARGE', { maxLength: 10 });
    expect(error.offset).toBe(10);
    expect(error.message).toContain(String(input.length));
    expect(error.message).toContain('10');
    expect(error.message).toMatch(/maxLength/);
  });

  it('is checked before emptiness: a long blank input is too large, not empty', () => {
    expect(expectCode(' '.repeat(50), 'INPUT_TOO_LARGE', { maxLength: 49 }).offset).toBe(49);
  });

  it('accepts input exactly maxLength long, and counts UTF-16 code units', () => {
    const input = 'Emoji 😀 headline\n\nBody.';
    expect(parseArticle(input, { maxLength: input.length }).paragraphs).toHaveLength(1);
    // '😀' is two code units: the same text one unit shorter is too long.
    expect(expectCode(input, 'INPUT_TOO_LARGE', { maxLength: input.length - 1 }).offset).toBe(input.length - 1);
  });
});

describe('BINARY_INPUT: control characters, not text', () => {
  it('NUL-heavy text, offset at the first control character', () => {
    const input = `Title${'\u0000'.repeat(20)}more`;
    const error = expectCode(input, 'BINARY_INPUT');
    expect(error.offset).toBe(5);
    expect(error.message).toMatch(/binary/i);
    expect(error.message).toContain('offset 5');
    expect(error.message).toContain('20');
  });

  it('only control characters, offset 0', () => {
    expect(expectCode('\u0000\u0001\u0002', 'BINARY_INPUT').offset).toBe(0);
  });

  it('a PNG-like header', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';
    expect(expectCode(png, 'BINARY_INPUT').offset).toBe(0);
  });

  it('C1 controls count as control characters', () => {
    const input = `ab${'\u0085\u009f'.repeat(5)}`;
    expect(expectCode(input, 'BINARY_INPUT').offset).toBe(2);
  });

  it('a sparse NUL inside ordinary text is not binary', () => {
    const input = `Storm hits coast\n\nThe storm arrived on Monday\u0000 and left on Tuesday, officials said.`;
    const article = parseArticle(input);
    assertArticleInvariants(input, article);
  });
});

describe('INVALID_OPTIONS: options of the wrong type or range', () => {
  it.each([
    ['maxLength: -1', { maxLength: -1 }, /maxLength/],
    ['maxLength: 0', { maxLength: 0 }, /maxLength/],
    ['maxLength: 1.5', { maxLength: 1.5 }, /maxLength/],
    ['maxLength: NaN', { maxLength: Number.NaN }, /maxLength/],
    ["maxLength: 'x'", { maxLength: 'x' }, /maxLength/],
    ["validate: 'yes'", { validate: 'yes' }, /validate/],
    ['an unknown key', { maxLenght: 100 }, /maxLenght/],
    ['null', null, /options/],
    ['a string', 'strict', /options/],
    ['a number', 5, /options/],
    ['an array', [], /options/],
  ])('%s', (_what, options, names) => {
    const error = expectCode('Headline\n\nBody text.', 'INVALID_OPTIONS', options);
    expect(error.message).toMatch(/^Invalid options/);
    expect(error.message).toMatch(names);
    expect(error.offset).toBeUndefined();
  });

  it('an options object that throws when read is INVALID_OPTIONS, not the raw error', () => {
    const getter = { get maxLength(): number { throw new Error('boom'); } };
    const trap = new Proxy({}, { ownKeys: () => { throw new TypeError('trap'); } });
    for (const options of [getter, trap]) {
      const error = expectCode('Headline\n\nBody text.', 'INVALID_OPTIONS', options);
      expect(error.message).toMatch(/^Invalid options: reading the options object threw/);
      expect(() => parseArticle('Headline\n\nBody text.', options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    }
  });

  it('options are checked before the input', () => {
    expectCode(undefined, 'INVALID_OPTIONS', { maxLength: -1 });
  });
});

describe('INTERNAL_ERROR: a parser bug is reported, never thrown by safeParseArticle', () => {
  afterEach(() => {
    vi.doUnmock('../src/structure/parse-structure.js');
    vi.resetModules();
  });

  async function withBrokenStructure(structure: () => unknown): Promise<typeof import('../src/parse-article.js')> {
    vi.resetModules();
    vi.doMock('../src/structure/parse-structure.js', () => ({ parseStructure: structure }));
    return import('../src/parse-article.js');
  }

  it('output that fails ArticleSchema', async () => {
    const broken = { headline: { start: 5, end: 2, text: 'x' }, byline: null, dateline: null, paragraphs: [], sections: [] };
    const lib = await withBrokenStructure(() => broken);
    const result = lib.safeParseArticle('Headline\n\nBody.');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(isArticleParseError(result.error)).toBe(true);
    expect(result.error.code).toBe('INTERNAL_ERROR');
    expect(result.error.message).toMatch(/ArticleSchema/);
    expect(result.error.message).toMatch(/headline/);
    expect(() => lib.parseArticle('Headline\n\nBody.')).toThrow(/ArticleSchema/);
    // validate: false returns what the stages produced, unchecked.
    expect(lib.parseArticle('Headline\n\nBody.', { validate: false }).headline).toEqual(broken.headline);
    triggered.add('INTERNAL_ERROR');
  });

  it('an unexpected exception inside the parser', async () => {
    const lib = await withBrokenStructure(() => {
      throw new TypeError('boom');
    });
    const result = lib.safeParseArticle('Headline\n\nBody.');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('INTERNAL_ERROR');
    expect(result.error.message).toContain('boom');
    expect(result.error.cause).toBeInstanceOf(TypeError);
  });
});

describe('every error code has a trigger', () => {
  it('covers ERROR_CODES', () => {
    expect([...triggered].sort()).toEqual([...ERROR_CODES].sort());
  });
});

describe('isArticleParseError', () => {
  const BRAND = Symbol.for('news-article-parser.ArticleParseError');

  it('is true for errors from this copy of the library', () => {
    expect(isArticleParseError(new ArticleParseError('EMPTY_INPUT', 'The input is empty.'))).toBe(true);
    const result = safeParseArticle('');
    expect(!result.success && isArticleParseError(result.error)).toBe(true);
  });

  it('is true for errors from another copy of the module, where instanceof fails', async () => {
    // A query string makes the module loader evaluate a second, independent copy of errors.ts,
    // just as a duplicate install of the package would.
    const specifier = '../src/errors.ts?copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('../src/errors.js');
    expect(copy.ArticleParseError).not.toBe(ArticleParseError);
    const foreign = new copy.ArticleParseError('BINARY_INPUT', 'binary', { offset: 3 });
    expect(foreign).not.toBeInstanceOf(ArticleParseError);
    expect(isArticleParseError(foreign)).toBe(true);
    // And the other copy's guard recognises this copy's errors.
    expect(copy.isArticleParseError(new ArticleParseError('EMPTY_INPUT', 'empty'))).toBe(true);
  });

  it('is true for an error created in another realm (node:vm context)', () => {
    const foreign: unknown = runInNewContext(
      `const e = new Error('The input is empty.');
       e.name = 'ArticleParseError';
       e.code = 'EMPTY_INPUT';
       Object.defineProperty(e, Symbol.for('news-article-parser.ArticleParseError'), { value: true });
       e;`,
    );
    expect(foreign instanceof Error).toBe(false);
    expect(isArticleParseError(foreign)).toBe(true);
  });

  it('is false for plain errors, non-objects and look-alikes without the brand', () => {
    expect(isArticleParseError(new Error('x'))).toBe(false);
    expect(isArticleParseError(null)).toBe(false);
    expect(isArticleParseError(undefined)).toBe(false);
    expect(isArticleParseError('ArticleParseError')).toBe(false);
    expect(isArticleParseError(42)).toBe(false);
    expect(isArticleParseError({ name: 'ArticleParseError', code: 'EMPTY_INPUT', message: 'The input is empty.' })).toBe(false);
    expect(isArticleParseError(Object.assign(new Error('x'), { name: 'ArticleParseError', code: 'EMPTY_INPUT' }))).toBe(false);
    // The brand must be exactly `true`, and an unregistered symbol of the same description is not it.
    expect(isArticleParseError({ [BRAND]: 'true' })).toBe(false);
    expect(isArticleParseError({ [BRAND]: 1 })).toBe(false);
    expect(isArticleParseError({ [Symbol('news-article-parser.ArticleParseError')]: true })).toBe(false);
  });

  it('does not brand the prototype: only constructed errors carry it', () => {
    expect(isArticleParseError(Object.create(ArticleParseError.prototype))).toBe(false);
    expect(isArticleParseError(ArticleParseError.prototype)).toBe(false);
  });
});

describe('strange but textual input parses without error', () => {
  it.each([
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
    ['reversed surrogates between words', 'Headline \udc00\ud800\n\nBody \ud83d text.'],
    ['only punctuation', '!!! ... ??? — «» “”'],
    ['only quotation marks', '"\'“”‘’«»„‚‹›``\'\''],
    ['a single word', 'Hello'],
    ['a single character', 'x'],
    ['a single emoji', '😀'],
    ['a combining mark alone', '\u0301'],
    ['right-to-left text', 'قال المتحدث إن الاجتماع انتهى.\n\nשלום עולם.'],
    ['one very long line', `${'word '.repeat(20_000)}end.`],
    ['many blank lines around one word', `\n\n\n\r\n\u2028  word  \n\n\n`],
    ['a sparse NUL', `Title\n\nSome text\u0000 with a NUL in the middle of a long enough sentence.`],
    ['a BOM then text', '\ufeffHeadline\r\n\r\nBody text.'],
  ])('%s', (_what, input) => {
    const result = safeParseArticle(input);
    if (!result.success) throw new Error(`${result.error.code}: ${result.error.message}`);
    assertArticleInvariants(input, result.data);
    expect(result.data.paragraphs.length + (result.data.headline ? 1 : 0) + (result.data.byline ? 1 : 0)).toBeGreaterThan(0);
  });
});
