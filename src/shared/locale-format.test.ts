import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pluralIn, regionNameIn } from './locale-format.ts';
import type { MessageKey } from './i18n.ts';

const messages: Record<string, string> = {
  popupMentions_one: '$1 mention',
  popupMentions_other: '$1 mentions',
};
const translate = (key: MessageKey, ...subs: string[]) => (messages[key] ?? key).replace('$1', subs[0] ?? '');

test("plural forms follow the language's rules, with the count written its way", () => {
  assert.equal(pluralIn(translate, 'en', 'popupMentions', 1), '1 mention');
  assert.equal(pluralIn(translate, 'en', 'popupMentions', 0), '0 mentions');
  assert.equal(pluralIn(translate, 'en', 'popupMentions', 2), '2 mentions');
  assert.equal(pluralIn(translate, 'en', 'popupMentions', 1234), '1,234 mentions');
  // Polish has "few" and "many": with no such messages, the "other" form is used.
  assert.equal(pluralIn(translate, 'pl', 'popupMentions', 3), '3 mentions');
});

test("country codes become names in the reader's language", () => {
  assert.equal(regionNameIn('en', 'CA'), 'Canada');
  assert.equal(regionNameIn('fr', 'DE'), 'Allemagne');
  assert.equal(regionNameIn('en', 'XK'), 'Kosovo');
  assert.equal(regionNameIn('not a language tag!', 'CA'), 'CA');
});
