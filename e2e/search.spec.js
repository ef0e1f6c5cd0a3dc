// Search: the header box on every page, results that follow the typing,
// Vietnamese matching (with or without diacritics, in capitals, codes), the
// query in the URL (shared links, back/forward), nothing found, accessibility.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, seed, seedPath, datasets, appStarted } from './fixtures.js';

const searchBox = (page) => page.getByRole('search').getByRole('searchbox', { name: 'Tìm kiếm' });
const status = (page) => page.getByTestId('search-status');
const results = (page) => page.getByTestId('search-results').locator('li.search-result');
const marks = (page) => page.getByTestId('search-results').locator('mark');

async function typeQuery(page, text) {
  await searchBox(page).pressSequentially(text, { delay: 30 });
}

test('typing in the header box of any page shows results as the reader types, marked', async ({ page }) => {
  await page.goto(seedPath);
  await appStarted(page);
  await typeQuery(page, 'thuoc la');
  await expect(page).toHaveURL(/\/tim-kiem\?q=thuoc\+la$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tìm kiếm' })).toBeVisible();
  await expect(status(page)).toHaveText('Tìm thấy 1 kết quả cho “thuoc la”.');
  const first = results(page).first();
  await expect(first.getByRole('link')).toHaveText(seed.title);
  await expect(first.getByRole('link')).toHaveAttribute('href', seedPath);
  await expect(first.locator('time')).toHaveText('29/12/2011');
  // The phrase is one mark: "Thuốc lá", never "thuộc" or "lần".
  await expect(marks(page)).toHaveText(['Thuốc lá']);
  // The box keeps the reader's text and focus.
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('thuoc la');
});

test('the search engine is fetched when the reader enters the box, before the first keystroke', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(seedPath);
  await appStarted(page);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => /search/.test(path))).toEqual([]);
  const ready = page.waitForResponse((response) => response.url().endsWith('/data/search/index.json'));
  await searchBox(page).focus();
  await ready;
  expect(fetched).toEqual(expect.arrayContaining(['/search-worker.js', '/tinso-search_bg.wasm']));
  // Nothing typed yet: nothing searched, the page is the same.
  await expect(page).toHaveURL(seedPath);
  await typeQuery(page, 'dân vận');
  await expect(status(page)).toHaveText(/^Tìm thấy \d+ kết quả cho “dân vận”\.$/);
});

