/**
 * Times search in a built site, in Chromium (Debian's, via playwright-core), the same way for our
 * site and for the Starlight peer. An init script records, with performance.now(), when a result
 * link first enters the DOM and the frame after it (painted: requestAnimationFrame + setTimeout),
 * and the same for the first new result link after the last keystroke.
 * - typed query (both sites): in a fresh context (nothing cached), the query is typed into the
 *   search box (ours: /search/, then Enter; Starlight: a content page, its search dialog opened
 *   with its button, no Enter: it searches as you type after a 300 ms pause). Timed from the last
 *   keydown (ours: Enter) to the first result painted. Then, on the same page, the box is emptied
 *   and a second query typed the same way: the warm query;
 * - deep link (ours): /search/?q=… opened in a fresh context, from navigation start;
 * - bytes: what the browser received from /pagefind/ for the cold query, as transferred (the
 *   encoded body size Chromium reports) and decoded;
 * - CLS: the layout shift of /search/?q=incident;
 * - our share (ours): the self time of the site's own scripts in a CPU profile of the typed query,
 *   divided by its time from Enter to the first result painted;
 * - Pagefind alone (ours): the floor under the typed query. The same index, options and query in a
 *   page that runs nothing else, with everything in memory, timed from the search call to the data
 *   of the results the search page drew first, and the frame after.
 *
 * As a program: `node scripts/bench/search.ts [--dist dist] [--runs 5] [--gzip] [--out file.json]`
 * measures our site alone; `npm run bench` measures both sites through the functions below.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { pagefindOptions } from '../../src/client/search/pagefind.ts';
import { foldQuery } from '../../src/client/search/fold.ts';
import { latinFoldTable } from '../../src/lib/search-fold-table.ts';
import { launchChromium } from '../lib/browser.ts';
import { precompress, serveDist } from '../lib/server.ts';
import { median, round } from './protocol.ts';

export const QUERIES = [
  'vulnerabilities',
  'Hamburg',
  'critical infrastructure',
  'Decision No. 1202',
  'workshop',
  'CBM 8',
  'terrorist',
  'Ukraine',
];
/** The warm query after each cold one. */
const SECOND: Record<string, string> = { vulnerabilities: 'Hamburg' };

/** How a reader searches a site: where the box is, how a query is sent, what a result looks like. */
export interface SearchSite {
  name: string;
  base: string;
  /** The page the reader starts from. */
  path: string;
  /** Clicked before typing (Starlight's search button, which opens its dialog). */
  open?: string;
  input: string;
  /** Whether the query is sent with Enter (ours) or as you type (Starlight). */
  enter: boolean;
  /** A result's link, once the result is drawn with its title. */
  result: string;
}

export const ourSearch = (base: string): SearchSite => ({
  name: 'ours',
  base,
  path: '/search/',
  input: '#q',
  enter: true,
  result: '#results .result-link',
});

/** Pagefind's default UI draws a placeholder per result first; its link comes with the result's data. */
export const starlightSearch = (base: string, path: string): SearchSite => ({
  name: 'starlight',
  base,
  path,
  open: 'site-search button[data-open-modal]',
  input: '#starlight__search .pagefind-ui__search-input',
  enter: false,
  result: '#starlight__search .pagefind-ui__result-link',
});

interface Bench {
  first?: number;
  painted?: number;
  key?: number;
  answered?: number;
  answeredPaint?: number;
  cls: number;
}

/** Installed before any page script: marks when results first appear, and the first new ones after a keystroke. */
const RECORDER = (selector: string) => {
  const bench: Bench = { cls: 0 };
  (window as unknown as { bench: Bench }).bench = bench;
  let before = new Set<Element>();
  const paint = (mark: (t: number) => void) => requestAnimationFrame(() => setTimeout(() => mark(performance.now())));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!e.hadRecentInput) bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener(
    'keydown',
    (event) => {
      // When the browser received the key (the same clock as performance.now()), not when a busy
      // page got round to this listener: work a page does while the reader types counts.
      bench.key = event.timeStamp;
      bench.answered = bench.answeredPaint = undefined;
      before = new Set(document.querySelectorAll(selector));
    },
    true,
  );
  new MutationObserver(() => {
    const links = [...document.querySelectorAll(selector)];
    if (!links.length) return;
    const now = performance.now();
    if (bench.first === undefined) {
      bench.first = now;
      paint((t) => (bench.painted = t));
    }
    if (bench.key !== undefined && bench.answered === undefined && links.some((l) => !before.has(l))) {
      bench.answered = now;
      paint((t) => (bench.answeredPaint = t));
    }
  }).observe(document, { childList: true, subtree: true });
};

