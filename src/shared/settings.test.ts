import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeOn, defaultSettings, hostOf, MARK_LOOKS, MARK_SCOPES, repairSettings, SETTINGS_SCHEMA_VERSION, siteChange } from './settings.ts';

test('version 3 added the look of the marks; the dotted underline is the default', () => {
  assert.equal(defaultSettings.markLook, 'dotted');
  assert.deepEqual([...MARK_LOOKS].sort(), ['dotted', 'line', 'tint']);
});

test('settings of version 2 keep every choice and get the default look', () => {
  const v2 = { schemaVersion: 2, enabled: false, pausedSites: ['news.example'], markPeople: true, markOrganizations: false, markMode: 'first' };
  assert.deepEqual(repairSettings(v2), {
    schemaVersion: 5,
    enabled: false,
    pausedSites: ['news.example'],
    siteMode: 'all',
    allowedSites: [],
    markPeople: true,
    markOrganizations: false,
    markMode: 'first',
    markLook: 'dotted',
    scope: 'article',
  });
});

test('every look is kept as stored', () => {
  for (const look of MARK_LOOKS) assert.equal(repairSettings({ ...defaultSettings, markLook: look }).markLook, look);
});

test('a broken look falls back to the default without touching the other settings', () => {
  for (const bad of ['Tint', 'wavy', '', 3, null, ['tint'], { look: 'tint' }]) {
    const repaired = repairSettings({ ...defaultSettings, markMode: 'modifier', markLook: bad });
    assert.equal(repaired.markLook, 'dotted', JSON.stringify(bad));
    assert.equal(repaired.markMode, 'modifier');
  }
});

test('a stored version newer or older than ours is still read field by field', () => {
  assert.deepEqual(repairSettings({ schemaVersion: 99, markLook: 'line', future: true }), { ...defaultSettings, markLook: 'line' });
  assert.deepEqual(repairSettings({ schemaVersion: 1, enabled: false }), { ...defaultSettings, enabled: false });
});

test('version 4 added where names are marked; the article alone is the default', () => {
  assert.equal(defaultSettings.scope, 'article');
  assert.deepEqual([...MARK_SCOPES].sort(), ['article', 'page']);
});

test('settings of version 3 keep every choice and mark the article only', () => {
  const v3 = {
    schemaVersion: 3,
    enabled: true,
    pausedSites: ['a.example'],
    markPeople: false,
    markOrganizations: true,
    markMode: 'modifier',
    markLook: 'tint',
  };
  assert.deepEqual(repairSettings(v3), {
    schemaVersion: 5,
    enabled: true,
    pausedSites: ['a.example'],
    siteMode: 'all',
    allowedSites: [],
    markPeople: false,
    markOrganizations: true,
    markMode: 'modifier',
    markLook: 'tint',
    scope: 'article',
  });
});

test('settings of versions 1 and 2 come out as the current version too', () => {
  assert.deepEqual(repairSettings({ schemaVersion: 1, enabled: false }), { ...defaultSettings, enabled: false });
  assert.equal(repairSettings({ schemaVersion: 2, markMode: 'first' }).scope, 'article');
  assert.equal(repairSettings({ schemaVersion: 2, markMode: 'first' }).schemaVersion, SETTINGS_SCHEMA_VERSION);
});

test('the whole page is kept as stored', () => {
  for (const scope of MARK_SCOPES) assert.equal(repairSettings({ ...defaultSettings, scope }).scope, scope);
});

test('a broken scope falls back to the article without touching the other settings', () => {
  for (const bad of ['Page', 'whole', 'body', '', 0, 1, true, null, ['page'], { scope: 'page' }]) {
    const repaired = repairSettings({ ...defaultSettings, markLook: 'line', markPeople: false, scope: bad });
    assert.equal(repaired.scope, 'article', JSON.stringify(bad));
    assert.equal(repaired.markLook, 'line');
    assert.equal(repaired.markPeople, false);
  }
});

test('version 5 adds the site mode: every site but the paused ones by default, or only the allowed ones', () => {
  assert.equal(SETTINGS_SCHEMA_VERSION, 5);
  const v4 = {
    schemaVersion: 4,
    enabled: true,
    pausedSites: ['a.example'],
    markPeople: true,
    markOrganizations: true,
    markMode: 'every',
    markLook: 'line',
    scope: 'page',
  };
  assert.deepEqual(repairSettings(v4), { ...defaultSettings, pausedSites: ['a.example'], markLook: 'line', scope: 'page' });
  const only = repairSettings({ ...defaultSettings, siteMode: 'only', allowedSites: ['b.example', 'b.example', 4, ''] });
  assert.deepEqual(only.allowedSites, ['b.example']);
  assert.equal(activeOn(only, 'b.example'), true);
  assert.equal(activeOn(only, 'a.example'), false);
  assert.equal(activeOn({ ...only, enabled: false }, 'b.example'), false);
  assert.equal(repairSettings({ ...defaultSettings, siteMode: 'some' }).siteMode, 'all');
});

test('turning a site on or off changes the list of the current site mode only', () => {
  const all = { ...defaultSettings, pausedSites: ['a.example'] };
  assert.deepEqual(siteChange(all, 'a.example', true), { pausedSites: [] });
  assert.deepEqual(siteChange(all, 'b.example', false), { pausedSites: ['a.example', 'b.example'] });
  const only = { ...defaultSettings, siteMode: 'only' as const, allowedSites: ['a.example'] };
  assert.deepEqual(siteChange(only, 'b.example', true), { allowedSites: ['a.example', 'b.example'] });
  assert.deepEqual(siteChange(only, 'a.example', false), { allowedSites: [] });
});

test('a typed site becomes its host name, or nothing', () => {
  assert.equal(hostOf(' News.Example.com '), 'news.example.com');
  assert.equal(hostOf('https://www.example.org/world/article?id=1'), 'www.example.org');
  assert.equal(hostOf('localhost'), 'localhost');
  assert.equal(hostOf('bücher.example'), 'xn--bcher-kva.example');
  for (const bad of ['', 'not a site', 'example', 'http://', 'javascript:alert(1)']) assert.equal(hostOf(bad), undefined, bad);
});