test('typing faster than the answers come ends on the answer to the last text, with no error on the way', async ({ page }) => {
  await page.addInitScript(() => {
    window.__statuses = [];
    new MutationObserver(() => {
      const text = document.querySelector('.search-status')?.textContent;
      if (text && window.__statuses.at(-1) !== text) window.__statuses.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/tim-kiem');
  await appStarted(page);
  // No delay between keys: questions wait, and newer ones replace them.
  await searchBox(page).pressSequentially('dan van kheo');
  await expect(status(page)).toHaveText('Tìm thấy 1 kết quả cho “dan van kheo”.');
  await expect(marks(page).first()).toHaveText('Dân vận khéo');
  const statuses = await page.evaluate(() => window.__statuses);
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.filter((text) => text.includes('Không tìm được'))).toEqual([]);
  await expect(page).toHaveURL(/\/tim-kiem\?q=dan\+van\+kheo$/);
});

for (const [query, marked] of [
  ['dân vận', 'Dân vận'],
  ['dan van kheo', 'Dân vận khéo'],
  ['DÂN VẬN', 'Dân vận'],
  ['tap doan', 'tập đoàn'],
  ['162-QĐ/ĐUK', '162-QĐ/ĐUK'],
  ['30a', '30a'],
]) {
  test(`"${query}" finds the article and marks "${marked}"`, async ({ page }) => {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
    await appStarted(page);
    await expect(searchBox(page)).toHaveValue(query);
    await expect(status(page)).toContainText('kết quả cho');
    const article = results(page).filter({ has: page.getByRole('link', { name: seed.title }) });
    await expect(article).toHaveCount(1);
    const found = await article.locator('mark').allInnerTexts();
    expect(found.some((m) => m.toLowerCase().includes(marked.toLowerCase())), `${found}`).toBe(true);
  });
}

test('datasets are searchable: "54/62" finds the 30a chart as well as the article', async ({ page }) => {
  await page.goto('/tim-kiem?q=54%2F62');
  await appStarted(page);
  await expect(results(page).first()).toBeVisible();
  const kinds = await results(page).locator('.kicker').allInnerTexts();
  expect(kinds.map((k) => k.toLowerCase())).toContain('số liệu');
  expect(kinds.map((k) => k.toLowerCase())).toContain('bài viết');
  const dataset = results(page).filter({ hasText: 'Số liệu' }).first().getByRole('link');
  await expect(dataset).toHaveAttribute('href', /^\/so-lieu\//);
  await dataset.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(datasets.map((d) => `/so-lieu/${d.id}`)).toContain(new URL(page.url()).pathname);
});

test('nothing found says so and suggests other searches', async ({ page }) => {
  await page.goto('/tim-kiem?q=th%C6%B0%C6%A1ng%20m%E1%BA%A1i%20xyzabc');
  await appStarted(page);
  await expect(status(page)).toHaveText('Không tìm thấy kết quả cho “thương mại xyzabc”.');
  await expect(results(page)).toHaveCount(0);
  const tips = page.getByTestId('search-results').getByRole('link');
  await expect(tips.first()).toHaveText('Tìm “thuong mai xyzabc”');
  await expect(page.getByRole('link', { name: 'Tìm “thương mại”' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem mọi bộ số liệu' })).toBeVisible();
  await page.getByRole('link', { name: 'Tìm “thương mại”' }).click();
  await expect(page).toHaveURL(/q=th%C6%B0%C6%A1ng\+m%E1%BA%A1i$/);
});

test('a shared search URL opens with its results, and back/forward walk the searches', async ({ page }) => {
  await page.goto('/tim-kiem?q=thuoc%20la');
  await appStarted(page);
  await expect(marks(page)).toHaveText(['Thuốc lá']);
  await searchBox(page).fill('');
  await typeQuery(page, '162-QĐ/ĐUK');
  await expect(marks(page).first()).toHaveText('162-QĐ/ĐUK');
  // Typing replaced the entry; a result is a new one.
  await results(page).first().getByRole('link').click();
  await expect(page).toHaveURL(seedPath);
  await page.goBack();
  await expect(page).toHaveURL(/q=162-Q%C4%90%2F%C4%90UK$/);
  await expect(marks(page).first()).toHaveText('162-QĐ/ĐUK');
  await page.goForward();
  await expect(page).toHaveURL(seedPath);
});

test('"Xem thêm kết quả" is not offered when every result is shown', async ({ page }) => {
  // The seed site has one article and six datasets: "dan van" finds fewer
  // than a page of results. (pagination.spec.js shows more on 110 articles.)
  await page.goto('/tim-kiem?q=dan+van');
  await appStarted(page);
  await expect(status(page)).toContainText('kết quả');
  const total = Number((await status(page).innerText()).match(/(\d+) kết quả/)[1]);
  expect(total).toBeLessThanOrEqual(10);
  await expect(results(page)).toHaveCount(total);
  await expect(page.getByRole('button', { name: 'Xem thêm kết quả' })).toHaveCount(0);
});

test('without the app the box is a form that opens the search page', async ({ page, consoleErrors }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await searchBox(page).fill('dân vận');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/?\?q=d%C3%A2n\+v%E1%BA%ADn$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tìm kiếm' })).toBeVisible();
  // The blocked wasm, and nothing else.
  expect(consoleErrors.every((e) => /ERR_FAILED|\.wasm|WebAssembly|fetch/i.test(e)), consoleErrors.join('\n')).toBe(true);
  consoleErrors.length = 0;
});

test('the search page and its results have no axe violation, in both themes', async ({ page }) => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const [colorScheme, width, query] of [['light', 1280, 'thuoc la'], ['dark', 320, 'xyzabc'], ['light', 320, '']]) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
    await appStarted(page);
    if (query) await expect(status(page)).not.toBeEmpty();
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
