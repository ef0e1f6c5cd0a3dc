// Static delivery: every route is real HTML that reads without JavaScript,
// carries its head tags, and is taken over by the app without a jump.
import {
  test, expect, site, seed, seedPath, paragraphs, captions, appStarted, datasets, datasetPath,
} from './fixtures.js';

const canonical = `${site.base_url}${seedPath}`;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the article is fully readable', async ({ page }) => {
    const response = await page.goto(seedPath);
    expect(response.status()).toBe(200);
    const article = page.getByTestId('article');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.getByTestId('dateline')).toHaveText('Thứ Năm, 29/12/2011 | 15:28');
    await expect(article.locator('.article__body > p')).toHaveText(paragraphs);
    await expect(article.locator('figure > figcaption')).toHaveText(captions);
    await expect(page.getByTestId('byline')).toHaveText(seed.byline);
    await expect(page.getByTestId('reading-time')).toHaveText('Khoảng 9 phút đọc');
  });

  test('the system’s dark theme applies, and buttons that would need a script are not shown', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(seedPath);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 28)');
    await expect(page.getByRole('button', { name: 'Nền tối' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Cỡ chữ' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toHaveCount(0);
  });

  test('charts are drawn in the page itself, before any script runs', async ({ page }) => {
    await page.goto(seedPath);
    await expect(page.getByTestId('chart')).toHaveCount(datasets.length);
    await expect(page.getByRole('link', { name: 'hơn 1.480 tỷ đồng', exact: true })).toHaveAttribute('href', '#moc-von-da-ho-tro');
    for (const dataset of datasets) {
      const response = await page.goto(datasetPath(dataset.id));
      expect(response.status()).toBe(200);
      await expect(page).toHaveTitle(`${dataset.title} | ${site.name}`);
      const chart = page.getByRole('img', { name: dataset.title });
      await expect(chart).toBeVisible();
      await expect(page.locator('.chart__hit')).toHaveCount(dataset.values.length);
    }
    await page.goto('/so-lieu');
    await expect(page.getByTestId('dataset-list').getByRole('heading', { level: 2 })).toHaveText(datasets.map((d) => d.title));
  });

  test('the article has its head tags', async ({ page }) => {
    await page.goto(seedPath);
    await expect(page).toHaveTitle(`${seed.title} | ${site.name}`);
    const meta = (selector) => page.locator(selector).first();
    await expect(meta('meta[name="description"]')).toHaveAttribute('content', seed.lead);
    await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', seed.title);
    await expect(meta('meta[property="og:description"]')).toHaveAttribute('content', seed.lead);
    await expect(meta('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(meta('meta[property="og:url"]')).toHaveAttribute('content', canonical);
    await expect(meta('meta[property="og:site_name"]')).toHaveAttribute('content', site.name);
    await expect(meta('meta[property="og:locale"]')).toHaveAttribute('content', 'vi_VN');
    await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = `${site.base_url}/anh/bai-viet/${seed.slug}.png`;
    await expect(meta('meta[property="og:image"]')).toHaveAttribute('content', image);
    await expect(meta('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(meta('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
    await expect(meta('meta[property="og:image:alt"]')).toHaveAttribute('content', new RegExp(`^${site.name}: `));
    await expect(meta('meta[name="twitter:image:alt"]')).toHaveAttribute('content', new RegExp(`^${site.name}: `));
    // X takes title, description and image from Open Graph: no copies.
    await expect(page.locator('meta[name="twitter:title"], meta[name="twitter:description"], meta[name="twitter:image"]')).toHaveCount(0);
    const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: seed.title,
      datePublished: '2011-12-29T15:28:00+07:00',
      dateModified: '2011-12-29T15:28:00+07:00',
      author: { name: 'Hoàng Gia Hanh' },
      image: { '@type': 'ImageObject', url: image, width: 1200, height: 630 },
    });
  });

  test('the home page lists the article with its head tags', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(site.name);
    await expect(page.getByRole('link', { name: seed.title })).toHaveAttribute('href', seedPath);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.base_url}/`);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  });

  test('the not-found page says so and is not indexed', async ({ page, consoleErrors }) => {
    const response = await page.goto('/khong-co-trang-nay');
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // The browser reports the 404 document itself as a failed resource.
    expect(consoleErrors.every((e) => /status of 404/.test(e)), consoleErrors.join('\n')).toBe(true);
    consoleErrors.length = 0;
  });
});

test('the sitemaps and the feed are XML whose every URL resolves', async ({ page, request }) => {
  await page.goto('/');
  // sitemap.xml is an index of the sitemaps under /sitemap/; each is read.
  const files = ['/sitemap.xml', '/feed.xml'];
  let pages = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    const text = await response.text();
    const found = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      const root = doc.documentElement.localName;
      const urls = root === 'feed'
        ? [...doc.querySelectorAll('entry > link')].map((link) => link.getAttribute('href'))
        : [...doc.querySelectorAll('loc')].map((loc) => loc.textContent);
      return { root, urls };
    }, text);
    expect(found, `${file} parses as XML`).not.toBeNull();
    expect(found.urls.length, file).toBeGreaterThan(0);
    if (file === '/sitemap.xml') expect(found.root).toBe('sitemapindex');
    for (const url of found.urls) {
      expect(url.startsWith(site.base_url), url).toBe(true);
      const local = url.slice(site.base_url.length);
      if (found.root === 'sitemapindex') {
        expect(local, url).toMatch(/^\/sitemap\/[a-z-]+-\d+\.xml$/);
        files.push(local);
        continue;
      }
      if (found.root === 'urlset') pages++;
      expect((await request.get(local)).status(), url).toBe(200);
    }
  }
  expect(pages, 'pages the sitemaps list').toBeGreaterThan(5);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site.base_url}/sitemap.xml`);
});
