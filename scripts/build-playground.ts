/**
 * Builds the playground page into the docs site (`npm run docs` runs it after typedoc, which
 * empties `docs-site/` first): esbuild bundles the parse worker (the library source) and then the
 * page script with the worker inlined, next to the page's HTML and CSS. Static files only.
 *
 * Usage: tsx scripts/build-playground.ts [outDir]   (default docs-site/playground)
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'playground');

/** Where `npm run docs` puts the page. */
export const DEFAULT_PLAYGROUND_DIR = join(ROOT, 'docs-site', 'playground');

/**
 * Writes `index.html`, `playground.css` and `playground.js` into `outDir`.
 *
 * @param outDir - The directory to write to; created if missing.
 * @returns The path of the page's `index.html`.
 *
 * @example
 * ```ts
 * const page = await buildPlayground(mkdtempSync(join(tmpdir(), 'playground-')));
 * ```
 */
export async function buildPlayground(outDir: string = DEFAULT_PLAYGROUND_DIR): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  // Classic scripts (iife): they also run from file://, where module scripts are blocked.
  const common = { bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true, logLevel: 'warning' } as const;
  // The worker holds the library; the page gets the worker's code as a string (see parser-client.ts).
  const worker = await build({ ...common, entryPoints: [join(SOURCE, 'parse-worker.ts')], write: false });
  const workerSource = worker.outputFiles[0]?.text;
  if (workerSource === undefined) throw new Error('build-playground: esbuild wrote no worker bundle');
  await build({
    ...common,
    entryPoints: [join(SOURCE, 'main.ts')],
    outfile: join(outDir, 'playground.js'),
    sourcemap: true,
    loader: { '.txt': 'text' },
    define: { PARSE_WORKER_SOURCE: JSON.stringify(workerSource) },
  });
  for (const file of ['index.html', 'playground.css']) copyFileSync(join(SOURCE, file), join(outDir, file));
  return join(outDir, 'index.html');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const page = await buildPlayground(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  console.log(`playground: ${page}`);
}
