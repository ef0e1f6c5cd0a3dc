// Unknown routes and unknown articles get the not-found page, with status 404
// from the static server.
import { test, expect, site, appStarted } from './fixtures.js';

// The browser reports the 404 document itself as a failed resource.
const only404Errors = (errors) => {
  expect(errors.every((e) => /status of 404/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
};

for (const path of ['/khong-co-trang-nay', '/bai-viet/khong-co-bai-nay', '/bai-viet/a/b']) {
  test(`${path} is a 404 with the not-found page`, async ({ page, consoleErrors }) => {
    const response = await page.goto(path);
    await appStarted(page);
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await expect(page).toHaveTitle(`Không tìm thấy trang | ${site.name}`);
    await expect(page.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    only404Errors(consoleErrors);
  });
}

test('an unknown slug reached inside the app shows the not-found page', async ({ page, consoleErrors }) => {
  await page.goto('/');
  await appStarted(page);
  await expect(page.getByTestId('article-list')).toBeVisible();
  // Client-side navigation: the data request for the slug is what 404s.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/bai-viet/khong-ton-tai';
    link.textContent = 'x';
    document.querySelector('main').append(link);
    link.click();
  });
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page).toHaveTitle(`Không tìm thấy trang | ${site.name}`);
  only404Errors(consoleErrors);
});
