/**
 * The lexicon for a page's language. English is the only one so far; a page
 * that declares no language is read as English, the language of most pages
 * that omit it. For any other language there is none, and the recognizer then
 * marks only the dataset's names, with no guessing from English cues.
 */
import { Lexicon } from './lexicon.ts';
import { ENGLISH } from './en/index.ts';

let english: Lexicon | undefined;

export function englishLexicon(): Lexicon {
  return (english ??= new Lexicon(ENGLISH));
}

/** `lang` is a BCP 47 tag as the page declares it ("en-GB", "fr"), or undefined. */
export function lexiconFor(lang: string | undefined): Lexicon | undefined {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === '' || primary === 'en' ? englishLexicon() : undefined;
}
