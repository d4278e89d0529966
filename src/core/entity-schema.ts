/**
 * The shape of the entity dataset as written by people in `data/`.
 * One JSON file per category holds an array of records sorted by `id`.
 */

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source is certain. */
export type PartialDate = string;

export type EntityType = 'person' | 'organization';

export type Gender = 'female' | 'male';

export type RelationKind = 'member-of' | 'party' | 'part-of' | 'subsidiary-of' | 'affiliated-with' | 'employed-by';

export interface Relation {
  kind: RelationKind;
  /** Id of another entity in the dataset. */
  target: string;
}

/** An office or position held for a period. */
export interface Role {
  /** As a reader would say it: "Prime Minister of Canada". */
  title: string;
  /** Id of the organization the role belongs to, when it is in the dataset. */
  org?: string;
  start?: PartialDate;
  /** Absent while the role is held. */
  end?: PartialDate;
}

interface EntityBase {
  /** Stable kebab-case id, never reused: "mark-carney". */
  id: string;
  type: EntityType;
  /** Canonical name, usually the English Wikipedia title without its disambiguator. */
  name: string;
  /**
   * The name cards show when `name` carries a qualifier that readers never see
   * ("Drake (musician)" is shown as "Drake"). Never matched in text.
   */
  displayName?: string;
  /**
   * Other complete names matched anywhere, case-sensitively: spellings and
   * transliterations ("Volodymyr Zelensky"), acronyms ("NATO"), names with "The"
   * when it is part of the official name ("The Canadian Press").
   */
  aliases?: string[];
  /**
   * Short forms matched only with evidence in the same article (a full mention, or a
   * title such as "President" or "Mr." right before): surnames, "Carney".
   * For a person without this field the last word of `name` is used.
   */
  shortNames?: string[];
  /** One line, for the card: what this is, not what it did last week. */
  description: string;
  /** ISO 3166-1 alpha-2 code: nationality for people, home country for organizations. */
  country?: string;
  relations?: Relation[];
  /** Wikidata id, only where certain. */
  qid?: string;
  /** English Wikipedia article title, only where certain. */
  wikipedia?: string;
  /**
   * `YYYY-MM-DD`: the day this record's current facts (open roles, present-tense
   * description) were last confirmed against a source. Cards say "as of" this day.
   */
  checked?: string;
  /** One line on what may have changed and could not be confirmed, for readers and reviewers. */
  uncertain?: string;
}

export interface PersonRecord extends EntityBase {
  type: 'person';
  /**
   * Only where certain. "Mr." or "Ms." before a surname is checked against it:
   * "Ms. Trump" is not Donald Trump.
   */
  gender?: Gender;
  born?: PartialDate;
  died?: PartialDate;
  roles?: Role[];
}

export interface OrganizationRecord extends EntityBase {
  type: 'organization';
  /** What kind of body: "intergovernmental military alliance", "news agency". */
  kind?: string;
  founded?: PartialDate;
  dissolved?: PartialDate;
  headquarters?: string;
}

export type EntityRecord = PersonRecord | OrganizationRecord;
