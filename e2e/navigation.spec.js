// Inside the app: after a page opens, focus is on its main heading and a
// polite live region says its title; back and forward return to where the
// reader was, also when the page's data arrives late; a new page starts at
// the top. And every unknown path is a 404 page in one load, never more.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appStarted, seed, seedPath, seedDataPath, datasets, datasetPath } from './fixtures.js';

const announcer = (page) => page.locator('#thong-bao');

test('a page opened in the app takes focus on its heading and is announced', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  await page.getByTestId('article-list').getByRole('link', { name: seed.title }).click();
  const heading = page.getByRole('heading', { level: 1, name: seed.title });
  await expect(heading).toBeFocused();
  await expect(announcer(page)).toHaveAttribute('aria-live', 'polite');
  await expect(announcer(page)).toHaveText(`${seed.title} | Tin & Số`);
  await expect(page).toHaveTitle(`${seed.title} | Tin & Số`);

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Số liệu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Số liệu' })).toBeFocused();
  await expect(announcer(page)).toHaveText('Số liệu | Tin & Số');
  await expect(page.getByRole('link', { name: 'Số liệu', exact: true }).first()).toHaveAttribute('aria-current', 'page');
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
});

test('back returns to where the reader left the article, forward to the top of the next page', async ({ page }) => {
  await page.goto(seedPath);
  await appStarted(page);
  await page.evaluate(() => window.scrollTo(0, 2400));
  await page.waitForFunction(() => Math.abs(scrollY - 2400) < 1);
  // A chart's title links to its dataset page.
  const dataset = datasets[0];
  const link = page.getByRole('link', { name: dataset.title, exact: true }).first();
  await link.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => scrollY);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: dataset.title })).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(0);

  // The article's data arrives late: the reader still lands where they were.
  await page.route(`**${seedDataPath}`, async (route) => {
    await new Promise((done) => setTimeout(done, 600));
    await route.continue();
  });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await page.waitForFunction((left) => Math.abs(scrollY - left) < 2, left);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeFocused();

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: dataset.title })).toBeVisible();
  await page.waitForFunction(() => scrollY === 0);
});

const notFound = [
  '/khong-co-trang-nay',
  '/chuyen-muc/khong-co-muc-nay',
  '/chuyen-muc/khong-co-muc-nay/trang-2',
  '/luu-tru/2011/11',
  '/luu-tru/1999/01/trang-3',
  '/luu-tru/2011/13',
  '/luu-tru/2011',
  '/bai-viet/khong-co-bai-nay',
  '/bai-viet/Chu_Hoa',
  '/so-lieu/khong-co-bo-nay',
  '/so-lieu/a/b',
  '/tim-kiem/thua',
  '/a/b/c/d',
];

for (const path of notFound) {
  test(`${path} is a 404 page in one load`, async ({ page, consoleErrors }) => {
    // Documents requested: a reload would ask for another.
    let loads = 0;
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
    });
    const response = await page.goto(path);
    expect(response.status()).toBe(404);
    await appStarted(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
    // Long enough for a reload loop to show itself.
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
    expect(new URL(page.url()).pathname).toBe(path);
    // The browser reports the 404 document itself as a failed resource.
    expect(consoleErrors.every((e) => /status of 404/.test(e)), consoleErrors.join('\n')).toBe(true);
    consoleErrors.length = 0;
  });
}

test('from the not-found page, the app opens the article', async ({ page, consoleErrors }) => {
  await page.goto('/khong-co-trang-nay');
  await appStarted(page);
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await page.getByTestId('article-list').getByRole('link', { name: seed.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeFocused();
  expect(new URL(page.url()).pathname).toBe(seedPath);
  expect(consoleErrors.every((e) => /status of 404/.test(e))).toBe(true);
  consoleErrors.length = 0;
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one row of at most 64 px; search and settings open from labelled buttons', async ({ page }) => {
    await page.goto(seedPath);
    await appStarted(page);
    const header = await page.locator('.site-header').boundingBox();
    expect(header.height).toBeLessThanOrEqual(64);
    // Everything is there: the brand, the navigation, the two buttons.
    await expect(page.getByRole('link', { name: /Tin & Số/ }).first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Số liệu' })).toBeVisible();
    const search = page.getByRole('button', { name: 'Tìm kiếm' });
    const settings = page.getByRole('button', { name: 'Cỡ chữ và nền' });
    await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toBeHidden();

    // By keyboard: the search button opens the box, focused; Esc closes it.
    await search.focus();
    await page.keyboard.press('Enter');
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await expect(box).toBeFocused();
    let axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(search).toBeFocused();
    await expect(search).toHaveAttribute('aria-expanded', 'false');

    // The settings: theme and text size.
    await settings.click();
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('group', { name: 'Cỡ chữ' }).getByRole('button', { name: 'A+', exact: true }).click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations).toEqual([]);
    // Opening one closes the other.
    await search.click();
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('dân vận');
    await expect(page).toHaveURL(/\/tim-kiem\?q=d%C3%A2n\+v%E1%BA%ADn$/);
  });
});
