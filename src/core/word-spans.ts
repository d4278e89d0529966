/**
 * The words of a text as start and end offsets: runs of letters, digits and
 * combining marks, in the text as folded for matching (see `foldText`). A
 * hand-written scan over character codes, because this is the recognizer's
 * hot loop and a Unicode RegExp with match objects per word is several
 * times slower; it folds as it reads, so that the text is read once.
 */

import { isLetterOrDigitCode, isMarkCode } from './char-codes.ts';
import { hashStep } from './text-key-table.ts';
import { foldCode, foldText } from './text-fold.ts';

/**
 * Per UTF-16 code, what the scan needs of it, filled as codes are met so
 * that the scan reads one number per character: the code folded (see
 * `foldCode`) in the low 16 bits, `WORD_CHAR` when that is a letter, a
 * digit or a combining mark, `KNOWN` once filled.
 */
const codeInfo = new Uint32Array(0x10000);
// Written as literals in the scan (0xffff, 0x10000): a module's constant is read from memory and checked at every character, a literal is not.
const WORD_CHAR = 0x10000;
const KNOWN = 0x20000;

function describe(code: number): number {
  const folded = foldCode(code);
  return (codeInfo[code] = folded | (isLetterOrDigitCode(folded) || isMarkCode(folded) ? WORD_CHAR : 0) | KNOWN);
}

export interface WordSpans {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  /**
   * The `textHash` of each word, taken as the scan reads it: most words are
   * looked up in the name tables, and names of several words join these
   * (see `joinHashes`) rather than read their words again.
   */
  hashes: readonly number[];
}

/** Scratch room for the scan of one block, kept between calls. */
const scratchStarts: number[] = [];
const scratchEnds: number[] = [];
const scratchHashes: number[] = [];

/** The blocks of an article folded for matching (see `foldText`), at the same offsets, and the words of each. */
export interface FoldedBlocks {
  folded: string[];
  words: WordSpans[];
}

/**
 * The words of each of `texts` as folded, and the folded texts, in one pass
 * over the page's text: the scan folds each code as it reads it, and only a
 * block where some code folds to another is folded into a new string (most
 * blocks are plain ASCII, or are changed by a curly quote or two).
 */
export function foldedWordsOfBlocks(texts: readonly string[]): FoldedBlocks {
  const folded: string[] = [];
  const words: WordSpans[] = [];
  for (const text of texts) {
    let count = scanWords(text);
    if (count < 0) {
      // A code met for the first time: described here, out of the scan's loop, where the engine would inline the slow path.
      for (let i = 0; i < text.length; i++) if (codeInfo[text.charCodeAt(i)] === 0) describe(text.charCodeAt(i));
      count = scanWords(text);
    }
    folded.push(scanFolds ? foldText(text) : text);
    words.push({ count, starts: scratchStarts.slice(0, count), ends: scratchEnds.slice(0, count), hashes: scratchHashes.slice(0, count) });
  }
  return { folded, words };
}

/** Whether the last `scanWords` met a code that folds to another. */
let scanFolds = false;

/**
 * The words of `text` into the scratch arrays, which are reused between
 * blocks and copied out at their exact size (growing an array word by
 * word, or making a typed array per block, cost more than the scan).
 * Returns their count, or -1 on a code not yet in `codeInfo`.
 */
function scanWords(text: string): number {
  // The module's tables through locals: the engine keeps a local at hand, and loads and checks a module's binding at every character.
  const info = codeInfo;
  const starts = scratchStarts;
  const ends = scratchEnds;
  const hashes = scratchHashes;
  const n = text.length;
  let count = 0;
  // Nonzero once a code folds to another.
  let changed = 0;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let known = info[code]!;
    if (known === 0) return -1;
    changed |= (known & 0xffff) ^ code;
    if ((known & 0x10000) === 0) {
      i++;
      continue;
    }
    starts[count] = i;
    let hash = 0;
    for (;;) {
      hash = hashStep(hash, known & 0xffff);
      if (++i >= n) break;
      code = text.charCodeAt(i);
      known = info[code]!;
      if (known === 0) return -1;
      changed |= (known & 0xffff) ^ code;
      if ((known & 0x10000) === 0) break;
    }
    ends[count] = i;
    hashes[count] = hash;
    count++;
    // The character that ended the word is no word character (and was checked for folding above): no need to read it again.
    i++;
  }
  scanFolds = changed !== 0;
  return count;
}
