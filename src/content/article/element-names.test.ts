// What class and id words say about an element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { furnitureName, isBylineName, nameWords } from './element-names.ts';

test('related lists, share bars, comments, ads and hidden text are furniture', () => {
  for (const name of [
    'related-links',
    'c-related',
    'relatedLinks',
    'jp-relatedposts',
    'sharedaddy',
    'social-share-box',
    'ad',
    'ad-slot',
    'adSlot',
    'most-read',
    'is-hidden',
    'element-invisible',
    'sr-only',
    'newsletter-signup',
    'outbrain',
    'tags',
    'breadcrumbs',
    'site-footer',
  ]) {
    assert.ok(furnitureName(` ${name}`), name);
  }
});

test('words inside other words are not furniture', () => {
  for (const name of ['unrelated', 'address', 'commentary', 'shadow', 'headline', 'tagline', 'hidden-xs', 'hidden-print', 'bioscience']) {
    assert.equal(furnitureName(name), undefined, name);
  }
});

test("an article's own words keep an element in play whatever else its name says", () => {
  assert.equal(furnitureName('article-body share-enabled'), undefined);
  assert.equal(furnitureName('entry-content sidebar-left'), undefined);
});

test('comment threads are furniture however big; other words only when the element is small', () => {
  assert.equal(furnitureName('comments'), 'hard');
  assert.equal(furnitureName('comment-list'), 'hard');
  assert.equal(furnitureName('panel two-col-sidebar-right'), 'soft');
});

test('bylines and credits are known by their names', () => {
  assert.ok(isBylineName('c-byline__item'));
  assert.ok(isBylineName('article-author'));
  assert.ok(isBylineName('photo-credit'));
  assert.ok(!isBylineName('article-body'));
});

test('"article" inside a furniture name does not rescue it', () => {
  assert.equal(furnitureName('multi-related-article-links'), 'soft');
  assert.equal(furnitureName('article related'), undefined);
});

test('a name is cut into lowercase words at spaces, dashes, underscores and camel case', () => {
  assert.deepEqual(nameWords('c-related__list relatedLinks'), ['c', 'related', 'list', '', 'related', 'links']);
  assert.deepEqual(nameWords('ABTest sr-only'), ['abtest', '', 'sr', 'only']);
});
