// The scores that tell the article's container from the rest of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ancestorShare, candidateScore, countCommas, paragraphScore, tagWeight } from './block-score.ts';

test('a paragraph scores a point, one per comma and one per 100 characters up to three', () => {
  assert.equal(paragraphScore(24, 3, 0), 0);
  assert.equal(paragraphScore(60, 0, 0), 1);
  assert.equal(paragraphScore(250, 2, 0), 1 + 2 + 2);
  assert.equal(paragraphScore(2000, 0, 0), 1 + 3);
});

test('links take their share of a paragraph away: a linked teaser headline scores nothing', () => {
  assert.equal(paragraphScore(200, 1, 100), (1 + 1 + 2) / 2);
  assert.equal(paragraphScore(80, 0, 80), 0);
});

test('commas of other scripts count', () => {
  assert.equal(countCommas('a, b、c，d، e, f'), 5);
});

test('the containers above a paragraph get less of its score the farther up they are', () => {
  assert.deepEqual([0, 1, 2, 3, 4].map(ancestorShare), [1, 0.5, 1 / 6, 1 / 9, 1 / 12]);
});

test('divs and articles start ahead of lists and headings', () => {
  assert.ok(tagWeight('DIV') > tagWeight('UL'));
  assert.ok(tagWeight('ARTICLE') > tagWeight('H2'));
  assert.equal(tagWeight('SPAN'), 0);
});

test("a container's score loses the share of its text that is links", () => {
  assert.equal(candidateScore(40, 1000, 250), 30);
  assert.equal(candidateScore(40, 0, 0), 0);
});
