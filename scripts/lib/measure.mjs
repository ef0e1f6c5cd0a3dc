// Shared by search-latency.mjs and pagefind-latency.mjs.
//
// track(): bytes a page received, as sent (compressed), by when each request
// started: Playwright reports a request's end late and without sizes for
// requests from workers, so bytes are read from Content-Length (none for a
// 304) and summed over time windows once the requests have finished.
export function track(page, wanted) {
  const requests = [];
  page.on('requestfinished', async (request) => {
    if (!wanted(new URL(request.url()).pathname)) return;
    const started = request.timing().startTime;
    const length = (await request.response())?.headers()['content-length'];
    requests.push({ started, bytes: Number(length ?? 0) });
  });
  return {
    // Bytes of the requests started from `from` to `to` (ms since the epoch).
    between: (from, to = Infinity) =>
      requests.filter((r) => r.started >= from && r.started < to).reduce((sum, r) => sum + r.bytes, 0),
    // When the requests started that are still to be counted: lets them end.
    settle: () => page.waitForTimeout(300),
  };
}

// Median, p95 and max of `list` (numbers in `unit`), and how many.
export function summary(list, unit) {
  if (!list.length) return 'none';
  const sorted = [...list].sort((a, b) => a - b);
  const at = (p) => sorted[Math.round((sorted.length - 1) * p)].toFixed(1);
  return `median ${at(0.5)} ${unit}, p95 ${at(0.95)} ${unit}, max ${at(1)} ${unit} over ${sorted.length}`;
}
