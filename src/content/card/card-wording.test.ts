import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ComponentChildren, VNode } from 'preact';
import { Card, roleText } from './Card.tsx';
import type { CardState } from './card-state.ts';
import { lendStrings } from './card-strings.ts';
import { formatPartialDate } from '../../shared/date-format.ts';
import { buildEntityCard } from '../../core/entity-card.ts';
import { EntityDetails } from '../../core/entity-details.ts';
import { compileIndex } from '../../core/index-compiler.ts';
import type { EntityRecord, PersonRecord } from '../../core/entity-schema.ts';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(readFileSync(new URL('../../../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, Message>;

/** What browser.i18n.getMessage does with our messages: named placeholders filled from $1, $2… */
function lend(locale: string): void {
  lendStrings({
    t: (key, ...subs) =>
      messages[key]!.message.replace(/\$(\w+)\$/g, (_, name: string) => {
        const content = messages[key]!.placeholders?.[name.toLowerCase()]?.content ?? '';
        return subs[Number(content.slice(1)) - 1] ?? '';
      }),
    formatDate: (date) => formatPartialDate(date, locale),
    language: locale,
    direction: 'ltr',
  });
}

/** The text a card would show, read from its virtual DOM (function components are called, no DOM needed). */
function textOf(node: ComponentChildren): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const vnode = node as VNode<{ children?: ComponentChildren }>;
  if (typeof vnode.type === 'function') return textOf((vnode.type as (p: unknown) => ComponentChildren)(vnode.props));
  const text = textOf(vnode.props.children);
  return vnode.type === 'p' || vnode.type === 'span' || vnode.type === 'li' ? `${text}\n` : text;
}

const carney: PersonRecord = {
  id: 'mark-carney',
  type: 'person',
  name: 'Mark Carney',
  description: 'Canadian economist.',
  roles: [
    { title: 'Prime Minister of Canada', start: '2025-03-14' },
    { title: 'Governor of the Bank of England', start: '2013-07-01', end: '2020-03-15' },
  ],
  checked: '2025-06-01',
  uncertain: 'A snap election was rumoured; not confirmed.',
};

function cardText(record: EntityRecord, asOf: string, today: string, locale = 'en-GB'): string {
  lend(locale);
  const lookup = new EntityDetails(compileIndex([record], '2026-11-25').details);
  const state: CardState = {
    status: 'ready',
    card: buildEntityCard(lookup, record, asOf, today),
    mentionCount: 1,
    mentionIndex: 0,
    dateFromPage: true,
    workerStartedAt: 1,
    descriptors: [],
  };
  return textOf(Card({ state, theme: 'light', direction: 'ltr', onClose: () => {}, onStep: () => {}, onOpenEntity: () => {} }));
}

test('a role with no end date is shown as of the day it was last checked', () => {
  lend('en-GB');
  assert.equal(
    roleText({ title: 'Prime Minister of Canada', former: false, startYear: 2025, open: true }, '2025-06-01'),
    'Prime Minister of Canada, since 2025, as of 1 Jun 2025',
  );
  // A role that ends later than the card's date is certain on that date: no "as of".
  assert.equal(
    roleText({ title: 'Governor of the Bank of England', former: false, startYear: 2013 }, '2025-06-01'),
    'Governor of the Bank of England, since 2013',
  );
  assert.equal(
    roleText({ title: 'Governor of the Bank of England', former: true, startYear: 2013, endYear: 2020 }, '2025-06-01'),
    'Former Governor of the Bank of England (2013–2020)',
  );
});

test('a check more than six months old says the role may have changed; a recent one does not', () => {
  const stale = cardText(carney, '2025-10-15', '2026-12-07');
  assert.match(stale, /Prime Minister of Canada, since 2025, as of 1 Jun 2025/);
  assert.match(stale, /May have changed since 1 Jun 2025\./);
  assert.match(stale, /Facts checked 1 Jun 2025/);
  const fresh = cardText({ ...carney, checked: '2026-11-01' }, '2026-11-20', '2026-12-07');
  assert.match(fresh, /as of 1 Nov 2026/);
  assert.doesNotMatch(fresh, /May have changed/);
});

test('the uncertain note is shown; a record with nothing current to date names no date at all', () => {
  assert.match(cardText(carney, '2025-10-15', '2026-12-07'), /Not confirmed: A snap election was rumoured; not confirmed\./);
  const past: PersonRecord = {
    id: 'old-king',
    type: 'person',
    name: 'Old King',
    description: 'x',
    roles: [{ title: 'King of Ruritania', start: '1900', end: '1920' }],
  };
  const text = cardText(past, '2025-10-15', '2026-12-07');
  assert.match(text, /From the Dramatis dataset/);
  assert.doesNotMatch(text, /as of|May have changed|Facts checked|Not confirmed/);
});

test("dates on the card follow the reader's language", () => {
  assert.match(cardText(carney, '2025-10-15', '2026-12-07', 'en-US'), /as of Jun 1, 2025[\s\S]*May have changed since Jun 1, 2025/);
  assert.match(cardText(carney, '2025-10-15', '2026-12-07', 'de'), /as of 1\. Juni 2025/);
});

test('the card shows displayName, never the qualified canonical name', () => {
  const drake: PersonRecord = { id: 'drake-musician', type: 'person', name: 'Drake (musician)', displayName: 'Drake', description: 'Canadian rapper.' };
  const text = cardText(drake, '2025-10-15', '2026-12-07');
  assert.match(text, /Drake\nPerson/);
  assert.doesNotMatch(text, /\(musician\)/);
});
