/**
 * `npm run size`: the browser bundle a user's bundler makes of the built library — minified, with
 * zod — gzipped, against the budget; and, for comparison, the library code alone (zod left out)
 * and the cost of importing only the error guard. Exits 1 when the full bundle is over budget.
 * Run after `npm run build` (it bundles `dist/index.js`, the file users import).
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The budget for the minified, gzipped bundle of `parseArticle` with zod, in bytes (94 KB). Raised
 * from 80 KB when issue 11 (title, affiliation and gender of sources, with their word lists) and
 * issue 14 (layout rules and furniture data) took the bundle to 80.4 KB, from 85 KB when the
 * issue 10 rules for colon-introduced quotations, cues with adverbs among their auxiliaries and
 * quote-only verbs took it to 85.2 KB, and from 86 KB when the first-name list of issue 11 (1,305
 * names from the SSA records, 5.2 KB gzipped) and that session's attribution rules (quoted-as,
 * unclosed appositives, coordinated roles, lost paragraph breaks, placed roles) took it to 91.8 KB,
 * and from 92 KB when the next session's rules (dash signatures, nicknames, colons that hand on
 * across paragraphs, marker-less Q&A answers, titles before a speaker, offices kept by a
 * description, names "which" takes up) took it to 93.5 KB: the growth is rules and lexicons, not
 * dependencies.
 */
export const BUDGET_GZIP_BYTES = 94 * 1024;

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));

interface Measure {
  readonly label: string;
  readonly minified: number;
  readonly gzipped: number;
}

/** Bundles `code` (importing the built library) for the browser, minified; `external` packages are left out. */
async function measure(label: string, code: string, external: string[]): Promise<Measure> {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { label, minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!existsSync(DIST)) {
    console.error('dist/index.js not found: run `npm run build` first.');
    process.exitCode = 2;
    return;
  }
  const lib = JSON.stringify(DIST);
  const rows = [
    await measure('parseArticle with zod', `export { parseArticle } from ${lib};`, []),
    await measure('parseArticle, library code alone (zod external)', `export { parseArticle } from ${lib};`, ['zod']),
    await measure('isArticleParseError alone, with zod', `export { isArticleParseError } from ${lib};`, []),
  ];
  console.log('Browser bundle size — esbuild, minified, ES2022; gzip level 9 (KB = 1,024 bytes)');
  for (const r of rows) console.log(`  ${r.label.padEnd(50)} ${kb(r.minified).padStart(9)} minified  ${kb(r.gzipped).padStart(8)} gzipped`);
  const full = rows[0] as Measure;
  const verdict = full.gzipped <= BUDGET_GZIP_BYTES ? 'within' : 'OVER';
  console.log(`  budget: ${kb(BUDGET_GZIP_BYTES)} gzipped for parseArticle with zod — ${verdict} (${kb(full.gzipped)})`);
  if (full.gzipped > BUDGET_GZIP_BYTES) process.exitCode = 1;
}

await main();
