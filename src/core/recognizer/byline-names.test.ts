import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { bylineNames } from './byline-names.ts';
import { personalNamePattern } from './bylines.ts';
import { englishLexicon } from '../lexicon/lexicon-for.ts';
import { readGold, REPO_ROOT } from '../../../dev/gold.ts';

// The patterns that byline-names.ts reads by hand, as RegExps: the specification it must agree with,
// built from the name pattern the credit lines are read with.
const PARTICLES = englishLexicon().words('particle');
const PERSONAL_NAME = personalNamePattern(englishLexicon());
const BY_NAMES = new RegExp(String.raw`^\s*(?:By|BY|by)\s+(${PERSONAL_NAME})(?:\s+(?:and|&)\s+(${PERSONAL_NAME}))?\s*(?:[,|·—–-]\s*|\s+(?:of|for)\s+)?`, 'u');
const NAMES_COMMA = new RegExp(String.raw`^\s*(${PERSONAL_NAME})(?:\s+(?:and|&)\s+(${PERSONAL_NAME}))?\s*,\s*`, 'u');

function byPattern(text: string, form: 'by' | 'plain'): { length: number; names: string[] } | undefined {
  const m = (form === 'by' ? BY_NAMES : NAMES_COMMA).exec(text);
  return m ? { length: m[0].length, names: [m[1]!, ...(m[2] === undefined ? [] : [m[2]])] } : undefined;
}

function agree(text: string): void {
  for (const form of ['by', 'plain'] as const) assert.deepEqual(bylineNames(text, form, PARTICLES), byPattern(text, form), `${form}: ${JSON.stringify(text)}`);
}

/** A small seeded generator, so that a failure can be replayed. */
function generator(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

test('reads bylines as the patterns do', () => {
  assert.deepEqual(bylineNames('By Jane Okafor and Luis de la Cruz, Reuters', 'by', PARTICLES), {
    length: 'By Jane Okafor and Luis de la Cruz, '.length,
    names: ['Jane Okafor', 'Luis de la Cruz'],
  });
  assert.deepEqual(bylineNames('Jane Doe, The Canadian Press', 'plain', PARTICLES), { length: 'Jane Doe, '.length, names: ['Jane Doe'] });
  assert.equal(bylineNames('Jane Doe said on Monday', 'plain', PARTICLES), undefined);
  for (const text of [
    'By Jane Doe',
    'BY JANE DOE',
    'by Max A. Okafor',
    '  By   Ann  Pettigrew-Vale  |  AP',
    'By Seán Ó’Brien · RTÉ',
    'By J. R. R. Tolkien',
    'By Ursula von der Leyen — Brussels',
    'By Ann Poe & Lu Reyes, Reuters',
    'By Ann Poe and',
    'By Ann Poe and lu reyes',
    'By Ann',
    'By Ann Poe of Reuters',
    'By Ann Poe for The Times',
    'By Ann Poe Lu Reyes Kim Sun Park',
    "By Mary-Jane O'Neil-Smith, AFP",
    'By Ann de',
    'By Ann dela Cruz',
    'By Ann den Berg',
    'By Jean-luc Picard',
    'By J.Doe',
    'By JD Vance',
    'Byron Smith, Reuters',
    'Jane Doe and Ann Poe, AP',
    'Jane Doe and Ann Poe AP',
    'Jane Doe , AP',
    'Jane Doe,AP',
    'Zoë Ångström, Yle',
    'Ιωάννης Παπαδόπουλος, ΑΠΕ',
    'Анна Иванова, ТАСС',
    'Jane Doe\u00a0Smith, AP',
    'Jane\tDoe, AP',
    'Jane Doe-, AP',
    'Jane Doe’s, AP',
    'Ann B. Poe, AP',
    'Ann B.Poe, AP',
    'Ann Bin Laden, AP',
    'Ann bin Laden, AP',
    'Ann al-Assad, AP',
    'Ann Al-Assad, AP',
    'Ann van Van, AP',
    '',
    ' ',
    'By',
    'By ',
    ',',
  ]) {
    agree(text);
  }
});

test('agrees with the patterns on every short block of our gold articles', () => {
  const dir = path.join(REPO_ROOT, 'tests/fixtures/gold');
  const blocks = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .flatMap((n) => readGold(path.join(dir, n)).text.split('\n\n'))
    .filter((b) => b.length <= 120);
  assert.ok(blocks.length > 30);
  for (const block of blocks) agree(block);
});

test('agrees with the patterns on generated text: loose words, and bylines with a character changed now and then', () => {
  const next = generator(7);
  // Words of every shape the patterns care about, joined every way they care about.
  const words = [
    'By',
    'by',
    'BY',
    'Ann',
    'J.',
    'de',
    'la',
    'van',
    'der',
    'bin',
    'and',
    '&',
    'Poe',
    'O’Neil',
    'Pettigrew-Vale',
    'Jean-luc',
    'MacX',
    'AP',
    'Ré',
    'x',
    ',',
    '|',
    '—',
    'of',
  ];
  const joins = [' ', '  ', ', ', ',', '-', '\u00a0', ''];
  for (let i = 0; i < 20000; i++) {
    let text = '';
    const count = 1 + next(7);
    for (let k = 0; k < count; k++) text += (k > 0 ? joins[next(joins.length)]! : next(4) === 0 ? ' ' : '') + words[next(words.length)]!;
    agree(text);
  }
  // In the shape of bylines, so that most match and two names are common.
  const nameWords = ['Ann', 'J.', 'Poe', 'O’Neil', "O'Neil", 'Pettigrew-Vale', 'Ré', 'Zoë', 'MacX', 'Jean-Luc', 'Lu'];
  const particles = ['de', 'la', 'van', 'der', 'bin', 'al', 'den'];
  const name = () => {
    const parts = [nameWords[next(nameWords.length)]!];
    for (let k = 0, n = 1 + next(4); k < n; k++) parts.push(...(next(3) === 0 ? [particles[next(particles.length)]!] : []), nameWords[next(nameWords.length)]!);
    return parts.join(next(5) === 0 ? '  ' : ' ');
  };
  let twoNames = 0;
  for (let i = 0; i < 5000; i++) {
    const parts = [next(2) === 0 ? ['By', 'by', 'BY'][next(3)]! : '', name()];
    if (next(2) === 0) parts.push(['and', '&', 'And', 'andy'][next(4)]!, name());
    parts.push([',', ' |', ' —', '', ' of', ' ,'][next(6)]!, ['Reuters', 'AP', 'the Times', ''][next(4)]!);
    let text = parts.filter((p) => p !== '').join(' ');
    if (next(5) === 0) {
      const at = next(text.length + 1);
      text = text.slice(0, at) + [' ', '.', '-', 'x', ','][next(5)]! + text.slice(at);
    }
    agree(text);
    if ((bylineNames(text, 'by', PARTICLES) ?? bylineNames(text, 'plain', PARTICLES))?.names.length === 2) twoNames++;
  }
  assert.ok(twoNames > 500, `generated bylines with two names: ${twoNames}`);
});
