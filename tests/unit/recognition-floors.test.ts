// Scores the recognizer on our own gold articles (tests/fixtures/gold) and holds
// it to floors that only ever rise: raise them in recognition-floors.json when
// the recognizer gets better, never lower them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bundledLookup, readGold, REPO_ROOT } from '../../dev/gold.ts';
import { dramatisMentions, newScore, ratios, scoreArticle } from '../../dev/recognition-score.ts';

const GOLD_DIR = path.join(REPO_ROOT, 'tests/fixtures/gold');
const floors = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests/fixtures/recognition-floors.json'), 'utf8')) as Record<string, number>;

test('our gold articles score at or above the floors', () => {
  const files = readdirSync(GOLD_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort();
  assert.ok(files.length >= (floors.articles ?? 1), `at least ${floors.articles} gold articles`);
  const score = newScore();
  for (const file of files) {
    const gold = readGold(path.join(GOLD_DIR, file));
    scoreArticle(score, bundledLookup(), gold, dramatisMentions(bundledLookup(), gold));
  }
  const all = ratios(score.byType.all);
  const report = `precision ${all.precision.toFixed(3)}, recall ${all.recall.toFixed(3)}, F1 ${all.f1.toFixed(3)}, linking ${all.linking.toFixed(3)} on ${score.byType.all.gold} mentions`;
  console.log(`recognition on our gold articles: ${report}`);
  const problems = score.problems.map((p) => `${p.article} ${p.kind} "${p.text}" ${p.detail}`).join('\n');
  assert.ok(all.f1 >= floors.f1!, `F1 below its floor ${floors.f1}: ${report}\n${problems}`);
  assert.ok(all.precision >= floors.precision!, `precision below its floor ${floors.precision}: ${report}\n${problems}`);
  assert.ok(all.linking >= floors.linking!, `linking below its floor ${floors.linking}: ${report}\n${problems}`);
});
