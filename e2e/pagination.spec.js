// Archive pagination, over a synthetic archive: the real site has one
// article, so one page per shelf. scripts/test builds 110 made-up articles
// (tinso-bench synth: "Bài thử nghiệm số …", signed as not real news) into
// a site of their own, never into dist/, and sets SYNTHETIC_URL. They stand
// nine hours apart from 1 January 2015: January holds 83 of them (five
// pages of 20), each of the five categories 22 (two pages).
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
    this.previous = this.pagination.getByRole('link', { name: '← Trang trước' });
    this.next = this.pagination.getByRole('link', { name: 'Trang sau →' });
  }

  pageLink(n) {
    return this.pagination.getByRole('link', { name: `Trang ${n}`, exact: true });
  }

  async titles() {
    return this.articles.allTextContents();
  }
}

const number = (title) => Number(/^Bài thử nghiệm số (\d+):/.exec(title)[1]);

test('a month of 83 articles reads in five pages of 20, newest first, linked to each other', async ({ page }) => {
  const shelf = new ShelfPage(page);
  await page.goto(at(monthPath));
  await expect(shelf.heading).toHaveText('Tháng 1/2015');
  await expect(page.getByText('Trang 1/5')).toBeVisible();
  await expect(shelf.articles).toHaveCount(20);
  const first = (await shelf.titles()).map(number);
  expect(first).toEqual([...Array(20).keys()].map((k) => 83 - k));
  await expect(shelf.pageLink(1)).toHaveAttribute('aria-current', 'page');
  await expect(shelf.pagination.getByRole('link')).toHaveCount(6);
  await expect(shelf.previous).toHaveCount(0);

  await shelf.next.click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/trang-2/?$`));
  await expect(page).toHaveTitle(/^Tháng 1\/2015 – Trang 2 \|/);
  await expect(page.getByText('Trang 2/5')).toBeVisible();
  expect((await shelf.titles()).map(number)).toEqual([...Array(20).keys()].map((k) => 63 - k));
  await expect(shelf.pageLink(2)).toHaveAttribute('aria-current', 'page');
  await expect(shelf.pageLink(1)).not.toHaveAttribute('aria-current');

  await shelf.pageLink(5).click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/trang-5/?$`));
  expect((await shelf.titles()).map(number)).toEqual([3, 2, 1]);
  await expect(shelf.next).toHaveCount(0);
  await shelf.previous.click();
  await expect(page).toHaveURL(new RegExp(`${monthPath}/trang-4/?$`));
  await expect(page.getByText('Trang 4/5')).toBeVisible();

  // Pages beyond the last, or a first page under its number, are not pages.
  for (const path of [`${monthPath}/trang-6`, `${monthPath}/trang-1`, `${monthPath}/trang-0`]) {
    expect((await page.request.get(at(path))).status(), path).toBe(404);
  }
});

test('a category of 22 articles has two pages that together list each article once', async ({ page }) => {
  const shelf = new ShelfPage(page);
  await page.goto(at(categoryPath));
  await expect(shelf.heading).toHaveText('Chuyên mục Thử nghiệm: Kinh tế');
  await expect(page.getByText('Trang 1/2')).toBeVisible();
  const titles = await shelf.titles();
  await shelf.next.click();
  await expect(page.getByText('Trang 2/2')).toBeVisible();
  titles.push(...(await shelf.titles()));
  expect(titles).toHaveLength(22);
  expect(new Set(titles).size).toBe(22);
  const numbers = titles.map(number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  // Articles of this category only: every fifth, from the first.
  expect(numbers.every((n) => (n - 1) % 5 === 0)).toBe(true);
  // A listed article opens.
  await shelf.articles.first().click();
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(titles[20]);
});

test('the archive index counts every shelf, and paginated pages have no axe violation', async ({ page }) => {
  await page.goto(at('/luu-tru'));
  const main = page.getByRole('main');
  await expect(main.getByRole('listitem').filter({ hasText: 'Tháng 1/2015' })).toHaveText('Tháng 1/2015 (83 bài)');
  await expect(main.getByRole('listitem').filter({ hasText: 'Tháng 2/2015' })).toHaveText('Tháng 2/2015 (27 bài)');
  await expect(main.getByRole('listitem').filter({ hasText: 'Thử nghiệm: Kinh tế' })).toHaveText('Thử nghiệm: Kinh tế (22 bài)');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const [path, colorScheme, width] of [[`${monthPath}/trang-3`, 'light', 1280], [`${monthPath}/trang-2`, 'dark', 320], [`${categoryPath}/trang-2`, 'light', 320]]) {
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
