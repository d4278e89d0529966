/**
 * What a card says about an entity as of a given date: the role held then,
 * the role held now when it differs, age or founding year, affiliations.
 * DOM-free so that the background worker computes it and Node tests check it.
 */
import type { EntityRecord, EntityType, Role } from './entity-schema.ts';
import type { EntityDetails } from './entity-details.ts';
import { comparePartialDates, yearOf, yearsBetween } from './partial-date.ts';
import { parseBylineId, parseUnlistedId } from './entity-ids.ts';
import { isSingleHolderOffice } from './offices.ts';
import { mayHaveChanged } from './fact-freshness.ts';

export interface RoleSummary {
  title: string;
  /** True when the role had ended by the date: the card says "former". */
  former: boolean;
  startYear?: number;
  endYear?: number;
  /** The role has no end date: it is only known to hold on the card's `checked` day. */
  open?: true;
}

export interface Affiliation {
  id: string;
  name: string;
  kind: string;
}

export interface Leader {
  id: string;
  name: string;
  title: string;
}

export interface EntityCard {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  country?: string;
  /** The date the card speaks of, `YYYY-MM-DD`. */
  asOf: string;
  /** The roles held on `asOf`; a former role when none was held then. */
  rolesThen: RoleSummary[];
  /** The roles held today, only when they differ from `rolesThen`. */
  rolesNow?: RoleSummary[];
  /** Age on `asOf` for people with a known full birth date. */
  age?: number;
  born?: string;
  died?: string;
  founded?: string;
  kind?: string;
  headquarters?: string;
  affiliations: Affiliation[];
  /** For organizations: the people of the dataset holding its offices on `asOf`. */
  leaders?: Leader[];
  qid?: string;
  wikipedia?: string;
  datasetDate: string;
  /** `YYYY-MM-DD`: the day the record's current facts were last confirmed; open roles are shown "as of" it. */
  checked?: string;
  /** Set when `checked` is more than six months before `asOf` or today: the card says the facts may have changed. */
  mayHaveChanged?: true;
  /** What may have changed and could not be confirmed, shown as a short note. */
  uncertain?: string;
  /** Set for a reporter known only from the article's byline: the card says so instead of describing them. */
  fromByline?: true;
  /** Set for a person or organization the dataset does not list, known only from the article. */
  unlisted?: true;
}

export function rolesOn(record: EntityRecord, date: string): RoleSummary[] {
  if (record.type !== 'person' || !record.roles) return [];
  const started = record.roles.filter((r) => r.start === undefined || comparePartialDates(r.start, date) <= 0);
  const held = started.filter((r) => r.end === undefined || comparePartialDates(date, r.end) < 0);
  if (held.length > 0) return held.map((r) => summarize(r, false));
  // No role held then: the most recently ended one describes them best.
  const ended = started.filter((r) => r.end !== undefined).sort((a, b) => comparePartialDates(b.end!, a.end!));
  return ended.length > 0 ? [summarize(ended[0]!, true)] : [];
}

function summarize(role: Role, former: boolean): RoleSummary {
  const summary: RoleSummary = { title: role.title, former };
  if (role.start !== undefined) summary.startYear = yearOf(role.start);
  if (former && role.end !== undefined) summary.endYear = yearOf(role.end);
  if (role.end === undefined) summary.open = true;
  return summary;
}

export function buildEntityCard(lookup: EntityDetails, record: EntityRecord, asOf: string, today: string): EntityCard {
  const rolesThen = rolesOn(record, asOf);
  const card: EntityCard = {
    id: record.id,
    type: record.type,
    name: record.displayName ?? record.name,
    description: record.description,
    asOf,
    rolesThen,
    affiliations: affiliationsOf(lookup, record),
    datasetDate: lookup.datasetDate,
  };
  const rolesNow = rolesOn(record, today);
  if (JSON.stringify(rolesNow) !== JSON.stringify(rolesThen)) card.rolesNow = rolesNow;
  if (record.checked !== undefined) {
    card.checked = record.checked;
    if (mayHaveChanged(record.checked, asOf, today)) card.mayHaveChanged = true;
  }
  if (record.uncertain !== undefined) card.uncertain = record.uncertain;
  if (record.country !== undefined) card.country = record.country;
  if (record.qid !== undefined) card.qid = record.qid;
  if (record.wikipedia !== undefined) card.wikipedia = record.wikipedia;
  if (record.type === 'person') {
    if (record.born !== undefined) {
      card.born = record.born;
      const age = yearsBetween(record.born, record.died !== undefined && record.died < asOf ? record.died : asOf);
      if (age !== undefined && age >= 0) card.age = age;
    }
    if (record.died !== undefined) card.died = record.died;
  } else {
    if (record.founded !== undefined) card.founded = record.founded;
    if (record.kind !== undefined) card.kind = record.kind;
    if (record.headquarters !== undefined) card.headquarters = record.headquarters;
    const leaders = leadersOn(lookup, record.id, asOf);
    if (leaders.length > 0) card.leaders = leaders;
  }
  return card;
}

/** Who held the organization's leading offices on a date, at most three, in dataset order. */
function leadersOn(lookup: EntityDetails, orgId: string, date: string): Leader[] {
  const leaders: Leader[] = [];
  for (const holder of lookup.officeHolders(orgId)) {
    const held =
      (holder.start === undefined || comparePartialDates(holder.start, date) <= 0) && (holder.end === undefined || comparePartialDates(date, holder.end) < 0);
    if (held && isSingleHolderOffice(holder.title) && leaders.length < 3) leaders.push({ id: holder.id, name: holder.name, title: holder.title });
  }
  return leaders;
}

function affiliationsOf(lookup: EntityDetails, record: EntityRecord): Affiliation[] {
  const out: Affiliation[] = [];
  for (const relation of record.relations ?? []) {
    const name = lookup.nameOf(relation.target);
    if (name !== undefined) out.push({ id: relation.target, name, kind: relation.kind });
  }
  return out;
}

/** The card of a reporter credited in the byline, who is not in the dataset. */
export function buildBylineCard(lookup: EntityDetails, id: string, asOf: string): EntityCard | undefined {
  const byline = parseBylineId(id);
  if (!byline) return undefined;
  const organization = byline.organizationId === undefined ? undefined : lookup.entityById(byline.organizationId);
  return {
    id,
    type: 'person',
    name: byline.name,
    description: '',
    asOf,
    rolesThen: [],
    affiliations: organization ? [{ id: organization.id, name: organization.displayName ?? organization.name, kind: 'employed-by' }] : [],
    datasetDate: lookup.datasetDate,
    fromByline: true,
  };
}

/** The card of a person or organization the article names and the dataset does not list. */
export function buildUnlistedCard(datasetDate: string, id: string, asOf: string): EntityCard | undefined {
  const unlisted = parseUnlistedId(id);
  if (!unlisted) return undefined;
  return { id, type: unlisted.type, name: unlisted.name, description: '', asOf, rolesThen: [], affiliations: [], datasetDate, unlisted: true };
}
