// Loading and failure states: a placeholder while data loads; a Vietnamese
// message and a working "Thử lại" when a request fails; data shown as text.
// A direct visit keeps the prerendered page until the data is there, so these
// tests reach pages by client-side navigation, which shows the states.
import { test, expect, appStarted, seed, seedDataPath, seedPath, datasets, site } from './fixtures.js';

const failures = [
  {
    name: 'HTTP 500',
    fulfill: (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }),
    message: 'Máy chủ đang gặp sự cố (mã lỗi 500)',
    consoleError: /status of 500/,
  },
  {
    name: 'HTTP 403',
    fulfill: (route) => route.fulfill({ status: 403, body: 'Forbidden' }),
    message: 'mã lỗi 403',
    consoleError: /status of 403/,
  },
  {
    name: 'network error',
    fulfill: (route) => route.abort('internetdisconnected'),
    message: 'Không kết nối được tới máy chủ',
    consoleError: /ERR_INTERNET_DISCONNECTED/,
  },
  {
    name: 'malformed JSON',
    fulfill: (route) => route.fulfill({ contentType: 'application/json', body: '{"format_version": 1, "slug": ' }),
    message: 'Dữ liệu nhận được bị lỗi',
    // The browser's own JSON.parse reads the data (see tinso_model::decode).
    detail: `articles/${seed.slug}.json: (document): is not valid JSON`,
  },
  {
    name: 'JSON that fails validation',
    fulfill: (route) => route.fulfill({
      json: { ...seed, body: [{ type: 'paragraph', text: ' ' }, ...seed.body] },
    }),
    message: 'Dữ liệu nhận được bị lỗi',
    detail: `articles/${seed.slug}.json: body[0].text: is empty`,
  },
];

for (const failure of failures) {
  test(`article: ${failure.name} shows a message and "Thử lại" recovers`, async ({ page, articlePage, consoleErrors }) => {
    let failing = true;
    await page.route(`**${seedDataPath}`, (route) => (failing ? failure.fulfill(route) : route.continue()));
    await articlePage.openFromHome();
    await expect(articlePage.loadError).toBeVisible();
    await expect(articlePage.loadError.getByRole('heading')).toHaveText('Không tải được bài viết');
    await expect(articlePage.loadError).toContainText(failure.message);
    if (failure.detail) {
      await expect(articlePage.loadError.locator('pre')).toContainText(failure.detail);
    }
    await expect(articlePage.article).toHaveCount(0);

    failing = false;
    await articlePage.retry.click();
    await expect(articlePage.title).toHaveText(seed.title);
    await expect(articlePage.paragraphs).toHaveCount(8);
    await expect(articlePage.loadError).toHaveCount(0);

    const unexpected = consoleErrors.filter((e) => !(failure.consoleError && failure.consoleError.test(e)));
    expect(unexpected).toEqual([]);
    consoleErrors.length = 0;
  });
}

test('home: a failed index shows a message and "Thử lại" recovers', async ({ page, home, articlePage, consoleErrors }) => {
  let failing = true;
  await page.route('**/data/views/moi-nhat.json', (route) => (failing ? route.fulfill({ status: 503 }) : route.continue()));
  await articlePage.goto();
  await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
  const error = page.getByTestId('load-error');
  await expect(error.getByRole('heading')).toHaveText('Không tải được danh sách bài viết');
  await expect(error).toContainText('mã lỗi 503');
  failing = false;
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(home.articleLink(seed.title)).toBeVisible();
  expect(consoleErrors.every((e) => /status of 503/.test(e))).toBe(true);
  consoleErrors.length = 0;
});

test('a placeholder holds the place while the article loads', async ({ page, articlePage }) => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(`**${seedDataPath}`, async (route) => {
    await released;
    await route.continue();
  });
  await articlePage.openFromHome();
  const skeleton = page.getByTestId('loading');
  await expect(skeleton).toBeVisible();
  await expect(skeleton.getByRole('status')).toHaveText('Đang tải…');
  const viewport = page.viewportSize();
  const footerTop = () => page.getByRole('contentinfo').evaluate((f) => f.getBoundingClientRect().top);
  // The footer stays below the fold while loading and after: nothing jumps into view.
  expect(await footerTop()).toBeGreaterThanOrEqual(viewport.height);
  release();
  await expect(articlePage.title).toHaveText(seed.title);
  await expect(skeleton).toHaveCount(0);
  expect(await footerTop()).toBeGreaterThanOrEqual(viewport.height);
});

test('markup inside the data is shown as text, never run', async ({ page, articlePage }) => {
  const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>đậm</b>';
  await page.route(`**${seedDataPath}`, (route) => route.fulfill({
    json: {
      ...seed,
      title: `Tiêu đề <i>nghiêng</i>`,
      body: [{ type: 'paragraph', text: attack }, { type: 'figure', caption: '<svg onload="window.__pwned=3">' }],
    },
  }));
  await articlePage.openFromHome();
  await expect(articlePage.title).toHaveText('Tiêu đề <i>nghiêng</i>');
  await expect(articlePage.paragraphs.first()).toHaveText(attack);
  await expect(articlePage.figcaptions.first()).toHaveText('<svg onload="window.__pwned=3">');
  await expect(articlePage.article.locator('img, script, b, i')).toHaveCount(0);
  await expect(page).toHaveTitle(`Tiêu đề <i>nghiêng</i> | ${site.name}`);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('the app takes over a page without its data: an article whose data would fail stays whole, and live', async ({ page }) => {
  const asked = [];
  await page.route('**/data/**', (route) => {
    asked.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 500 });
  });
  await page.goto(seedPath);
  await appStarted(page);
  expect(asked, 'the page the app adopts asks for no data').toEqual([]);
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('.article__body > p')).toHaveCount(8);
  await expect(page.locator('.article-charts figure.chart')).toHaveCount(datasets.length);
  await expect(page.getByTestId('load-error')).toHaveCount(0);
});
