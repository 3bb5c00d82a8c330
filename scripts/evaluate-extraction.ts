/**
 * `npm run eval:extraction [-- --split dev|heldout|all] [--verbose]`: runs the extractor on the
 * hand-annotated evaluation set and prints, per article and overall, entity precision and recall,
 * quote detection recall and precision, and speaker-attribution precision and recall.
 */
import { extractArticle } from '../src/extraction/extract';
import { loadEvalSplit } from '../src/extraction/eval-set';
import { ratesOf, scoreArticle, sumScores, type ArticleScore } from '../src/extraction/evaluate';

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);

function line(score: ArticleScore): string {
  const r = ratesOf(score);
  return [
    score.id.padEnd(38),
    pct(r.entityPrecision),
    pct(r.entityRecall),
    pct(r.quoteRecall),
    pct(r.quotePrecision),
    pct(r.attributionPrecision),
    pct(r.attributionRecall),
    `  ${score.entityTruePositives}/${score.entityGold} ent, ${score.quoteFound}/${score.quoteGold} quotes, ${score.statementsExtracted} stmts`,
  ].join(' ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const splitArg = args[args.indexOf('--split') + 1];
  const split = args.includes('--split') && splitArg ? splitArg : 'dev';
  const verbose = args.includes('--verbose');
  const splits = split === 'all' ? (['dev', 'heldout'] as const) : [split as 'dev' | 'heldout'];
  for (const name of splits) {
    const articles = await loadEvalSplit(name);
    const scores: ArticleScore[] = [];
    process.stdout.write(`\n== ${name} (${articles.length} articles) ==\n`);
    // Between blind runs the held-out split is empty: say so, rather than print rates of nothing.
    if (articles.length === 0) {
      process.stdout.write(`no articles in test/extraction/eval/${name}/ (nothing to score)\n`);
      continue;
    }
    process.stdout.write(
      `${'article'.padEnd(38)} ${'ent P'.padStart(7)} ${'ent R'.padStart(7)} ${'quote R'.padStart(7)} ${'quote P'.padStart(7)} ${'spk P'.padStart(7)} ${'spk R'.padStart(7)}\n`,
    );
    for (const gold of articles) {
      const doc = extractArticle({ text: gold.text, title: gold.title, publishedAt: gold.publishedAt, source: gold.source, url: gold.url });
      const score = scoreArticle(gold, doc);
      scores.push(score);
      process.stdout.write(`${line(score)}\n`);
      if (verbose) {
        for (const item of score.missedEntities) process.stdout.write(`    missed entity   ${item}\n`);
        for (const item of score.spuriousEntities) process.stdout.write(`    spurious entity ${item}\n`);
        for (const item of score.missedQuotes) process.stdout.write(`    missed quote    ${item}\n`);
        for (const item of score.misattributed) process.stdout.write(`    wrong speaker   ${item}\n`);
        for (const item of score.spuriousStatements) process.stdout.write(`    spurious stmt   ${item}\n`);
      }
    }
    process.stdout.write(`${line(sumScores(scores, `OVERALL ${name}`))}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
