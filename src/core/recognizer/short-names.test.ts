import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from './find-mentions.ts';
import { EntityLookup } from '../entity-lookup.ts';
import { compileIndex } from '../index-compiler.ts';
import type { EntityRecord } from '../entity-schema.ts';

/** The marks of `texts` as "block:text=entity", with a dataset of `records`. */
function marker(records: EntityRecord[], places: string[] = []): (texts: string[]) => string[] {
  const lookup = new EntityLookup(compileIndex(records, '2026-01-01', { givenNames: [], places }).index);
  return (texts) => findMentions(lookup, texts).map((m) => `${m.block}:${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
}

test('"Mr." and "Ms." before a surname check the gender the record gives', () => {
  const marks = marker([
    { id: 'donald-trump', type: 'person', name: 'Donald Trump', shortNames: ['Trump'], gender: 'male', description: 'x' },
    { id: 'marina-silva', type: 'person', name: 'Marina Silva', gender: 'female', description: 'x' },
    { id: 'pat-doyle', type: 'person', name: 'Pat Doyle', description: 'x' },
  ]);
  assert.deepEqual(marks(['Mr. Trump spoke.', 'Sir Trump?', 'President Trump too.']), ['0:Trump=donald-trump', '1:Trump=donald-trump', '2:Trump=donald-trump']);
  // A woman called Trump the dataset does not list: not Donald Trump, whatever the article says of him.
  assert.ok(!marks(['Ms. Trump spoke.']).includes('0:Trump=donald-trump'));
  assert.ok(!marks(['Donald Trump arrived.', 'Mrs. Trump waved.']).includes('1:Trump=donald-trump'));
  assert.deepEqual(marks(['Ms. Silva spoke.']), ['0:Silva=marina-silva']);
  assert.ok(!marks(['Mr. Silva spoke.']).includes('0:Silva=marina-silva'));
  // No gender in the record: either title will do.
  assert.deepEqual(marks(['Mr. Doyle spoke.', 'Ms. Doyle spoke.']), ['0:Doyle=pat-doyle', '1:Doyle=pat-doyle']);
});

test('of several people who share a surname, a gendered title picks the one it fits', () => {
  const marks = marker([
    { id: 'bill-clinton', type: 'person', name: 'Bill Clinton', gender: 'male', description: 'x' },
    { id: 'hillary-clinton', type: 'person', name: 'Hillary Clinton', gender: 'female', description: 'x' },
  ]);
  assert.deepEqual(marks(['Bill Clinton and Hillary Clinton arrived.', 'Mr. Clinton spoke first; then Mrs. Clinton.']), [
    '0:Bill Clinton=bill-clinton',
    '0:Hillary Clinton=hillary-clinton',
    '1:Clinton=bill-clinton',
    '1:Clinton=hillary-clinton',
  ]);
});

test('a surname that several people of the dataset bear needs a full mention; a title is not enough', () => {
  const marks = marker([
    { id: 'asif-ali-zardari', type: 'person', name: 'Asif Ali Zardari', shortNames: ['Zardari'], gender: 'male', description: 'x' },
    { id: 'bilawal-bhutto-zardari', type: 'person', name: 'Bilawal Bhutto Zardari', shortNames: ['Bilawal'], gender: 'male', description: 'x' },
    { id: 'boris-johnson', type: 'person', name: 'Boris Johnson', gender: 'male', description: 'x' },
    { id: 'mike-johnson', type: 'person', name: 'Mike Johnson', gender: 'male', description: 'x' },
    { id: 'elizabeth-warren', type: 'person', name: 'Elizabeth Warren', gender: 'female', description: 'x' },
    { id: 'warren-buffett', type: 'person', name: 'Warren Buffett', gender: 'male', description: 'x' },
  ]);
  // Both Johnsons have "Johnson" as their short name.
  assert.ok(!marks(['Mr. Johnson spoke.']).some((m) => m.endsWith('-johnson')));
  assert.deepEqual(marks(['Boris Johnson arrived.', 'Mr. Johnson spoke.']), ['0:Boris Johnson=boris-johnson', '1:Johnson=boris-johnson']);
  // Bilawal Bhutto Zardari's record leaves "Zardari" to Asif Ali Zardari, unless the article names Bilawal.
  assert.deepEqual(marks(['Mr. Zardari spoke.']), ['0:Zardari=asif-ali-zardari']);
  assert.ok(!marks(['Bilawal Bhutto Zardari arrived.', 'Mr. Zardari spoke.']).includes('1:Zardari=asif-ali-zardari'));
  assert.deepEqual(marks(['Asif Ali Zardari and Bilawal Bhutto Zardari arrived.', 'Mr. Zardari spoke.']).slice(-1), ['1:Zardari=asif-ali-zardari']);
  // A given name is no surname: Warren Buffett does not share "Warren" with Elizabeth Warren.
  assert.deepEqual(marks(['Warren Buffett wrote.', 'Senator Warren spoke.']), ['0:Warren Buffett=warren-buffett', '1:Warren=elizabeth-warren']);
});

test("a title before a short name says it is a person's, never an organization's", () => {
  const marks = marker([{ id: 'ford-motor', type: 'organization', name: 'Ford Motor Company', shortNames: ['Ford'], description: 'x' }]);
  assert.ok(!marks(['President Ford spoke.']).includes('0:Ford=ford-motor'));
  assert.ok(!marks(['Ford Motor Company rose.', 'Mr. Ford spoke.']).includes('1:Ford=ford-motor'));
});

test('a short name that is also a title is not marked where it stands before a name', () => {
  const marks = marker([
    { id: 'matthew-prince', type: 'person', name: 'Matthew Prince', gender: 'male', description: 'x' },
    { id: 'john-major', type: 'person', name: 'John Major', gender: 'male', description: 'x' },
  ]);
  const texts = ['Matthew Prince spoke about the network on Monday.', 'Later that evening Prince George waved at the crowd, and Prince said it was fine.'];
  assert.deepEqual(marks(texts), ['0:Matthew Prince=matthew-prince', '1:Prince=matthew-prince']);
  assert.deepEqual(
    marks(['John Major said the vote was close.', 'The pilot, Major Tom Hardy, said that Major was right.']).filter((m) => !m.includes('unlisted:')),
    ['0:John Major=john-major', '1:Major=john-major'],
  );
});

test('a short name that is also a place is not marked where the text goes on with the place', () => {
  const marks = marker(
    [
      {
        id: 'the-atlantic',
        type: 'organization',
        name: 'The Atlantic (magazine)',
        displayName: 'The Atlantic',
        shortNames: ['The Atlantic'],
        description: 'x',
      },
      { id: 'anne-applebaum', type: 'person', name: 'Anne Applebaum', description: 'x', relations: [{ kind: 'employed-by', target: 'the-atlantic' }] },
    ],
    ['Atlantic', 'Atlantic Ocean', 'Atlantic City'],
  );
  // The writer is evidence for the magazine, but not where the text names the ocean.
  const texts = [
    'Anne Applebaum wrote about the storms of this year.',
    'The Atlantic Ocean is warming and the water is rising.',
    'The Atlantic hurricane season began early, the forecasters said.',
    'The Atlantic published her essay in the spring.',
  ];
  assert.deepEqual(marks(texts), ['0:Anne Applebaum=anne-applebaum', '3:The Atlantic=the-atlantic']);
  assert.deepEqual(marks(['The Atlantic City casinos reopened on the weekend.']), []);
});

test('a name that begins with "The" is the publication where the capital stands inside a sentence', () => {
  const marks = marker(
    [
      {
        id: 'the-atlantic',
        type: 'organization',
        name: 'The Atlantic (magazine)',
        displayName: 'The Atlantic',
        shortNames: ['The Atlantic'],
        description: 'x',
      },
    ],
    ['Atlantic'],
  );
  assert.deepEqual(marks(['This article originally appeared on The Atlantic.', 'An essay in The Atlantic argued so, and the magazine stood by it.']), [
    '0:The Atlantic=the-atlantic',
    '1:The Atlantic=the-atlantic',
  ]);
  // At a sentence's start, or in quotes, the capital says nothing.
  assert.deepEqual(marks(['The Atlantic is warming faster than expected, and it is rising.', 'He said “The Atlantic is wide” to the crowd.']), []);
});

test("a body that many countries have, held once in the dataset, is resolved by the article's country", () => {
  const marks = marker([
    { id: 'bundesrat', type: 'organization', name: 'Bundesrat of Germany', shortNames: ['Bundesrat'], country: 'DE', description: 'x' },
    { id: 'olaf-scholz', type: 'person', name: 'Olaf Scholz', country: 'DE', description: 'x' },
    { id: 'friedrich-merz', type: 'person', name: 'Friedrich Merz', country: 'DE', description: 'x' },
    { id: 'cdu', type: 'organization', name: 'Christian Democratic Union', country: 'DE', description: 'x' },
    { id: 'karl-nehammer', type: 'person', name: 'Karl Nehammer', country: 'AT', description: 'x' },
  ]);
  const ids = (texts: string[]) => marks(texts).filter((m) => m.endsWith('=bundesrat'));
  // The country named right before it, or last in the paragraph.
  assert.deepEqual(ids(['Germany’s Bundesrat approved the law.']), ['0:Bundesrat=bundesrat']);
  assert.deepEqual(ids(['Berlin and Germany’s states argued for weeks. In the end the Bundesrat approved the law.']), ['0:Bundesrat=bundesrat']);
  assert.deepEqual(ids(['Austria’s Bundesrat approved the law.', 'Vienna cheered after Austria voted. The Bundesrat approved it.']), []);
  // No country named: the article's own, when it names that country's entities far more than any other's.
  assert.deepEqual(ids(['Friedrich Merz, Olaf Scholz and the Christian Democratic Union agreed.', 'The Bundesrat approved the law.']), [
    '1:Bundesrat=bundesrat',
  ]);
  assert.deepEqual(ids(['Friedrich Merz and Karl Nehammer met.', 'The Bundesrat approved the law.']), []);
  assert.deepEqual(ids(['The Bundesrat approved the law.']), []);
});

test('a name that is not a body of many countries is not resolved by the country alone', () => {
  const marks = marker([
    { id: 'apple', type: 'organization', name: 'Apple Inc.', shortNames: ['Apple'], country: 'US', description: 'x' },
    { id: 'joe-biden', type: 'person', name: 'Joe Biden', country: 'US', description: 'x' },
    { id: 'kamala-harris', type: 'person', name: 'Kamala Harris', country: 'US', description: 'x' },
    { id: 'us-congress', type: 'organization', name: 'United States Congress', country: 'US', description: 'x' },
  ]);
  assert.deepEqual(
    marks(['Joe Biden, Kamala Harris and the United States Congress agreed.', 'Farmers in America say Apple harvests grew.']).filter((m) =>
      m.endsWith('=apple'),
    ),
    [],
  );
});

test("a paper's short name that papers of several countries share goes to the one the article names, or of its country", () => {
  const marks = marker([
    { id: 'the-new-york-times', type: 'organization', name: 'The New York Times', shortNames: ['The Times'], country: 'US', description: 'x' },
    { id: 'the-times', type: 'organization', name: 'The Times (London)', displayName: 'The Times', shortNames: ['The Times'], country: 'GB', description: 'x' },
    { id: 'joe-biden', type: 'person', name: 'Joe Biden', country: 'US', description: 'x' },
    { id: 'kamala-harris', type: 'person', name: 'Kamala Harris', country: 'US', description: 'x' },
    { id: 'us-congress', type: 'organization', name: 'United States Congress', country: 'US', description: 'x' },
  ]);
  const times = (texts: string[]) => marks(texts).filter((m) => m.includes(':The Times='));
  assert.deepEqual(times(['An analysis by The New York Times found so.', 'He joined The Times in 2007.']), ['1:The Times=the-new-york-times']);
  assert.deepEqual(times(['Joe Biden, Kamala Harris and the United States Congress agreed.', 'He joined The Times in 2007.']), [
    '1:The Times=the-new-york-times',
  ]);
  assert.deepEqual(times(['Britain’s The Times reported it first.']), ['0:The Times=the-times']);
  assert.deepEqual(times(['He joined The Times in 2007.']), []);
});

test('a country named right before a shared body decides, even where another country’s body was named earlier', () => {
  const marks = marker([
    { id: 'bundesrat', type: 'organization', name: 'Bundesrat of Germany', shortNames: ['Bundesrat'], country: 'DE', description: 'x' },
    {
      id: 'us-supreme-court',
      type: 'organization',
      name: 'Supreme Court of the United States',
      aliases: ['U.S. Supreme Court'],
      shortNames: ['Supreme Court'],
      country: 'US',
      description: 'x',
    },
    { id: 'supreme-court-of-canada', type: 'organization', name: 'Supreme Court of Canada', shortNames: ['Supreme Court'], country: 'CA', description: 'x' },
    { id: 'supreme-court-of-india', type: 'organization', name: 'Supreme Court of India', shortNames: ['Supreme Court'], country: 'IN', description: 'x' },
  ]);
  const bodies = (texts: string[]) => marks(texts).filter((m) => /=(bundesrat|supreme-court-of-\w+|us-supreme-court)$/.test(m));
  // Another country's body of the same name: the first one named is no evidence for it.
  assert.deepEqual(bodies(['Germany’s Bundesrat approved the law on Friday.', 'Austria’s Bundesrat followed a week later.']), ['0:Bundesrat=bundesrat']);
  assert.deepEqual(bodies(['The U.S. Supreme Court ruled on Monday.', 'The Canadian Supreme Court ruled on Friday.']), [
    '0:U.S. Supreme Court=us-supreme-court',
    '1:Supreme Court=supreme-court-of-canada',
  ]);
  assert.deepEqual(bodies(['India’s Supreme Court ruled on Monday.', 'Canada’s Supreme Court ruled on Friday, and the Supreme Court of India waited.']), [
    '0:Supreme Court=supreme-court-of-india',
    '1:Supreme Court=supreme-court-of-canada',
    '1:Supreme Court of India=supreme-court-of-india',
  ]);
  // With no country right before it, the body the article named most recently is still meant.
  assert.deepEqual(bodies(['Canada’s Supreme Court ruled on Friday.', 'The Supreme Court said its ruling was final.']), [
    '0:Supreme Court=supreme-court-of-canada',
    '1:Supreme Court=supreme-court-of-canada',
  ]);
});
