// Offline reading: the service worker keeps the app and every article read.
import { test, expect, seed, seedPath, paragraphs, appStarted } from './fixtures.js';

test.use({ serviceWorkers: 'allow' });

test('an article read once reads again without network', async ({ page, context }) => {
  await page.goto(seedPath);
  await appStarted(page);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active.state;
  });
  // The first visit happened before the worker controlled the page; a
  // reload goes through it and is kept.
  await page.reload();
  await appStarted(page);
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(seed.title);

  await context.setOffline(true);
  await page.reload();
  await appStarted(page);
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('.article__body > p')).toHaveText(paragraphs);
  // The home page was cached as part of the app shell at install.
  await page.goto('/');
  await expect(page.getByTestId('article-list').getByRole('link', { name: seed.title })).toBeVisible();
  await context.setOffline(false);
});

test('the worker caches under this build\'s name only', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  const keys = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return caches.keys();
  });
  expect(keys).toHaveLength(1);
  expect(keys[0]).toMatch(/^tinso-[0-9a-f]{16}$/);
});
