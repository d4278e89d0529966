/** Spans of text kept per block and sorted by start, for overlap checks in logarithmic time. */

export interface BlockSpan {
  block: number;
  start: number;
  end: number;
}

/** The last of `list` (sorted in reading order, across blocks) that comes before position `start` of `block`, if any. */
export function lastBeforePosition<T extends { block: number; start: number }>(list: readonly T[], block: number, start: number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid]!;
    if (item.block < block || (item.block === block && item.start < start)) {
      found = item;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Index of the last span in `list` (sorted by start) whose start is before `position`, or -1. */
export function lastStartingBefore(list: readonly { start: number }[], position: number): number {
  // Written out rather than with a comparison callback: it runs for every overlap check, and a closure per call shows.
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < position) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Spans that never overlap each other, per block. */
export class SortedSpans<T extends BlockSpan> {
  /** The spans of each block, by block index (blocks are numbered from 0 without gaps). */
  private readonly byBlock: T[][] = [];

  constructor(spans: readonly T[] = []) {
    for (const span of spans) this.add(span);
  }

  add(span: T): void {
    const list = this.byBlock[span.block];
    if (!list) {
      this.byBlock[span.block] = [span];
      return;
    }
    // Insert in place: spans mostly arrive in order, so this is usually a push, told without a search.
    if (list[list.length - 1]!.start <= span.start) {
      list.push(span);
      return;
    }
    const at = lastStartingBefore(list, span.start + 1) + 1;
    list.push(span);
    for (let i = list.length - 1; i > at; i--) list[i] = list[i - 1]!;
    list[at] = span;
  }

  overlaps(block: number, start: number, end: number): boolean {
    const list = this.byBlock[block];
    if (!list) return false;
    // Spans never overlap each other, so only the last one starting before `end` can reach into [start, end).
    const i = lastStartingBefore(list, end);
    return i >= 0 && list[i]!.end > start;
  }

  /** The spans of a block, sorted by start. */
  inBlock(block: number): readonly T[] {
    return this.byBlock[block] ?? NONE;
  }

  /** Every span, in reading order. */
  all(): T[] {
    // A loop rather than `flatMap`: several passes ask for this, and `flatMap` over the blocks showed in profiles.
    const all: T[] = [];
    for (const list of this.byBlock) if (list) for (const span of list) all.push(span);
    return all;
  }

  /** A copy that can be added to without changing this one. */
  copy(): SortedSpans<T> {
    const copy = new SortedSpans<T>();
    this.byBlock.forEach((list, block) => {
      if (list) copy.byBlock[block] = [...list];
    });
    return copy;
  }
}

const NONE: never[] = [];
