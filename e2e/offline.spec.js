// Offline reading: the service worker keeps the app, every page a reader
// opened (on a first visit, or inside the app), and shows its own offline
// page for a page never read.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, seed, seedPath, paragraphs, datasets, datasetPath, appStarted } from './fixtures.js';

test.use({ serviceWorkers: 'allow' });

/** Resolves once the service worker controls the page and keeps `path`.
 * (Polled with page.evaluate, which awaits the check: waitForFunction takes
 * the promise an async check returns for a truthy answer.) */
async function kept(page, path) {
  await expect.poll(() => page.evaluate(async (path) => {
    if (!navigator.serviceWorker.controller) return false;
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      if (await cache.match(new URL(path, location.href).href)) return true;
    }
    return false;
  }, path), { timeout: 15_000 }).toBe(true);
}

const articleHeading = (page) => page.getByTestId('article').getByRole('heading', { level: 1 });

test('an article read once, on a first visit, reads again without network', async ({ page, context }) => {
  await page.goto(seedPath);
  await appStarted(page);
  // Read exactly once: the worker keeps the page it found open.
  await kept(page, seedPath);
  await context.setOffline(true);
  await page.reload();
  await expect(articleHeading(page)).toHaveText(seed.title);
  await expect(page.locator('.article__body > p')).toHaveText(paragraphs);
  await expect(page.locator('.article-charts figure.chart')).toHaveCount(datasets.length);
  // The home page is part of the app shell.
  await page.goto('/');
  await expect(page.getByTestId('article-list').getByRole('link', { name: seed.title })).toBeVisible();
  await context.setOffline(false);
});

test('an article opened inside the app reads again without network', async ({ page, context }) => {
  await page.goto('/');
  await appStarted(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId('article-list').getByRole('link', { name: seed.title }).click();
  await expect(articleHeading(page)).toHaveText(seed.title);
  await kept(page, seedPath);
  await context.setOffline(true);
  await page.reload();
  await expect(articleHeading(page)).toHaveText(seed.title);
  await expect(page.locator('.article-charts figure.chart')).toHaveCount(datasets.length);
  await context.setOffline(false);
});

test('the Số liệu pages seen before read again without network', async ({ page, context }) => {
  const dataset = datasets[1];
  await page.goto('/so-lieu');
  await appStarted(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId('dataset-list').getByRole('link', { name: dataset.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await kept(page, datasetPath(dataset.id));
  await kept(page, '/so-lieu');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect(page.getByTestId('chart')).toBeVisible();
  await page.goto('/so-lieu');
  await expect(page.getByTestId('dataset-list').getByRole('heading').getByRole('link')).toHaveCount(datasets.length);
  await context.setOffline(false);
});

test('a page never read shows the site’s offline page, listing what is kept', async ({ page, context }) => {
  await page.goto(seedPath);
  await appStarted(page);
  await kept(page, seedPath);
  await context.setOffline(true);
  const never = datasetPath(datasets[0].id);
  await page.goto(never);
  // The address stays the one asked for; the page says why it is not there.
  expect(new URL(page.url()).pathname).toBe(never);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có kết nối mạng');
  await expect(page).toHaveTitle(/^Không có kết nối mạng \|/);
  const list = page.getByRole('list', { name: 'Đã lưu để đọc ngoại tuyến' });
  await expect(list.getByRole('link', { name: 'Trang chủ: tin mới nhất' })).toBeVisible();
  await expect(list.getByRole('link', { name: seed.title })).toHaveAttribute('href', seedPath);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
  // A kept page opens from the list.
  await list.getByRole('link', { name: seed.title }).click();
  await expect(articleHeading(page)).toHaveText(seed.title);
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
  expect(cached).toEqual(expect.arrayContaining(['/', '/404.html', '/ngoai-tuyen', '/offline.js']));
  expect(cached.some((path) => /\/tinso-[0-9a-f]+_bg\.wasm$/.test(path))).toBe(true);
  // The search worker comes when a reader first searches (search.spec.js).
  expect(cached.filter((path) => /search/.test(path))).toEqual([]);
  expect(fetched.filter((path) => /search/.test(path))).toEqual([]);
});

test('a new build replaces the caches of older builds, keeping the pages read', async ({ page }) => {
  // What an earlier deploy left behind: a page read then, an old asset, and
  // a cache that is not ours.
  await page.addInitScript(async () => {
    if (!navigator.serviceWorker.controller) {
      const old = await caches.open('tinso-00000000000000ff');
      await old.put('/bai-viet/doc-tu-truoc', new Response('<title>Đọc từ trước</title>', { headers: { 'Content-Type': 'text/html' } }));
      await old.put('/tinso-00ff_bg.wasm', new Response('old', { headers: { 'Content-Type': 'application/wasm' } }));
      await caches.open('someone-else').then((c) => c.put('/x', new Response('x')));
    }
  });
  await page.goto('/');
  await appStarted(page);
  // The worker claims the page once it has moved and removed the old caches.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const keys = (await page.evaluate(() => caches.keys())).sort();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toBe('someone-else');
  expect(keys[1]).toMatch(/^tinso-[0-9a-f]{16}$/);
  expect(keys[1]).not.toBe('tinso-00000000000000ff');
  const moved = await page.evaluate(async (key) => {
    const cache = await caches.open(key);
    return [!!(await cache.match('/bai-viet/doc-tu-truoc')), !!(await cache.match('/tinso-00ff_bg.wasm'))];
  }, keys[1]);
  expect(moved).toEqual([true, false]);
});
