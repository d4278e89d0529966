// The hard cases of real news that issue #13 names, each in our own words:
// names the dataset lacks, and what must not get worse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from './find-mentions.ts';
import { EntityLookup } from '../entity-lookup.ts';
import { compileIndex } from '../index-compiler.ts';
import type { EntityRecord } from '../entity-schema.ts';
import { foundMentions } from '../../../dev/found-mentions.ts';

const records: EntityRecord[] = [
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', description: 'x' },
  { id: 'benjamin-netanyahu', type: 'person', name: 'Benjamin Netanyahu', shortNames: ['Netanyahu'], description: 'x' },
  { id: 'nato', type: 'organization', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], description: 'x' },
  { id: 'facebook', type: 'organization', name: 'Facebook', kind: 'social networking service', description: 'x' },
  { id: 'george-w-bush', type: 'person', name: 'George W. Bush', shortNames: ['Bush'], description: 'x' },
  { id: 'ada-brightwell', type: 'person', name: 'Ada Brightwell', shortNames: ['Brightwell'], description: 'x' },
  { id: 'university-of-cambridge', type: 'organization', name: 'University of Cambridge', shortNames: ['Cambridge'], description: 'x' },
  { id: 'instagram', type: 'organization', name: 'Instagram', description: 'x' },
  { id: 'whatsapp', type: 'organization', name: 'WhatsApp', description: 'x' },
  { id: 'aclu', type: 'organization', name: 'American Civil Liberties Union', aliases: ['ACLU'], description: 'x' },
  { id: 'us-senate', type: 'organization', name: 'United States Senate', shortNames: ['Senate'], description: 'x' },
  { id: 'crew', type: 'organization', name: 'Citizens for Responsibility and Ethics in Washington', aliases: ['CREW'], description: 'x' },
  { id: 'prince-edward', type: 'person', name: 'Prince Edward, Duke of Edinburgh', aliases: ['Prince Edward'], shortNames: ['Edward'], description: 'x' },
  { id: 'the-federalist', type: 'organization', name: 'The Federalist', kind: 'online magazine', description: 'x' },
  { id: 'urban-brookings', type: 'organization', name: 'Urban–Brookings Tax Policy Center', description: 'x' },
];
const lookup = new EntityLookup(
  compileIndex(records, '2026-01-01', {
    givenNames: ['Edward', 'Margaret', 'Daniel', 'Sarah', 'George', 'Ada', 'Will', 'Bill', 'Jackson', 'Lupita', 'Seamus', 'Priscilla', 'Ocean'],
    places: ['Cambridge', 'San Diego'],
  }).index,
);

/** Each mention as "text=who", where who is the dataset id, or "P:name"/"O:name" for a person or organization the dataset lacks. */
function found(...texts: string[]): string[] {
  return foundMentions(lookup, texts);
}

test('a platform is the place of a post only after "on" or a verb of posting, and never with a possessive', () => {
  assert.deepEqual(found('She posted it on Facebook and then posted to Facebook again.'), []);
  assert.deepEqual(found('The browser sends a request to Facebook, and the data goes to Facebook’s servers on Facebook’s terms.'), [
    'Facebook=facebook',
    'Facebook=facebook',
    'Facebook=facebook',
  ]);
});

