import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGLISH } from './en/index.ts';
import { englishLexicon, lexiconFor } from './lexicon-for.ts';
import { parseWordList } from '../index-compiler.ts';

const folded = (word: string) => word.toLowerCase();

/** Each entry of `lists` once across them, whatever its case. */
function assertListedOnce(lists: Record<string, readonly string[]>): void {
  const seen = new Map<string, string>();
  for (const [where, list] of Object.entries(lists)) {
    for (const word of list) {
      const earlier = seen.get(folded(word));
      assert.equal(earlier, undefined, `"${word}" (${where}) is also listed in ${earlier}`);
      seen.set(folded(word), where);
    }
  }
}

test('every English word and proper name is listed once, in any case', () => {
  assertListedOnce({ words: Object.keys(ENGLISH.words), names: Object.keys(ENGLISH.names) });
  // Country names are names of their own: a demonym may also be a word with features ("American" opens many organizations' names).
  assertListedOnce({ countries: Object.values(ENGLISH.countries).flat(), names: Object.keys(ENGLISH.names) });
  // Short forms of given names are given names, which may be words too ("Will", "Bill").
  assertListedOnce({ 'given-name short forms': Object.keys(ENGLISH.givenNameShortForms) });
});

test('English words are in canonical form: trimmed, single-spaced, lowercase unless never written so', () => {
  for (const [word, features] of Object.entries(ENGLISH.words)) {
    assert.equal(word, word.trim().replace(/\s+/g, ' ').normalize('NFC'), `"${word}" is not trimmed and single-spaced`);
    // A word with capitals is an acronym or the like ("CEO", "GmbH"): a capitalized common word belongs in lowercase.
    if (word !== word.toLowerCase()) assert.ok((word.match(/\p{Lu}/gu) ?? []).length >= 2, `"${word}" should be written in lowercase`);
    assert.ok(features.length > 0, `"${word}" has no feature`);
    assert.equal(new Set(features).size, features.length, `"${word}" lists a feature twice`);
  }
});

test('the given-name and place lists hold each entry once', () => {
  for (const name of ['given-names.txt', 'places.txt']) {
    const list = parseWordList(readFileSync(new URL(`./en/${name}`, import.meta.url), 'utf8'));
    const seen = new Set<string>();
    for (const entry of list) {
      assert.equal(entry, entry.trim().replace(/\s+/g, ' '), `${name}: "${entry}" is not trimmed`);
      assert.ok(!seen.has(entry), `${name}: "${entry}" is listed twice`);
      seen.add(entry);
    }
  }
});

test('features read words in the case text writes them', () => {
  const lexicon = englishLexicon();
  assert.ok(lexicon.words('title').has('President'));
  assert.ok(!lexicon.words('title').has('president'));
  assert.ok(lexicon.words('person-role').has('president'));
  assert.ok(lexicon.words('org-head').has('PLC') && lexicon.words('org-head').has('Plc'));
  assert.ok(lexicon.words('title').has('CEO') && lexicon.words('person-role').has('ceo'));
  assert.ok(lexicon.words('title-part').has('Co-Chair') && lexicon.words('title-part').has('Co-chair'));
  assert.deepEqual([...lexicon.wordsWithBoth('abbreviation', ['name-suffix', 'org-head'])].sort(), [
    'Bros',
    'Co',
    'Corp',
    'Cos',
    'Inc',
    'Jnr',
    'Jr',
    'Ltd',
    'Snr',
    'Sr',
  ]);
});

test('the lexicon is picked by the page language', () => {
  assert.equal(lexiconFor(undefined), englishLexicon());
  assert.equal(lexiconFor(''), englishLexicon());
  assert.equal(lexiconFor('en-GB'), englishLexicon());
  assert.equal(lexiconFor('EN_us'), englishLexicon());
  assert.equal(lexiconFor('fr'), undefined);
  assert.equal(lexiconFor('de-DE'), undefined);
});
