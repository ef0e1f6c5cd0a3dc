// Charts that travel: a dataset page says how to cite it, under which
// licence, where its metadata is, and shares its address; its head carries
// Dataset JSON-LD; every page's footer names the licence.
import { test, expect, appStarted, site, seed, seedPath, datasets, datasetPath } from './fixtures.js';

const dataset = datasets[0];
const address = `${site.base_url}${datasetPath(dataset.id)}`;
const year = seed.published.slice(0, 4);
const date = seed.published.slice(0, 10).split('-').reverse().join('/');
const citation = `${site.name} (${year}). “${dataset.title}” [bộ số liệu]. Số liệu từ bài “${seed.title}”, đăng ngày ${date}. ${address}. Giấy phép ${site.license.name}.`;

const jsonLd = async (page) => {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]);
};

test('a dataset page gives its citation, licence and metadata, before and after the app starts', async ({ page, request }) => {
  await page.goto(datasetPath(dataset.id));
  const check = async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'Cách trích dẫn' })).toBeVisible();
    await expect(page.getByTestId('citation')).toHaveText(citation);
    const section = page.locator('.pass-on');
    await expect(section.getByRole('link', { name: site.license.name })).toHaveAttribute('href', site.license.url);
    await expect(section.getByRole('link', { name: 'siêu dữ liệu (JSON)' }))
      .toHaveAttribute('href', `${datasetPath(dataset.id)}.metadata.json`);
  };
  await check();
  await appStarted(page);
  await check();

  const metadata = await (await request.get(`${datasetPath(dataset.id)}.metadata.json`)).json();
  expect(metadata.citation).toBe(citation);
  expect(metadata.license).toEqual(site.license);
  expect(metadata.values).toBe(dataset.values.length);
  expect(metadata.files.page).toBe(address);
  for (const url of Object.values(metadata.files)) {
    const local = await request.get(url.slice(site.base_url.length));
    expect(local.status(), url).toBe(200);
  }
});

test('the citation is the same on a dataset page the app draws', async ({ page }) => {
  await page.goto('/so-lieu');
  await appStarted(page);
  await page.getByTestId('dataset-list').getByRole('link', { name: dataset.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect(page.getByTestId('citation')).toHaveText(citation);
});

test('a dataset page shares its own address', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  await page.goto(datasetPath(dataset.id));
  await appStarted(page);
  await page.getByRole('button', { name: 'Chia sẻ' }).click();
  expect(await page.evaluate(() => window.__shared)).toEqual([{ title: `${dataset.title} | ${site.name}`, url: address }]);
});

test('a dataset page has Dataset JSON-LD naming its CSV, creator and licence', async ({ page }) => {
  await page.goto(datasetPath(dataset.id));
  const value = await jsonLd(page);
  expect(value['@type']).toBe('Dataset');
  expect(value.name).toBe(dataset.title);
  expect(value.creator).toEqual({ '@type': 'Organization', name: site.name, url: site.base_url });
  expect(value.license).toBe(site.license.url);
  expect(value.datePublished).toBe(seed.published);
  expect(value.url).toBe(address);
  expect(value.distribution).toEqual([{
    '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${address}.csv`,
  }]);
});

/** Width and height from a PNG's header. */
const pngSize = (bytes) => {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

test('every page shared has a 1200×630 preview image, each dataset its own', async ({ page, request }) => {
  const images = new Map();
  for (const path of ['/', seedPath, '/so-lieu', ...datasets.map((d) => datasetPath(d.id))]) {
    await page.goto(path);
    const url = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(url.startsWith(`${site.base_url}/anh/`), url).toBe(true);
    const response = await request.get(url.slice(site.base_url.length));
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const bytes = await response.body();
    expect(pngSize(bytes), url).toEqual([1200, 630]);
    images.set(path, bytes.toString('base64'));
  }
  const datasetImages = datasets.map((d) => images.get(datasetPath(d.id)));
  expect(new Set(datasetImages).size).toBe(datasets.length);
  expect(images.get(seedPath)).not.toBe(images.get('/'));
});

test('an article has dateModified, and every page names the licence in its footer', async ({ page }) => {
  await page.goto(seedPath);
  const value = await jsonLd(page);
  expect(value.dateModified).toBe(seed.updated ?? seed.published);
  for (const path of [seedPath, '/', '/so-lieu']) {
    await page.goto(path);
    const footer = page.locator('footer.site-footer');
    await expect(footer.getByRole('link', { name: site.license.name })).toHaveAttribute('rel', 'license');
    await expect(footer.getByRole('link', { name: site.license.name })).toHaveAttribute('href', site.license.url);
  }
});
