/**
 * `npm run bench`: throughput of the parser over the BBC News corpus (and PolNeAR dev) against
 * compromise, validation cost and memory (see `corpus-bench.ts`), heap allocated per MB or, with
 * `--baseline REV`, a same-run comparison with another commit (see `compare.ts`), the CLI's batch throughput with
 * 1 and 2 jobs (see `cli-bench.ts`, which needs `npm run build`), then the adversarial shapes
 * (see `adversarial-run.ts`). Exits 0 when the corpus is absent (after the adversarial shapes,
 * which need no corpus), and non-zero when an adversarial shape fails.
 * @module
 */
import { adversarialReportJson, formatAdversarialReport, progress, runAdversarial, type AdversarialReport } from './adversarial-run.js';
import { parseBenchArgs } from './args.js';
import { buildBaseline } from './baseline.js';
import { cliReportJson, formatCliReport, runCliBench } from './cli-bench.js';
import { allocatedBytes, compare, comparisonJson, formatComparison, parseAll } from './compare.js';
import { corpusReportJson, formatCorpusReport, runCorpusBench, type BenchLibrary } from './corpus-bench.js';
import { CORPUS_FILES, corpusDir, loadTexts } from './corpus.js';
import { fixed } from './format.js';
import { loadLibrary } from './library.js';

/**
 * The same-run comparison with `--baseline REV`, or without it this tree's allocation per MB
 * parsed; as text, and as JSON. `null` without the BBC corpus.
 */
async function allocationOrComparison(dir: string, lib: BenchLibrary, baseline: string | undefined): Promise<{ text: string; json: unknown } | null> {
  const bbc = loadTexts(dir, CORPUS_FILES.bbc);
  if (bbc === null) return null;
  const allocationOnly = (note: string): { text: string; json: unknown } => {
    const perByte = allocatedBytes(() => parseAll(lib, bbc.texts)) / bbc.bytes;
    return { text: `${note}heap allocated while parsing bbc once: ${fixed(perByte, 1)} MB per MB of text`, json: { allocatedPerByte: perByte } };
  };
  if (baseline === undefined) return allocationOnly('');
  let built: Awaited<ReturnType<typeof buildBaseline>>;
  try {
    built = await buildBaseline(baseline);
  } catch (error) {
    // A shallow clone lacks the commit: the comparison is skipped, the rest of the bench still runs.
    return allocationOnly(`baseline ${baseline} could not be built (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); comparison skipped\n`);
  }
  try {
    const comparison = compare(bbc, lib, built.lib);
    return { text: formatComparison(comparison, bbc), json: comparisonJson(comparison) };
  } finally {
    built.remove();
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs('bench', process.argv.slice(2));
  if (args === null) return;
  const dir = corpusDir(args.corpus);
  const lib = await loadLibrary();
  const corpus = runCorpusBench(dir, lib);
  const missing = `Corpus not found: ${dir}/${CORPUS_FILES.bbc} is absent, so the corpus benchmark is skipped.`;
  const versus = await allocationOrComparison(dir, lib, args.baseline);
  if (!args.json) {
    console.log(corpus === null ? missing : formatCorpusReport(corpus));
    if (versus !== null) console.log(`\n${versus.text}`);
  }
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
          [args.baseline === undefined ? 'allocation' : 'comparison']: versus?.json ?? null,
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
