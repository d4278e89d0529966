/**
 * The keyboard in Chromium: the shortcuts are commands the reader can rebind,
 * they never act while the focus is in an editable field, and a card opened
 * from the keyboard keeps the focus until Escape gives it back.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, marksOn, card, runCommand } from './fixtures.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';

const pausedSites = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: { pausedSites?: string[] } }> } } } }).chrome
      .storage.local;
    return (await local.get('settings')).settings?.pausedSites ?? [];
  });

const cardOpen = (page: Page) => page.evaluate(() => Boolean(document.getElementById('dramatis-card-host')?.matches(':popover-open')));

test('the shortcuts are commands with suggested keys, which the browser lets readers change', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).chrome.commands.getAll(),
  );
  const bound = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  expect(bound).toMatchObject({ 'next-mention': 'Alt+Shift+J', 'previous-mention': 'Alt+Shift+K', 'toggle-site': 'Alt+Shift+D' });
});

test('the shortcuts do nothing while the focus is in a text field, a textarea or an editable region', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url);
  await marksOn(page, 20);
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.id = 'fields';
    const shadowHost = document.createElement('div');
    shadowHost.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('input'), { id: 'in-shadow' }));
    const editable = Object.assign(document.createElement('div'), { id: 'editable', contentEditable: 'true', textContent: 'x' });
    form.append(Object.assign(document.createElement('input'), { id: 'search', type: 'search' }), document.createElement('textarea'), editable, shadowHost);
    document.body.prepend(form);
  });
  const marks = (await page.evaluate(readMarksInPage)).length;
  for (const field of ['#search', 'textarea', '#editable', '#in-shadow']) {
    const locator = page.locator(field);
    await locator.focus();
    await page.keyboard.type('ab');
    await runCommand(page, serviceWorker, 'next-mention');
    await runCommand(page, serviceWorker, 'toggle-site');
    // The worker's message reaches the page before this round trip to the page ends.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await cardOpen(page), `no card while typing in ${field}`).toBe(false);
    expect(await pausedSites(serviceWorker), `the site is not paused while typing in ${field}`).toEqual([]);
    expect((await page.evaluate(readMarksInPage)).length).toBe(marks);
    await expect(locator).toBeFocused();
  }
  await expect(page.locator('#search')).toHaveValue('ab');
  await page.locator('#fields').evaluate((form) => form.remove());
  await runCommand(page, serviceWorker, 'next-mention');
  await expect(card(page)).toBeFocused();
  // Out of the fields the same command pauses the site.
  await runCommand(page, serviceWorker, 'toggle-site');
  await expect.poll(() => pausedSites(serviceWorker)).toEqual(['127.0.0.1']);
});

test('a card opened from the keyboard keeps the focus: Tab and Shift+Tab cycle inside it, Escape gives the focus back', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url);
  await marksOn(page, 20);
  await page.evaluate(() => {
    const button = Object.assign(document.createElement('button'), { id: 'before', textContent: 'A button of the page' });
    document.body.prepend(button);
    button.focus();
  });
  await runCommand(page, serviceWorker, 'next-mention');
  await expect(card(page)).toBeFocused();
  await expect(card(page)).toHaveAttribute('data-entity-id', /.+/);
  const inCard = () =>
    page.evaluate(() => {
      const host = document.getElementById('dramatis-card-host')!;
      const active = host.shadowRoot!.activeElement;
      return document.activeElement === host ? (active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '') : null;
    });
  const controls = await page.evaluate(() => document.getElementById('dramatis-card-host')!.shadowRoot!.querySelectorAll('button, a[href]').length);
  expect(controls).toBeGreaterThan(2);
  const seen: (string | null)[] = [];
  for (let i = 0; i <= controls; i++) {
    await page.keyboard.press('Tab');
    seen.push(await inCard());
  }
  expect(seen, 'the focus never leaves the card').not.toContain(null);
  // Tabbing past the last control comes back to the first, and Shift+Tab from the first goes to the last.
  expect(new Set(seen.slice(0, controls)).size).toBe(controls);
  expect(seen[controls]).toBe(seen[0]);
  await page.keyboard.press('Shift+Tab');
  expect(await inCard()).toBe(seen[controls - 1]);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(page.locator('#before')).toBeFocused();
});

test('a card opened by the pointer leaves Tab to the page', async ({ page, server }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  const nato = marks.find((m) => m.text === 'NATO')!;
  await page.mouse.move(nato.rect.x + nato.rect.width / 2, nato.rect.y + nato.rect.height / 2, { steps: 2 });
  await expect(card(page)).toHaveAttribute('data-entity-id', /.+/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('dramatis-card-host');
});
