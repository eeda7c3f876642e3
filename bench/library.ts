/**
 * Which build of the library the corpus benchmark times: the bundle in `dist/` that users install
 * (`npm run build` makes it; CI builds before benchmarking), else the TypeScript sources through
 * tsx, which runs the same code about a third slower (per-module transforms, no bundling).
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchLibrary } from './corpus-bench.js';

const DIST = new URL('../dist/index.js', import.meta.url);

/** Loads `parseArticle` and `ArticleSchema` from the built bundle when present, else from `src/`. */
export async function loadLibrary(): Promise<BenchLibrary> {
  if (existsSync(fileURLToPath(DIST))) {
    const lib = (await import(DIST.href)) as Omit<BenchLibrary, 'label'>;
    return { parseArticle: lib.parseArticle, ArticleSchema: lib.ArticleSchema, label: 'dist/index.js (the built bundle)' };
  }
  const lib = await import('../src/index.js');
  return { parseArticle: lib.parseArticle, ArticleSchema: lib.ArticleSchema, label: 'src/ through tsx (run `npm run build` to time the bundle)' };
}
