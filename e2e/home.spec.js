// The home page: articles newest first, and the frame of every page.
import { test, expect, site, seed, index } from './fixtures.js';

test('lists the seed article with its date and lead', async ({ page, home }) => {
  const response = await home.goto();
  expect(response.status()).toBe(200);
  await expect(page).toHaveTitle(site.name);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', site.description);
  const link = home.articleLink(seed.title);
  await expect(link).toHaveAttribute('href', `/bai-viet/${seed.slug}`);
  const teaser = home.list.locator('li').first();
  await expect(teaser.locator('time')).toHaveText('Thứ Năm, 29/12/2011');
  await expect(teaser.locator('time')).toHaveAttribute('datetime', seed.published);
  await expect(teaser).toContainText(seed.lead);
  await expect(teaser).toContainText(seed.category.name);
});

test('has a header with the name and navigation, a main and a footer', async ({ page, home }) => {
  await home.goto();
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: new RegExp(site.name) })).toBeVisible();
  await expect(header).toContainText(site.tagline);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toContainText(site.name);
});

test('orders articles newest first', async ({ page, home, articlePage }) => {
  const entry = (slug, title, published) => ({ ...index.articles[0], slug, title, published });
  await page.route('**/data/views/moi-nhat.json', (route) => route.fulfill({
    json: {
      format_version: 1,
      articles: [
        entry('bai-cu', 'Bài cũ', '2010-05-01T08:00:00+07:00'),
        entry('bai-moi', 'Bài mới', '2012-01-02T09:30:00+07:00'),
        entry('bai-giua', 'Bài giữa', '2011-06-15T10:00:00+07:00'),
      ],
    },
  }));
  // The index is fetched when the app navigates home (a direct visit uses
  // the copy embedded in the page).
  await articlePage.goto();
  await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
  await expect(home.list.getByRole('heading', { level: 2 })).toHaveText([
    'Bài mới', 'Bài giữa', 'Bài cũ',
  ]);
  await expect(home.list.locator('time').first()).toHaveText('Thứ Hai, 02/01/2012');
});
