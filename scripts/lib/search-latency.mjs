// Per-keystroke search latency in headless Chromium: types each query into
// the header's search box, key by key, and times from the input event to the
// results page announcing the answer for exactly that text (chunk fetches,
// the worker's ranking and the drawing included). Prints median and p95.
// Usage: node search-latency.mjs BASE_URL QUERY…
import { chromium } from '@playwright/test';

const [base, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
await page.addInitScript(() => {
  window.__latencies = [];
  const started = new Map();
  addEventListener('input', (event) => {
    if (event.target.type === 'search') started.set(event.target.value, performance.now());
  }, true);
  new MutationObserver(() => {
    const status = document.querySelector('.search-status');
    const text = status && status.textContent;
    for (const [value, at] of started) {
      if (text && text.includes(`“${value}”`)) {
        window.__latencies.push(performance.now() - at);
        started.delete(value);
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
});
// The first keystroke of a page starts the worker (its wasm): timed apart.
const first = [];
const all = [];
for (const query of queries) {
  await page.goto(new URL('tim-kiem', base).href);
  await page.waitForSelector('#app[data-app-ready]', { state: 'attached' });
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  for (const key of query) {
    await box.pressSequentially(key);
    const value = await box.inputValue();
    await page.waitForFunction((v) => document.querySelector('.search-status')?.textContent.includes(`“${v}”`), value);
  }
  const times = await page.evaluate(() => window.__latencies.splice(0));
  first.push(times[0]);
  all.push(...times.slice(1));
}
await browser.close();
all.sort((a, b) => a - b);
const at = (p) => all[Math.round((all.length - 1) * p)];
console.log(`search latency per keystroke (headless Chromium): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms over ${all.length} keystrokes (target p95 16 ms); a page's first keystroke, starting the worker: ${first.map((t) => t.toFixed(0)).join(', ')} ms`);