const readBench = (page: Page) => page.evaluate(() => (window as unknown as { bench: Bench }).bench);

/** Counts what the page receives from /pagefind/, and tells when those requests have gone quiet. */
function trackPagefind(page: Page) {
  const t = { bytes: 0, bytesDecoded: 0, files: 0, inflight: 0, last: Date.now() };
  const ours = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
  page.on('request', (request) => {
    if (!ours(request.url())) return;
    t.inflight++;
    t.last = Date.now();
  });
  page.on('requestfailed', (request) => {
    if (ours(request.url())) t.inflight--;
  });
  page.on('requestfinished', async (request) => {
    if (!ours(request.url())) return;
    const sizes = await request.sizes().catch(() => undefined);
    const body = await (await request.response())?.body().catch(() => undefined);
    t.files++;
    t.bytes += sizes?.responseBodySize ?? 0;
    t.bytesDecoded += body?.length ?? 0;
    t.inflight--;
    t.last = Date.now();
  });
  return {
    totals: () => ({ bytes: t.bytes, bytesDecoded: t.bytesDecoded, files: t.files }),
    /** Resolves once no /pagefind/ request has been pending for `ms`. */
    quiet: async (ms = 500) => {
      while (t.inflight > 0 || Date.now() - t.last < ms) await new Promise((go) => setTimeout(go, 50));
    },
  };
}

/** Types a query as a reader does and waits for its first new result to be painted; ms from the last keydown. */
async function typeQuery(page: Page, site: SearchSite, query: string): Promise<number> {
  await page.locator(site.input).pressSequentially(query);
  if (site.enter) await page.press(site.input, 'Enter');
  await page.waitForFunction(() => (window as unknown as { bench: Bench }).bench.answeredPaint !== undefined);
  const b = await readBench(page);
  return b.answeredPaint! - b.key!;
}

export interface TypedQuery {
  submitMs: number;
  warmMs: number;
  results: number;
  bytes: number;
  bytesDecoded: number;
  files: number;
}

/** One cold query typed in a fresh context, then a warm one on the same page. */
export async function typedQuery(browser: Browser, site: SearchSite, query: string): Promise<TypedQuery> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER, site.result);
    const pagefind = trackPagefind(page);
    await page.goto(`${site.base}${site.path}`, { waitUntil: 'load' });
    await page.waitForSelector(site.input, { state: 'attached' });
    if (site.open) await page.click(site.open);
    const submitMs = await typeQuery(page, site, query);
    await pagefind.quiet();
    const cold = pagefind.totals();
    const results = await page.locator(site.result).count();
    await page.fill(site.input, '');
    await page.waitForTimeout(500); // let the emptied box's own search (both sites react to input) settle
    const warmMs = await typeQuery(page, site, SECOND[query] ?? 'vulnerabilities');
    return { submitMs, warmMs, results, ...cold };
  } finally {
    await context.close();
  }
}

/** Ours: /search/?q=… opened in a fresh context, from navigation start to the first result painted. */
export async function deepLink(browser: Browser, base: string, query: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER, ourSearch(base).result);
    const pagefind = trackPagefind(page);
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (window as unknown as { bench: Bench }).bench.painted !== undefined);
    await pagefind.quiet();
    const b = await readBench(page);
    return { firstMs: b.first!, paintedMs: b.painted!, cls: b.cls, ...pagefind.totals() };
  } finally {
    await context.close();
  }
}

/**
 * One typed query, tried a second time if the first try never shows a result: on a loaded machine a
 * sample has been seen to time out once in a long run (it did not recur in 24 tries on the same
 * site). A second timeout fails the run; a retry is said in the output and counted in the query's row (`retries`).
 */
async function typedSample(
  browser: Browser,
  site: SearchSite,
  query: string,
  retried: { count: number },
): Promise<TypedQuery> {
  try {
    return await typedQuery(browser, site, query);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    retried.count++;
    console.warn(`bench:   ${site.name}: "${query}" showed no result in time (${error.message.split('\n')[0]}); trying once more`);
    return typedQuery(browser, site, query);
  }
}

