// Shared test fixtures: the seed data read from public/data, page objects,
// and a guard that fails a test on any console error or uncaught exception.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const dataDir = new URL('../public/data/', import.meta.url);
const readJson = (file) => JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));

export const site = readJson('site.json');
export const index = readJson('articles.json');
export const seedSlug = index.articles[0].slug;
export const seed = readJson(`articles/${seedSlug}.json`);
export const seedPath = `/bai-viet/${seedSlug}`;
export const seedDataPath = `/data/articles/${seedSlug}.json`;
export const paragraphs = seed.body.filter((b) => b.type === 'paragraph').map((b) => b.text);
export const captions = seed.body.filter((b) => b.type === 'figure').map((b) => b.caption);
/** The seed's statistics: the datasets its charts draw. */
export const datasets = readJson(`stats/${seedSlug}.json`).datasets;
export const datasetPath = (id) => `/so-lieu/${id}`;

/** Resolves when the wasm app has started and taken over the page (it
 * marks the app root once its own view has replaced the prerendered one). */
export async function appStarted(page) {
  await page.waitForFunction(() => window.__tinsoStarted === true);
  await page.waitForSelector('#app[data-app-ready]', { state: 'attached' });
}

export class HomePage {
  constructor(page) {
    this.page = page;
    this.list = page.getByTestId('article-list');
    this.heading = page.getByRole('heading', { level: 1, name: 'Tin mới nhất' });
  }
  async goto() {
    const response = await this.page.goto('/');
    await appStarted(this.page);
    return response;
  }
  articleLink(title) {
    return this.list.getByRole('link', { name: title, exact: true });
  }
}

export class ArticlePage {
  constructor(page) {
    this.page = page;
    this.article = page.getByTestId('article');
    this.title = this.article.getByRole('heading', { level: 1 });
    this.dateline = page.getByTestId('dateline');
    this.byline = page.getByTestId('byline');
    this.paragraphs = this.article.locator('.article__body > p');
    this.figcaptions = this.article.locator('figure > figcaption');
    this.loadError = page.getByTestId('load-error');
    this.retry = page.getByRole('button', { name: 'Thử lại' });
  }
  async goto(path = seedPath) {
    const response = await this.page.goto(path);
    await appStarted(this.page);
    return response;
  }
  /** Opens the seed article from the home page: the app fetches its data
   * and shows its loading and error states (on a direct visit it fetches
   * the data before taking over, the prerendered page showing meanwhile). */
  async openFromHome() {
    await this.page.goto('/');
    await appStarted(this.page);
    await this.page.getByTestId('article-list').getByRole('link', { name: seed.title }).click();
  }
}

export const test = base.extend({
  // trunk's loader announces when the app has started (see appStarted).
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', () => { window.__tinsoStarted = true; });
    });
    await use(page);
  },
  // Console errors and page errors collected during the test; a test that
  // expects some (failed requests) empties the list itself.
  consoleErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'no console errors or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
  home: async ({ page }, use) => use(new HomePage(page)),
  articlePage: async ({ page }, use) => use(new ArticlePage(page)),
});

export { expect };
