/** Words of a name: runs of letters, digits and combining marks, as `wordSpans` finds them in text. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function nameWords(key: string): string[] {
  return key.match(WORD) ?? [];
}
