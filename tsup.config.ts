import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** The library's entry (npm runs the build from the project root), imported by the CLI as `../index.js`. */
const LIBRARY_ENTRY = resolve('src/index.js');

/**
 * Makes the CLI's imports of the library entry external, pointing at `./index.js` beside
 * `dist/cli.js`: the CLI then runs the library the package ships instead of bundling a second copy.
 */
const libraryExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-external',
  setup(build) {
    build.onResolve({ filter: /\/index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path) === LIBRARY_ENTRY ? { path: './index.js', external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The CLI is the one place Node APIs are allowed; it is ESM-only, imports the library from
    // dist/index.js, and is its own worker script for --jobs, so it is a single file.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['zod'],
    esbuildPlugins: [libraryExternal],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
