// Runs Lighthouse (performance only, default mobile throttling) on each
// NAME=URL argument with Debian's Chromium, prints one table, and exits 1 if
// a site page misses a target. The page named "floor" is the reference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const targets = { score: 95, lcp: 1800, cls: 0.02, tbt: 100, articleBytes: 200 * 1024 };
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows = [];
for (const arg of process.argv.slice(2)) {
  const [name, url] = arg.split(/=(.*)/s);
  const file = join(out, `${name}.json`);
  execFileSync('npx', [
    'lighthouse', url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${file}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
  ], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' } });
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const audit = (id) => report.audits[id].numericValue;
  rows.push({
    name,
    score: Math.round(report.categories.performance.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  });
}

console.log('page      score   FCP (s)  LCP (s)  TBT (ms)  CLS     transferred (KB)');
for (const r of rows) {
  console.log(`${r.name.padEnd(9)} ${String(r.score).padStart(5)}   ${(r.fcp / 1000).toFixed(2).padStart(7)}  ${(r.lcp / 1000).toFixed(2).padStart(7)}  ${r.tbt.toFixed(0).padStart(8)}  ${r.cls.toFixed(3)}   ${(r.bytes / 1024).toFixed(1).padStart(8)}`);
}
const misses = [];
for (const r of rows.filter((row) => row.name !== 'floor')) {
  if (r.score < targets.score) misses.push(`${r.name}: performance ${r.score} < ${targets.score}`);
  if (r.lcp > targets.lcp) misses.push(`${r.name}: LCP ${(r.lcp / 1000).toFixed(2)} s > 1.8 s`);
  if (r.cls > targets.cls) misses.push(`${r.name}: CLS ${r.cls.toFixed(3)} > ${targets.cls}`);
  if (r.tbt > targets.tbt) misses.push(`${r.name}: TBT ${r.tbt.toFixed(0)} ms > ${targets.tbt} ms`);
  if (r.name === 'article' && r.bytes > targets.articleBytes) misses.push(`article: ${(r.bytes / 1024).toFixed(1)} KB > 200 KB`);
}
console.log(misses.length ? `\nMissed targets:\n  ${misses.join('\n  ')}` : '\nAll targets met (performance ≥ 95, LCP ≤ 1.8 s, CLS ≤ 0.02, TBT ≤ 100 ms, article ≤ 200 KB).');
process.exit(misses.length ? 1 : 0);
