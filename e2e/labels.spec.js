// No text over text, as the browser draws it: on every chart of the seed
// article and of each dataset page, at 320, 390 and 1280 px, the boxes of
// the chart's <text> elements do not intersect each other, nor the axis
// lines (the model guarantees it with its width estimate: chart_view::
// collide; this measures the fonts the browser really uses).
import { test, expect, seedPath, datasets, datasetPath } from './fixtures.js';

const collisions = (page) => page.evaluate(() => {
  const found = [];
  for (const svg of document.querySelectorAll('svg.chart__svg')) {
    const box = (el) => el.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].map((el) => ({ text: el.textContent, box: box(el) }));
    const lines = [...svg.querySelectorAll('line.c-axis')].map((el) => box(el));
    const meet = (a, b, pad) => a.left - pad < b.right && b.left - pad < a.right && a.top - pad < b.bottom && b.top - pad < a.bottom;
    texts.forEach((a, i) => {
      texts.slice(i + 1).forEach((b) => {
        if (meet(a.box, b.box, 0)) found.push(`"${a.text}" overlaps "${b.text}"`);
      });
      lines.forEach((line) => {
        if (meet(a.box, line, 0.5)) found.push(`"${a.text}" touches an axis line`);
      });
    });
  }
  return found;
});

for (const width of [320, 390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('no label of the article\'s charts overlaps another or an axis', async ({ page }) => {
      await page.goto(seedPath);
      await expect(page.locator('svg.chart__svg')).toHaveCount(datasets.length);
      expect(await collisions(page)).toEqual([]);
    });

    test('no label of a dataset page\'s chart overlaps another or an axis', async ({ page }) => {
      for (const dataset of datasets) {
        await page.goto(datasetPath(dataset.id));
        await expect(page.locator('svg.chart__svg')).toHaveCount(1);
        expect(await collisions(page), dataset.id).toEqual([]);
      }
    });
  });
}
