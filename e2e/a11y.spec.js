// Accessibility: axe-core finds no WCAG 2.x A/AA violation on the pages and
// in the states the other tests open.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, seedPath, seedDataPath, appStarted } from './fixtures.js';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const violations = async (page) => {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

const pages = [
  ['home', '/'],
  ['article', seedPath],
  ['statistics', '/so-lieu'],
  ['dataset', '/so-lieu/an-sinh-xa-hoi-2011'],
  ['timeline', '/so-lieu/van-ban-duoc-nhac-den'],
];
for (const [name, path] of pages) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 320]) {
      test(`${name} at ${width} px in the ${colorScheme} theme has no axe violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await appStarted(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
}

test('the not-found page has no axe violation', async ({ page, consoleErrors }) => {
  await page.goto('/khong-co-trang-nay');
  await appStarted(page);
  expect(await violations(page)).toEqual([]);
  // The 404 document itself, and nothing else.
  expect(consoleErrors.length).toBeGreaterThan(0);
  expect(consoleErrors.every((e) => /status of 404/.test(e)), consoleErrors.join('\n')).toBe(true);
  consoleErrors.length = 0;
});

test('the loading and error states have no axe violation', async ({ page, articlePage, consoleErrors }) => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(`**${seedDataPath}`, async (route) => {
    await released;
    await route.fulfill({ status: 500, body: 'x' });
  });
  await articlePage.openFromHome();
  await expect(page.getByTestId('loading')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  release();
  await expect(articlePage.loadError).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // The 500 itself, and nothing else.
  expect(consoleErrors.length).toBeGreaterThan(0);
  expect(consoleErrors.every((e) => /status of 500/.test(e)), consoleErrors.join('\n')).toBe(true);
  consoleErrors.length = 0;
});

test('keyboard: the skip link leads to the main content', async ({ page }) => {
  await page.goto(seedPath);
  await appStarted(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('charts with their tables open and a mark’s details shown have no axe violation, in both themes', async ({ page }) => {
  // Four page loads and eight axe scans: 14 s alone, over 30 s beside other tests on 2 cores.
  test.slow();
  for (const [width, colorScheme] of [[1280, 'light'], [320, 'light'], [1280, 'dark'], [320, 'dark']]) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(seedPath);
    await appStarted(page);
    for (const button of await page.getByRole('button', { name: 'Xem bảng dữ liệu' }).all()) {
      await button.click();
    }
    await expect(page.getByRole('table')).toHaveCount(6);
    await page.locator('#moc-huyen-ngheo-duoc-ho-tro').focus();
    await expect(page.locator('.chart__tip')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    // A figure of the text followed to its mark: the mark is the target.
    await page.getByRole('link', { name: 'gần 6.000 tỷ đồng', exact: true }).click();
    await expect(page.locator('#moc-an-sinh-tong')).toBeFocused();
    expect(await violations(page)).toEqual([]);
  }
});
