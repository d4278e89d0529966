/**
 * The lexicon's words in the shapes the passes ask them in, built once per
 * lexicon: sets of the forms text writes, and tables to ask of a range of text.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { TextKeyTable } from '../text-key-table.ts';

export interface NameCues {
  /** Titles, ranks and the words that build titles: "Health Minister", "Gen.", "Vice". */
  titleWords: ReadonlySet<string>;
  /** Titles that are evidence that the short name after them is a person's ("President", "Mr."), not ranks. */
  evidenceTitles: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  personRoles: ReadonlySet<string>;
  /** Role nouns of people and organizations, for descriptors. */
  roleNouns: ReadonlySet<string>;
  roleNounTable: TextKeyTable;
  modifiers: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  orgConnectors: ReadonlySet<string>;
  complements: ReadonlySet<string>;
  definiteArticles: ReadonlySet<string>;
  listJoiners: ReadonlySet<string>;
  /** Every lowercase word that may stand inside a run of capitalized words. */
  runConnectors: TextKeyTable;
  orgHeads: ReadonlySet<string>;
  /** Organization heads and the words that take a complement, to ask of a range of text. */
  organizationWords: TextKeyTable;
  orgHeadsWithComplement: ReadonlySet<string>;
  notPersonWords: ReadonlySet<string>;
  notOrganizations: ReadonlySet<string>;
  /** Abbreviations whose period joins them to the next word: "Mr. Okafor", "St. Louis". */
  joiningAbbreviations: ReadonlySet<string>;
  /** Abbreviations whose period belongs to the name they end: "Jr.", "Inc.". */
  nameEndingAbbreviations: ReadonlySet<string>;
  nameSuffixes: ReadonlySet<string>;
  sentenceOpeners: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  genericOrgWords: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  personRelatives: ReadonlySet<string>;
  /** Words that label a photo credit ("Photo", "Credit"), to ask of a range of text. */
  photoCreditWords: TextKeyTable;
  /** What organizations are, and people never: "group", "firm" ("owner" and "publisher" are both). */
  organizationOnlyRoles: ReadonlySet<string>;
  /** Words that open an apposition: "a", "the", "his". */
  appositionOpeners: ReadonlySet<string>;
  clauseWords: ReadonlySet<string>;
  indefiniteArticles: ReadonlySet<string>;
  /** Words that follow organizations' names in either case: "said", "shares", "CEO". */
  organizationFollowers: ReadonlySet<string>;
  /** Roles held in an organization, never in a place: "CEO", "founder" (in both cases). */
  organizationOffices: ReadonlySet<string>;
  /** Roles held in an organization that name a subject after "of": "professor", "student". */
  organizationMembers: ReadonlySet<string>;
  /** Words after a surname that only a political leader's takes: "administration". */
  leaderFollowers: ReadonlySet<string>;
  /** Countries' names and demonyms as news writes them: "Canada", "U.S.", "US". */
  countryNames: ReadonlySet<string>;
}

export function nameCues(lexicon: Lexicon): NameCues {
  return lexicon.memo('name-cues', () => ({
    titleWords: lexicon.words('title', 'rank', 'title-part'),
    evidenceTitles: lexicon.words('title'),
    honorifics: lexicon.words('honorific'),
    personRoles: lexicon.words('person-role'),
    roleNouns: lexicon.words('person-role', 'organization-role'),
    roleNounTable: lexicon.table(true, 'person-role', 'organization-role'),
    modifiers: lexicon.words('modifier'),
    particles: lexicon.words('particle'),
    orgConnectors: lexicon.words('org-connector'),
    complements: lexicon.words('complement'),
    definiteArticles: lexicon.words('definite-article'),
    listJoiners: lexicon.words('list-joiner'),
    runConnectors: lexicon.table(false, 'complement', 'particle', 'org-connector', 'definite-article', 'list-joiner'),
    orgHeads: lexicon.words('org-head'),
    organizationWords: lexicon.table(false, 'org-head', 'org-head-of'),
    orgHeadsWithComplement: lexicon.words('org-head-of'),
    notPersonWords: lexicon.words('not-person'),
    notOrganizations: lexicon.names('not-organization'),
    joiningAbbreviations: lexicon.wordsWithBoth('abbreviation', ['title', 'rank', 'place-prefix']),
    nameEndingAbbreviations: lexicon.wordsWithBoth('abbreviation', ['name-suffix', 'org-head']),
    nameSuffixes: lexicon.words('name-suffix'),
    sentenceOpeners: lexicon.words('sentence-opener'),
    calendarWords: lexicon.words('calendar'),
    genericOrgWords: lexicon.words('generic-org-word'),
    speechVerbs: lexicon.words('speech-verb'),
    personRelatives: lexicon.words('person-relative'),
    photoCreditWords: lexicon.table(false, 'photo-credit'),
    organizationOnlyRoles: new Set([...lexicon.words('organization-role')].filter((w) => !lexicon.words('person-role').has(w))),
    appositionOpeners: lexicon.words('determiner'),
    clauseWords: lexicon.words('clause-word'),
    indefiniteArticles: lexicon.words('indefinite-article'),
    organizationFollowers: lexicon.words('org-follower'),
    organizationOffices: lexicon.words('org-office'),
    organizationMembers: lexicon.words('org-member'),
    leaderFollowers: lexicon.words('leader-follower'),
    countryNames: new Set(Object.values(lexicon.countries).flat()),
  }));
}
