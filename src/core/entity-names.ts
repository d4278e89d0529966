/** The names under which an entity is found in text, and how strongly each identifies it. */
import type { EntityRecord } from './entity-schema.ts';
import { nameKey } from './text-fold.ts';

export interface EntityName {
  text: string;
  key: string;
  strong: boolean;
}

export function namesOf(record: EntityRecord): EntityName[] {
  const strong = [record.name, ...(record.aliases ?? [])];
  const weak = record.shortNames ?? (record.type === 'person' ? defaultShortName(record.name) : []);
  const seen = new Set<string>();
  const names: EntityName[] = [];
  for (const [list, isStrong] of [
    [strong, true],
    [weak, false],
  ] as const) {
    for (const text of list) {
      const key = nameKey(text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      names.push({ text, key, strong: isStrong });
    }
  }
  return names;
}

/** A person's surname, by default the last word of the name ("Mark Carney" -> "Carney"). */
function defaultShortName(name: string): string[] {
  const words = name.split(/\s+/);
  return words.length > 1 ? [words[words.length - 1]!] : [];
}
