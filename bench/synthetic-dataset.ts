/**
 * Synthetic datasets of any size for the scale benchmark: made-up people and
 * organizations with pronounceable names, a few aliases each, deterministic
 * (seeded), so that runs are comparable.
 */
import type { EntityRecord } from '../src/core/entity-schema.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sa', 'dri', 'mon', 'el', 'ba', 'nu', 'sho', 'ver', 'li', 'quo', 'zan', 'pe', 'tor', 'gau'];

function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function syntheticRecords(count: number, seed = 7): EntityRecord[] {
  const rand = random(seed);
  const records: EntityRecord[] = [];
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${i}`;
    if (i % 3 === 0) {
      const name = `${word(rand, 2)} ${word(rand, 3)} ${['Group', 'Agency', 'Council', 'Bank'][i % 4]}`;
      records.push({
        id,
        type: 'organization',
        name,
        aliases: [
          `${name
            .split(' ')
            .map((w) => w[0])
            .join('')}${i}`,
        ],
        description: 'Synthetic organization.',
      });
    } else {
      const first = word(rand, 2);
      const last = `${word(rand, 3)}${i.toString(36)}`;
      records.push({ id, type: 'person', name: `${first} ${last}`, aliases: [`${first[0]}. ${last}`], description: 'Synthetic person.' });
    }
  }
  return records;
}
