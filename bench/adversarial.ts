/**
 * `npm run bench:adversarial`: parses pathological and generated inputs at 256 K and 4 M UTF-16
 * code units and exits non-zero when any shape is not linear in time or peak heap, or is far
 * slower than real articles (see `adversarial-run.ts`). Takes about ten minutes with the default
 * 40 generated units.
 * @module
 */
import { adversarialReportJson, formatAdversarialReport, progress, runAdversarial } from './adversarial-run.js';
import { parseBenchArgs } from './args.js';
import { corpusDir } from './corpus.js';

async function main(): Promise<void> {
  const args = parseBenchArgs('adversarial', process.argv.slice(2));
  if (args === null) return;
  const set = { seed: args.seed, generated: args.generated, corpus: corpusDir(args.corpus) };
  const report = await runAdversarial({ filter: args.shape, set, onShape: progress });
  console.log(args.json ? JSON.stringify(adversarialReportJson(report), null, 2) : formatAdversarialReport(report));
  if (report.failed.length > 0) process.exitCode = 1;
}

await main();
