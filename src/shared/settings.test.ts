import { test } from 'node:test';
import '../../tests/unit/fake-extension-context.ts';
import assert from 'node:assert/strict';
import { defaultSettings, MARK_LOOKS, MARK_SCOPES, repairSettings, SETTINGS_SCHEMA_VERSION } from './settings.ts';

test('version 3 added the look of the marks; the dotted underline is the default', () => {
  assert.equal(defaultSettings.markLook, 'dotted');
  assert.deepEqual([...MARK_LOOKS].sort(), ['dotted', 'line', 'tint']);
});

test('settings of version 2 keep every choice and get the default look', () => {
  const v2 = { schemaVersion: 2, enabled: false, pausedSites: ['news.example'], markPeople: true, markOrganizations: false, markMode: 'first' };
  assert.deepEqual(repairSettings(v2), {
    schemaVersion: 4,
    enabled: false,
    pausedSites: ['news.example'],
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

test('version 4 adds where names are marked; the article alone is the default', () => {
  assert.equal(SETTINGS_SCHEMA_VERSION, 4);
  assert.equal(defaultSettings.scope, 'article');
  assert.deepEqual([...MARK_SCOPES].sort(), ['article', 'page']);
});

test('settings of version 3 keep every choice and mark the article only', () => {
  const v3 = { schemaVersion: 3, enabled: true, pausedSites: ['a.example'], markPeople: false, markOrganizations: true, markMode: 'modifier', markLook: 'tint' };
  assert.deepEqual(repairSettings(v3), {
    schemaVersion: 4,
    enabled: true,
    pausedSites: ['a.example'],
    markPeople: false,
    markOrganizations: true,
    markMode: 'modifier',
    markLook: 'tint',
    scope: 'article',
  });
});

test('settings of versions 1 and 2 come out as version 4 too', () => {
  assert.deepEqual(repairSettings({ schemaVersion: 1, enabled: false }), { ...defaultSettings, enabled: false });
  assert.equal(repairSettings({ schemaVersion: 2, markMode: 'first' }).scope, 'article');
  assert.equal(repairSettings({ schemaVersion: 2, markMode: 'first' }).schemaVersion, 4);
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
