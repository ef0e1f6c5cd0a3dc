// Charts: every figure of the seed as a chart a reader can check — named and
// described, values written on it, details by mouse, keyboard and touch,
// the data table, the CSV and SVG downloads, and links between the
// article's words and the chart's marks, both ways.
import { test, expect, appStarted, seedPath, datasets, datasetPath } from './fixtures.js';

const giving = datasets.find((d) => d.id === 'an-sinh-xa-hoi-2011');
const parts = datasets.find((d) => d.id === 'chuong-trinh-30a-doanh-nghiep-va-huyen-ngheo');

class ChartFigure {
  constructor(page, id) {
    this.page = page;
    this.figure = page.locator(`#bieu-do-${id}`);
    this.image = this.figure.getByRole('img');
    this.tableButton = this.figure.getByRole('button', { name: 'Xem bảng dữ liệu' });
    this.table = this.figure.getByRole('table');
    this.tip = this.figure.locator('.chart__tip');
    this.marks = this.figure.locator('.chart__hit');
  }
  mark(valueId) {
    return this.figure.locator(`#moc-${valueId}`);
  }
}

test('the article draws every dataset as a named, described chart', async ({ page }) => {
  await page.goto(seedPath);
  await appStarted(page);
  const section = page.getByRole('region', { name: 'Số liệu trong bài' });
  await expect(section.getByTestId('chart')).toHaveCount(datasets.length);
  for (const dataset of datasets) {
    const chart = new ChartFigure(page, dataset.id);
    await expect(chart.figure).toHaveAccessibleName(dataset.title);
    await expect(chart.image).toHaveAccessibleName(dataset.title);
    // The description is generated from the data: it names every value.
    const description = await chart.image.evaluate((svg) => svg.querySelector('desc').textContent);
    await expect(chart.image).toHaveAccessibleDescription(description);
    expect(description).toContain(dataset.title);
    for (const value of dataset.values) expect(description).toContain(value.label);
    await expect(chart.marks).toHaveCount(dataset.values.length);
  }
});

test('values are written on the chart, with the text’s own qualifiers and checkable arithmetic', async ({ page }) => {
  await page.goto(datasetPath(giving.id));
  await appStarted(page);
  const svg = new ChartFigure(page, giving.id).image;
  for (const text of ['gần 6.000 tỷ đồng', '34,450 tỷ đồng', '101,550 tỷ đồng', '18,026 tỷ đồng']) {
    await expect(svg.locator('text', { hasText: text })).toBeVisible();
  }
  // A value 300 times smaller than the largest is still a visible bar.
  const widths = await svg.locator('rect.c-bar').evaluateAll((bars) => bars.map((b) => b.getBBox().width));
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(2);

  await page.goto(datasetPath(parts.id));
  const percent = new ChartFigure(page, parts.id).image;
  await expect(percent.locator('text', { hasText: '54/62 = 87,1% ≈ 87% ✓' })).toBeVisible();
  await expect(percent.locator('text', { hasText: '26/31 = 83,9%' })).toBeVisible();

  await page.goto(datasetPath('chuong-trinh-30a-von-ho-tro'));
  const money = new ChartFigure(page, 'chuong-trinh-30a-von-ho-tro').image;
  await expect(money.locator('text', { hasText: 'hơn 1.480 tỷ đồng' })).toBeVisible();
  await expect(money.locator('text', { hasText: 'khoảng 1.736,5 tỷ đồng (tính ra)' })).toBeVisible();
});

test('the table toggle shows every value in a real table', async ({ page }) => {
  await page.goto(datasetPath(giving.id));
  await appStarted(page);
  const chart = new ChartFigure(page, giving.id);
  await expect(chart.table).toBeHidden();
  await expect(chart.tableButton).toHaveAttribute('aria-expanded', 'false');
  await chart.tableButton.click();
  await expect(chart.tableButton).toHaveAttribute('aria-expanded', 'true');
  await expect(chart.table).toBeVisible();
  // A value's note has its column.
  await expect(chart.table.getByRole('columnheader')).toHaveText(['Mục', 'Giá trị', 'Nguồn', 'Ghi chú']);
  const rows = chart.table.locator('tbody tr');
  await expect(rows).toHaveCount(giving.values.length);
  for (const [i, value] of giving.values.entries()) {
    await expect(rows.nth(i).getByRole('rowheader')).toHaveText(value.label);
    await expect(rows.nth(i)).toContainText(value.source.quote);
    await expect(rows.nth(i).locator('td').last()).toHaveText(value.note ?? '—');
  }
  await expect(rows.nth(0)).toContainText('gần 6.000 tỷ đồng');
  await chart.tableButton.click();
  await expect(chart.table).toBeHidden();
});

