// Reader comforts: dark theme, text size, print, share, keyboard. Each works
// in the prerendered page (js/settings.js and js/reader.js, no wasm needed)
// and after the app has taken over.
import { test, expect, seed, seedPath, seedSlug, site, datasets, appStarted } from './fixtures.js';

const DARK_PAPER = 'rgb(23, 25, 28)';
const LIGHT_PAPER = 'rgb(255, 255, 255)';
const canonical = `${site.base_url}${seedPath}`;

const paper = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const rootFontSize = (page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const themeButton = (page) => page.getByRole('button', { name: 'Nền tối' });
const sizeButton = (page, label) => page.getByRole('group', { name: 'Cỡ chữ' }).getByRole('button', { name: label, exact: true });

/** Records the theme and text size the document has when <body> first
 * exists, that is before anything of the page could be painted. */
async function recordFirstPaintSettings(page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      const root = document.documentElement;
      window.__firstPaint = {
        theme: root.getAttribute('data-theme'),
        size: root.getAttribute('data-text-size'),
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

test.describe('dark theme', () => {
  test('follows the system setting, with the toggle pressed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(seedPath);
    await appStarted(page);
    expect(await paper(page)).toBe(DARK_PAPER);
    await expect(themeButton(page)).toHaveAttribute('aria-pressed', 'true');
    // Chart marks take the dark palette's sky blue.
    const bar = page.locator('.chart__svg .c-bar').first();
    expect(await bar.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(86, 180, 233)');

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await paper(page)).toBe(LIGHT_PAPER);
    await expect(themeButton(page)).toHaveAttribute('aria-pressed', 'false');
  });

  test('the reader’s choice overrides the system, is remembered, and never flashes', async ({ page }) => {
    await recordFirstPaintSettings(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(seedPath);
    await appStarted(page);
    await themeButton(page).click();
    await expect(themeButton(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await paper(page)).toBe(LIGHT_PAPER);

    await page.reload();
    // The choice was in place before <body> existed: no dark frame first.
    expect(await page.evaluate(() => window.__firstPaint)).toEqual({ theme: 'light', size: null });
    await appStarted(page);
    expect(await paper(page)).toBe(LIGHT_PAPER);
    await expect(themeButton(page)).toHaveAttribute('aria-pressed', 'false');

    // And the other way round, on a light system.
    await page.emulateMedia({ colorScheme: 'light' });
    await themeButton(page).click();
    expect(await paper(page)).toBe(DARK_PAPER);
    await page.getByRole('navigation').getByRole('link', { name: 'Số liệu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Số liệu' })).toBeVisible();
    expect(await paper(page)).toBe(DARK_PAPER);
    await page.goto('/');
    expect(await page.evaluate(() => window.__firstPaint.theme)).toBe('dark');
    await appStarted(page);
    await expect(themeButton(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('works in the prerendered page while the app is not running', async ({ page, consoleErrors }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(seedPath);
    await expect(themeButton(page)).toHaveAttribute('aria-pressed', 'false');
    await themeButton(page).click();
    await expect(themeButton(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await paper(page)).toBe(DARK_PAPER);
    await sizeButton(page, 'A+').click();
    expect(await rootFontSize(page)).toBe('20px');
    await expect(page.locator('#app[data-app-ready]')).toHaveCount(0);
    // The blocked wasm, and nothing else.
    expect(consoleErrors.every((e) => /ERR_FAILED|\.wasm|WebAssembly|fetch/i.test(e)), consoleErrors.join('\n')).toBe(true);
    consoleErrors.length = 0;
  });
});

test.describe('text size', () => {
  test('A− / A / A+ change the text and are remembered', async ({ page }) => {
    await recordFirstPaintSettings(page);
    await page.goto(seedPath);
    await appStarted(page);
    await expect(sizeButton(page, 'A')).toHaveAttribute('aria-pressed', 'true');
    const bodyText = page.locator('.article__body p').first();
    const normal = await bodyText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await sizeButton(page, 'A+').click();
    await expect(sizeButton(page, 'A+')).toHaveAttribute('aria-pressed', 'true');
    await expect(sizeButton(page, 'A')).toHaveAttribute('aria-pressed', 'false');
    expect(await bodyText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(normal * 1.25, 1);

    await page.reload();
    expect(await page.evaluate(() => window.__firstPaint.size)).toBe('large');
    await appStarted(page);
    await expect(sizeButton(page, 'A+')).toHaveAttribute('aria-pressed', 'true');
    expect(await rootFontSize(page)).toBe('20px');

    await sizeButton(page, 'A−').click();
    expect(await rootFontSize(page)).toBe('14px');
    await sizeButton(page, 'A').click();
    expect(await rootFontSize(page)).toBe('16px');
    expect(await page.evaluate(() => localStorage.getItem('tinso.text-size'))).toBeNull();
  });

  // 320 px is also what a 1280 px window shows at 400% zoom, 640 px at 200%.
  for (const width of [320, 640]) {
    test(`the largest text fits at ${width} px: nothing cut off or overlapping sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of [seedPath, '/so-lieu', `/so-lieu/${datasets[0].id}`, '/']) {
        await page.goto(path);
        await appStarted(page);
        // On a narrow screen the reader's settings open from the header.
        const settings = page.getByRole('button', { name: 'Cỡ chữ và nền' });
        if (await settings.isVisible()) await settings.click();
        if (!(await sizeButton(page, 'A+').getAttribute('aria-pressed') === 'true')) {
          await sizeButton(page, 'A+').click();
        }
        expect(await rootFontSize(page)).toBe('20px');
        for (const button of await page.getByRole('button', { name: 'Xem bảng dữ liệu' }).all()) {
          await button.click();
        }
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [];
          for (const el of document.querySelectorAll('body *')) {
            const box = el.getBoundingClientRect();
            // Tables scroll inside their own focusable region.
            if (box.width && (box.right > width + 0.5 || box.left < -0.5) && !el.closest('.chart__table, .skip-link, .visually-hidden')) {
              wide.push(`${el.tagName.toLowerCase()}.${el.className.baseVal ?? el.className}`);
            }
          }
          return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
        });
        expect(overflow.wide, path).toEqual([]);
        expect(overflow.scroll, path).toBeLessThanOrEqual(overflow.width);
      }
    });
  }
});

test.describe('print', () => {
  test('an article prints with its text, charts, tables, sources and address, without controls', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(seedPath);
    await appStarted(page);
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    // Paper is white whatever the theme.
    expect(await paper(page)).toBe(LIGHT_PAPER);
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.locator('button:visible')).toHaveCount(0);
    await expect(page.locator('.skip-link, .site-footer, .chart__actions, .chart__hits, .photo__frame').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.getByTestId('dateline')).toBeVisible();
    await expect(page.locator('.article figure.photo figcaption').first()).toBeVisible();
    // Every chart with its table and its source line.
    await expect(page.locator('.chart__table table:visible')).toHaveCount(datasets.length);
    await expect(page.locator('.chart__caption:visible')).toHaveCount(datasets.length);
    await expect(page.locator('.chart__caption').first()).toContainText(`Nguồn: bài “${seed.title}”`);
    await expect(page.locator('.print-only')).toHaveText(`Địa chỉ bài viết: ${canonical}`);
    // And a real PDF comes out of it.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('on screen the address line stays out of the way', async ({ page }) => {
    await page.goto(seedPath);
    await appStarted(page);
    await expect(page.locator('.print-only')).toBeHidden();
  });
});

test.describe('share', () => {
  test('without a share sheet, "Sao chép liên kết" copies the canonical address and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(seedPath);
    await appStarted(page);
    const copy = page.getByRole('button', { name: 'Sao chép liên kết' });
    await expect(copy).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chia sẻ' })).toHaveCount(0);
    await copy.click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('where the browser has a share sheet, "Chia sẻ" opens it with the canonical address', async ({ page }) => {
    await page.addInitScript(() => {
      window.__shared = [];
      navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
    });
    await page.goto(seedPath);
    await appStarted(page);
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    const shared = await page.evaluate(() => window.__shared);
    expect(shared).toEqual([{ title: `${seed.title} | ${site.name}`, url: canonical }]);
  });
});

test('the reading time is on the article: "Khoảng 9 phút đọc"', async ({ page }) => {
  await page.goto(seedPath);
  // 1,725 words at 200 a minute, rounded up (the model's tests check the count).
  await expect(page.getByTestId('reading-time')).toHaveText('Khoảng 9 phút đọc');
  await appStarted(page);
  await expect(page.getByTestId('reading-time')).toHaveText('Khoảng 9 phút đọc');
});

test('keyboard only: every control of an article and its charts is reachable, visibly focused, at least 24×24 px, and usable', async ({ page }) => {
  await page.goto(seedPath);
  await appStarted(page);

  // Header: the skip link first, then the navigation and the settings.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
  const focusedName = () => page.evaluate(() => document.activeElement.textContent.trim());
  for (let i = 0; i < 10 && (await focusedName()) !== 'A+'; i++) await page.keyboard.press('Tab');
  expect(await focusedName()).toBe('A+');
  await page.keyboard.press('Enter');
  expect(await rootFontSize(page)).toBe('20px');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  expect(await rootFontSize(page)).toBe('16px');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(themeButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await paper(page)).toBe(DARK_PAPER);

  // Walk the whole page by Tab, opening every table on the way.
  const visited = [];
  for (let step = 0; step < 300; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const inText = !!el.closest('.article__body, .chart__caption, .breadcrumb');
      const mark = el.closest('.chart__hit');
      const rect = mark && mark.querySelector('rect');
      return {
        label: el.getAttribute('aria-label') || el.innerText.trim().slice(0, 40),
        tag: el.tagName.toLowerCase(),
        mark: !!mark,
        inText,
        width: box.width,
        height: box.height,
        // A visible indicator: an outline, or for a chart mark its outlined rectangle.
        indicated: mark
          ? getComputedStyle(rect).strokeWidth !== '0px' && getComputedStyle(rect).stroke !== 'none'
          : style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        expandable: el.getAttribute('aria-expanded') === 'false',
        table: el.classList.contains('chart__table'),
        inFooter: !!el.closest('footer'),
      };
    });
    if (!focus || focus.inFooter) break;
    visited.push(focus);
    expect(focus.indicated, `focus indicator on ${focus.tag} "${focus.label}"`).toBe(true);
    if (!focus.inText) {
      expect(Math.round(focus.width), `width of ${focus.tag} "${focus.label}"`).toBeGreaterThanOrEqual(24);
      expect(Math.round(focus.height), `height of ${focus.tag} "${focus.label}"`).toBeGreaterThanOrEqual(24);
    }
    if (focus.expandable) {
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded'))).toBe('true');
    }
    if (focus.mark) {
      await expect(page.locator('.chart__tip:visible')).toHaveCount(1);
    }
  }
  const labels = visited.map((v) => v.label);
  expect(labels).toContain('Sao chép liên kết');
  expect(labels.filter((l) => l === 'Xem bảng dữ liệu')).toHaveLength(datasets.length);
  expect(labels.filter((l) => l === 'Tải CSV')).toHaveLength(datasets.length);
  expect(visited.filter((v) => v.mark).length).toBeGreaterThan(15);
  // The open tables scroll by keyboard, so their regions are tab stops.
  expect(visited.filter((v) => v.table)).toHaveLength(datasets.length);
  await expect(page.getByRole('table')).toHaveCount(datasets.length);
});
