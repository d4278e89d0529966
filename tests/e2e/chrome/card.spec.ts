import { test, expect, marksOn, hoverMark, card, runCommand } from './fixtures.ts';

test('hovering a name opens its card with the role on the article date; Escape closes it', async ({ page, server }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  const carney = marks.find((m) => m.text === 'Mark Carney');
  expect(carney, 'Mark Carney is marked').toBeTruthy();
  await hoverMark(page, carney!);
  await expect(card(page)).toBeVisible({ timeout: 3_000 });
  await expect(card(page).locator('.name')).toHaveText('Mark Carney');
  await expect(card(page)).toContainText('Person');
  await expect(card(page)).toContainText('Prime Minister of Canada');
  await expect(card(page)).toContainText(/15 Oct 2025|Oct 15, 2025/);
  await expect(card(page)).toHaveAttribute('role', 'dialog');

  // The card sits in the viewport, beside the name.
  const box = (await page.locator('#dramatis-card-host').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1200);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  const below = Math.abs(box.y - (carney!.rect.y + carney!.rect.height)) < 12;
  const above = Math.abs(box.y + box.height - carney!.rect.y) < 12;
  expect(below || above, `card at ${JSON.stringify(box)}, name at ${JSON.stringify(carney!.rect)}`).toBe(true);

  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
});

test('the card waits for the pointer to rest, stays while the pointer is on it, and closes after it leaves', async ({ page, server }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  const nato = marks.find((m) => m.text === 'NATO')!;
  const arrived = Date.now();
  await page.mouse.move(nato.rect.x + 2, nato.rect.y + nato.rect.height / 2);
  await expect(card(page)).toBeVisible({ timeout: 3_000 });
  // Hover intent: not before the pointer has rested about half a second (a slow machine only adds to it).
  expect(Date.now() - arrived).toBeGreaterThanOrEqual(450);
  await expect(card(page).locator('.name')).toHaveText('NATO');
  await expect(card(page)).toContainText('Organization');

  // Onto the card itself: it stays.
  const box = (await page.locator('#dramatis-card-host').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(600);
  await expect(card(page)).toBeVisible();

  // Away from both: it closes shortly after.
  await page.mouse.move(5, 5, { steps: 3 });
  await expect(card(page)).toBeHidden({ timeout: 2_000 });
});

test('a lookup after the service worker was stopped still opens the card (cold start)', async ({ page, server, context }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  const first = marks.find((m) => m.highlight === 'dramatis-person')!;
  await page.mouse.move(first.rect.x + first.rect.width / 2, first.rect.y + first.rect.height / 2);
  await expect(card(page)).toBeVisible({ timeout: 3_000 });
  const before = await card(page).getAttribute('data-worker-started-at');
  await page.keyboard.press('Escape');

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();

  const other = marks.find((m) => m.highlight === 'dramatis-organization')!;
  const started = Date.now();
  await page.mouse.move(other.rect.x + other.rect.width / 2, other.rect.y + other.rect.height / 2);
  await expect(card(page).locator('.description')).not.toHaveText(/Looking up/, { timeout: 5_000 });
  await expect(card(page)).toHaveAttribute('data-worker-started-at', /\d+/);
  const after = await card(page).getAttribute('data-worker-started-at');
  expect(after).not.toBe(before);
  const lookupMs = await page.evaluate(() => {
    const measures = performance.getEntriesByName('dramatis:card-lookup');
    return measures[measures.length - 1]?.duration ?? -1;
  });
  console.log(`cold start: stopped worker to card data in ${Math.round(lookupMs)} ms (hover to card ${Date.now() - started} ms, incl. the 500 ms hover delay)`);
});

test('the reporter in the byline gets a card that says where the name comes from', async ({ page, server }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  const reporter = marks.find((m) => m.text === 'Casey Sampleton');
  expect(reporter, 'the byline is marked').toBeTruthy();
  await hoverMark(page, reporter!);
  await expect(card(page).locator('.name')).toHaveText('Casey Sampleton', { timeout: 3_000 });
  await expect(card(page)).toContainText('Journalist');
  await expect(card(page)).toContainText("Credited in this article's byline, writing for The Canadian Press");
});

test('the shortcuts step through the mentions: the card takes focus, Escape returns it', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url);
  await marksOn(page, 20);
  await runCommand(page, serviceWorker, 'next-mention');
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.name')).toHaveText('Tiff Macklem');
  await expect(card(page)).toBeFocused();
  await runCommand(page, serviceWorker, 'next-mention');
  await expect(card(page).locator('.name')).toHaveText('Casey Sampleton');
  await runCommand(page, serviceWorker, 'previous-mention');
  await expect(card(page).locator('.name')).toHaveText('Tiff Macklem');
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test("the card steps to the same entity's other mentions and opens an affiliation's card", async ({ page, server }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  await hoverMark(
    page,
    marks.find((m) => m.text === 'Tiff Macklem')!,
  );
  await expect(card(page).locator('.position')).toHaveText(/^\d+ \/ 3$/);
  const before = await card(page).locator('.position').textContent();
  await card(page).getByRole('button', { name: 'Next mention' }).click();
  await expect(card(page).locator('.position')).not.toHaveText(before!);
  await expect(card(page).locator('.name')).toHaveText('Tiff Macklem');
  expect(await page.evaluate(() => CSS.highlights.get('dramatis-flash')?.size ?? 0)).toBe(1);

  await page.keyboard.press('Escape');
  await hoverMark(
    page,
    marks.find((m) => m.text === 'European Central Bank')!,
  );
  await card(page).getByRole('button', { name: 'European Union' }).click();
  await expect(card(page).locator('.name')).toHaveText('European Union');
});

test('the card is light on a light page and dark on a dark one', async ({ page, server }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.url);
    const marks = await marksOn(page, 20);
    await hoverMark(
      page,
      marks.find((m) => m.text === 'NATO')!,
    );
    await expect(card(page)).toHaveAttribute('data-theme', scheme);
    const background = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(15, 23, 42)' : 'rgb(255, 255, 255)');
    await page.keyboard.press('Escape');
  }
});

test('a name the dataset does not list gets a card that says so, with how the article describes it', async ({ page, server }) => {
  await page.goto(`${server.url}pages/unlisted-names.html`);
  const marks = await marksOn(page, 5);
  const texts = marks.map((m) => `${m.text}:${m.highlight}`);
  for (const expected of [
    'Renata Culpepper:dramatis-person',
    'Brightwater Equity Partners:dramatis-organization',
    'Culpepper:dramatis-person',
    'Mark Rutte:dramatis-person',
  ]) {
    expect(texts, `marks: ${texts.join(', ')}`).toContain(expected);
  }
  await hoverMark(
    page,
    marks.find((m) => m.text === 'Renata Culpepper')!,
  );
  await expect(card(page).locator('.name')).toHaveText('Renata Culpepper', { timeout: 4_000 });
  await expect(card(page).locator('.kind')).toContainText('not in the dataset');
  await expect(card(page).locator('.described')).toContainText('a partner at Brightwater Equity Partners');
  await expect(card(page)).toContainText('2 mentions');
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();

  // A dataset entity's card shows the article's words beside the dataset's.
  await hoverMark(
    page,
    marks.find((m) => m.text === 'Mark Rutte')!,
  );
  await expect(card(page).locator('.name')).toHaveText('Mark Rutte', { timeout: 4_000 });
  await expect(card(page).locator('.described')).toContainText('NATO chief');
  await expect(card(page).locator('.kind')).not.toContainText('not in the dataset');
});
