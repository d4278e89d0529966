import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import type { RunningServer } from '../../../dev/server.ts';
import { firefoxSuite } from './firefox-suite.ts';
import { cardClosed, hover, marksOn, openCard, openPage, POLL } from './firefox-session.ts';

let browser: Browser;
let server: RunningServer;

firefoxSuite((b, s) => {
  browser = b;
  server = s;
});

/** The text of one element of the open card, by CSS selector ('' when absent). */
async function cardPart(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForFunction(
    (sel: string) => {
      const part = document.getElementById('dramatis-card-host')?.shadowRoot?.querySelector(`.card ${sel}`);
      return part?.textContent ?? false;
    },
    POLL,
    selector,
  );
  return (await handle.jsonValue()) as string;
}

// Mark Carney's office was confirmed on 2025-06-01, more than six months before the page's date (2026-03-10).
test('a role without an end date is shown as of its checked day, with a may-have-changed note', async () => {
  const page = await openPage(browser, `${server.url}pages/freshness.html`);
  const carney = (await marksOn(page, 2)).find((m) => m.text === 'Mark Carney');
  assert.ok(carney, 'Mark Carney is marked');
  await hover(page, carney);
  const card = await openCard(page);
  assert.equal(card.name, 'Mark Carney');
  assert.match(await cardPart(page, '.role'), /Prime Minister of Canada, since 2025, as of (1 Jun 2025|Jun 1, 2025)/);
  assert.match(await cardPart(page, '.note.stale'), /May have changed since (1 Jun 2025|Jun 1, 2025)\./);
  assert.match(await cardPart(page, '.footer .checked'), /Facts checked (1 Jun 2025|Jun 1, 2025)/);
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.close();
});

test('what the dataset could not confirm is shown as a short note', async () => {
  const page = await openPage(browser, `${server.url}pages/freshness.html`);
  const guardiola = (await marksOn(page, 2)).find((m) => m.text === 'Pep Guardiola');
  assert.ok(guardiola, 'Pep Guardiola is marked');
  await hover(page, guardiola);
  assert.equal((await openCard(page)).name, 'Pep Guardiola');
  assert.match(await cardPart(page, '.note.uncertain'), /^Not confirmed: .*Manchester City/);
  await page.close();
});
