import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { findMentions } from './find-mentions.ts';
import { EntityLookup } from '../entity-lookup.ts';
import { compileIndex } from '../index-compiler.ts';
import type { EntityRecord } from '../entity-schema.ts';
import { bundledLookup, paragraphsOf, readGold, REPO_ROOT, seedArticle, type GoldArticle } from '../../../dev/gold.ts';
import { expectedMarks } from '../../../dev/expected-marks.ts';

const records: EntityRecord[] = [
  { id: 'mark-carney', type: 'person', name: 'Mark Carney', description: 'x' },
  { id: 'donald-trump', type: 'person', name: 'Donald Trump', aliases: ['Donald J. Trump'], description: 'x' },
  { id: 'melania-trump', type: 'person', name: 'Melania Trump', description: 'x' },
  { id: 'nato', type: 'organization', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], description: 'x' },
  { id: 'bank-of-canada', type: 'organization', name: 'Bank of Canada', description: 'x' },
  { id: 'volodymyr-zelenskyy', type: 'person', name: 'Volodymyr Zelenskyy', shortNames: ['Zelenskyy', 'Zelensky'], description: 'x' },
  { id: 'ursula-von-der-leyen', type: 'person', name: 'Ursula von der Leyen', shortNames: ['von der Leyen'], description: 'x' },
  { id: 'apple', type: 'organization', name: 'Apple Inc.', shortNames: ['Apple'], description: 'x' },
  {
    id: 'tim-cook',
    type: 'person',
    name: 'Tim Cook',
    description: 'x',
    roles: [{ title: 'Chief Executive Officer of Apple', org: 'apple', start: '2011-08-24' }],
  },
  { id: 'international-energy-agency', type: 'organization', name: 'International Energy Agency', description: 'x' },
];
const lookup = new EntityLookup(compileIndex(records, '2026-01-01').index);

