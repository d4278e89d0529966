import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from './find-mentions.ts';
import { EntityLookup } from '../entity-lookup.ts';
import { compileIndex } from '../index-compiler.ts';
import type { EntityRecord } from '../entity-schema.ts';
import { foundMentions } from '../../../dev/found-mentions.ts';

const records: EntityRecord[] = [
  { id: 'jerome-powell', type: 'person', name: 'Jerome Powell', description: 'x' },
  { id: 'federal-reserve', type: 'organization', name: 'Federal Reserve', aliases: ['Fed'], description: 'x' },
  { id: 'gordon-brown', type: 'person', name: 'Gordon Brown', description: 'x' },
  { id: 'shell', type: 'organization', name: 'Shell plc', shortNames: ['Shell'], description: 'x' },
  { id: 'harwell-university', type: 'organization', name: 'Harwell University', shortNames: ['Harwell'], description: 'x' },
];
const lookup = new EntityLookup(
  compileIndex(records, '2026-01-01', {
    givenNames: ['Renata', 'Jaylen', 'Gbenga', 'Yvonne', 'Anna', 'May', 'Louis', 'Hong', 'Sierra'],
    places: ['Hong Kong', 'Sierra Leone'],
  }).index,
);

/** Each mention as "text=kind:name", where kind is the dataset id or "P"/"O" for an unlisted person or organization. */
function found(texts: string[]): string[] {
  return foundMentions(lookup, texts);
}

test('a given name and a surname in prose make a person; the surname alone then means them', () => {
  assert.deepEqual(found(['Renata Culpepper, a partner at the firm, said rates would fall.', 'Culpepper’s note went further.']), [
    'Renata Culpepper=P:Renata Culpepper',
    'Culpepper=P:Renata Culpepper',
  ]);
});

test('a title before a name makes a person, and the title is not part of the name', () => {
  assert.deepEqual(found(['U.S. District Judge Yvonne Gonzalez Rogers ruled on Friday.']), ['Yvonne Gonzalez Rogers=P:Yvonne Gonzalez Rogers']);
  assert.deepEqual(found(['The decision came as Mr. Okafor left the room.']), ['Okafor=P:Okafor']);
});

test('organizations end with an organization word or take an "of" complement; a leading "The" is left out', () => {
  assert.deepEqual(found(['The Hollowell Fiscal Institute published the study.']), ['Hollowell Fiscal Institute=O:Hollowell Fiscal Institute']);
  assert.deepEqual(found(['Officials at the Ministry of Foreign Affairs declined to comment.']), ['Ministry of Foreign Affairs=O:Ministry of Foreign Affairs']);
  assert.deepEqual(found(['An appeal went to the U.S. Court of Appeals for the Ninth Circuit in March.']), [
    'U.S. Court of Appeals for the Ninth Circuit=O:U.S. Court of Appeals for the Ninth Circuit',
  ]);
});

test('an organization before titles and a name yields both', () => {
  assert.deepEqual(found(['He met Regulatory Commission Chief Executive Gbenga Komolafe on Tuesday to discuss licences.']), [
    'Regulatory Commission=O:Regulatory Commission',
    'Gbenga Komolafe=P:Gbenga Komolafe',
  ]);
});

test('an acronym introduced after an organization means it later', () => {
  assert.deepEqual(found(['The National Electoral Commission (PKW) certified the count.', 'The PKW said turnout was high.']), [
    'National Electoral Commission=O:National Electoral Commission',
    'PKW=O:National Electoral Commission',
    'PKW=O:National Electoral Commission',
  ]);
});

test('a surname shared with a dataset person follows the name the article used, unless both are named', () => {
  assert.deepEqual(found(['Jaylen Brown scored 30 points.', 'Brown also had eight rebounds.']), ['Jaylen Brown=P:Jaylen Brown', 'Brown=P:Jaylen Brown']);
  // With the dataset's Gordon Brown named too, "Brown" alone could be either: it is left unmarked.
  assert.deepEqual(found(['Gordon Brown spoke first.', 'Jaylen Brown spoke next.', 'Brown then left.']), [
    'Gordon Brown=gordon-brown',
    'Jaylen Brown=P:Jaylen Brown',
  ]);
});

test('headlines in title case and capitals repeat names found in prose but introduce none', () => {
  assert.deepEqual(found(['Analyst Renata Culpepper Warns Of Slowdown', 'Markets were calm.']), []);
  assert.deepEqual(found(['CULPEPPER WARNS OF SLOWDOWN', 'Renata Culpepper, an analyst, spoke on Monday.']), [
    'CULPEPPER=P:Renata Culpepper',
    'Renata Culpepper=P:Renata Culpepper',
  ]);
});

test('places, events, months and ordinary capitalized words are not names', () => {
  assert.deepEqual(found(['In May Day parades, crowds filled the streets.']), []);
  assert.deepEqual(found(['Flights resumed at St. Louis Lambert International Airport.']), []);
  assert.deepEqual(found(['The Anna Freud Memorial Lecture was cancelled.']), []);
  assert.deepEqual(found(['When Renata arrived, the meeting began.']), []);
  assert.deepEqual(found(['Protests in Hong Kong and Sierra Leone Police statements were covered widely.']), ['Sierra Leone Police=O:Sierra Leone Police']);
});

test('a dataset organization that begins a longer organization name gives way to it', () => {
  assert.deepEqual(found(['Shell Petroleum Development Company of Nigeria sold its stake.']), [
    'Shell Petroleum Development Company of Nigeria=O:Shell Petroleum Development Company of Nigeria',
  ]);
});