test('the CSV download holds the values, UTF-8 with a byte-order mark', async ({ page }) => {
  await page.goto(datasetPath(giving.id));
  await appStarted(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${giving.id}.csv`);
  const bytes = await streamBytes(await download.createReadStream());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0].split(',').slice(0, 5)).toEqual(['Bộ số liệu', 'Mục', 'Giá trị như bài viết', 'Số', 'Đơn vị']);
  expect(lines).toHaveLength(giving.values.length + 2);
  for (const [i, value] of giving.values.entries()) {
    expect(lines[i + 1]).toContain(value.label);
    const number = String(value.number).replace('.', ',');
    expect(lines[i + 1]).toContain(number.includes(',') ? `"${number}"` : number);
  }
  expect(lines[1]).toContain(',gần 6.000 tỷ đồng,6000,tỷ đồng,gần,');
});

test('the SVG download is the chart on its own', async ({ page }) => {
  await page.goto(datasetPath(parts.id));
  await appStarted(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${parts.id}.svg`);
  const svg = (await streamBytes(await download.createReadStream())).toString('utf8');
  expect(svg).toContain(`<title>${parts.title}</title>`);
  expect(svg).toContain('54/62 = 87,1% ≈ 87% ✓');
  // It renders on its own: open it as an image.
  await page.setContent(`<img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
  expect(await page.locator('img').evaluate((img) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(300);
});

test('the PNG download is the chart drawn at twice the page’s width', async ({ page }) => {
  await page.goto(datasetPath(parts.id));
  await appStarted(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${parts.id}.png`);
  const png = await streamBytes(await download.createReadStream());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1200);
  await page.setContent(`<img alt="" src="data:image/png;base64,${png.toString('base64')}">`);
  expect(await page.locator('img').evaluate((img) => img.decode().then(() => img.naturalHeight))).toBeGreaterThan(300);
});

test('every SVG download is well-formed XML', async ({ page, request }) => {
  await page.goto('/');
  for (const dataset of datasets) {
    const svg = await (await request.get(`${datasetPath(dataset.id)}.svg`)).text();
    const error = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return doc.querySelector('parsererror')?.textContent ?? null;
    }, svg);
    expect(error, dataset.id).toBeNull();
  }
});

test('a mark’s details open by keyboard focus and close with Esc', async ({ page }) => {
  await page.goto(datasetPath(parts.id));
  await appStarted(page);
  const chart = new ChartFigure(page, parts.id);
  await expect(chart.tip).toHaveCount(0);
  // Tab from the control just before the marks.
  await page.getByRole('link', { name: 'Số liệu', exact: true }).last().focus();
  await page.keyboard.press('Tab');
  await expect(chart.mark('doanh-nghiep-cam-ket')).toBeFocused();
  await page.keyboard.press('Tab');
  const districts = chart.mark('huyen-ngheo-duoc-ho-tro');
  await expect(districts).toBeFocused();
  await expect(districts).toHaveAccessibleName('Huyện nghèo được hỗ trợ: 54/62 huyện');
  await expect(chart.tip).toBeVisible();
  await expect(chart.tip).toContainText('Phép tính: 54/62 = 87,1% ≈ 87% ✓');
  await expect(chart.tip).toContainText('“54/62 huyện nghèo bằng 87%”');
  await expect(districts).toHaveAccessibleDescription(/54\/62 huyện nghèo bằng 87%/);
  await page.keyboard.press('Escape');
  await expect(chart.tip).toHaveCount(0);
  await expect(districts).toBeFocused();
});

test('Enter follows a mark’s link even after a click beside the marks', async ({ page }) => {
  await page.goto(datasetPath(parts.id));
  await appStarted(page);
  const plot = page.locator(`#bieu-do-${parts.id} .chart__plot`);
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  // The axis under the marks: inside the chart, on no mark.
  const [x, y] = [box.x + 4, box.y + box.height - 3];
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y).classList.contains('chart__hits'), [x, y])).toBe(true);
  await page.mouse.click(x, y);
  const mark = new ChartFigure(page, parts.id).mark('huyen-ngheo-duoc-ho-tro');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${seedPath}#so-huyen-ngheo-duoc-ho-tro$`));
});