function found(texts: string[]): string[] {
  return findMentions(lookup, texts).map((m) => `${m.block}:${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
}

test('full names are marked anywhere, surnames only after the full name', () => {
  assert.deepEqual(found(['Carney spoke first.', 'Prime Minister Mark Carney said so.', 'Carney’s office agreed.']), [
    '0:Carney=mark-carney',
    '1:Mark Carney=mark-carney',
    '2:Carney=mark-carney',
  ]);
  assert.deepEqual(found(['Carney spoke first.']), []);
});

test('a title before a surname is evidence enough', () => {
  assert.deepEqual(found(['Mr. Carney arrived.', 'President Zelenskyy left.']), ['0:Carney=mark-carney', '1:Zelenskyy=volodymyr-zelenskyy']);
});

test('a shared surname goes to the entity mentioned most recently', () => {
  assert.deepEqual(found(['Donald Trump met Melania Trump.', 'Later Trump spoke.', 'Donald Trump waved and Trump smiled.']), [
    '0:Donald Trump=donald-trump',
    '0:Melania Trump=melania-trump',
    '1:Trump=melania-trump',
    '2:Donald Trump=donald-trump',
    '2:Trump=donald-trump',
  ]);
});

test('possessives, compounds, curly quotes, dashes and diacritics', () => {
  assert.deepEqual(found(['NATO’s chief, NATO-style rules, the “NATO” line; Trump–Putin talks after Donald Trump spoke.']), [
    '0:NATO=nato',
    '0:NATO=nato',
    '0:NATO=nato',
    '0:Trump=donald-trump',
    '0:Donald Trump=donald-trump',
  ]);
  assert.deepEqual(found(['Volodymyr Zelenskyy and Volodymyr Zelenskÿy']), [
    '0:Volodymyr Zelenskyy=volodymyr-zelenskyy',
    '0:Volodymyr Zelenskÿy=volodymyr-zelenskyy',
  ]);
});

test('the longest name wins and marks never overlap', () => {
  assert.deepEqual(found(['The North Atlantic Treaty Organization and Ursula von der Leyen; later von der Leyen.']), [
    '0:North Atlantic Treaty Organization=nato',
    '0:Ursula von der Leyen=ursula-von-der-leyen',
    '0:von der Leyen=ursula-von-der-leyen',
  ]);
});

test('matching is case-sensitive and respects word boundaries', () => {
  assert.deepEqual(found(['a nato drill, NATOS, BNATO, bank of canada']), []);
  assert.deepEqual(found(['Donald J. Trump.']), ['0:Donald J. Trump=donald-trump']);
});

test('names split over line breaks and runs of spaces are still found', () => {
  assert.deepEqual(found(['Mark\n   Carney spoke']), ['0:Mark\n   Carney=mark-carney']);
});

test('names in all-caps headlines', () => {
  assert.deepEqual(found(['ZELENSKYY AND NATO CHIEF MEET IN BRUSSELS', 'President Volodymyr Zelenskyy arrived.']), [
    '0:ZELENSKYY=volodymyr-zelenskyy',
    '0:NATO=nato',
    '1:Volodymyr Zelenskyy=volodymyr-zelenskyy',
  ]);
  assert.deepEqual(found(['BANK OF CANADA HOLDS RATES STEADY']), ['0:BANK OF CANADA=bank-of-canada']);
  assert.deepEqual(found(['Bank Of Canada']), []);
});

test('a name that is an ordinary word needs the article to name it or a related entity', () => {
  assert.deepEqual(found(['She ate an Apple pie.']), []);
  assert.deepEqual(found(['Tim Cook said Apple would grow.']), ['0:Tim Cook=tim-cook', '0:Apple=apple']);
});

test('an acronym the article introduces links to the name before it', () => {
  assert.deepEqual(found(['The International Energy Agency (IEA) warned.', 'The IEA said more.']), [
    '0:International Energy Agency=international-energy-agency',
    '0:IEA=international-energy-agency',
    '1:IEA=international-energy-agency',
  ]);
  assert.deepEqual(found(['The IEA said more.']), []);
});

function score(gold: GoldArticle) {
  const paragraphs = paragraphsOf(gold.text);
  const got = findMentions(
    bundledLookup(),
    paragraphs.map((p) => p.text),
  ).map((m) => ({
    start: paragraphs[m.block]!.offset + m.start,
    end: paragraphs[m.block]!.offset + m.end,
    entityId: m.entityId.startsWith('byline:') ? 'byline:' : m.entityId,
    highlight: m.type === 'person' ? 'dramatis-person' : 'dramatis-organization',
  }));
  const want = expectedMarks(gold).map(({ start, end, entityId, highlight }) => ({ start, end, entityId, highlight }));
  return { got, want };
}

test('the sample article comes out exactly as its gold annotations, every link right', () => {
  const { got, want } = score(readGold(path.join(REPO_ROOT, 'tests/fixtures/gold/sample-article.json')));
  assert.equal(want.length, 34);
  assert.deepEqual(got, want);
});

test('the seed article comes out exactly as its gold annotations for every entity in the dataset', (t) => {
  const seed = seedArticle();
  if (!seed) return t.skip('no ../shared/eval/seed-article.json beside this checkout');
  const { got, want } = score(seed);
  assert.equal(want.length, seed.mentions.length, 'every mention of the seed article is expected: its entities are in the dataset, its reporter in the byline');
  assert.deepEqual(got, want);
});

test('bylines: reporters credited in a short line of their own, never inside a sentence', () => {
  const lookup = bundledLookup();
  const ids = (texts: string[]) => findMentions(lookup, texts).map((m) => `${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
  assert.deepEqual(ids(['Sarah Ritchie, The Canadian Press']), [
    'Sarah Ritchie=byline:Sarah Ritchie@the-canadian-press',
    'The Canadian Press=the-canadian-press',
  ]);
  assert.deepEqual(ids(['By Jane Okafor and Luis de la Cruz']), ['Jane Okafor=byline:Jane Okafor', 'Luis de la Cruz=byline:Luis de la Cruz']);
  assert.deepEqual(ids(['Ottawa Bureau, The Canadian Press said.']), ['The Canadian Press=the-canadian-press']);
  assert.deepEqual(ids(['Jane Okafor, Ottawa']), []);
  assert.deepEqual(ids(['Jane Okafor, NATO']), ['NATO=nato']);
  assert.deepEqual(ids(['Mark Carney, The Canadian Press']), ['Mark Carney=mark-carney', 'The Canadian Press=the-canadian-press']);
});

test('credit lines: reporters and editors of a wire story', () => {
  const lookup = bundledLookup();
  const ids = (texts: string[]) => findMentions(lookup, texts).map((m) => `${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
  assert.deepEqual(ids(['Reporting by Max A. Okafor in Lagos; Editing by Ann Poe and Lu Reyes']), [
    'Max A. Okafor=byline:Max A. Okafor',
    'Ann Poe=byline:Ann Poe',
    'Lu Reyes=byline:Lu Reyes',
  ]);
  assert.deepEqual(ids(['The plan was backed by Parliament in March.']), []);
});

test('a social platform named only as the place of a post is not marked', () => {
  const platforms = new EntityLookup(
    compileIndex(
      [
        { id: 'truth-social', type: 'organization', name: 'Truth Social', kind: 'social networking service', description: 'x' },
        { id: 'meta-platforms', type: 'organization', name: 'Meta Platforms', kind: 'social media company', description: 'x' },
      ],
      '2026-01-01',
    ).index,
  );
  const marked = (text: string) => findMentions(platforms, [text]).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(marked('He posted on Truth Social on Sunday.'), []);
  assert.deepEqual(marked('She wrote it on her own Truth Social account.'), []);
  assert.deepEqual(marked('Truth Social said it would appeal; regulators fined Meta Platforms.'), ['Truth Social', 'Meta Platforms']);
});

test("a surname inside someone else's full name is theirs, and stays theirs until the entity is named again", () => {
  assert.deepEqual(
    found(['Donald Trump spoke.', 'His son Eric Trump and Barron Trump were there.', 'Trump then left.', 'Later, Donald Trump and Trump again.']),
    [
      '0:Donald Trump=donald-trump',
      // A person the dataset does not list, named after his role ("his son"); "Trump" alone then says neither.
      '1:Eric Trump=unlisted:person:Eric Trump',
      // Listed beside him, a person too.
      '1:Barron Trump=unlisted:person:Barron Trump',
      '3:Donald Trump=donald-trump',
      '3:Trump=donald-trump',
    ],
  );
  assert.deepEqual(found(['Donald Trump spoke.', "When Trump left, Thursday's Trump rally began."]), [
    '0:Donald Trump=donald-trump',
    '1:Trump=donald-trump',
    '1:Trump=donald-trump',
  ]);
});

test('an organization name that begins a longer name is not marked as itself; "Jr." keeps its period', () => {
  const more = new EntityLookup(
    compileIndex(
      [
        { id: 'shell-plc', type: 'organization', name: 'Shell plc', shortNames: ['Shell'], description: 'x' },
        { id: 'robert-f-kennedy-jr', type: 'person', name: 'Robert F. Kennedy Jr.', shortNames: ['Kennedy'], description: 'x' },
      ],
      '2026-01-01',
    ).index,
  );
  const marked = (texts: string[]) => findMentions(more, texts).map((m) => texts[m.block]!.slice(m.start, m.end));
  // The longer name is an organization of its own, one the dataset does not list.
  assert.deepEqual(marked(['Shell plc sold the Shell Petroleum Development Company of Nigeria; Shell said so.']), [
    'Shell plc',
    'Shell Petroleum Development Company of Nigeria',
    'Shell',
  ]);
  assert.equal(
    findMentions(more, ['Shell plc sold the Shell Petroleum Development Company of Nigeria.'])[1]!.entityId,
    'unlisted:organization:Shell Petroleum Development Company of Nigeria',
  );
  assert.deepEqual(marked(['Robert F. Kennedy Jr. spoke. Kennedy left.']), ['Robert F. Kennedy Jr.', 'Kennedy']);
});

test('a seat of government visited or stood outside is the building, not the government', () => {
  const seats = new EntityLookup(compileIndex([{ id: 'white-house', type: 'organization', name: 'White House', description: 'x' }], '2026-01-01').index);
  const marked = (texts: string[]) => findMentions(seats, texts).map((m) => texts[m.block]!.slice(m.start, m.end));
  assert.deepEqual(marked(['She visited the White House in May.', 'Protesters gathered outside the White House.']), []);
  assert.deepEqual(marked(['The White House said the talks would resume.', 'A statement from the White House followed.']), ['White House', 'White House']);
});

test('bodies that share a name are told apart by the country named before them or in the paragraph', () => {
  const bodies = new EntityLookup(
    compileIndex(
      [
        {
          id: 'ua-defence',
          type: 'organization',
          name: 'Ministry of Defence of Ukraine',
          shortNames: ['Ministry of Defence'],
          country: 'UA',
          description: 'x',
        },
        { id: 'ru-defence', type: 'organization', name: 'Ministry of Defence of Russia', shortNames: ['Ministry of Defence'], country: 'RU', description: 'x' },
        { id: 'kremlin', type: 'organization', name: 'Kremlin', country: 'RU', description: 'x' },
      ],
      '2026-01-01',
    ).index,
  );
  const linked = (texts: string[]) => findMentions(bodies, texts).map((m) => `${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
  assert.deepEqual(linked(['Ukraine’s Ministry of Defence said so.']), ['Ministry of Defence=ua-defence']);
  assert.deepEqual(linked(['The Kremlin and the Kremlin again.', 'Kyiv protested to Ukraine’s allies. The Ministry of Defence said it had no notice.']), [
    'Kremlin=kremlin',
    'Kremlin=kremlin',
    'Ministry of Defence=ua-defence',
  ]);
  // No country named nearby, and the article's own countries are too close to call: not linked to either.
  assert.deepEqual(
    linked(['The Ministry of Defence said it had no notice.']).map((s) => s.split('=')[1]),
    ['unlisted:organization:Ministry of Defence'],
  );
});

test('an organization\'s short name counts where only an organization fits: "Apple said", listed beside another', () => {
  const companies = new EntityLookup(
    compileIndex(
      [
        { id: 'apple', type: 'organization', name: 'Apple Inc.', shortNames: ['Apple'], description: 'x' },
        { id: 'netflix', type: 'organization', name: 'Netflix', description: 'x' },
        { id: 'amazon', type: 'organization', name: 'Amazon.com, Inc.', shortNames: ['Amazon'], description: 'x' },
      ],
      '2026-01-01',
    ).index,
  );
  const marked = (texts: string[]) => findMentions(companies, texts).map((m) => `${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
  assert.deepEqual(marked(['Apple said sales rose.']), ['Apple=apple']);
  assert.deepEqual(marked(['Streaming services, with Apple and Netflix, won most prizes.']), ['Apple=apple', 'Netflix=netflix']);
  assert.deepEqual(marked(['Fires spread across the Amazon said to be drier than ever.', 'An Apple a day.']), []);
});

test("a team's city standing alone is the team in an article that names the team, but not after a locative word", () => {
  const teams = new EntityLookup(
    compileIndex(
      [{ id: 'boston-celtics', type: 'organization', name: 'Boston Celtics', shortNames: ['Celtics'], kind: 'basketball team', description: 'x' }],
      '2026-01-01',
      { givenNames: [], places: ['Boston'] },
    ).index,
  );
  const marked = (texts: string[]) => findMentions(teams, texts).map((m) => `${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
  assert.deepEqual(
    marked(['The Boston Celtics won the title.', 'Boston built a lead early. Fans in Boston celebrated; the Boston Globe ran a special edition.']),
    ['Boston Celtics=boston-celtics', 'Boston=boston-celtics'],
  );
  assert.deepEqual(marked(['Boston built a lead early.']), []);
});

test('the passes run in a named order, the dataset first and names it lacks last', async () => {
  const { PASSES } = await import('./find-mentions.ts');
  assert.deepEqual(
    PASSES.map((p) => p.name),
    ['full names', 'short names', 'introduced acronyms', 'team cities', 'bylines', 'photo credits', 'unlisted names'],
  );
});

test('text in a language without a lexicon gets only the dataset names, with no English guessing', () => {
  const texts = [
    'By Jeanne Dupuis',
    'Le président Mark Carney a rencontré Renata Culpepper, une économiste de Brightwater Equity Partners.',
    'Mr. Carney a parlé avec Carney.',
  ];
  const marks = (lang: string | undefined) =>
    findMentions(lookup, texts, lang === undefined ? {} : { lang }).map(
      (m) => `${m.block}:${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}${m.descriptor ? ` (${m.descriptor})` : ''}`,
    );
  // French: the full name, and its surname repeated after it; no byline, no unlisted name, no descriptor.
  assert.deepEqual(marks('fr'), ['1:Mark Carney=mark-carney', '2:Carney=mark-carney', '2:Carney=mark-carney']);
  // English or no language declared: the English cues apply.
  for (const lang of ['en-CA', undefined]) {
    const english = marks(lang);
    assert.ok(english.includes('0:Jeanne Dupuis=byline:Jeanne Dupuis'), english.join('\n'));
    assert.ok(english.includes('1:Brightwater Equity Partners=unlisted:organization:Brightwater Equity Partners'), english.join('\n'));
  }
});

test('a short name that begins a longer name is not the dataset entity of that short name', () => {
  const withEdward = new EntityLookup(
    compileIndex([{ id: 'prince-edward', type: 'person', name: 'Prince Edward', shortNames: ['Edward'], description: 'x' }], '2026-01-01', {
      givenNames: ['Edward'],
      places: [],
    }).index,
  );
  const texts = ['Prince Edward opened the ward.', 'Dr. Edward Smithers, a physician, said the ward was ready.', 'Edward waved.'];
  // After another bearer's full name, "Edward" alone is left unmarked: the nearest full name would decide, and it is no dataset entity's.
  assert.deepEqual(
    findMentions(withEdward, texts).map((m) => `${m.block}:${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`),
    ['0:Prince Edward=prince-edward', '1:Edward Smithers=unlisted:person:Edward Smithers'],
  );
});
