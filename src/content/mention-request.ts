/**
 * Asks the worker for the mentions of an article. A long article goes in
 * parts of about PART_CHARS characters, which the worker puts together: one
 * message of a megabyte costs the page's main thread 60-100 ms to send.
 */
import { sendToBackground } from '../shared/messaging.ts';
import type { PackedMentions } from '../shared/packed-mentions.ts';

export const PART_CHARS = 100_000;

/** The mentions in `texts`, the blocks of one article in `lang` (the page's `lang`, if it has one). */
export async function requestMentions(texts: readonly string[], lang: string | undefined): Promise<PackedMentions> {
  const parts = inParts(texts);
  const language = lang === undefined ? {} : { lang };
  if (parts.length === 1) return (await sendToBackground('findMentions', { texts: parts[0]!, ...language })).mentions;
  // A worker restarted between parts has forgotten the first ones: then the article is sent once more.
  for (let attempt = 1; ; attempt++) {
    try {
      // Not crypto.randomUUID(): pages served over plain http do not have it.
      const session = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      for (const part of parts.slice(0, -1)) {
        const { stored } = await sendToBackground('addTexts', { session, texts: part });
        if (!stored) throw new Error('Dramatis: the worker refused part of the article');
      }
      return (await sendToBackground('findMentions', { texts: parts.at(-1)!, session, ...language })).mentions;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

/** Whole blocks in order, grouped up to PART_CHARS characters (a longer block goes alone). */
function inParts(texts: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  let chars = 0;
  for (const text of texts) {
    if (chars + text.length > PART_CHARS && parts.at(-1)!.length > 0) {
      parts.push([]);
      chars = 0;
    }
    parts.at(-1)!.push(text);
    chars += text.length;
  }
  return parts;
}
