import { test, expect, marksOn, hoverMark, card } from './fixtures.ts';

// The dataset confirmed Mark Carney's office on 2025-06-01: more than six months before this
// page's date (2026-03-10), so his card gives the role "as of" that day and warns it may have changed.
test('a role without an end date is shown as of its checked day, with a may-have-changed note', async ({ page, server }) => {
  await page.goto(`${server.url}pages/freshness.html`);
  const marks = await marksOn(page, 2);
  const carney = marks.find((m) => m.text === 'Mark Carney');
  expect(carney, 'Mark Carney is marked').toBeTruthy();
  await hoverMark(page, carney!);
  await expect(card(page)).toBeVisible({ timeout: 3_000 });
  await expect(card(page).locator('.role').first()).toHaveText(/Prime Minister of Canada, since 2025, as of (1 Jun 2025|Jun 1, 2025)/);
  await expect(card(page).locator('.note.stale')).toHaveText(/May have changed since (1 Jun 2025|Jun 1, 2025)\./);
  await expect(card(page).locator('.footer .checked')).toHaveText(/Facts checked (1 Jun 2025|Jun 1, 2025)/);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
});

test('what the dataset could not confirm is shown as a short note', async ({ page, server }) => {
  await page.goto(`${server.url}pages/freshness.html`);
  const marks = await marksOn(page, 2);
  const guardiola = marks.find((m) => m.text === 'Pep Guardiola');
  expect(guardiola, 'Pep Guardiola is marked').toBeTruthy();
  await hoverMark(page, guardiola!);
  await expect(card(page)).toBeVisible({ timeout: 3_000 });
  await expect(card(page).locator('.note.uncertain')).toHaveText(/^Not confirmed: .*Manchester City/);
});
