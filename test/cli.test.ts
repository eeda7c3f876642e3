/**
 * The command-line interface, run from source as a real process (`node --import tsx src/cli.ts`):
 * inputs (files, directories, stdin, JSON Lines), formats, failures that do not stop a batch,
 * exit codes, and `--jobs` keeping input order. The renderers are also checked in-process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../src/cli/args.js';
import { OutputWriter, renderText } from '../src/cli/output.js';
import { parseArticle, type Article } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src', 'cli.ts');
/** Each spawn starts Node and tsx (about a second on a busy machine); a batch with workers, more. */
const TIMEOUT = 60_000;

/** Invented articles (never corpus text): a headline, a byline, a dateline, quotes, a subheading. */
const HARBOUR = `Harbour bridge to reopen after repairs

By Maria Lopez

PORTSMOUTH, March 3 -- The harbour bridge will reopen to traffic next week, the city council said on Tuesday.

"The repairs took longer than we hoped, but the bridge is safe," said Tom Reed, the council's chief engineer.

Traffic plans

"Buses will use the bridge first," Reed said.
`;
const ORCHARD = `Village orchard wins national prize

The orchard on Mill Lane has won this year's heritage fruit award, its volunteers said.

"We planted the first trees forty years ago," said Ann Carter, who leads the group.
`;
const LIBRARY = `Library extends weekend opening hours

The central library will open on Sundays from next month, the county said.

"Students asked for it, and we listened," said Raj Patel, the head librarian.
`;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], stdin = ''): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The records of a jsonl output. */
function records(stdout: string): { input: string | number; article?: Article; error?: { code: string; message: string } }[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { input: string | number; article?: Article; error?: { code: string; message: string } });
}

