/**
 * `node scripts/bench/search.ts [--dist dist] [--runs 5] [--out bench/search-results.json]`
 *
 * Times the search page of a built site in Chromium (Debian's, via playwright-core), served on
 * 127.0.0.1, the same way for any version of the page: an init script records, with
 * performance.now(), when the first result link enters the DOM and the frame after it (painted),
 * and when a query is submitted on the open page and its results replace the old ones.
 * - deep link: /search/?q=… opened in a fresh context (nothing cached), from navigation start;
 * - submit: on the open page, a second query typed and submitted with Enter;
 * - bytes: what the browser received from /pagefind/ for the cold query, as served here and as a
 *   host that compresses JavaScript and JSON would send it (Pagefind's other files are
 *   compressed already);
 * - CLS: the layout shift of /search/?q=incident until the network is idle.
 * Medians over `--runs` runs. Timing lives here and in the reports, never in tests.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { serveDist } from '../lib/server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' }, out: { type: 'string' } } });
const QUERIES = ['vulnerabilities', 'Hamburg', 'critical infrastructure', 'Decision No. 1202', 'workshop', 'CBM 8', 'terrorist', 'Ukraine'];
const SECOND = { vulnerabilities: 'Hamburg' } as Record<string, string>;
const runs = Number(values.runs);

/** Installed before any page script: marks when results first appear, and when a submit is answered. */
const RECORDER = () => {
  const w = window as unknown as { bench: { first?: number; painted?: number; submit?: number; answered?: number; answeredPaint?: number; cls: number } };
  w.bench = { cls: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const watch = () => {
    const results = document.getElementById('results');
    if (!results) return void requestAnimationFrame(watch);
    new MutationObserver(() => {
      if (!results.querySelector('.result-link')) return;
      const now = performance.now();
      if (w.bench.first === undefined) {
        w.bench.first = now;
        requestAnimationFrame(() => setTimeout(() => (w.bench.painted = performance.now())));
      } else if (w.bench.submit !== undefined && w.bench.answered === undefined) {
        w.bench.answered = now;
        requestAnimationFrame(() => setTimeout(() => (w.bench.answeredPaint = performance.now())));
      }
    }).observe(results, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', watch);
  document.addEventListener('submit', () => (w.bench.submit = performance.now()), true);
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function once(browser: Browser, base: string, query: string) {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.addInitScript(RECORDER);
  let bytes = 0;
  let bytesCompressed = 0;
  let files = 0;
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    files += 1;
    bytes += body.length;
    bytesCompressed += /\.(js|json)$/.test(path) ? gzipSync(body, { level: 9 }).length : body.length;
  });
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (window as unknown as { bench: { painted?: number } }).bench.painted !== undefined);
  await page.waitForLoadState('networkidle');
  const cold = { bytes, bytesCompressed, files };
  const first = await page.evaluate(() => (window as unknown as { bench: { first: number; painted: number; cls: number } }).bench);
  // A second query on the open page, submitted with Enter.
  await page.fill('#q', SECOND[query] ?? 'vulnerabilities');
  await page.waitForTimeout(400); // let the typing delay's search, if any, finish first
  await page.evaluate(() => {
    const b = (window as unknown as { bench: { submit?: number; answered?: number; answeredPaint?: number } }).bench;
    b.submit = undefined;
    b.answered = undefined;
    b.answeredPaint = undefined;
    (document.getElementById('results') as HTMLElement).replaceChildren();
  });
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => (window as unknown as { bench: { answeredPaint?: number } }).bench.answeredPaint !== undefined);
  const second = await page.evaluate(() => (window as unknown as { bench: { submit: number; answered: number; answeredPaint: number } }).bench);
  await context.close();
  return { firstMs: first.first, paintedMs: first.painted, cls: first.cls, submitMs: second.answeredPaint - second.submit, ...cold };
}

const server = await serveDist(resolve(values.dist!));
const browser = await launchChromium();
const rows = [];
try {
  await once(browser, server.url, 'security'); // warm the server and the browser binary
  for (const query of QUERIES) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once(browser, server.url, query));
    rows.push({
      query,
      deepLinkFirstResultMs: round(median(samples.map((s) => s.firstMs))),
      deepLinkPaintedMs: round(median(samples.map((s) => s.paintedMs))),
      submitToPaintedMs: round(median(samples.map((s) => s.submitMs))),
      pagefindBytes: samples[0]!.bytes,
      pagefindBytesCompressed: samples[0]!.bytesCompressed,
      pagefindFiles: samples[0]!.files,
    });
  }
  const cls = [];
  for (let i = 0; i < runs; i++) cls.push((await once(browser, server.url, 'incident')).cls);
  const report = { dist: values.dist, runs, chromium: browser.version(), queries: rows, clsIncident: Number(median(cls).toFixed(4)) };
  console.table(rows);
  console.log(`CLS /search/?q=incident (median of ${runs}): ${report.clsIncident}`);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
