// An editor's path through the live preview (scripts/serve over a scratch
// copy of the data, which scripts/test starts and names in PREVIEW_URL and
// PREVIEW_DATA): raw text imported while it runs appears on the open page,
// with its source, credits and photo credits; the charts the importer
// proposed appear once published; an edit that breaks the data shows its
// problems on the open page, and saving the fix reloads it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';

const base = process.env.PREVIEW_URL;
const data = process.env.PREVIEW_DATA;
const drafts = process.env.PREVIEW_DRAFTS;
const tool = process.env.TINSO_CONTENT;

test.skip(!base, 'PREVIEW_URL is not set (scripts/test sets it)');
// The tests change one data directory in turn.
test.describe.configure({ mode: 'serial' });

const at = (path) => new URL(path.replace(/^\//, ''), base).href;
const text = (name) => new URL(`../crates/content/tests/texts/${name}`, import.meta.url).pathname;
/** Runs `tinso-content COMMAND` on the preview's data and drafts. */
const content = (command, ...args) =>
  execFileSync(tool, [command, '--data', data, '--drafts', drafts, ...args], { encoding: 'utf8' });

/** Waits until the preview serves `path` (its rebuild is done). */
async function served(page, path) {
  await expect(async () => {
    expect((await page.request.get(at(path))).status()).toBe(200);
  }).toPass({ timeout: 20_000 });
}

const mangroves = {
  title: 'Rừng ngập mặn hồi sinh sau mười năm trồng lại',
  path: '/bai-viet/rung-ngap-man-hoi-sinh-sau-muoi-nam-trong-lai',
  source: 'https://example.vn/moi-truong/rung-ngap-man-hoi-sinh.html',
};

test('an article imported while the preview runs appears on the open page, with its source and credits', async ({ page }) => {
  await page.goto(at('/'));
  const list = page.getByTestId('article-list');
  await expect(list.getByRole('link', { name: mangroves.title })).toHaveCount(0);

  content('import', '--category', 'moi-truong=Môi trường', '--source-url', mangroves.source,
    text('26-photo-credit-in-caption.txt'));
  // The page reloads itself once the pages are rebuilt.
  await expect(list.getByRole('link', { name: mangroves.title })).toBeVisible({ timeout: 20_000 });

  await list.getByRole('link', { name: mangroves.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mangroves.title);
  await expect(page.getByTestId('byline')).toHaveText('Tin: Thảo Nguyên');
  const source = page.getByTestId('source');
  await expect(source).toHaveText('Nguồn: example.vn');
  await expect(source.getByRole('link', { name: 'example.vn' })).toHaveAttribute('href', mangroves.source);
  await expect(page.locator('.article figure > figcaption')).toHaveText([
    'Cánh rừng ngập mặn nhìn từ trên cao. Ảnh: DIỆU THẢO',
    'Người dân chăm sóc cây con Ảnh: Quang Vinh',
  ]);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);

  // The page as prerendered, without the app: the same credits.
  const html = await (await page.request.get(at(mangroves.path))).text();
  expect(html).toContain(`<a href="${mangroves.source}" rel="external nofollow noopener">example.vn</a>`);
  expect(html).toContain('Cánh rừng ngập mặn nhìn từ trên cao. Ảnh: DIỆU THẢO');
});

test('a source credit is shown; an article without a byline shows none', async ({ page }) => {
  content('import', '--category', 'du-lich=Du lịch', text('19-source-credit.txt'));
  const path = '/bai-viet/san-bay-quoc-te-don-luong-khach-ky-luc-dip-le';
  await served(page, path);
  await page.goto(at(path));
  await expect(page.getByTestId('credit')).toHaveText('Theo TTO');
  await expect(page.getByTestId('byline')).toHaveCount(0);
  await expect(page.getByTestId('source')).toHaveCount(0);
});

test('the charts the importer proposed appear once published', async ({ page }) => {
  content('import', '--category', 'giao-duc=Giáo dục', text('42-shares.txt'));
  const path = '/bai-viet/ty-le-hoc-sinh-do-tot-nghiep-dat-cao';
  await served(page, path);
  await page.goto(at(path));
  await expect(page.getByTestId('chart')).toHaveCount(0);

  const output = content('publish-stats', 'ty-le-hoc-sinh-do-tot-nghiep-dat-cao');
  expect(output).toContain('wrote');
  const charts = page.getByTestId('chart');
  await expect(charts).toHaveCount(2, { timeout: 20_000 });
  await expect(charts.first().getByRole('heading')).toHaveText(
    'Thí sinh của tỉnh đỗ tốt nghiệp và trường đạt tỷ lệ đỗ tuyệt đối',
  );
  // Each figure quoted from the text, with the percentage the text states.
  await expect(charts.first()).toContainText('9.812/9.900');
  await expect(charts.first()).toContainText('99,1%');
});

test('an edit that breaks the data shows its problems on the open page; the fix reloads it', async ({ page }) => {
  const file = `${data}/articles/${mangroves.path.split('/').pop()}.json`;
  const good = readFileSync(file, 'utf8');
  await page.goto(at(mangroves.path));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mangroves.title);

  writeFileSync(file, good.replace(`"title": "${mangroves.title}"`, '"title": ""'));
  const problems = page.getByTestId('preview-problems');
  await expect(problems).toBeVisible({ timeout: 20_000 });
  await expect(problems).toContainText('title: is empty');
  // The page still shows the article as it was.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mangroves.title);

  const fixed = 'Rừng ngập mặn hồi sinh sau mười năm trồng lại ở ven biển';
  writeFileSync(file, good.replace(`"title": "${mangroves.title}"`, `"title": "${fixed}"`));
  const index = `${data}/articles.json`;
  writeFileSync(index, readFileSync(index, 'utf8').replace(`"title": "${mangroves.title}"`, `"title": "${fixed}"`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixed, { timeout: 20_000 });
  await expect(problems).toHaveCount(0);
});