let dir: string;
const path = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nap-cli-'));
  writeFileSync(path('harbour.txt'), HARBOUR);
  writeFileSync(path('orchard.txt'), ORCHARD);
  writeFileSync(path('library.txt'), LIBRARY);
  mkdirSync(path('corpus/b/deeper'), { recursive: true });
  writeFileSync(path('corpus/b/deeper/3.txt'), LIBRARY);
  writeFileSync(path('corpus/b/1.txt'), ORCHARD);
  writeFileSync(path('corpus/a.txt'), HARBOUR);
  writeFileSync(path('corpus/notes.md'), 'not an article input');
  mkdirSync(path('many'));
  // Distinct texts, so that a mix-up of order would show in the output.
  const texts = [HARBOUR, ORCHARD, LIBRARY];
  for (let i = 0; i < 12; i++) writeFileSync(path(`many/${String(i).padStart(2, '0')}.txt`), `${texts[i % 3] ?? ''}\nStory ${i}.\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs', () => {
  it('parses 3 files into one jsonl record each, in argument order', { timeout: TIMEOUT }, () => {
    const run = cli([path('orchard.txt'), path('harbour.txt'), path('library.txt')]);
    expect(run.status).toBe(0);
    const out = records(run.stdout);
    expect(out.map((r) => r.input)).toEqual([path('orchard.txt'), path('harbour.txt'), path('library.txt')]);
    expect(out.map((r) => r.article?.headline?.text)).toEqual([
      'Village orchard wins national prize',
      'Harbour bridge to reopen after repairs',
      'Library extends weekend opening hours',
    ]);
    expect(run.stderr).toBe('');
  });

  it('searches a directory recursively for *.txt, in sorted order', { timeout: TIMEOUT }, () => {
    const run = cli([path('corpus')]);
    expect(run.status).toBe(0);
    expect(records(run.stdout).map((r) => r.input)).toEqual([path('corpus/a.txt'), path('corpus/b/1.txt'), path('corpus/b/deeper/3.txt')]);
  });

  it('reads standard input when no input is given, and for "-", printing the bare Article as JSON', { timeout: TIMEOUT }, () => {
    const implicit = cli([], HARBOUR);
    expect(implicit.status).toBe(0);
    const article = JSON.parse(implicit.stdout) as Article;
    expect(article).toEqual(parseArticle(HARBOUR));
    expect(implicit.stdout).toContain('\n  "headline"'); // pretty
    expect(cli(['-'], HARBOUR).stdout).toBe(implicit.stdout);
  });

  it('reads JSON Lines records with --field, named by id or line number; a bad record fails alone', { timeout: TIMEOUT }, () => {
    const lines = [
      JSON.stringify({ id: 'orchard-1', body: ORCHARD }),
      '',
      JSON.stringify({ body: LIBRARY }),
      JSON.stringify({ id: 7, text: 'no body field' }),
      '{not json',
    ];
    writeFileSync(path('data.jsonl'), `${lines.join('\n')}\n`);
    const run = cli(['--jsonl', '--field', 'body', path('data.jsonl')]);
    expect(run.status).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r.input)).toEqual(['orchard-1', 3, 7, 5]);
    expect(out[0]?.article?.headline?.text).toBe('Village orchard wins national prize');
    expect(out[1]?.article?.headline?.text).toBe('Library extends weekend opening hours');
    expect(out.slice(2).map((r) => r.error?.code)).toEqual(['INVALID_RECORD', 'INVALID_RECORD']);
    expect(run.stderr).toContain(`7: INVALID_RECORD: ${path('data.jsonl')}:4: no string "body" field`);
    expect(run.stderr).toContain(`5: INVALID_RECORD: ${path('data.jsonl')}:5: not JSON`);
    // From standard input, with the default field.
    const piped = cli(['--jsonl'], `${JSON.stringify({ id: 'x', text: LIBRARY })}\n`);
    expect(piped.status).toBe(0);
    expect(records(piped.stdout).map((r) => r.input)).toEqual(['x']);
  });
});

describe('failures', () => {
  it('reports a missing file by name, prints the others, and exits 1', { timeout: TIMEOUT }, () => {
    const missing = path('missing.txt');
    const run = cli([path('harbour.txt'), missing, path('orchard.txt')]);
    expect(run.status).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r.input)).toEqual([path('harbour.txt'), missing, path('orchard.txt')]);
    expect(out[1]?.error?.code).toBe('READ_ERROR');
    expect(out[0]?.article).toBeDefined();
    expect(out[2]?.article).toBeDefined();
    expect(run.stderr).toMatch(new RegExp(`^news-article-parser: ${missing}: READ_ERROR: ENOENT`));
  });

  it('fails an input longer than --max-length with INPUT_TOO_LARGE, and parses it with a larger one', { timeout: TIMEOUT }, () => {
    const small = cli(['--max-length', '100', path('harbour.txt')]);
    expect(small.status).toBe(1);
    expect(small.stdout).toBe('');
    expect(small.stderr).toContain(`${path('harbour.txt')}: INPUT_TOO_LARGE`);
    const large = cli(['--max-length', '100000', path('harbour.txt')]);
    expect(large.status).toBe(0);
    expect((JSON.parse(large.stdout) as Article).headline?.text).toBe('Harbour bridge to reopen after repairs');
  });

  it('exits 2 on an unknown option or a malformed value', { timeout: TIMEOUT }, () => {
    const unknown = cli(['--pretty', path('harbour.txt')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--pretty'");
    expect(unknown.stdout).toBe('');
  });
});

describe('--jobs', () => {
  it('gives the same output in the same order with 2 workers as with 1', { timeout: TIMEOUT }, () => {
    const args = ['--format', 'jsonl', path('many'), path('missing.txt'), path('harbour.txt')];
    const one = cli(['--jobs', '1', ...args]);
    const two = cli(['--jobs', '2', ...args]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(records(one.stdout)).toHaveLength(14);
    expect(records(one.stdout)[0]?.input).toBe(path('many/00.txt'));
  });
});

describe('--version and --help', () => {
  it('prints the version from package.json', { timeout: TIMEOUT }, () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = cli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it('lists every option, the formats and the exit codes', { timeout: TIMEOUT }, () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    for (const option of ['--format', '--jsonl', '--field', '--max-length', '--jobs', '--output', '--version', '--help']) {
      expect(run.stdout).toContain(option);
    }
    for (const format of ['jsonl', 'json', 'text']) expect(run.stdout).toMatch(new RegExp(`^  ${format} `, 'm'));
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });
});

describe('--format', () => {
  it('jsonl: one record for a single file too', { timeout: TIMEOUT }, () => {
    const run = cli(['--format', 'jsonl', path('orchard.txt')]);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(records(run.stdout)[0]?.input).toBe(path('orchard.txt'));
  });

  it('json: a pretty array of records for a batch, errors included', { timeout: TIMEOUT }, () => {
    const run = cli(['-f', 'json', path('orchard.txt'), path('missing.txt')]);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { input: string; article?: Article; error?: { code: string } }[];
    expect(out.map((r) => r.input)).toEqual([path('orchard.txt'), path('missing.txt')]);
    expect(out[1]?.error?.code).toBe('READ_ERROR');
    expect(run.stdout.startsWith('[\n  {\n    "input"')).toBe(true);
  });

  it('text: headline, byline, dateline, headings and each quote with speaker and source', { timeout: TIMEOUT }, () => {
    const run = cli(['--format', 'text', path('harbour.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${renderText(parseArticle(HARBOUR))}\n`);
    const batch = cli(['--format', 'text', path('harbour.txt'), path('orchard.txt')]);
    expect(batch.stdout).toContain(`== ${path('harbour.txt')} ==\nHarbour bridge to reopen after repairs\n`);
    expect(batch.stdout).toContain(`\n\n== ${path('orchard.txt')} ==\nVillage orchard wins national prize\n`);
  });

  it('--output writes to a file instead of standard output', { timeout: TIMEOUT }, () => {
    const run = cli(['--output', path('out.jsonl'), path('harbour.txt'), path('library.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(records(readFileSync(path('out.jsonl'), 'utf8')).map((r) => r.input)).toEqual([path('harbour.txt'), path('library.txt')]);
  });
});

describe('in-process pieces', () => {
  it('the text view shows speakers as written and the sources they resolve to', () => {
    const view = renderText(parseArticle(HARBOUR));
    expect(view.split('\n').slice(0, 3)).toEqual(['Harbour bridge to reopen after repairs', 'By Maria Lopez', 'PORTSMOUTH, March 3 --']);
    expect(view).toContain('"The repairs took longer than we hoped, but the bridge is safe"\n      — Tom Reed (said) → Tom Reed');
    expect(view).toContain('## Traffic plans');
    expect(view).toMatch(/— Reed \(said\) → Tom Reed/);
  });

  it('a json batch with nothing to print is an empty array', () => {
    let out = '';
    const writer = new OutputWriter({ write: (text) => (out += text) }, { format: 'json', batch: true });
    writer.end();
    expect(out).toBe('[]\n');
  });

  it('rejects malformed values and --field without --jsonl as usage errors', () => {
    expect(parseCommand(['--jobs', '0'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCommand(['--max-length', '1e3'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCommand(['--format', 'xml'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCommand(['--field', 'body', 'a.jsonl'])).toMatchObject({ kind: 'usage-error', message: '--field needs --jsonl' });
    expect(parseCommand(['-', '-'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCommand(['-j', '3', 'a.txt'])).toMatchObject({ kind: 'run', settings: { jobs: 3, inputs: ['a.txt'], field: 'text' } });
  });
});
