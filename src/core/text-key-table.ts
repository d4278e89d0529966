/**
 * A read-only table of string keys that is asked with a range of a longer
 * text ("is text[start, end) a key?") without slicing that range into a new
 * string. The recognizer asks this for every capitalized word of an article;
 * slicing and hashing a fresh string for each was a large share of its time
 * and of its garbage.
 *
 * Open addressing with linear probing over a power-of-two table of slots;
 * the hash is FNV-1a over UTF-16 code units. A caseless table ignores the
 * case of ASCII letters ("President" finds "president").
 */
export class TextKeyTable {
  readonly keys: readonly string[];
  /** Index + 1 of the key in each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `caseless`: keys are given in lowercase, and text is matched whatever the case of its ASCII letters. */
  constructor(
    keys: readonly string[],
    private readonly caseless = false,
  ) {
    this.keys = keys;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    keys.forEach((key, index) => {
      let slot = hashRange(key, 0, key.length, caseless) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
    });
  }

  /** The index in `keys` of `text.slice(start, end)`, or -1. */
  indexOfRange(text: string, start: number, end: number): number {
    const length = end - start;
    let slot = hashRange(text, start, end, this.caseless) & this.mask;
    for (;;) {
      const stored = this.slots[slot]!;
      if (stored === 0) return -1;
      const key = this.keys[stored - 1]!;
      if (key.length === length && (this.caseless ? equalsCaseless(key, text, start) : text.startsWith(key, start))) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  indexOf(key: string): number {
    return this.indexOfRange(key, 0, key.length);
  }
}

/** A signed 32-bit hash: masking it gives a slot, and it stays a small integer to the engine (no number boxed per call). */
function hashRange(text: string, start: number, end: number, caseless: boolean): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (caseless ? lowerAscii(text.charCodeAt(i)) : text.charCodeAt(i)), 0x01000193);
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
