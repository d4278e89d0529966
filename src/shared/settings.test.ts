import { test } from 'node:test';
import '../../tests/support/fake-extension-context.ts';
import assert from 'node:assert/strict';
import { defaultSettings, MARK_LOOKS, repairSettings, SETTINGS_SCHEMA_VERSION } from './settings.ts';

test('version 3 adds the look of the marks; the dotted underline is the default', () => {
  assert.equal(SETTINGS_SCHEMA_VERSION, 3);
  assert.equal(defaultSettings.markLook, 'dotted');
  assert.deepEqual([...MARK_LOOKS].sort(), ['dotted', 'line', 'tint']);
});

test('settings of version 2 keep every choice and get the default look', () => {
  const v2 = { schemaVersion: 2, enabled: false, pausedSites: ['news.example'], markPeople: true, markOrganizations: false, markMode: 'first' };
  assert.deepEqual(repairSettings(v2), {
    schemaVersion: 3,
    enabled: false,
    pausedSites: ['news.example'],
    markPeople: true,
    markOrganizations: false,
    markMode: 'first',
    markLook: 'dotted',
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
