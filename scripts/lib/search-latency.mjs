// Per-keystroke search latency in headless Chromium: enters the header's
// search box (which starts the search worker and has it read the index's
// table of chunks, timed apart), then types each query into it key by key,
// and times from the input event to the results page announcing the answer
// for exactly that text (chunk fetches, the worker's ranking and the drawing
// included). Prints median and p95 of all keystrokes, and apart those that
// fetched an index file and those answered from the worker's cache; and
// the bytes received (compressed) for entering the box, with the first
// keystroke, and for the whole query.
// Usage: node search-latency.mjs BASE_URL QUERY…
import { chromium } from '@playwright/test';
import { summary, track } from './measure.mjs';

const [base, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
// No service worker: measured as on a first visit, like Pagefind's page.
const page = await browser.newPage({ serviceWorkers: 'block' });
await page.addInitScript(() => {
  window.__latencies = [];
  const started = new Map();
  addEventListener('input', (event) => {
    if (event.target.type === 'search') started.set(event.target.value, [performance.now(), Date.now()]);
  }, true);
  new MutationObserver(() => {
    const status = document.querySelector('.search-status');
    const text = status && status.textContent;
    for (const [value, [at, wall]] of started) {
      if (text && text.includes(`“${value}”`)) {
        window.__latencies.push([performance.now() - at, wall]);
        started.delete(value);
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
});
// When the worker asked for index files (the page's clock and ours agree:
// one machine).
const fetches = [];
page.on('request', (request) => {
  if (request.url().includes('/data/search/')) fetches.push(Date.now());
});
// Bytes of the search engine and its index (the worker's code included).
const received = track(page, (path) => /search/.test(path));
const bytes = [];
const entering = [];
const all = [];
const fetching = [];
const cached = [];
for (const query of queries) {
  await page.goto(new URL('tim-kiem', base).href);
  await page.waitForSelector('#app[data-app-ready]', { state: 'attached' });
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  const ready = page.waitForResponse((response) => response.url().endsWith('/search/index.json'));
  const focused = Date.now();
  await box.focus();
  await ready;
  entering.push(Date.now() - focused);
  let typing = null;
  let answered = null;
  for (const key of query) {
    typing ??= Date.now();
    await box.pressSequentially(key);
    const value = await box.inputValue();
    await page.waitForFunction((v) => document.querySelector('.search-status')?.textContent.includes(`“${v}”`), value);
    answered ??= Date.now();
  }
  await received.settle();
  const top = await page.evaluate(() => {
    const first = document.querySelector('[data-testid=search-results] li.search-result');
    return {
      status: document.querySelector('.search-status')?.textContent,
      title: first?.querySelector('a')?.textContent ?? '—',
      marks: first ? [...first.querySelectorAll('mark')].map((mark) => mark.textContent) : [],
    };
  });
  console.log(`ours "${query}": ${top.status} First "${top.title}", marked ${JSON.stringify(top.marks)}`);
  bytes.push(`"${query}" ${received.between(focused, typing)} B, ${received.between(focused, answered)} B, ${received.between(focused)} B`);
  for (const [latency, wall] of await page.evaluate(() => window.__latencies.splice(0))) {
    all.push(latency);
    const fetched = fetches.some((at) => at >= wall - 1 && at <= wall + latency + 1);
    (fetched ? fetching : cached).push(latency);
  }
}
await browser.close();
console.log(`search latency per keystroke (headless Chromium): ${summary(all, 'ms')} keystrokes (target p95 16 ms)`);
console.log(`  answered from the worker's cache: ${summary(cached, 'ms')}; fetching index files: ${summary(fetching, 'ms')}`);
console.log(`  entering the box (starting the worker, reading the index's table): ${entering.join(', ')} ms`);
console.log(`  received for entering the box, with the first keystroke, for the whole query: ${bytes.join('; ')}`);
