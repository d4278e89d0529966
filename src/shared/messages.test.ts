import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isResponse, MAX_TEXT_CHARS, parseRequest } from './messages.ts';
import { isPageResponse, parsePageRequest } from './page-messages.ts';
import { repairSettings, defaultSettings } from './settings.ts';

test('requests are accepted only in their exact shape', () => {
  assert.deepEqual(parseRequest({ type: 'findMentions', texts: ['a', 'b'] }), { type: 'findMentions', texts: ['a', 'b'] });
  assert.ok(parseRequest({ type: 'findMentions', texts: ['c'], session: 'k1' }));
  assert.ok(parseRequest({ type: 'addTexts', texts: ['a'], session: 'k1' }));
  assert.equal(parseRequest({ type: 'addTexts', texts: ['a'] }), undefined);
  assert.equal(parseRequest({ type: 'findMentions', texts: ['a'], session: 'k'.repeat(65) }), undefined);
  assert.ok(parseRequest({ type: 'getEntityCard', id: 'nato', asOf: '2025-08-17' }));
  for (const lang of ['fr', 'en-GB', 'zh-Hant-TW', 'sr-Latn-RS', 'de-CH-1996', 'x-klingon']) {
    assert.ok(parseRequest({ type: 'findMentions', texts: ['a'], lang }), lang);
  }
  assert.deepEqual(parseRequest({ type: 'loadCardUi' }), { type: 'loadCardUi' });
  assert.equal(parseRequest({ type: 'loadCardUi', files: ['other.js'] }), undefined);
  assert.deepEqual(parseRequest({ type: 'loadAnnotator' }), { type: 'loadAnnotator' });
  assert.equal(parseRequest({ type: 'loadAnnotator', file: 'other.js' }), undefined);
  for (const bad of [
    null,
    'findMentions',
    [],
    { type: 'findMentions' },
    { type: 'findMentions', texts: [1] },
    { type: 'findMentions', texts: 'abc' },
    { type: 'findMentions', texts: ['x'.repeat(MAX_TEXT_CHARS + 1)] },
    { type: 'getEntityCard', id: 'nato', asOf: 'yesterday' },
    { type: 'getEntityCard', id: 42, asOf: '2025-08-17' },
    { type: 'toString', texts: [] },
    { type: 'constructor' },
    ...['', 'en_GB', 'fr-', '-fr', 'en--GB', 'français', '1en', 'en GB', 'abcdefghi', 'en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd', 7, null, ['fr']].map(
      (lang) => ({ type: 'findMentions', texts: ['a'], lang }),
    ),
  ]) {
    assert.equal(parseRequest(bad), undefined, JSON.stringify(bad));
  }
});

test('responses are checked before use', () => {
  assert.ok(isResponse('findMentions', { mentions: { entities: [{ id: 'nato', type: 'organization' }], spans: '0,1,5,0;', extras: [] }, workerStartedAt: 1 }));
  assert.ok(!isResponse('findMentions', { mentions: [{ block: 0, start: 1, end: 5, entityId: 'nato', type: 'organization' }], workerStartedAt: 1 }));
  assert.ok(!isResponse('findMentions', { mentions: { entities: [{ id: 'nato', type: 'place' }], spans: '0,1,5,0;', extras: [] }, workerStartedAt: 1 }));
  assert.ok(!isResponse('findMentions', { mentions: { entities: [], spans: 7, extras: [] }, workerStartedAt: 1 }));
  assert.ok(isResponse('getEntityCard', { card: null, workerStartedAt: 1 }));
  assert.ok(!isResponse('getEntityCard', { card: { id: 'nato' }, workerStartedAt: 1 }));
  assert.ok(isResponse('loadCardUi', { loaded: true }));
  assert.ok(isResponse('loadAnnotator', { loaded: false }));
  assert.ok(!isResponse('loadAnnotator', {}));
  assert.ok(!isResponse('loadCardUi', { loaded: 'yes' }));
});

test("requests to a page and its answers are checked like the worker's", () => {
  assert.deepEqual(parsePageRequest({ type: 'getPageInfo' }), { type: 'getPageInfo' });
  assert.ok(parsePageRequest({ type: 'showEntity', entityId: 'nato' }));
  for (const bad of [
    { type: 'showEntity' },
    { type: 'showEntity', entityId: 7 },
    { type: 'findMentions', texts: [] },
    { type: 'hasOwnProperty' },
    'getPageInfo',
  ]) {
    assert.equal(parsePageRequest(bad), undefined, JSON.stringify(bad));
  }
  assert.ok(isPageResponse('getPageInfo', { host: 'example.org', cast: [{ entityId: 'nato', label: 'NATO', type: 'organization', mentions: 2 }] }));
  assert.ok(!isPageResponse('getPageInfo', { host: 'example.org', cast: [{ entityId: 'nato', label: 'NATO', type: 'place', mentions: 2 }] }));
  assert.ok(!isPageResponse('showEntity', { shown: 'yes' }));
});

test('stored settings are repaired, never trusted', () => {
  assert.deepEqual(repairSettings(undefined), defaultSettings);
  assert.deepEqual(repairSettings('garbage'), defaultSettings);
  assert.deepEqual(repairSettings({ enabled: 'no' }), defaultSettings);
  assert.deepEqual(repairSettings({ enabled: false, stray: 1 }), { ...defaultSettings, enabled: false });
});

test('settings of version 1 are migrated, and each broken field falls back on its own', () => {
  assert.deepEqual(repairSettings({ schemaVersion: 1, enabled: false }), { ...defaultSettings, enabled: false });
  assert.deepEqual(
    repairSettings({
      schemaVersion: 2,
      enabled: true,
      pausedSites: ['a.example', 7, '', 'a.example', 'b.example'],
      markPeople: 'yes',
      markOrganizations: false,
      markMode: 'sometimes',
    }),
    { ...defaultSettings, pausedSites: ['a.example', 'b.example'], markOrganizations: false },
  );
});