test('a mark’s details open on hover', async ({ page }) => {
  await page.goto(datasetPath(giving.id));
  await appStarted(page);
  const chart = new ChartFigure(page, giving.id);
  await chart.mark('truong-sa').hover();
  await expect(chart.tip).toContainText('Đăng ký ủng hộ trung tâm văn hóa trên đảo Trường Sa: 101,550 tỷ đồng');
  await page.mouse.move(0, 0);
  await expect(chart.tip).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a tap opens the details, a second tap goes to the sentence', async ({ page }) => {
    await page.goto(datasetPath(giving.id));
    await appStarted(page);
    const chart = new ChartFigure(page, giving.id);
    await chart.mark('quy-thien-tai-mien-trung').tap();
    await expect(chart.tip).toContainText('34,450 tỷ đồng');
    expect(new URL(page.url()).pathname).toBe(datasetPath(giving.id));
    await chart.mark('quy-thien-tai-mien-trung').tap();
    await expect(page).toHaveURL(new RegExp(`${seedPath}#so-quy-thien-tai-mien-trung$`));
    const sentence = page.locator('#so-quy-thien-tai-mien-trung');
    await expect(sentence).toHaveText('34,450 tỷ đồng');
    await expect(sentence).toBeInViewport();
  });
});

test('the article’s figures link to their marks, and the marks back', async ({ page }) => {
  await page.goto(seedPath);
  await appStarted(page);
  const figure = page.getByRole('link', { name: 'hơn 1.480 tỷ đồng', exact: true });
  await expect(figure).toHaveAttribute('href', '#moc-von-da-ho-tro');
  await figure.click();
  const chart = new ChartFigure(page, 'chuong-trinh-30a-von-ho-tro');
  const mark = chart.mark('von-da-ho-tro');
  // The mark is the target: highlighted, focused, its details open.
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(chart.tip).toContainText('Số tiền đã hỗ trợ: hơn 1.480 tỷ đồng');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#so-von-da-ho-tro$/);
  await expect(figure).toBeInViewport();
  expect(await figure.evaluate((el) => el.matches(':target'))).toBe(true);
  // The derived total links back to the sentence it is computed from.
  await expect(chart.mark('von-dang-ky')).toHaveAttribute('href', /#so-von-da-ho-tro$/);
  // Two datasets quote the garbled Japan figure: one link, both marks lead to it.
  await expect(page.locator('a.figure-ref', { hasText: '18,026 tỷ đồng' })).toHaveCount(1);
  await expect(page.locator('#moc-nhat-ban-ty-dong')).toHaveAttribute('href', /#so-nhat-ban-dong$/);
});

test('“Số liệu” in the navigation lists every dataset, each on its own page', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Số liệu' }).click();
  await expect(page).toHaveURL(/\/so-lieu$/);
  await expect(page).toHaveTitle(/^Số liệu \| /);
  await expect(nav.getByRole('link', { name: 'Số liệu' })).toHaveAttribute('aria-current', 'page');
  const list = page.getByTestId('dataset-list');
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(datasets.map((d) => d.title));

  // The app fetches the chart of the dataset it opens.
  const fetched = page.waitForResponse((r) => r.url().endsWith(`/data/views/${giving.id}.json`));
  await list.getByRole('link', { name: giving.title }).click();
  expect((await fetched).status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${datasetPath(giving.id)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(giving.title);
  await expect(new ChartFigure(page, giving.id).marks).toHaveCount(giving.values.length);
  await expect(nav.getByRole('link', { name: 'Số liệu' })).toHaveAttribute('aria-current', 'true');
  await page.goBack();
  await expect(list).toBeVisible();
});

test('an unknown dataset is a 404 page', async ({ page, consoleErrors }) => {
  const response = await page.goto('/so-lieu/khong-co-bo-so-lieu-nay');
  expect(response.status()).toBe(404);
  await appStarted(page);
  await expect(page.getByTestId('not-found')).toBeVisible();
  // The 404 document itself, and nothing else.
  expect(consoleErrors.every((e) => /status of 404/.test(e)), consoleErrors.join('\n')).toBe(true);
  consoleErrors.length = 0;
});

test('charts fit a 320 px screen and the app takes over without a shift', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of [seedPath, datasetPath('van-ban-duoc-nhac-den')]) {
    await page.goto(path);
    await appStarted(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.001);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    // Chart text stays readable: at least 10 px on screen.
    const smallest = await page.locator('.chart__svg text').evaluateAll((texts) =>
      Math.min(...texts.map((t) => t.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(10);
  }
});

async function streamBytes(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
