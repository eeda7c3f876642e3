/**
 * `npm run bench:adversarial`: parses pathological inputs at 250 K and 4 M UTF-16 code units and
 * exits non-zero when any shape is more than 3× slower per MB at the large size (see
 * `adversarial-run.ts`). Takes well under three minutes.
 * @module
 */
import { adversarialReportJson, formatAdversarialReport, progress, runAdversarial } from './adversarial-run.js';
import { parseBenchArgs } from './args.js';

async function main(): Promise<void> {
  const args = parseBenchArgs('adversarial', process.argv.slice(2));
  if (args === null) return;
  const report = await runAdversarial(args.shape, progress);
  console.log(args.json ? JSON.stringify(adversarialReportJson(report), null, 2) : formatAdversarialReport(report));
  if (report.failed.length > 0) process.exitCode = 1;
}

await main();
