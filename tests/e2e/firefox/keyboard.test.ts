/**
 * The keyboard in firefox-esr: the shortcuts are commands the reader can
 * rebind, they never act while the focus is in an editable field, and a card
 * opened from the keyboard keeps the focus until Escape gives it back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import type { RunningServer } from '../../../dev/server.ts';
import { firefoxSuite } from './firefox-suite.ts';
import { boundShortcuts, cardClosed, marksOn, openCard, openPage, stepMentions, typingInTab } from './firefox-session.ts';

let browser: Browser;
let server: RunningServer;

firefoxSuite((b, s) => {
  browser = b;
  server = s;
});

const cardOpen = (page: Page) => page.evaluate(() => Boolean(document.getElementById('dramatis-card-host')?.matches(':popover-open')));

/** The focused element, through our card's shadow root: the host's id, then the control's label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement;
    return inner ? `${active!.id} > ${inner.getAttribute('aria-label') ?? inner.textContent?.trim() ?? ''}` : active?.id || active?.tagName || '';
  });

test('the shortcuts are commands with suggested keys, which Firefox lets readers change', async () => {
  const bound = await boundShortcuts(browser);
  assert.deepEqual(
    { next: bound['next-mention'], previous: bound['previous-mention'], site: bound['toggle-site'] },
    { next: 'Alt+Shift+J', previous: 'Alt+Shift+K', site: 'Alt+Shift+D' },
  );
});

test('the shortcuts do nothing while the focus is in a text field, a textarea or an editable region', async () => {
  const page = await openPage(browser, server.url);
  await marksOn(page, 20);
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.id = 'fields';
    const editable = Object.assign(document.createElement('div'), { id: 'editable', contentEditable: 'true', textContent: 'x' });
    form.append(
      Object.assign(document.createElement('input'), { id: 'search', type: 'search' }),
      Object.assign(document.createElement('textarea'), { id: 'notes' }),
      editable,
    );
    document.body.prepend(form);
  });
  for (const field of ['search', 'notes', 'editable']) {
    await page.focus(`#${field}`);
    assert.equal(await stepMentions(browser, page, 1), false, `no step while typing in #${field}`);
    assert.equal(await cardOpen(page), false);
    // The toggle-site shortcut asks the page this before it pauses the site.
    assert.equal(await typingInTab(browser, page), true, `typing in #${field}`);
    assert.equal(await focused(page), field);
  }
  await page.evaluate(() => document.getElementById('fields')!.remove());
  assert.equal(await typingInTab(browser, page), false);
  assert.equal(await stepMentions(browser, page, 1), true);
  assert.equal((await openCard(page)).name, 'Tiff Macklem');
  await page.close();
});

test('a card opened from the keyboard keeps the focus: Tab and Shift+Tab cycle inside it, Escape gives the focus back', async () => {
  const page = await openPage(browser, server.url);
  await marksOn(page, 20);
  await page.evaluate(() => {
    const button = Object.assign(document.createElement('button'), { id: 'before', textContent: 'A button of the page' });
    document.body.prepend(button);
    button.focus();
  });
  assert.equal(await stepMentions(browser, page, 1), true);
  await openCard(page);
  const controls = await page.evaluate(() => document.getElementById('dramatis-card-host')!.shadowRoot!.querySelectorAll('button, a[href]').length);
  assert.ok(controls > 2);
  const seen: string[] = [];
  for (let i = 0; i <= controls; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused(page));
  }
  assert.ok(
    seen.every((s) => s.startsWith('dramatis-card-host > ')),
    `the focus never leaves the card: ${seen.join(' | ')}`,
  );
  assert.equal(new Set(seen.slice(0, controls)).size, controls);
  assert.equal(seen[controls], seen[0]);
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  assert.equal(await focused(page), seen[controls - 1]);
  await page.keyboard.press('Escape');
  await cardClosed(page);
  assert.equal(await focused(page), 'before');
  await page.close();
});