/** Per query, the medians of `runs` cold typed queries (and their warm second queries). */
export async function timeTypedQueries(browser: Browser, site: SearchSite, runs: number) {
  await typedSample(browser, site, 'security', { count: 0 }); // warm the server and the browser binary
  const rows = [];
  for (const query of QUERIES) {
    const samples: TypedQuery[] = [];
    const retried = { count: 0 };
    for (let i = 0; i < runs; i++) samples.push(await typedSample(browser, site, query, retried));
    rows.push({
      query,
      ...(retried.count ? { retries: retried.count } : {}),
      results: samples[0]!.results,
      submitToPaintedMs: round(median(samples.map((s) => s.submitMs)), 1),
      warmMs: round(median(samples.map((s) => s.warmMs)), 1),
      pagefindBytes: median(samples.map((s) => s.bytes)),
      pagefindBytesDecoded: median(samples.map((s) => s.bytesDecoded)),
      pagefindFiles: samples[0]!.files,
      samples: samples.map((s) => ({ submitMs: round(s.submitMs, 1), warmMs: round(s.warmMs, 1), bytes: s.bytes })),
    });
  }
  return rows;
}

/** The scripts that are the site's own on the search page: their self time is "our share". */
const OWN_SCRIPTS = /\/(?:search|search-facets)\.js(?:\?|$)/;

/** What the search page's profile needs of a V8 CPU profile (Chromium's `Profiler.stop`). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string } }[];
  samples: number[];
  /** Microseconds from the previous sample (the first from `startTime`). */
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * Self time (ms) in a profile of the nodes whose script's URL matches `own`: each sample lasts
 * until the next one (the last until the profile's end), and counts for the function on top.
 */
export function selfTime(profile: CpuProfile, own: RegExp): number {
  const ours = new Set(profile.nodes.filter((n) => own.test(n.callFrame.url)).map((n) => n.id));
  let at = profile.startTime;
  const times = profile.timeDeltas.map((d) => (at += d));
  let us = 0;
  profile.samples.forEach((node, i) => {
    // V8 can record a sample out of order (a negative delta): it then counts for nothing.
    if (ours.has(node)) us += Math.max(0, (times[i + 1] ?? profile.endTime) - times[i]!);
  });
  return us / 1000;
}

/**
 * Ours: a cold query typed and sent with Enter, as `typedQuery` does, with Chromium's CPU profiler
 * running (sampling every 100 µs) from just before Enter until the first result is painted. "Our
 * share" is the self time of the site's own scripts in that profile divided by the time from
 * Enter to the first result painted; the profile runs a little past the paint, so it is an upper bound.
 */
export async function profiledQuery(browser: Browser, base: string, query: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const site = ourSearch(base);
    await page.addInitScript(RECORDER, site.result);
    await page.goto(`${base}${site.path}`, { waitUntil: 'load' });
    await page.waitForSelector(site.input, { state: 'attached' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.locator(site.input).pressSequentially(query);
    await cdp.send('Profiler.start');
    await page.press(site.input, 'Enter');
    await page.waitForFunction(() => (window as unknown as { bench: Bench }).bench.answeredPaint !== undefined);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const b = await readBench(page);
    const typedMs = b.answeredPaint! - b.key!;
    const ownMs = selfTime(profile, OWN_SCRIPTS);
    return { typedMs, ownMs, share: ownMs / typedMs };
  } finally {
    await context.close();
  }
}

/** Per query, the medians of `runs` profiled cold queries: our scripts' self time and its share. */
export async function timeOwnShare(browser: Browser, base: string, runs: number) {
  const rows = [];
  for (const query of QUERIES) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await profiledQuery(browser, base, query));
    rows.push({
      query,
      ownScriptMs: round(median(samples.map((s) => s.ownMs)), 1),
      profiledMs: round(median(samples.map((s) => s.typedMs)), 1),
      ownShare: round(median(samples.map((s) => s.share)), 3),
    });
  }
  return rows;
}

/**
 * Pagefind's floor for one query on our site: what Pagefind itself takes to answer it with all it
 * needs in memory, in a fresh context, in a page that runs none of the site's scripts (the built
 * site's robots.txt, a document of the same origin). Pagefind is loaded with the search page's
 * options and the search page's language (so the same index), the query (folded as the search page
 * folds it) is searched once and the data of Pagefind's first `count` results is loaded (`count`:
 * the result links the search page showed once its cold query had settled, which the page ranks
 * by role first, so the same number of fragments, if not always the same ones); then the
 * same is timed again, from the search call to that data and the frame after it. The repeat is the
 * floor: the first call in a fresh page is slower than the search page's own, whose browse on load
 * has already run Pagefind's code, so it is no lower bound for it; the repeat, with every file in
 * memory, is one for any page that searches with Pagefind.
 */
