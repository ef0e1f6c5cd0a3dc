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

test('the service worker keeps the app shell, not the search engine nobody asked for', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(seedPath);
  await appStarted(page);
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const cache = await caches.open((await caches.keys()).find((key) => key.startsWith('tinso-')));
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  expect(cached).toEqual(expect.arrayContaining(['/', '/404.html']));
  expect(cached.some((path) => /\/tinso-[0-9a-f]+_bg\.wasm$/.test(path))).toBe(true);
  // The search worker comes when a reader first searches (search.spec.js).
  expect(cached.filter((path) => /search/.test(path))).toEqual([]);
  expect(fetched.filter((path) => /search/.test(path))).toEqual([]);
});

test('a new build replaces the caches of older builds', async ({ page }) => {
  // What an earlier deploy left behind, and a cache that is not ours.
  await page.addInitScript(async () => {
    if (!navigator.serviceWorker.controller) {
      await caches.open('tinso-00000000000000ff').then((c) => c.put('/old', new Response('old')));
      await caches.open('someone-else').then((c) => c.put('/x', new Response('x')));
    }
  });
  await page.goto('/');
  await appStarted(page);
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    return !keys.includes('tinso-00000000000000ff');
  });
  const keys = (await page.evaluate(() => caches.keys())).sort();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toBe('someone-else');
  expect(keys[1]).toMatch(/^tinso-[0-9a-f]{16}$/);
  expect(keys[1]).not.toBe('tinso-00000000000000ff');
});
