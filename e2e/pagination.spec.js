// Archive pagination, over a synthetic archive: the real site has one
// article, so one page per shelf. scripts/test builds 110 made-up articles
// (tinso-bench synth: "Bài thử nghiệm số …", signed as not real news) into
// a site of their own, never into dist/, and sets SYNTHETIC_URL. They stand
// nine hours apart from 1 January 2015: January holds 83 of them, each of
// the five categories 22.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appStarted } from './fixtures.js';

const base = process.env.SYNTHETIC_URL;
const at = (path) => new URL(path.replace(/^\//, ''), base).href;
const monthPath = '/luu-tru/2015/01';
const categoryPath = '/chuyen-muc/thu-nghiem-kinh-te';

test.skip(!base, 'SYNTHETIC_URL is not set (scripts/test sets it)');

class ShelfPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.articles = page.getByTestId('article-list').getByRole('heading').getByRole('link');
    this.pagination = page.getByRole('navigation', { name: 'Phân trang' });
    this.newer = this.pagination.getByRole('link', { name: '← Mới hơn' });
    this.older = this.pagination.getByRole('link', { name: 'Cũ hơn →' });
    this.newest = this.pagination.getByRole('link', { name: '« Mới nhất' });
    this.oldest = this.pagination.getByRole('link', { name: 'Cũ nhất »' });
  }

  async titles() {
    return this.articles.allTextContents();
  }
}

const number = (title) => Number(/^Bài thử nghiệm số (\d+):/.exec(title)[1]);
const range = (from, to) => [...Array(from - to + 1).keys()].map((k) => from - k);

// Numbered pages count from the oldest, 20 each, so that a new article
// leaves them as they are; the newest 20 to 39 stand on the shelf's own page.
test('a month of 83 articles: the newest 23 on its page, then pages 3, 2 and 1 of 20, linked both ways', async ({ page }) => {
  const shelf = new ShelfPage(page);
  await page.goto(at(monthPath));
  await expect(shelf.heading).toHaveText('Tháng 1/2015');
  await expect(page.getByText(/^Mới nhất · 23 bài, từ \d\d\/01\/2015 đến 31\/01\/2015$/)).toBeVisible();
  expect((await shelf.titles()).map(number)).toEqual(range(83, 61));
  await expect(shelf.newer).toHaveCount(0);
  await expect(shelf.older).toHaveAttribute('rel', 'next');

  await shelf.older.click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/trang-3/?$`));
  await expect(page).toHaveTitle(/^Tháng 1\/2015 – Trang 3 \|/);
  await expect(page.getByText(/^Trang 3 · 20 bài, từ /)).toBeVisible();
  expect((await shelf.titles()).map(number)).toEqual(range(60, 41));
  await expect(shelf.newer).toHaveAttribute('href', new RegExp(`${monthPath}$`));
  await expect(shelf.newest).toHaveCount(0);

  await shelf.oldest.click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/trang-1/?$`));
  expect((await shelf.titles()).map(number)).toEqual(range(20, 1));
  await expect(shelf.older).toHaveCount(0);
  await expect(shelf.oldest).toHaveCount(0);
  await shelf.newer.click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/trang-2/?$`));
  expect((await shelf.titles()).map(number)).toEqual(range(40, 21));
  await shelf.newest.click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/?$`));

  // Pages beyond the last, and numbers written otherwise, are not pages.
  for (const path of [`${monthPath}/trang-4`, `${monthPath}/trang-0`, `${monthPath}/trang-01`]) {
    expect((await page.request.get(at(path))).status(), path).toBe(404);
  }
});

test('a category of 22 articles stands on one page, newest first, without pagination', async ({ page }) => {
  const shelf = new ShelfPage(page);
  await page.goto(at(categoryPath));
  await expect(shelf.heading).toHaveText('Chuyên mục Thử nghiệm: Kinh tế');
  const numbers = (await shelf.titles()).map(number);
  expect(numbers).toHaveLength(22);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  // Articles of this category only: every fifth, from the first.
  expect(numbers.every((n) => (n - 1) % 5 === 0)).toBe(true);
  await expect(shelf.pagination).toHaveCount(0);
  // A listed article opens.
  await shelf.articles.first().click();
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Bài thử nghiệm số ${numbers[0]}:`));
});

test('the archive index counts every shelf, and paginated pages have no axe violation', async ({ page }) => {
  await page.goto(at('/luu-tru'));
  const main = page.getByRole('main');
  await expect(main.getByRole('listitem').filter({ hasText: 'Tháng 1/2015' })).toHaveText('Tháng 1/2015 (83 bài)');
  await expect(main.getByRole('listitem').filter({ hasText: 'Tháng 2/2015' })).toHaveText('Tháng 2/2015 (27 bài)');
  await expect(main.getByRole('listitem').filter({ hasText: 'Thử nghiệm: Kinh tế' })).toHaveText('Thử nghiệm: Kinh tế (22 bài)');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const [path, colorScheme, width] of [[`${monthPath}/trang-3`, 'light', 1280], [`${monthPath}/trang-2`, 'dark', 320], [monthPath, 'light', 320]]) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(at(path));
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});

test('a search over 110 articles shows ten results, then ten more with "Xem thêm kết quả"', async ({ page }) => {
  await page.goto(at('/tim-kiem?q=thu+nghiem'));
  await appStarted(page);
  const status = page.getByTestId('search-status');
  const results = page.getByTestId('search-results').locator('li.search-result');
  const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
  await expect(status).toContainText('110 kết quả');
  await expect(results).toHaveCount(10);
  await more.click();
  await expect(results).toHaveCount(20);
  await expect(more).toBeVisible();
  // Newest first, and no result twice.
  const titles = await results.getByRole('heading').allTextContents();
  expect(new Set(titles).size).toBe(20);
  expect(number(titles[0])).toBe(110);
});
