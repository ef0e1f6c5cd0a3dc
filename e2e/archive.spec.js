// The archive: every category and month as static pages in fixed-size
// pages, reached from the header and from an article's category; the home
// page's data stays the newest articles only.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, seed, seedPath, index, appStarted } from './fixtures.js';

const categoryPath = `/chuyen-muc/${seed.category.slug}`;
const monthPath = '/luu-tru/2011/12';

test('"Lưu trữ" lists every category and month with its count, and each opens its page', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lưu trữ' }).click();
  await expect(page).toHaveURL(/\/luu-tru\/?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lưu trữ' })).toBeVisible();
  // A static page: the app leaves it as it is.
  await expect(page.locator('#app')).toHaveAttribute('data-page', 'static');
  const main = page.getByRole('main');
  await expect(main.getByRole('listitem').filter({ hasText: seed.category.name })).toHaveText(`${seed.category.name} (${index.articles.length} bài)`);
  await expect(main.getByRole('listitem').filter({ hasText: 'Tháng 12/2011' })).toHaveText('Tháng 12/2011 (1 bài)');
  await main.getByRole('link', { name: 'Tháng 12/2011' }).click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/?$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tháng 12/2011');
  await expect(page.getByTestId('article-list').getByRole('link', { name: seed.title })).toBeVisible();
});

test('an article’s category links to its page, which lists the article and says what it lists', async ({ page }) => {
  await page.goto(seedPath);
  await appStarted(page);
  await page.getByTestId('article').getByRole('link', { name: seed.category.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${categoryPath}/?$`));
  await expect(page).toHaveTitle(new RegExp(`^Chuyên mục ${seed.category.name} \\|`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Chuyên mục ${seed.category.name}`);
  await expect(page.getByText(/^1 bài, ngày \d\d\/\d\d\/\d{4}$/)).toBeVisible();
  // One page only: no pagination to offer.
  await expect(page.getByRole('navigation', { name: 'Phân trang' })).toHaveCount(0);
  await page.getByTestId('article-list').getByRole('link', { name: seed.title }).click();
  await expect(page).toHaveURL(seedPath);
  await appStarted(page);
});

test('archive pages read without JavaScript, and pages beyond the last are not found', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/luu-tru', categoryPath, monthPath]) {
    const response = await page.goto(path);
    expect(response.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await context.close();
  for (const path of [`${categoryPath}/trang-1`, `${categoryPath}/trang-2`, '/luu-tru/2011/11', '/chuyen-muc/khong-co']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the home page’s data is the newest articles only, at most 20', async ({ request }) => {
  const latest = await (await request.get('/data/views/moi-nhat.json')).json();
  expect(latest.articles.length).toBeLessThanOrEqual(20);
  expect(latest.articles.map((a) => a.slug)).toEqual(
    [...index.articles].sort((a, b) => (a.published < b.published ? 1 : -1)).slice(0, 20).map((a) => a.slug),
  );
});

test('archive pages have no axe violation, in both themes', async ({ page }) => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const [path, colorScheme, width] of [['/luu-tru', 'light', 1280], [categoryPath, 'dark', 320], [monthPath, 'light', 320]]) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});
