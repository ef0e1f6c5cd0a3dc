// The deploy configuration: the nginx rules and the Netlify/Cloudflare
// _headers file send the same strict policy, which the build writes for
// both (dist/csp.nginx, dist/_headers) with the hashes of the style and
// script each page carries inline, and the site works under it (every
// browser test runs behind deploy/nginx/site.conf, and a CSP violation is
// a console error, which fails the test).
import { test, expect, appStarted, seedPath } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

const nginxPolicy = read('dist/csp.nginx').match(/set \$tinso_csp "([^"]+)";/)[1];
const headersPolicy = read('dist/_headers').match(/Content-Security-Policy: (.+)/)[1].trim();

test('nginx and _headers send one and the same strict policy', () => {
  // Every location of the nginx rules sends the build's policy: the
  // embed pages' (which any site may frame) in theirs, the site's elsewhere.
  const conf = read('deploy/nginx/site.conf');
  const locations = conf.match(/^location /gm).length;
  expect(conf.match(/add_header Content-Security-Policy \$tinso_csp always;/g)).toHaveLength(locations - 1);
  expect(conf.match(/^location ~ "\/nhung\/[^\n]*\n(?:  [^\n]*\n)*?  add_header Content-Security-Policy \$tinso_embed_csp always;/m)).not.toBeNull();
  expect(nginxPolicy).toBe(headersPolicy);
  const nginxEmbed = read('dist/csp.nginx').match(/set \$tinso_embed_csp "([^"]+)";/)[1];
  const headersEmbed = read('dist/_headers').match(/\/nhung\/\*\n  ! Content-Security-Policy\n  Content-Security-Policy: (.+)/)[1].trim();
  expect(nginxEmbed).toBe(headersEmbed);
  expect(nginxEmbed).toBe(headersPolicy.replace("frame-ancestors 'none'", 'frame-ancestors *'));
  // Two inline scripts: the settings (theme, text size) and the loader.
  expect(headersPolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*';/);
  expect(headersPolicy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  expect(headersPolicy).not.toContain('unsafe-inline');
  expect(headersPolicy).not.toContain("'unsafe-eval'");
});

test('the policy allows exactly what each page carries inline, by its hash', async ({ request }) => {
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  for (const path of ['/', '/so-lieu', '/404.html', '/luu-tru']) {
    const html = await (await request.get(path)).text();
    const inline = (open, tag) => [...html.matchAll(new RegExp(`${open}([^]*?)</${tag}>`, 'g'))].map((m) => m[1]);
    const [style] = inline('<style>', 'style');
    const [settings] = inline('<script>', 'script');
    const [loader] = inline('<script type="module">', 'script');
    expect(headersPolicy, path).toContain(`style-src 'self' ${hash(style)};`);
    expect(headersPolicy, path).toContain(`'wasm-unsafe-eval' ${hash(settings)} ${hash(loader)};`);
  }
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
  // The inline loader names what follows the first paint: the deferred
  // scripts, the late stylesheet, the app's JS and wasm.
  const loader = await page.evaluate(() => document.querySelector('script[type="module"]:not([src])').textContent);
  const loaded = [...loader.matchAll(/["'](\/[^"']+\.(?:js|wasm|css))["']/g)].map((m) => m[1]);
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

test('the article’s first response, headers and body, fits the first round trip', async ({ request }) => {
  // TCP's first congestion window: 10 segments of 1,460 bytes. A response
  // larger than that waits a round trip more, which Lighthouse measured as
  // LCP 1.12 × the floor's (docs/budget.md).
  const response = await request.get(seedPath, { headers: { 'Accept-Encoding': 'br' } });
  expect(response.headers()['content-encoding']).toBe('br');
  const headers = response.headersArray()
    .reduce((bytes, h) => bytes + h.name.length + 2 + Buffer.byteLength(h.value) + 2, 'HTTP/1.1 200 OK\r\n\r\n'.length);
  const body = Number(response.headers()['content-length']);
  expect(body).toBeGreaterThan(5000);
  expect(headers + body).toBeLessThanOrEqual(10 * 1460);
});
