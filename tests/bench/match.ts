/**
 * `npm run bench:match`: precision and recall of title matching on the
 * labelled set (tests/bench/match-set.tsv) against the TMDB stand-in.
 * Targets: precision ≥ 98%, recall ≥ 90%.
 */
import { runMatchBench } from './match-run';

const result = runMatchBench();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

console.log(
  `rows ${result.rows}, titles ${result.positives}, matched ${result.matched}, correct ${result.correct}`,
);
console.log(`precision ${percent(result.precision)} (target ≥ 98%)`);
console.log(`recall    ${percent(result.recall)} (target ≥ 90%)`);
if (result.wrong.length) console.log(`\nwrong matches:\n  ${result.wrong.join('\n  ')}`);
if (result.missed.length) console.log(`\nunmatched titles:\n  ${result.missed.join('\n  ')}`);

process.exitCode = result.precision >= 0.98 && result.recall >= 0.9 ? 0 : 1;