test('how the article describes a name is kept on the mention', () => {
  const texts = ['Fed Governor Jerome Powell spoke.', 'Renata Culpepper, a partner at Brightwater Equity Partners, disagreed.'];
  const described = findMentions(lookup, texts)
    .filter((m) => m.descriptor)
    .map((m) => `${texts[m.block]!.slice(m.start, m.end)}: ${m.descriptor}`);
  assert.deepEqual(described, ['Jerome Powell: Fed Governor', 'Renata Culpepper: a partner at Brightwater Equity Partners']);
});

test("a name found before a longer organization's name becomes part of it; an ampersand never joins one person", () => {
  assert.deepEqual(found(['Gordon Brown spoke. The Brown Family Foundation gave money.']), [
    'Gordon Brown=gordon-brown',
    'Brown Family Foundation=O:Brown Family Foundation',
  ]);
  assert.deepEqual(found(['Shares of Renata & Culpepper rose.']), []);
});

test('an organization is later called by its distinctive first word, never by a generic one', () => {
  assert.deepEqual(found(['Analysts at Brightwater Equity Partners cut their forecast.', 'Brightwater said demand had slowed.']), [
    'Brightwater Equity Partners=O:Brightwater Equity Partners',
    'Brightwater=O:Brightwater Equity Partners',
  ]);
  assert.deepEqual(found(['The National Electoral Commission met on Monday to review the count.', 'National pride was at stake.']), [
    'National Electoral Commission=O:National Electoral Commission',
  ]);
});

test("a formal form of a dataset person's name is that person; a plain namesake is not", () => {
  const people = new EntityLookup(
    compileIndex(
      [
        { id: 'joe-biden', type: 'person', name: 'Joe Biden', description: 'x' },
        { id: 'mike-johnson', type: 'person', name: 'Mike Johnson', description: 'x' },
      ],
      '2026-01-01',
      { givenNames: ['Joseph', 'Jill', 'Michael'], places: [] },
    ).index,
  );
  const linked = (texts: string[]) => findMentions(people, texts).map((m) => `${texts[m.block]!.slice(m.start, m.end)}=${m.entityId}`);
  assert.deepEqual(linked(['Former President Joseph R. Biden Jr. spoke on Monday.', 'Biden said the economy had recovered.']), [
    'Joseph R. Biden Jr.=joe-biden',
    'Biden=joe-biden',
  ]);
  assert.deepEqual(linked(['Michael Johnson, a sprinter, won gold.', 'Jill Biden arrived later.']), [
    'Michael Johnson=unlisted:person:Michael Johnson',
    'Jill Biden=unlisted:person:Jill Biden',
  ]);
});

test("a person's role in lowercase right before a name makes it a person, whatever the first name", () => {
  assert.deepEqual(found(['Lagos-based economist Tiwalade Ogunlesi said inflation would ease.', 'Ogunlesi expects two cuts.']), [
    'Tiwalade Ogunlesi=P:Tiwalade Ogunlesi',
    'Ogunlesi=P:Tiwalade Ogunlesi',
  ]);
  // What an organization is, said before its name, makes it an organization, never a person.
  assert.deepEqual(found(['The survey by research firm Hollowmere Tesh was cited.']), ['Hollowmere Tesh=O:Hollowmere Tesh']);
});

test('an administration named after one word is a government, not a body; an award is not an organization', () => {
  assert.deepEqual(found(['The Small Business Administration approved the loans, officials said.']), [
    'Small Business Administration=O:Small Business Administration',
  ]);
  assert.deepEqual(found(['Officials in the Culpepper Administration disagreed with the plan.', 'She received the Order of Canada in 2019.']), []);
});

test('a role held in an organization before "of", "at" or "for" makes the single word after it an organization, and its later mentions too', () => {
  assert.deepEqual(
    found(['“We grew fast,” said Tamsin Oduya, co-founder and CEO of Quillborne.', 'Quillborne now sells in nine countries.', 'The mayor of Harwich agreed.']),
    ['Tamsin Oduya=P:Tamsin Oduya', 'Quillborne=O:Quillborne', 'Quillborne=O:Quillborne'],
  );
});

test('a verb and "its" after a name make it an organization, unless it names a place or a thing', () => {
  assert.deepEqual(found(['Pebble Orchard published its survey on Monday.', 'Pebble Orchard also counted votes.']), [
    'Pebble Orchard=O:Pebble Orchard',
    'Pebble Orchard=O:Pebble Orchard',
  ]);
  assert.deepEqual(found(['Quillborne opened its doors in May.']), ['Quillborne=O:Quillborne']);
  assert.deepEqual(found(['Hong Kong reopened its borders, and the Harbour Bridge closed its lanes.']), []);
});

test('a role held at an organization before a short name of the dataset is evidence for it; "professor of" names a subject', () => {
  assert.deepEqual(found(['“It is rare,” said Renata Culpepper, an economist at Harwell.']), [
    'Renata Culpepper=P:Renata Culpepper',
    'Harwell=harwell-university',
  ]);
  assert.deepEqual(found(['A graduate of Pennock, she is a professor of History and a student of Harwell lore.']), ['Pennock=O:Pennock']);
});

test('a name with no cue of its own is a person when it is listed beside people the article names', () => {
  assert.deepEqual(found(['Our thanks go to Renata Culpepper, Oyelaran Feyisetan, Kwabe Darnley and Anna Tolliver for the data.']), [
    'Renata Culpepper=P:Renata Culpepper',
    'Oyelaran Feyisetan=P:Oyelaran Feyisetan',
    'Kwabe Darnley=P:Kwabe Darnley',
    'Anna Tolliver=P:Anna Tolliver',
  ]);
  assert.deepEqual(found(['Anna Tolliver, Hong Kong, sent the data.']), ['Anna Tolliver=P:Anna Tolliver']);
});
