// The seed article as a reader sees it, and getting to it.
import {
  test, expect, site, seed, seedPath, paragraphs, captions,
} from './fixtures.js';

test('a direct visit shows the whole article', async ({ page, articlePage }) => {
  const response = await articlePage.goto();
  expect(response.status()).toBe(200);
  await expect(articlePage.title).toHaveText(
    'Hội nghị Giao ban công tác Dân vận năm 2011 Đảng bộ Khối Doanh nghiệp Trung ương',
  );
  await expect(page).toHaveTitle(`${seed.title} | ${site.name}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', seed.lead);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  await expect(articlePage.article.locator('.kicker')).toHaveText(seed.category.name);
  await expect(articlePage.dateline).toHaveText('Thứ Năm, 29/12/2011 | 15:28');
  await expect(articlePage.dateline.locator('time')).toHaveAttribute(
    'datetime', '2011-12-29T15:28:00+07:00',
  );
  expect(paragraphs).toHaveLength(8);
  await expect(articlePage.paragraphs).toHaveText(paragraphs);
  await expect(articlePage.byline).toHaveText('Tin, ảnh: Hoàng Gia Hanh');
});

test('each caption appears once, inside a figcaption, in place', async ({ page, articlePage }) => {
  await articlePage.goto();
  expect(captions).toHaveLength(4);
  await expect(articlePage.figcaptions).toHaveText(captions);
  const text = await articlePage.article.innerText();
  for (const caption of captions) {
    expect(text.split(caption).length - 1, caption).toBe(1);
  }
  // Body order: paragraphs and figures as the data lists them.
  const blocks = await articlePage.article
    .locator('.article__body > p, .article__body > figure > figcaption')
    .allTextContents();
  expect(blocks).toEqual(seed.body.map((b) => b.text ?? b.caption));
  // No photo files exist: no image element may show as broken.
  await expect(page.locator('img')).toHaveCount(0);
});

test('home links to the article without a page load', async ({ page, home, articlePage }) => {
  await home.goto();
  await page.evaluate(() => { window.__samePage = true; });
  await home.articleLink(seed.title).click();
  await expect(page).toHaveURL(seedPath);
  await expect(articlePage.title).toHaveText(seed.title);
  await expect(page).toHaveTitle(`${seed.title} | ${site.name}`);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

test('reload and back/forward land on the right page', async ({ page, home, articlePage }) => {
  await home.goto();
  await home.articleLink(seed.title).click();
  await expect(articlePage.title).toHaveText(seed.title);

  await page.reload();
  await expect(articlePage.title).toHaveText(seed.title);
  await expect(articlePage.paragraphs).toHaveCount(8);

  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(home.heading).toBeVisible();
  await expect(home.articleLink(seed.title)).toBeVisible();

  await page.goForward();
  await expect(page).toHaveURL(seedPath);
  await expect(articlePage.title).toHaveText(seed.title);

  // The header link goes home client-side too.
  await page.getByRole('link', { name: /Tin & Số/ }).first().click();
  await expect(home.heading).toBeVisible();
});

test('a deep link with a trailing slash works too', async ({ articlePage }) => {
  const response = await articlePage.goto(`${seedPath}/`);
  expect(response.status()).toBe(200);
  await expect(articlePage.title).toHaveText(seed.title);
});

test('readable at 320 px: nothing wider than the screen', async ({ page, articlePage }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await articlePage.goto();
  await expect(articlePage.paragraphs).toHaveCount(8);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // Body text stays a comfortable size on a phone.
  const fontSize = await articlePage.paragraphs.first().evaluate(
    (p) => parseFloat(getComputedStyle(p).fontSize),
  );
  expect(fontSize).toBeGreaterThanOrEqual(16);
});

test('lines stay near 70 characters on a wide screen', async ({ page, articlePage }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await articlePage.goto();
  const { width, fontSize } = await articlePage.paragraphs.first().evaluate((p) => ({
    width: p.getBoundingClientRect().width,
    fontSize: parseFloat(getComputedStyle(p).fontSize),
  }));
  // About 0.5 em per character in a sans-serif face.
  const characters = width / (fontSize * 0.5);
  expect(characters).toBeGreaterThan(55);
  expect(characters).toBeLessThan(85);
});
