// Pagefind 1.6.0 on the same pages, measured like our search
// (search-latency.mjs) for docs/search.md: a page of its own loads
// Pagefind's API (no UI); "entering the box" is pagefind.init() (its code,
// wasm and index metadata), then each query is typed one character at a
// time: a search for the text so far, then the data (title, excerpt) of the
// first 10 results, as our results page shows them. Prints the bytes the
// browser received (compressed, Pagefind's worker included), the latency
// per keystroke, and the first result's title and marked words for each
// full query.
// Usage: node pagefind-latency.mjs BASE_URL QUERY… (BASE_URL serves a site
// that `pagefind --site` indexed, with pagefind-bench.html and .js beside).
import { chromium } from '@playwright/test';
import { summary, track } from './measure.mjs';

const [base, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const latencies = [];
const laterBytes = [];
for (const query of queries) {
  // A new context per query: nothing cached, as for a first visit.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const received = track(page, (path) => path.startsWith('/pagefind/'));
  // Entering the box: the page imports Pagefind's script, then init().
  const entered = Date.now();
  await page.goto(new URL('pagefind-bench.html', base).href);
  await page.waitForFunction(() => window.pagefindReady);
  await page.evaluate(() => window.pagefind.init());
  const windows = [];
  let typed = '';
  for (const character of query) {
    typed += character;
    const started = Date.now();
    const elapsed = await page.evaluate(async (text) => {
      const started = performance.now();
      const search = await window.pagefind.search(text);
      await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      return performance.now() - started;
    }, typed);
    windows.push([typed, started, Date.now(), elapsed]);
  }
  await received.settle();
  const typing = windows[0][1];
  const steps = windows.map(([text, from, to, elapsed], k) => {
    if (k > 0) {
      laterBytes.push(received.between(from, to));
      latencies.push(elapsed);
    }
    return `${JSON.stringify(text)} ${received.between(from, to)} B ${elapsed.toFixed(1)} ms`;
  });
  const first = received.between(entered, windows[0][2]);
  const top = await page.evaluate(async (text) => {
    const search = await window.pagefind.search(text);
    if (!search.results.length) return { found: 0 };
    const data = await search.results[0].data();
    const marks = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
    return { found: search.results.length, title: data.meta.title, marks };
  }, query);
  console.log(`pagefind "${query}": entering the box ${received.between(entered, typing)} B, with the first keystroke ${first} B, whole query ${received.between(entered)} B; ${top.found} found, first "${top.title ?? '—'}", marked ${JSON.stringify(top.marks ?? [])}`);
  console.log(`  ${steps.join('; ')}`);
  await context.close();
}
await browser.close();
console.log(`pagefind per later keystroke: bytes ${summary(laterBytes, 'B')}; latency (search and the first 10 results' data, no drawing) ${summary(latencies, 'ms')} keystrokes`);
