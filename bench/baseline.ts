/**
 * Another commit of the library, built beside this tree for a same-run comparison: the machines
 * here are shared and noisy, so a speed-up is only believable as a ratio measured in one run.
 * The commit is checked out in a temporary git worktree that borrows this tree's node_modules,
 * built with its own tsup config, and its bundle loaded like this tree's.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchLibrary } from './corpus-bench.js';
import { PROJECT_ROOT } from './corpus.js';

/** A built commit: its library, and how to remove its worktree. */
export interface Baseline {
  readonly lib: BenchLibrary;
  /** The full commit hash that was built. */
  readonly commit: string;
  /** Removes the temporary worktree. */
  readonly remove: () => void;
}

function git(args: readonly string[], cwd = PROJECT_ROOT): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Builds `rev` (any git revision: `HEAD~3`, a tag, a hash) and loads its `dist/index.js`. Throws when it cannot. */
export async function buildBaseline(rev: string): Promise<Baseline> {
  const commit = git(['rev-parse', '--verify', `${rev}^{commit}`]);
  const dir = join(mkdtempSync(join(tmpdir(), 'nap-baseline-')), 'tree');
  git(['worktree', 'add', '--detach', dir, commit]);
  const remove = (): void => {
    git(['worktree', 'remove', '--force', dir]);
  };
  try {
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsup'), { cwd: dir, stdio: 'ignore' });
    const dist = join(dir, 'dist', 'index.js');
    if (!existsSync(dist)) throw new Error(`building ${rev} made no dist/index.js`);
    const lib = (await import(pathToFileURL(dist).href)) as Omit<BenchLibrary, 'label'>;
    return { lib: { parseArticle: lib.parseArticle, ArticleSchema: lib.ArticleSchema, label: `${rev} (${commit.slice(0, 7)})` }, commit, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
