/**
 * Command-line entry of `news-article-parser` (see docs/cli.md, or run it with `--help`). The
 * CLI's code lives in `src/cli/`; like this file it may use Node APIs, which the library may not.
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import { main } from './cli/main.js';
import { serveWorker } from './cli/pool.js';

// This module is also the worker script of `--jobs` (see cli/pool.ts): one file to ship and find.
if (isMainThread) process.exitCode = await main(process.argv.slice(2), new URL(import.meta.url));
else serveWorker();
