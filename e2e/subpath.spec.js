// The site built for a sub-path (BASE_PATH=/tin/) and served under it:
// links, data requests, deep links and head tags all follow the base.
// scripts/test builds it into dist-subpath/ and sets SUBPATH_URL.
import { test, expect, site, seed, appStarted } from './fixtures.js';

const base = process.env.SUBPATH_URL;
const articlePath = `/tin/bai-viet/${seed.slug}`;

test.skip(!base, 'SUBPATH_URL is not set (scripts/test sets it)');

test('links, data and deep links work under /tin/', async ({ page }) => {
  const origin = new URL(base).origin;
  const home = await page.goto(`${origin}/tin/`);
  expect(home.status()).toBe(200);
  await appStarted(page);
  const link = page.getByTestId('article-list').getByRole('link', { name: seed.title });
  await expect(link).toHaveAttribute('href', articlePath);
  await page.evaluate(() => { window.__samePage = true; });
  await link.click();
  await expect(page).toHaveURL(`${origin}${articlePath}`);
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(seed.title);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);

  // A direct visit and its head tags.
  await page.goto(`${origin}${articlePath}`);
  await appStarted(page);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.base_url}${articlePath}`);
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(seed.title);

  // Back home through the header, then the data request of a client-side visit.
  const dataRequest = page.waitForRequest((r) => r.url().endsWith(`/tin/data/views/moi-nhat.json`));
  await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
  await dataRequest;
  await expect(page).toHaveURL(`${origin}/tin/`);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown path under /tin/ is a 404 with the not-found page', async ({ page, consoleErrors }) => {
  const origin = new URL(base).origin;
  const response = await page.goto(`${origin}/tin/khong-co`);
  expect(response.status()).toBe(404);
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/tin/');
  expect(consoleErrors.every((e) => /status of 404/.test(e)), consoleErrors.join('\n')).toBe(true);
  consoleErrors.length = 0;
});

test('charts, their pages and downloads work under /tin/', async ({ page, request }) => {
  const origin = new URL(base).origin;
  await page.goto(`${origin}/tin/`);
  await appStarted(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Số liệu' }).click();
  await expect(page).toHaveURL(`${origin}/tin/so-lieu`);
  const dataset = page.getByTestId('dataset-list').getByRole('link').first();
  const href = await dataset.getAttribute('href');
  expect(href).toMatch(/^\/tin\/so-lieu\/[a-z0-9-]+$/);
  await dataset.click();
  await expect(page).toHaveURL(`${origin}${href}`);
  await expect(page.getByTestId('chart')).toHaveCount(1);
  for (const name of ['Tải CSV', 'Tải SVG']) {
    const file = await page.getByRole('link', { name }).getAttribute('href');
    expect(file.startsWith(`${href}.`)).toBe(true);
    expect((await request.get(`${origin}${file}`)).status()).toBe(200);
  }
  // A mark leads to its sentence in the article, under the base too.
  await expect(page.locator('.chart__hit').first()).toHaveAttribute('href', new RegExp(`^${articlePath}#so-`));
});
