// Embeds: a chart framed by another site's page. The embed page holds the
// chart, its source line and a link back, nothing else; it tells its
// parent its height and the code under "Nhúng" fits the frame to it. Only
// embed pages may be framed (nginx: frame-ancestors * there, 'none'
// everywhere else). Each chart has an oEmbed description, found from its
// dataset page.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, site, seed, datasets, datasetPath } from './fixtures.js';

const dataset = datasets[0];
const embedPath = `/nhung/${dataset.id}`;
// Another origin than the site's (another host and port): Playwright
// answers for it. The test server is on loopback, which Chromium lets a
// page frame only from a secure context and with the Local Network Access
// permission: hence localhost, and the permission (a deployed site is public).
const host = 'http://localhost:8099';
test.use({ permissions: ['local-network-access'] });

/** The code a reader copies from the dataset page, pointed at this server. */
async function embedCode(page, baseURL) {
  await page.goto(datasetPath(dataset.id));
  await page.getByText('Nhúng', { exact: true }).click();
  const code = await page.locator('#ma-nhung').textContent();
  expect(code).toContain(`<iframe src="${site.base_url}${embedPath}"`);
  return code.replaceAll(site.base_url, new URL(baseURL).origin);
}

/** A page of another site holding `body`. */
async function hostPage(page, body) {
  await page.route(`${host}/**`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="vi"><head><title>Báo khác</title></head><body><h1>Bài của báo khác</h1><p>Đoạn mở đầu.</p>${body}<p>Đoạn sau biểu đồ.</p></body></html>`,
  }));
  await page.goto(`${host}/bai-viet`);
}

test('the embed page is the chart, its source and a link back, nothing else', async ({ page }) => {
  const response = await page.goto(embedPath);
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect(page.getByRole('img', { name: dataset.title })).toBeVisible();
  await expect(page.locator('.chart__caption')).toContainText(`Nguồn: bài “${seed.title}”`);
  const back = page.getByRole('link', { name: /^Xem bảng số liệu, tải về và trích dẫn trên / });
  await expect(back).toHaveAttribute('href', datasetPath(dataset.id));
  await expect(back).toHaveAttribute('target', '_blank');
  // No site header, navigation, footer or downloads; no app. The data
  // table stays, behind its button (a mark's details are its rows).
  await expect(page.locator('header, nav, footer, a[download]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Xem bảng dữ liệu' })).toBeVisible();
  expect(await page.evaluate(() => window.__tinsoStarted === true)).toBe(false);
  // Every link leaves the frame for a new tab.
  for (const link of await page.locator('a[href]').all()) {
    await expect(link).toHaveAttribute('target', '_blank');
  }
  // It points search engines at the dataset's page.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.base_url}${datasetPath(dataset.id)}`);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a mark’s details open in the embed too', async ({ page }) => {
  await page.goto(embedPath);
  const mark = page.locator('.chart__hit').first();
  await mark.focus();
  await expect(page.locator('.chart__tip')).toBeVisible();
});

test('framed by a page of another origin, the chart shows and the frame fits its height', async ({ page, baseURL }) => {
  const code = await embedCode(page, baseURL);
  await hostPage(page, code);
  const frameElement = page.locator('iframe[data-tinso-embed]');
  await expect(frameElement).toHaveAttribute('title', `Biểu đồ: ${dataset.title} (${site.name})`);
  const frame = page.frameLocator('iframe[data-tinso-embed]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  const embedded = await (await frameElement.elementHandle()).contentFrame();
  const contentHeight = () => embedded.evaluate(() => Math.ceil(document.querySelector('main').getBoundingClientRect().bottom));
  // The frame takes the chart's height (not the code's first guess), and
  // follows it when a narrower column makes the chart taller.
  const fits = async () => Math.abs((await frameElement.boundingBox()).height - await contentHeight());
  await expect.poll(fits).toBeLessThanOrEqual(1);
  const before = (await frameElement.boundingBox()).height;
  expect(before).not.toBe(Number(await frameElement.getAttribute('height')));
  await frameElement.evaluate((frame) => { frame.style.maxWidth = '320px'; });
  await expect.poll(async () => (await frameElement.boundingBox()).height).toBeGreaterThan(before);
  await expect.poll(fits).toBeLessThanOrEqual(1);
});

test('nginx lets any site frame embed pages and no site frame the others', async ({ page, request, baseURL, consoleErrors }) => {
  const policy = async (path) => (await request.get(path)).headers()['content-security-policy'];
  expect(await policy(embedPath)).toMatch(/frame-ancestors \*$/);
  for (const path of ['/', datasetPath(dataset.id), `/bai-viet/${seed.slug}`, '/so-lieu']) {
    expect(await policy(path), path).toMatch(/frame-ancestors 'none'$/);
  }
  // In a browser: the dataset page refuses the frame, the embed page fills it.
  await hostPage(page, `<iframe id="trang" src="${baseURL}${datasetPath(dataset.id)}"></iframe><iframe id="nhung" src="${baseURL}${embedPath}"></iframe>`);
  await expect(page.frameLocator('#nhung').getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect.poll(() => page.frames().map((f) => f.url()))
    .toEqual([`${host}/bai-viet`, 'chrome-error://chromewebdata/', `${baseURL}${embedPath}`]);
  // The browser says why, as the one console error.
  expect(consoleErrors).toHaveLength(1);
  expect(consoleErrors[0]).toMatch(/frame-ancestors 'none'/);
  consoleErrors.length = 0;
});

test('each chart has an oEmbed description, found from its dataset page', async ({ page, request }) => {
  await page.goto(datasetPath(dataset.id));
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveAttribute('title', dataset.title);
  const url = await link.getAttribute('href');
  expect(url).toBe(`${site.base_url}${embedPath}.oembed.json`);
  const oembed = await (await request.get(url.slice(site.base_url.length))).json();
  expect(oembed).toMatchObject({
    version: '1.0', type: 'rich', title: dataset.title, provider_name: site.name,
    provider_url: `${site.base_url}/`, width: 720,
    thumbnail_url: `${site.base_url}/anh/so-lieu/${dataset.id}.png`, thumbnail_width: 1200, thumbnail_height: 630,
  });
  expect(oembed.height).toBeGreaterThan(300);
  expect(oembed.html).toContain(`<iframe src="${site.base_url}${embedPath}"`);
  // The same code as the page offers.
  await page.getByText('Nhúng', { exact: true }).click();
  expect(await page.locator('#ma-nhung').textContent()).toBe(oembed.html);
});

test('"Sao chép mã" copies the embed code and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(datasetPath(dataset.id));
  await page.getByText('Nhúng', { exact: true }).click();
  await page.getByRole('button', { name: 'Sao chép mã' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép mã' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#ma-nhung').textContent());
});