test('soft hyphens and other invisible characters inside a name do not break it', () => {
  const text = 'Russian President Vladi\u00admir Putin spoke, and Benjamin Netan\u200byahu\u2060 answered; Netan\u00adyahu\u00ad\u2019s aides left.';
  const mentions = findMentions(lookup, [text]);
  assert.deepEqual(
    mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`),
    ['Vladi\u00admir Putin=vladimir-putin', 'Benjamin Netan\u200byahu=benjamin-netanyahu', 'Netan\u00adyahu=benjamin-netanyahu'],
  );
});

test('a surname the article gave to a person stays theirs when an organization starts with the same word', () => {
  assert.deepEqual(found('The equations came from the meteorologist Edward Lorenz.', 'A co-director of the Lorenz Center said that Lorenz had thanked her.'), [
    'Edward Lorenz=P:Edward Lorenz',
    'Lorenz Center=O:Lorenz Center',
    'Lorenz=P:Edward Lorenz',
  ]);
});

test("the first word of an organization's name is no later mention of it when the article writes it as a common word", () => {
  assert.deepEqual(found('She curates the Neon Museum in the desert.', 'Neon signs glow; neon itself glows orange.'), ['Neon Museum=O:Neon Museum']);
  assert.deepEqual(found('She curates the Brightwater Museum in the desert.', 'Brightwater opened a wing.'), [
    'Brightwater Museum=O:Brightwater Museum',
    'Brightwater=O:Brightwater Museum',
  ]);
  // In a headline, the name's own next word after the first says it names something built on it: "Quarrel Kite" is a product.
  assert.deepEqual(found('The Quarrel Kite Foundation was set up by teachers.', 'Quarrel Kite - Ways to Fly', 'Quarrel grew fast.'), [
    'Quarrel Kite Foundation=O:Quarrel Kite Foundation',
    'Quarrel=O:Quarrel Kite Foundation',
  ]);
});

test('photo credits are read like bylines, with "Credit" glued to the name, and credit the agencies after a slash', () => {
  assert.deepEqual(found('Workers fix a main in Queens.CreditCreditHana Okoro/Daily Planet Photos'), [
    'Hana Okoro=byline:Hana Okoro',
    'Daily Planet Photos=O:Daily Planet Photos',
  ]);
  assert.deepEqual(found('Rock salt on a street.Credit Ivo Brandt for the Daily Planet'), []);
  assert.deepEqual(found('Rock salt on a street.Credit Ivo Brandt for The Daily Planet'), [
    'Ivo Brandt=byline:Ivo Brandt',
    'The Daily Planet=O:The Daily Planet',
  ]);
  assert.deepEqual(found('Photograph: Lea W. Marsh/Ponte Images, via Stockhaus'), [
    'Lea W. Marsh=byline:Lea W. Marsh',
    'Ponte Images=O:Ponte Images',
    'Stockhaus=O:Stockhaus',
  ]);
  assert.deepEqual(found('a lab in the old port | photo by Oriol Bardet'), ['Oriol Bardet=byline:Oriol Bardet']);
  // A caption that ends with the credit: the name starts with a given name, or opens the block or a parenthesis.
  assert.deepEqual(found('The cabaret at night in Paris Margaret Tessel/Pressfoto'), ['Margaret Tessel=byline:Margaret Tessel', 'Pressfoto=O:Pressfoto']);
  assert.deepEqual(found('Devi Hardaway/Pressfoto'), ['Devi Hardaway=byline:Devi Hardaway', 'Pressfoto=O:Pressfoto']);
  assert.deepEqual(found('Crowds after the vote. (Tomas Coeur/Pressfoto/Stockhaus Images)'), [
    'Tomas Coeur=byline:Tomas Coeur',
    'Pressfoto=O:Pressfoto',
    'Stockhaus Images=O:Stockhaus Images',
  ]);
  // No credit: a common noun after the word, an agency's name before the slash.
  assert.deepEqual(found('Credit cards and student loans add up.', 'Mike Ward Images/Pressfoto'), []);
});

test('different middle initials are different people', () => {
  assert.deepEqual(found('President George H.W. Bush held back the loans.'), ['George H.W. Bush=P:George H.W. Bush']);
  assert.deepEqual(found('President George Walker Bush spoke.'), ['George Walker Bush=george-w-bush']);
});

test("a dataset person's surname that starts an organization's name is the organization's", () => {
  assert.deepEqual(found('Ada Brightwell spoke.', 'A co-director of the Brightwell Institute said that Brightwell had left.'), [
    'Ada Brightwell=ada-brightwell',
    'Brightwell Institute=O:Brightwell Institute',
    'Brightwell=ada-brightwell',
  ]);
});

test('people the dataset lacks, with no known first name and no title: the words beside the name say so', () => {
  assert.deepEqual(found('“It is fixed in place,” said Rae Zimmerman, a research professor of planning.'), ['Rae Zimmerman=P:Rae Zimmerman']);
  assert.deepEqual(found('Hori Parata said the whales were hurting.'), ['Hori Parata=P:Hori Parata']);
  assert.deepEqual(found('The fleet is shrinking, according to Tevita Lolo.'), ['Tevita Lolo=P:Tevita Lolo']);
  assert.deepEqual(found('Kauri carves, watched by his father, Hori Parata, at their home.'), ['Hori Parata=P:Hori Parata']);
  assert.deepEqual(found('The boat is in for repairs, and skipper Wade Bassi is worried.', 'Bassi, 43 years a fisherman, keeps an eye on it.'), [
    'Wade Bassi=P:Wade Bassi',
    'Bassi=P:Wade Bassi',
  ]);
  assert.deepEqual(found('“Don’t worry,” Nehemia Velez, the agency’s district supervisor, told them.'), ['Nehemia Velez=P:Nehemia Velez']);
  assert.deepEqual(found('Later Ruahine Tipene, 75, spoke.'), ['Ruahine Tipene=P:Ruahine Tipene']);
  assert.deepEqual(found('The crew asked Tomo Harawira, who had seen it before.'), ['Tomo Harawira=P:Tomo Harawira']);
});

test('a run that only qualifies a role after it is no person: "said Goldman Sachs analyst …"', () => {
  assert.deepEqual(found('The price will fall, said Harbin Works analyst Sarah Gille.'), ['Sarah Gille=P:Sarah Gille']);
});

test('names after "Miss", and initials before a given name', () => {
  assert.deepEqual(found('Special thanks are due to Miss Ellen Fetter for the computations.'), ['Ellen Fetter=P:Ellen Fetter']);
  assert.deepEqual(found('“It matters,” said C. Edward Steuerle, a fellow at the institute.'), ['C. Edward Steuerle=P:C. Edward Steuerle']);
});

test('organizations with no head word: what they are, said beside them', () => {
  assert.deepEqual(found('The strandings rose, according to whale rescue group Project Jonah, this year.'), ['Project Jonah=O:Project Jonah']);
  assert.deepEqual(found('He is a member of the Manu Taupunga group that recovers the bodies.'), ['Manu Taupunga=O:Manu Taupunga']);
  // An adjective is no organization's role, and a possessive starts another phrase.
  assert.deepEqual(found('The disease threatens the giant Tane Mahuta, which is old.'), []);
  assert.deepEqual(found('It ends a century of drilling in the Niger Delta, the company said.'), []);
});

test('a surname with a particle is found in lowercase and, opening a sentence, capitalized', () => {
  assert.deepEqual(
    found('The philosopher Luiz de Marenda wrote a history of neon.', 'Nonetheless, de Marenda makes a case.', 'De Marenda’s account is vivid.'),
    ['Luiz de Marenda=P:Luiz de Marenda', 'de Marenda=P:Luiz de Marenda', 'De Marenda=P:Luiz de Marenda'],
  );
});

test('a later surname mention opens a sentence right after another sentence that ends in a capitalized word', () => {
  assert.deepEqual(found('The geophysicist Daniel Rothman joined the department.', 'She met Lorenz and Rothman. Rothman reached out to her.'), [
    'Daniel Rothman=P:Daniel Rothman',
    'Rothman=P:Daniel Rothman',
    'Rothman=P:Daniel Rothman',
  ]);
});

test('a given name alone is the person the article named with it, unless it names the name or someone else', () => {
  assert.deepEqual(found('Sarah Gille studied oceanography.', 'Later, Sarah moved to San Diego.'), ['Sarah Gille=P:Sarah Gille', 'Sarah=P:Sarah Gille']);
  assert.deepEqual(found('Sarah Gille studied oceanography.', 'There was a second Sarah in the class.'), ['Sarah Gille=P:Sarah Gille']);
  assert.deepEqual(found('Sarah Gille studied oceanography.', 'See Wilson, Sarah (2009).'), ['Sarah Gille=P:Sarah Gille']);
  // A given name that the article also writes as a word is left alone.
  assert.deepEqual(found('Will Tanner spoke first.', 'Will the vote pass? Nobody will say.'), ['Will Tanner=P:Will Tanner']);
});

test('surnames that are also words, and "Bill" as a first name', () => {
  assert.deepEqual(found('Bill Park said rates would rise.', 'Park added that the plan was sound.'), ['Bill Park=P:Bill Park', 'Park=P:Bill Park']);
  assert.deepEqual(found('Mr. Park arrived late.'), ['Park=P:Park']);
  assert.deepEqual(found('“It is late,” said Lois Lane, a reporter.'), ['Lois Lane=P:Lois Lane']);
  // Without a cue, such a word still ends a place or a thing.
  assert.deepEqual(found('The Farm Bill passed, and Jackson Park is closed.'), []);
});

test('apostrophes inside a name: a capital after it, a lowercase part, and a possessive after the name', () => {
  assert.deepEqual(found("Lupita Nyong'o's dress was stolen.", 'Police said Lupita had reported it.'), [
    "Lupita Nyong'o=P:Lupita Nyong'o",
    "Lupita=P:Lupita Nyong'o",
  ]);
  assert.deepEqual(found('Seamus O’Neill’s team won.', 'O’Neill smiled.'), ['Seamus O’Neill=P:Seamus O’Neill', 'O’Neill=P:Seamus O’Neill']);
});

test('a dataset name that starts a longer name nobody knows is not marked as the shorter one', () => {
  assert.deepEqual(
    found('The storm around Facebook and Cambridge Analytica grew, critics said on Monday.', 'Cambridge Analytica denied it in a long statement.'),
    ['Facebook=facebook', 'Cambridge Analytica=O:Cambridge Analytica', 'Cambridge Analytica=O:Cambridge Analytica'],
  );
  // A title after the name is no longer name: "Senate Majority Leader".
  assert.deepEqual(found('The United States Senate voted, and Senate Majority Leader Jo Harte said so on a long Monday.'), [
    'United States Senate=us-senate',
    'Senate=us-senate',
    'Jo Harte=P:Jo Harte',
  ]);
});

test("organizations listed beside the dataset's: one word between two, a longer name beside one", () => {
  assert.deepEqual(found('The company owns Instagram, Atlas, WhatsApp and dozens of other firms, critics said.'), [
    'Instagram=instagram',
    'Atlas=O:Atlas',
    'WhatsApp=whatsapp',
  ]);
  assert.deepEqual(found('“It is wrong,” said Harbor Analytica and Facebook in a statement on Monday.'), [
    'Harbor Analytica=O:Harbor Analytica',
    'Facebook=facebook',
  ]);
  // ", and the" may join two clauses: no list on one side.
  assert.deepEqual(found('Jo Tatum was voted Finals MVP, and the American Civil Liberties Union said nothing.'), ['American Civil Liberties Union=aclu']);
});

test('acronyms the article uses without spelling them out', () => {
  assert.deepEqual(found('The EFF said the rule was wrong, and critics agreed on Monday.', 'Later the EFF sued the agency.'), ['EFF=O:EFF', 'EFF=O:EFF']);
  assert.deepEqual(found('Lawyers for the ACLU and the EFF filed briefs in the long case.'), ['ACLU=aclu', 'EFF=O:EFF']);
  assert.deepEqual(found('GDP grew and AI boomed while the USB port broke on Monday, critics said.'), []);
});

test('names with "and" or "for" inside, and two organizations joined by "and the"', () => {
  assert.deepEqual(found('The Society for Science and the Public said it would fund the fair next year.'), [
    'Society for Science and the Public=O:Society for Science and the Public',
  ]);
  assert.deepEqual(found('The Department of Health and the Treasury met on Monday to discuss the budget.'), ['Department of Health=O:Department of Health']);
  // A list inside the complement, and a place listed after a comma, which ends the name.
  assert.deepEqual(found('She spoke to the Academy of Tanners, Dyers and Weavers about wages.'), [
    'Academy of Tanners, Dyers and Weavers=O:Academy of Tanners, Dyers and Weavers',
  ]);
  assert.deepEqual(found('He taught at the College of Marlow, Cambridge and Leeds for years.'), ['College of Marlow=O:College of Marlow']);
  assert.deepEqual(found('It glows in museums such as the Museum of Neon Art and the Neon Museum in the desert, she wrote.'), [
    'Museum of Neon Art=O:Museum of Neon Art',
    'Neon Museum=O:Neon Museum',
  ]);
});

test('an acronym the article spells out as something else is not the dataset entity of that acronym, anywhere in the article', () => {
  assert.deepEqual(found('Our Network Access Token Office (NATO) issues the keys.', 'NATO renews them each month.'), [
    'Network Access Token Office=O:Network Access Token Office',
    'NATO=O:Network Access Token Office',
    'NATO=O:Network Access Token Office',
  ]);
  assert.deepEqual(found('The North Atlantic Treaty Organization (NATO) met.', 'NATO allies agreed.'), [
    'North Atlantic Treaty Organization=nato',
    'NATO=nato',
    'NATO=nato',
  ]);
  // Letters that spell only the end of a longer name say nothing: the whole may be the entity's name.
  assert.deepEqual(found('He joined the Office of North Atlantic Treaty Organization (NATO) affairs.', 'NATO allies agreed.'), [
    'North Atlantic Treaty Organization=nato',
    'NATO=nato',
    'NATO=nato',
  ]);
});

test('"Nato" and "NATO" are the same name, unless the article also writes the word in lowercase', () => {
  assert.deepEqual(found('Nato allies met on Monday, and the Nato summit will go on as planned.'), ['Nato=nato', 'Nato=nato']);
  assert.deepEqual(found('Crew members left the ship, and the crew was paid.'), []);
});

test('a hyphen and an en dash inside a name are the same', () => {
  assert.deepEqual(found('Analysts at the Urban-Brookings Tax Policy Center and the Urban–Brookings Tax Policy Center agree.'), [
    'Urban-Brookings Tax Policy Center=urban-brookings',
    'Urban–Brookings Tax Policy Center=urban-brookings',
  ]);
});

test('a title and a common first name do not make a famous bearer of that first name', () => {
  assert.deepEqual(found('Prince Edward visited the school.', 'Later Dr. Edward Smithers said the tests were clean.'), [
    'Prince Edward=prince-edward',
    'Edward Smithers=P:Edward Smithers',
  ]);
  assert.deepEqual(found('Dr. Edward Smithers said the tests were clean, and Smithers left.'), [
    'Edward Smithers=P:Edward Smithers',
    'Smithers=P:Edward Smithers',
  ]);
});

test("a byline with the reporter's role, and a person's name alone in a table cell or a caption", () => {
  assert.deepEqual(found('By Priscilla Oakhampton, Retail Correspondent'), ['Priscilla Oakhampton=byline:Priscilla Oakhampton']);
  assert.deepEqual(found('Ada Kowhai', 'Kowhai carved the panel over two winters.'), ['Ada Kowhai=P:Ada Kowhai', 'Kowhai=P:Ada Kowhai']);
  // A heading of capitalized words is no organization.
  assert.deepEqual(found('Monitoring Distributed Systems'), []);
});

test('a name with no cue of its own is a person when the article speaks of its last word alone as one', () => {
  assert.deepEqual(found('Net mender Ruahine Tipoki was nine when she first saw a stranding.', 'Six decades later, Tipoki, 68, still helps.'), [
    'Ruahine Tipoki=P:Ruahine Tipoki',
    'Tipoki=P:Ruahine Tipoki',
  ]);
  // Not from a sentence's first words, nor past a given name inside the run.
  assert.deepEqual(found('Ah Bartleby! The clerk would not move.', '“I would prefer not to,” said Bartleby.'), []);
});

test('a name keeps the type of its first reading', () => {
  assert.deepEqual(
    found('The campaign group Ocean Sentinel said sonar may play a part in it all.', 'Later that week Ocean Sentinel wanted a full study of the strandings.'),
    ['Ocean Sentinel=O:Ocean Sentinel', 'Ocean Sentinel=O:Ocean Sentinel'],
  );
});

test('a dataset name that opens with "The" and runs on into an organization word is the longer name, not the shorter one', () => {
  assert.deepEqual(found('Judges picked by The Federalist Society were confirmed.', 'An essay in The Federalist disagreed.'), [
    'Federalist Society=O:Federalist Society',
    'The Federalist=the-federalist',
  ]);
});