export async function pagefindAlone(browser: Browser, base: string, query: string, count: number) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/robots.txt`);
    return await page.evaluate(
      async ({ q, n, options }) => {
        type Result = { data(): Promise<unknown> };
        type Pf = {
          options(o: unknown): Promise<void>;
          init(): Promise<void>;
          search(t: string | null): Promise<{ results: Result[] } | null>;
        };
        // A plain dynamic import, out of reach of a test runner that rewrites import() in the functions it loads.
        const load = new Function('url', 'return import(url)') as (url: string) => Promise<Pf>;
        const pf = await load('/pagefind/pagefind.js');
        await pf.options(options);
        // robots.txt has no language: Pagefind is told the search page's, to pick the same index.
        const html = await (await fetch('/search/')).text();
        document.documentElement.lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
        await pf.init();
        const frame = () => new Promise((go) => requestAnimationFrame(() => setTimeout(go)));
        const once = async () => {
          const t0 = performance.now();
          const found = (await pf.search(q))?.results ?? [];
          await Promise.all(found.slice(0, n).map((r) => r.data()));
          await frame();
          return { ms: performance.now() - t0, results: found.length };
        };
        const first = await once(); // fetches the index chunks and the fragments
        const again = await once();
        return { ms: again.ms, firstMs: first.ms, results: first.results };
      },
      { q: foldQuery(query, latinFoldTable()), n: count, options: pagefindOptions(undefined) },
    );
  } finally {
    await context.close();
  }
}

/** Per query, the medians of `runs` times of Pagefind alone (`pagefindAlone`), loading as many results' data as the search page showed. */
export async function timePagefindAlone(browser: Browser, base: string, runs: number, drawn: Record<string, number>) {
  const rows = [];
  for (const query of QUERIES) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await pagefindAlone(browser, base, query, drawn[query] ?? 10));
    rows.push({
      query,
      pagefindAloneMs: round(median(samples.map((s) => s.ms)), 1),
      pagefindResults: samples[0]!.results,
    });
  }
  return rows;
}

/** Per query, the medians of `runs` deep links into our search page. */
export async function timeDeepLinks(browser: Browser, base: string, runs: number) {
  const rows = [];
  for (const query of QUERIES) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await deepLink(browser, base, query));
    rows.push({
      query,
      deepLinkFirstResultMs: round(median(samples.map((s) => s.firstMs)), 1),
      deepLinkPaintedMs: round(median(samples.map((s) => s.paintedMs)), 1),
      pagefindBytes: median(samples.map((s) => s.bytes)),
    });
  }
  return rows;
}

/** The layout shift of /search/?q=incident, median of `runs`. */
export async function searchCls(browser: Browser, base: string, runs: number): Promise<number> {
  const cls = [];
  for (let i = 0; i < runs; i++) cls.push((await deepLink(browser, base, 'incident')).cls);
  return Number(median(cls).toFixed(4));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '5' },
      gzip: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const dist = resolve(values.dist!);
  if (values.gzip) precompress(dist); // writes .gz files beside dist's text files
  const server = await serveDist(dist, { gzip: values.gzip });
  const browser = await launchChromium();
  try {
    const typed = await timeTypedQueries(browser, ourSearch(server.url), runs);
    const deep = await timeDeepLinks(browser, server.url, runs);
    const share = await timeOwnShare(browser, server.url, runs);
    const drawn = Object.fromEntries(typed.map((t) => [t.query, t.results]));
    const alone = await timePagefindAlone(browser, server.url, runs, drawn);
    const rows = typed.map(({ samples: _s, ...t }, i) => ({
      ...t,
      ...deep[i],
      ...share[i],
      ...alone[i],
      pagefindBytes: t.pagefindBytes,
    }));
    const report = {
      dist: values.dist,
      runs,
      gzip: values.gzip,
      chromium: browser.version(),
      queries: rows,
      clsIncident: await searchCls(browser, server.url, runs),
    };
    console.table(rows);
    console.log(`CLS /search/?q=incident (median of ${runs}): ${report.clsIncident}`);
    if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}
