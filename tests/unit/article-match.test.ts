// How eval:pages tells a mark inside the reference article from one outside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleExtent, locate, stripSpace, strippedOffsets } from '../../dev/article-match.ts';

const article = stripSpace('The council met on Monday. Ada Quist, who chairs it, said the budget would pass. Later, Quist left early.');
const mark = (text: string, before: string, after: string) => ({ text, before: stripSpace(before), after: stripSpace(after) });

test('a mark with the text around it in the article is found there', () => {
  const at = locate(mark('Ada Quist', 'The council met on Monday. ', ', who chairs it, said the budget'), article);
  assert.equal(article.slice(at, at + 'AdaQuist'.length), 'AdaQuist');
});

test('one side of the context is enough: the other may border text the extractor dropped', () => {
  assert.ok(locate(mark('Ada Quist', 'Share this story on social media now', ', who chairs it, said the budget'), article) >= 0);
  assert.ok(locate(mark('Quist', 'said the budget would pass. Later, ', ' Related stories and more links here'), article) >= 0);
});

test('the same name in navigation is not in the article', () => {
  assert.equal(locate(mark('Ada Quist', 'Home Politics World Opinion Sport', 'Markets Weather Puzzles Video Podcasts'), article), -1);
});

test('of several places, the first at or after the previous mark', () => {
  const twice = stripSpace('Quist spoke, then the council voted. Quist spoke, then the council voted.');
  const m = mark('Quist', '', ' spoke, then the council voted.');
  assert.equal(locate(m, twice, 0), 0);
  assert.equal(locate(m, twice, 10), twice.indexOf('Quist', 1));
});

test('offsets in a text map to offsets with white space removed', () => {
  const offsets = strippedOffsets('a b\n c');
  assert.deepEqual([...offsets], [0, 1, 1, 2, 2, 2, 3]);
});

test('the extent of the article in the page: from its first piece found to its last', () => {
  const body =
    'The first paragraph of the story, long enough to hold a piece of forty characters. The last paragraph, also long enough to hold such a piece of text.';
  const page = stripSpace(`Home News Sport ${body} More stories Footer`);
  const [start, end] = articleExtent(page, stripSpace(body))!;
  assert.equal(page.slice(start, end), stripSpace(body));
  assert.equal(articleExtent(page, stripSpace('Nothing of this text is on the page at all, not a single piece')), undefined);
});
