/**
 * `npm run eval -- DIR...`: scores the recognizer on gold files (the format of
 * ../shared/eval/seed-article.json), beside compromise's people() and
 * organizations() on the same texts. Marks on a gold file's `optional` names
 * count neither way; recall is also given apart for the names of entities the
 * dataset has and of those it lacks. Without DIR: our fixtures, plus the
 * shared eval folder when it is there.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { bundledLookup, readGold, REPO_ROOT, type GoldArticle } from '../dev/gold.ts';
import { dramatisMentions, newScore, ratios, scoreArticle, type Score, type SystemMention } from '../dev/recognition-score.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const defaults = [path.join(REPO_ROOT, 'tests/fixtures/gold'), path.resolve(REPO_ROOT, '../shared/eval')].filter(existsSync);
const files = (args.length > 0 ? args : defaults).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => path.join(p, n))
    : [p],
);
const articles: GoldArticle[] = files.map(readGold).filter((g) => typeof g.text === 'string' && Array.isArray(g.mentions));

/** compromise's spans, trimmed of trailing punctuation and possessives so that they can match exactly. */
function compromiseMentions(gold: GoldArticle): SystemMention[] {
  const doc = nlp(gold.text);
  const out: SystemMention[] = [];
  for (const [type, view] of [
    ['PER', doc.people()],
    ['ORG', doc.organizations()],
  ] as const) {
    for (const m of view.json({ offset: true }) as { text: string; offset: { start: number } }[]) {
      const text = m.text.replace(/['’]s$|[\s.,;:!?"“”'’)]+$/u, '').replace(/['’]s$/u, '');
      if (text !== '') out.push({ start: m.offset.start, end: m.offset.start + text.length, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const lookup = bundledLookup();
const ours = newScore();
const baseline = newScore();
for (const gold of articles) {
  scoreArticle(ours, lookup, gold, dramatisMentions(lookup, gold));
  scoreArticle(baseline, undefined, gold, compromiseMentions(gold));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
function rows(name: string, score: Score, linking: boolean): string[] {
  return (['PER', 'ORG', 'all'] as const).map((type) => {
    const c = score.byType[type];
    const r = ratios(c);
    return `${name.padEnd(12)} ${type.padEnd(4)} ${String(c.gold).padStart(5)} ${String(c.found).padStart(6)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} ${linking ? pct(r.linking) : '      -'}`;
  });
}

console.log(`${articles.length} gold articles, ${ours.byType.all.gold} gold mentions (${files.length} files)\n`);
console.log(`${'system'.padEnd(12)} type  gold  found    prec  recall      F1 linking`);
for (const line of [...rows('dramatis', ours, true), ...rows('compromise', baseline, false)]) console.log(line);

const recallOf = (side: { gold: number; correct: number }) => (side.gold === 0 ? 1 : side.correct / side.gold);
const { has, lacks } = ours.byDataset;
console.log(
  `\ndramatis recall: names the dataset has ${pct(recallOf(has)).trim()} (${has.correct}/${has.gold}), names it lacks ${pct(recallOf(lacks)).trim()} (${lacks.correct}/${lacks.gold})`,
);
if (ours.optionalMarks > 0) console.log(`dramatis marks on optional names, counted neither way: ${ours.optionalMarks}`);

const f1Ours = ratios(ours.byType.all).f1;
const f1Base = ratios(baseline.byType.all).f1;
console.log(`\nF1: dramatis ${pct(f1Ours).trim()} vs compromise ${pct(f1Base).trim()}`);

if (ours.problems.length > 0) {
  console.log(`\nDramatis's misses, false marks and wrong links (${ours.problems.length}):`);
  for (const p of ours.problems) console.log(`  ${p.article.padEnd(6)} ${p.kind.padEnd(10)} @${String(p.start).padEnd(6)} "${p.text}"  ${p.detail}`);
}
