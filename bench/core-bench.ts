/**
 * Speed of the recognizer core in Node, beside the two alternatives a
 * developer would reach for: one RegExp alternation of every name, and
 * compromise's people() + organizations(). Each figure is the median of
 * several runs on the same input in the same process.
 */
import nlp from 'compromise';
import { findMentions } from '../src/core/recognizer/find-mentions.ts';
import type { EntityLookup } from '../src/core/entity-lookup.ts';
import type { EntityRecord } from '../src/core/entity-schema.ts';
import { namesOf } from '../src/core/entity-names.ts';
import { median } from './stats.ts';

/**
 * Median milliseconds of one call of `fn` over `runs` samples, after warming
 * up. A fast call is repeated within each sample until the sample lasts at
 * least 20 ms, so that timer resolution does not decide the result.
 */
export function timeMs(fn: () => unknown, runs: number): number {
  // Warm up for about 300 ms (or 3 calls) so that the JIT has compiled the hot paths.
  const warmStart = performance.now();
  let calls = 0;
  while (calls < 3 || performance.now() - warmStart < 300) {
    fn();
    calls++;
  }
  const once = Math.max((performance.now() - warmStart) / calls, 0.001);
  const repeat = Math.max(1, Math.ceil(20 / once));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < repeat; i++) fn();
    times.push((performance.now() - t0) / repeat);
  }
  return median(times);
}

export const mbPerSecond = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);

/** Paragraph blocks, as the content script sends them. */
export const blocksOf = (text: string) => text.split('\n\n');

export function dramatisScan(lookup: EntityLookup, text: string): () => unknown {
  const blocks = blocksOf(text);
  return () => findMentions(lookup, blocks);
}

/** The plain alternative: every full name and alias of the dataset in one case-sensitive RegExp, longest first. */
export function regexScan(records: readonly EntityRecord[], text: string): () => unknown {
  const names = [
    ...new Set(
      records.flatMap((e) =>
        namesOf(e)
          .filter((n) => n.strong)
          .map((n) => n.text),
      ),
    ),
  ];
  names.sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return () => [...text.matchAll(pattern)].length;
}

export function compromiseScan(text: string): () => unknown {
  return () => {
    const doc = nlp(text);
    return doc.people().length + doc.organizations().length;
  };
}
