/** The English lexicon, for pages in English and pages that declare no language. */
import type { LexiconSource } from '../lexicon.ts';
import { ENGLISH_WORDS } from './words.ts';
import { ENGLISH_COUNTRIES, ENGLISH_GIVEN_NAME_SHORT_FORMS, ENGLISH_NAMES } from './names.ts';

export const ENGLISH: LexiconSource = {
  lang: 'en',
  words: ENGLISH_WORDS,
  names: ENGLISH_NAMES,
  countries: ENGLISH_COUNTRIES,
  givenNameShortForms: ENGLISH_GIVEN_NAME_SHORT_FORMS,
};
