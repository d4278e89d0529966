/**
 * The mentions of an article as they travel from the worker to the content
 * script: one string instead of thousands of small objects. Chromium's
 * extension messaging turns every object and field of a message into a value
 * of its own as it arrives, in one task on the page's main thread (about
 * 30-60 ms for 9,000 mentions); a string arrives as one copy, and the content
 * script unpacks it in slices.
 */
import type { EntityType } from '../core/entity-schema.ts';
import type { Mention } from '../core/mention.ts';
import { isCount, isEntityType, isListOf, isMention, isObject, isString } from './message-guards.ts';

/** What a mention may carry beyond its place and entity (say, how the article describes it there). */
type MentionExtras = Omit<Mention, 'block' | 'start' | 'end' | 'entityId' | 'type'>;

export interface PackedMentions {
  /** Each entity mentioned, once. */
  entities: { id: string; type: EntityType }[];
  /** Per mention, in order: block, start, end and the entity's index in `entities`, as decimal numbers ended by ',' ',' ',' ';'. */
  spans: string;
  /** The extras of the few mentions that have any, by the mention's index. */
  extras: { at: number; extra: MentionExtras }[];
}

/** Lets long work pause: `due()` says when to, `yield()` does it. */
export interface Pauses {
  due(): boolean;
  yield(): Promise<void>;
}

/** The packed mentions' shape; the spans themselves, and the mentions with extras, are checked one by one as they are unpacked. */
export const isPackedMentions = (v: unknown): v is PackedMentions =>
  isObject(v) &&
  isString(v.spans) &&
  isListOf((e: unknown): e is PackedMentions['entities'][number] => isObject(e) && isString(e.id) && e.id.length <= 300 && isEntityType(e.type))(v.entities) &&
  isListOf((e: unknown): e is PackedMentions['extras'][number] => isObject(e) && isCount(e.at) && isObject(e.extra))(v.extras);

const NEVER: Pauses = { due: () => false, yield: () => Promise.resolve() };

export function packMentions(mentions: readonly Mention[]): PackedMentions {
  const entities: PackedMentions['entities'] = [];
  const indexOf = new Map<string, number>();
  const parts: string[] = [];
  const extras: PackedMentions['extras'] = [];
  for (const m of mentions) {
    const { block, start, end, entityId, type, ...extra } = m;
    if (Object.keys(extra).length > 0) extras.push({ at: parts.length, extra });
    let entity = indexOf.get(entityId);
    if (entity === undefined) {
      entity = entities.push({ id: entityId, type }) - 1;
      indexOf.set(entityId, entity);
    }
    parts.push(`${block},${start},${end},${entity};`);
  }
  return { entities, spans: parts.join(''), extras };
}

/** The mentions in `packed`; throws when a span or a mention is malformed. */
export async function unpackMentions(packed: PackedMentions, pauses: Pauses = NEVER): Promise<Mention[]> {
  const { spans, entities } = packed;
  const extras = new Map(packed.extras.map((e) => [e.at, e.extra]));
  const mentions: Mention[] = [];
  const fields = [0, 0, 0, 0];
  let field = 0;
  let digits = 0;
  for (let i = 0; i < spans.length; i++) {
    const c = spans.charCodeAt(i);
    if (c >= 48 && c <= 57 && digits < 9) {
      fields[field] = fields[field]! * 10 + (c - 48);
      digits++;
    } else if (c === 44 && digits > 0 && field < 3) {
      field++;
      digits = 0;
    } else if (c === 59 && digits > 0 && field === 3) {
      const [block, start, end, index] = fields as [number, number, number, number];
      const entity = entities[index];
      if (!entity || start >= end) throw new Error('Dramatis: malformed mention span');
      const extra = extras.get(mentions.length);
      const mention: Mention = { ...extra, block, start, end, entityId: entity.id, type: entity.type };
      if (extra && !isMention(mention)) throw new Error('Dramatis: malformed mention');
      mentions.push(mention);
      fields.fill(0);
      field = 0;
      digits = 0;
      if (pauses.due()) await pauses.yield();
    } else {
      throw new Error('Dramatis: malformed mention span');
    }
  }
  if (field !== 0 || digits !== 0) throw new Error('Dramatis: malformed mention span');
  if (packed.extras.some((e) => e.at >= mentions.length)) throw new Error('Dramatis: malformed mention');
  return mentions;
}
