/**
 * Command-line entry: `news-article-parser [file]` parses a file (or standard input) and prints the
 * Article as JSON. The one module allowed to use Node APIs.
 * @module
 */
import { readFileSync } from 'node:fs';
import { safeParseArticle } from './index.js';

const USAGE = 'Usage: news-article-parser [FILE]   (reads standard input when FILE is omitted or "-")';

function main(argv: readonly string[]): number {
  const arg = argv[0];
  if (arg === '-h' || arg === '--help') {
    process.stdout.write(`${USAGE}\nParses a plain-text news article and prints the Article as JSON.\n`);
    return 0;
  }
  let text: string;
  try {
    text = readFileSync(arg === undefined || arg === '-' ? 0 : arg, 'utf8');
  } catch (error) {
    process.stderr.write(`news-article-parser: cannot read ${arg ?? 'standard input'}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = safeParseArticle(text);
  if (!result.success) {
    process.stderr.write(`news-article-parser: ${result.error.code}: ${result.error.message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
