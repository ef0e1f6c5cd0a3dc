// The app takes over the prerendered page in place: with its wasm held
// back, a reader focuses, selects, scrolls, opens a table and a chart
// mark's details and types a search; when the wasm arrives and the app
// starts, all of it is still there, the page's elements are the very same
// nodes, and none of them has moved.
import { test, expect, appStarted, seedPath, datasets } from './fixtures.js';

/** Holds every wasm request back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((done) => { release = done; });
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Marks elements, to tell later whether they are the same nodes. */
async function markNodes(page, selector) {
  return page.evaluate((selector) => {
    const nodes = [...document.querySelectorAll(selector)];
    nodes.forEach((node, i) => { node.__before = i; });
    return nodes.length;
  }, selector);
}

const kept = (page, selector) => page.evaluate((selector) =>
  [...document.querySelectorAll(selector)].every((node, i) => node.__before === i), selector);

test('focus, a text selection and the scroll position survive the take-over', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(seedPath);
  await page.waitForFunction(() => document.readyState === 'complete');
  // Select words of the third paragraph, scroll, and focus a figure link.
  const selected = await page.evaluate(() => {
    const text = document.querySelectorAll('.article__body > p')[2].firstChild;
    const range = document.createRange();
    range.setStart(text, 10);
    range.setEnd(text, 60);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return getSelection().toString();
  });
  expect(selected.length).toBe(50);
  const link = page.locator('a.figure-ref').first();
  await link.focus();
  await page.evaluate(() => window.scrollTo(0, 900));
  const before = await page.evaluate(() => ({ y: scrollY, focused: document.activeElement.id }));

  release();
  await appStarted(page);
  await page.waitForTimeout(200);
  await expect(link).toBeFocused();
  expect(await page.evaluate(() => getSelection().toString())).toBe(selected);
  expect(await page.evaluate(() => ({ y: scrollY, focused: document.activeElement.id }))).toEqual(before);
});

test('an open table, a mark’s details and a typed search survive the take-over', async ({ page }) => {
  const dataset = datasets.find((d) => d.id === 'an-sinh-xa-hoi-2011');
  const release = await holdWasm(page);
  await page.goto(`/so-lieu/${dataset.id}`);
  await page.waitForFunction(() => document.readyState === 'complete');
  const figure = page.locator(`#bieu-do-${dataset.id}`);
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await box.fill('trường sa');
  // The chart works before the app: its script is plain JavaScript.
  await figure.getByRole('button', { name: 'Xem bảng dữ liệu' }).click();
  await expect(figure.getByRole('table')).toBeVisible();
  await box.focus();
  await figure.locator('#moc-truong-sa').hover();
  await expect(figure.locator('.chart__tip')).toContainText('101,550 tỷ đồng');
  await expect(box).toBeFocused();

  release();
  await appStarted(page);
  await page.waitForTimeout(200);
  await expect(figure.getByRole('table')).toBeVisible();
  await expect(figure.getByRole('button', { name: 'Xem bảng dữ liệu' })).toHaveAttribute('aria-expanded', 'true');
  await expect(figure.locator('.chart__tip')).toContainText('101,550 tỷ đồng');
  await expect(box).toHaveValue('trường sa');
  await expect(box).toBeFocused();
  expect(new URL(page.url()).pathname).toBe(`/so-lieu/${dataset.id}`);
});

for (const path of [seedPath, '/', '/so-lieu', `/so-lieu/${datasets[0].id}`]) {
  test(`${path}: the app adopts the page's own nodes, and nothing moves`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.waitForFunction(() => document.readyState === 'complete');
    const selector = 'header, main, main *, footer';
    const count = await markNodes(page, selector);
    expect(count).toBeGreaterThan(10);
    const boxes = () => page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => {
      const b = el.getBoundingClientRect();
      return [el.tagName, Math.round(b.x), Math.round(b.y), Math.round(b.width), Math.round(b.height)];
    }), selector);
    const before = await boxes();
    const shiftsBefore = await page.evaluate(() => window.__shifts.length);

    release();
    await appStarted(page);
    // A few frames after the take-over.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await kept(page, selector), 'the same nodes').toBe(true);
    expect(await boxes()).toEqual(before);
    expect(await page.evaluate((n) => window.__shifts.slice(n), shiftsBefore)).toEqual([]);
  });
}
