/**
 * A read-only table of string keys that is asked with a range of a longer
 * text ("is text[start, end) a key?") without slicing that range into a new
 * string. The recognizer asks this for every capitalized word of an article;
 * slicing and hashing a fresh string for each was a large share of its time
 * and of its garbage.
 *
 * Open addressing with linear probing over a power-of-two table of slots;
 * the hash is a polynomial one over UTF-16 code units (see `textHash`),
 * mixed before it picks a slot. Each slot holds the key's full hash beside
 * its index, so that a probe past another key compares two numbers in the
 * slot's own cache line and reads no key string: the key is read only when
 * the hashes agree, which is nearly always the key asked for. A caseless
 * table ignores the case of ASCII letters ("President" finds "president").
 *
 * A large table (the dataset's names) also keeps a Bloom filter of its
 * keys' hashes, eight bits a key, both bits of a key in one 32-bit word:
 * most ranges asked are no key, and the filter, small enough to stay in the
 * processor's cache, answers most of them with one read.
 */
export class TextKeyTable {
  readonly keys: readonly string[];
  /** Per slot, two numbers: the key's hash, and the key's index + 1 (0 for an empty slot). */
  private readonly slots: Int32Array;
  /** The mask of a slot's first number: the slots' count times two, less one. */
  private readonly mask: number;
  /** The Bloom filter's words; empty for a small table. */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  /** `caseless`: keys are given in lowercase, and text is matched whatever the case of its ASCII letters. */
  constructor(
    keys: readonly string[],
    private readonly caseless = false,
  ) {
    this.keys = keys;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size * 2 - 1;
    let filterWords = 1;
    if (keys.length >= MIN_FILTERED_KEYS) while (filterWords * 32 < keys.length * 8) filterWords *= 2;
    // Small tables are built per article (repeated names): they share one empty filter rather than allocate their own.
    this.filter = keys.length >= MIN_FILTERED_KEYS ? new Int32Array(filterWords) : NO_FILTER;
    this.filterShift = 32 - Math.log2(filterWords);
    keys.forEach((key, index) => {
      const hash = hashRange(key, 0, key.length, caseless);
      let slot = firstSlot(hash, this.mask);
      while (this.slots[slot + 1] !== 0) slot = (slot + 2) & this.mask;
      this.slots[slot] = hash;
      this.slots[slot + 1] = index + 1;
      if (this.filter.length > 0) this.filter[filterWord(hash, this.filterShift)]! |= filterBits(hash);
    });
  }

  /**
   * The index in `keys` of `text.slice(start, end)`, or -1. A caller that
   * already has the range's `textHash` (for a table that is not caseless) passes it.
   */
  indexOfRange(text: string, start: number, end: number, hash = hashRange(text, start, end, this.caseless)): number {
    if (this.filter.length > 0) {
      const bits = filterBits(hash);
      if ((this.filter[filterWord(hash, this.filterShift)]! & bits) !== bits) return -1;
    }
    const length = end - start;
    let slot = firstSlot(hash, this.mask);
    for (;;) {
      const stored = this.slots[slot + 1]!;
      if (stored === 0) return -1;
      if (this.slots[slot] === hash) {
        const key = this.keys[stored - 1]!;
        if (key.length === length && (this.caseless ? equalsCaseless(key, text, start) : text.startsWith(key, start))) return stored - 1;
      }
      slot = (slot + 2) & this.mask;
    }
  }

  indexOf(key: string): number {
    return this.indexOfRange(key, 0, key.length);
  }
}

/** Tables smaller than this stay in the cache as they are, and need no filter. */
const MIN_FILTERED_KEYS = 2048;
const NO_FILTER = new Int32Array(0);

/** The first number of the slot where probing for `hash` starts. */
function firstSlot(hash: number, mask: number): number {
  return (slotHash(hash) << 1) & mask;
}

/** The filter's word for a key, from a mix of its hash, in a filter of 2^(32 - shift) words. */
function filterWord(hash: number, shift: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> shift;
}

/** The key's two bits in its word, from another mix of its hash. */
function filterBits(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
  return (1 << (h & 31)) | (1 << ((h >>> 5) & 31));
}

/** The polynomial's base: odd, with its bits spread. */
const HASH_BASE = 0x2c9277b5;
/** `HASH_BASE ** n` for the lengths of most words, for `joinHashes`. */
const BASE_POWERS = new Int32Array(64);
BASE_POWERS[0] = 1;
for (let n = 1; n < BASE_POWERS.length; n++) BASE_POWERS[n] = Math.imul(BASE_POWERS[n - 1]!, HASH_BASE);

/**
 * The hash a table that is not caseless gives `text.slice(start, end)`: the
 * sum of each code times `HASH_BASE` to the power of the codes after it,
 * modulo 2^32. With `seed`, the hash of the text right before `start`, that
 * of the longer range: "Joe Biden" hashes on from "Joe", so a scan that
 * tries names of one, two, three words from one place hashes each
 * character once. A signed 32-bit integer, which the engine keeps unboxed.
 */
export function textHash(text: string, start: number, end: number, seed = 0): number {
  let hash = seed;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/** `hash` taken on by one more code: `textHash` is this step over each code of its range. */
export function hashStep(hash: number, code: number): number {
  // HASH_BASE written out: a module's constant is read from memory and checked at every character, a literal is not.
  return (Math.imul(hash, 0x2c9277b5) + code) | 0;
}

/**
 * The `textHash` of a text made of a head and a tail, from their hashes and
 * the tail's length: a word hashed once where a scan meets it is joined to
 * the names that go on with it without reading it again.
 */
export function joinHashes(head: number, tail: number, tailLength: number): number {
  let power: number;
  if (tailLength < BASE_POWERS.length) power = BASE_POWERS[tailLength]!;
  else for (power = 1; tailLength > 0; tailLength--) power = Math.imul(power, HASH_BASE);
  return (Math.imul(head, power) + tail) | 0;
}

/** A polynomial hash's low bits are weak (the lowest is the parity of the codes): mixed (MurmurHash3's finalizer) before it picks a slot. */
function slotHash(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hashRange(text: string, start: number, end: number, caseless: boolean): number {
  if (!caseless) return textHash(text, start, end);
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashStep(hash, lowerAscii(text.charCodeAt(i)));
  return hash;
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/** Whether the lowercase `key` stands in `text` at `start`, ASCII letters of the text in either case. */
function equalsCaseless(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (lowerAscii(text.charCodeAt(start + i)) !== key.charCodeAt(i)) return false;
  return true;
}
