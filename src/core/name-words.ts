/** Words of a name: runs of letters, digits and combining marks, as `foldedWordsOfBlocks` finds them in text. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function nameWords(key: string): string[] {
  return key.match(WORD) ?? [];
}

/** Records in `firstWords` that a name of this key starts with its first word and has so many words, longest first. */
export function addNameLength(firstWords: Record<string, number[]>, key: string): void {
  const words = nameWords(key);
  if (words.length === 0) return;
  const lengths = (firstWords[words[0]!] ??= []);
  if (lengths.includes(words.length)) return;
  lengths.push(words.length);
  lengths.sort((a, b) => b - a);
}
