/**
 * `npm run bench`: throughput of the parser over the BBC News corpus (and PolNeAR dev) against
 * compromise, validation cost and memory (see `corpus-bench.ts`), the CLI's batch throughput with
 * 1 and 2 jobs (see `cli-bench.ts`, which needs `npm run build`), then the adversarial shapes
 * (see `adversarial-run.ts`). Exits 0 when the corpus is absent (after the adversarial shapes,
 * which need no corpus), and non-zero when an adversarial shape fails.
 * @module
 */
import { adversarialReportJson, formatAdversarialReport, progress, runAdversarial, type AdversarialReport } from './adversarial-run.js';
import { parseBenchArgs } from './args.js';
import { cliReportJson, formatCliReport, runCliBench } from './cli-bench.js';
import { corpusReportJson, formatCorpusReport, runCorpusBench } from './corpus-bench.js';
import { CORPUS_FILES, corpusDir } from './corpus.js';
import { loadLibrary } from './library.js';

async function main(): Promise<void> {
  const args = parseBenchArgs('bench', process.argv.slice(2));
  if (args === null) return;
  const dir = corpusDir(args.corpus);
  const corpus = runCorpusBench(dir, await loadLibrary());
  const missing = `Corpus not found: ${dir}/${CORPUS_FILES.bbc} is absent, so the corpus benchmark is skipped.`;
  if (!args.json) console.log(corpus === null ? missing : formatCorpusReport(corpus));
  const cli = await runCliBench(dir);
  if (!args.json) {
    console.log(`\n${formatCliReport(cli)}`);
    if (args.adversarial) console.log('');
  }
  let adversarial: AdversarialReport | null = null;
  if (args.adversarial) {
    adversarial = await runAdversarial({ filter: args.shape, set: { seed: args.seed, generated: args.generated, corpus: dir }, onShape: progress });
    if (!args.json) console.log(formatAdversarialReport(adversarial));
  }
  if (args.json) {
    console.log(
      JSON.stringify(
        {
          corpus: corpus === null ? null : corpusReportJson(corpus),
          corpusMissing: corpus === null ? missing : null,
          cli: cliReportJson(cli),
          cliSkipped: typeof cli === 'string' ? cli : null,
          adversarial: adversarial === null ? null : adversarialReportJson(adversarial),
        },
        null,
        2,
      ),
    );
  }
  if (adversarial !== null && adversarial.failed.length > 0) process.exitCode = 1;
}

await main();
