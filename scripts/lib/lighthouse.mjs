// Runs Lighthouse (performance only, default mobile throttling) on each
// NAME=URL argument with Debian's Chromium, ROUNDS times (default 3) in
// alternating order (a, b, c, then a, b, c…: the machine's drift falls on
// every page alike), prints each page's medians and their ratios to the page
// named "floor" (a plain HTML page of the same article), and exits 1 if a
// site page misses a target. The target set by the paint issue: the
// article's LCP at most 1.05 times the floor's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const targets = { score: 95, lcp: 1800, cls: 0.02, tbt: 100, articleBytes: 200 * 1024, lcpToFloor: 1.05 };
const rounds = Number(process.env.ROUNDS || 3);
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const pages = process.argv.slice(2).map((arg) => {
  const [name, url] = arg.split(/=(.*)/s);
  return { name, url, runs: [] };
});

for (let round = 1; round <= rounds; round++) {
  for (const page of pages) {
    const file = join(out, `${page.name}-${round}.json`);
    execFileSync('npx', [
      'lighthouse', page.url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${file}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
    ], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' } });
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const audit = (id) => report.audits[id].numericValue;
    page.runs.push({
      score: Math.round(report.categories.performance.score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
    });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rows = pages.map((page) => {
  const of = (key) => median(page.runs.map((run) => run[key]));
  return {
    name: page.name, score: of('score'), fcp: of('fcp'), lcp: of('lcp'), tbt: of('tbt'), cls: of('cls'), bytes: of('bytes'),
    lcps: page.runs.map((run) => run.lcp),
  };
});
const floor = rows.find((row) => row.name === 'floor');

console.log(`Lighthouse 12, mobile, ${rounds} round(s) in alternating order: medians`);
console.log('page      score   FCP (s)  LCP (s)  TBT (ms)  CLS     transferred (KB)  FCP/floor  LCP/floor  LCP of each round (s)');
for (const r of rows) {
  const ratio = (key) => (floor ? (r[key] / floor[key]).toFixed(2) : '—').padStart(9);
  console.log(`${r.name.padEnd(9)} ${String(r.score).padStart(5)}   ${(r.fcp / 1000).toFixed(2).padStart(7)}  ${(r.lcp / 1000).toFixed(2).padStart(7)}  ${r.tbt.toFixed(0).padStart(8)}  ${r.cls.toFixed(3)}   ${(r.bytes / 1024).toFixed(1).padStart(8)}        ${ratio('fcp')}  ${ratio('lcp')}  ${r.lcps.map((v) => (v / 1000).toFixed(2)).join(' ')}`);
}
const misses = [];
for (const r of rows.filter((row) => row.name !== 'floor')) {
  if (r.score < targets.score) misses.push(`${r.name}: performance ${r.score} < ${targets.score}`);
  if (r.lcp > targets.lcp) misses.push(`${r.name}: LCP ${(r.lcp / 1000).toFixed(2)} s > 1.8 s`);
  if (r.cls > targets.cls) misses.push(`${r.name}: CLS ${r.cls.toFixed(3)} > ${targets.cls}`);
  if (r.tbt > targets.tbt) misses.push(`${r.name}: TBT ${r.tbt.toFixed(0)} ms > ${targets.tbt} ms`);
  if (r.name === 'article' && r.bytes > targets.articleBytes) misses.push(`article: ${(r.bytes / 1024).toFixed(1)} KB > 200 KB`);
  if (r.name === 'article' && floor && r.lcp > floor.lcp * targets.lcpToFloor) {
    misses.push(`article: LCP ${(r.lcp / floor.lcp).toFixed(2)} × the floor's > ${targets.lcpToFloor} ×`);
  }
}
console.log(misses.length
  ? `\nMissed targets:\n  ${misses.join('\n  ')}`
  : '\nAll targets met (performance ≥ 95, LCP ≤ 1.8 s and ≤ 1.05 × the floor\'s for the article, CLS ≤ 0.02, TBT ≤ 100 ms, article ≤ 200 KB).');
process.exit(misses.length ? 1 : 0);
