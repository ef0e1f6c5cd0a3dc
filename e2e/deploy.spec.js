// The deploy configuration: the nginx rules and the Netlify/Cloudflare
// _headers file send the same strict policy, and the site works under it
// (every browser test runs behind deploy/nginx/site.conf, and a CSP
// violation is a console error, which fails the test).
import { test, expect, appStarted } from './fixtures.js';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

const nginxPolicies = [...read('deploy/nginx/site.conf').matchAll(/add_header Content-Security-Policy "([^"]+)"/g)]
  .map((m) => m[1]);
const headersPolicy = read('deploy/_headers').match(/Content-Security-Policy: (.+)/)[1].trim();

test('nginx and _headers send one and the same strict policy', () => {
  expect(nginxPolicies.length).toBeGreaterThan(1);
  for (const policy of nginxPolicies) expect(policy).toBe(headersPolicy);
  expect(headersPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headersPolicy).not.toContain('unsafe-inline');
  expect(headersPolicy).not.toContain("'unsafe-eval'");
});

test('pages are served with the policy and run under it', async ({ page }) => {
  const violations = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations = [...(window.__violations || []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  page.on('console', (msg) => { if (/Content Security Policy/.test(msg.text())) violations.push(msg.text()); });
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toBe(headersPolicy);
  await appStarted(page);
  await page.getByTestId('article-list').getByRole('heading', { level: 2 }).getByRole('link').first().click();
  await expect(page.getByTestId('article')).toBeVisible();
  expect(await page.evaluate(() => window.__violations || [])).toEqual([]);
  expect(violations).toEqual([]);
});

test('hashed assets are cached for a year, pages revalidate, text is precompressed', async ({ request, page }) => {
  await page.goto('/');
  const linked = await page.evaluate(() => [
    ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
    ...[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
  ]);
  // The loader names the app's JS and wasm.
  const loader = linked.find((src) => src.includes('/loader-'));
  const loaded = [...(await (await request.get(loader)).text()).matchAll(/'(\/[^']+\.(?:js|wasm))'/g)].map((m) => m[1]);
  const assets = [...linked, ...loaded.filter((src) => !src.endsWith('sw.js'))];
  expect(assets.length).toBeGreaterThanOrEqual(4);
  for (const asset of assets) {
    expect(asset, 'asset names carry a content hash').toMatch(/-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/);
    const response = await request.get(asset, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-encoding'], asset).toBe('br');
  }
  const html = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect(html.headers()['content-encoding']).toBe('gzip');
});
