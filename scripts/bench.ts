/**
 * `npm run bench [-- --sizes 100,1000,10000] [--quick] [--no-starlight] [--no-browser] [--keep] [--report]`
 *
 * Builds synthetic corpora with the real configuration (content check, astro build, Pagefind) in
 * temporary folders, and the same corpora as an Astro Starlight site with its defaults, then
 * writes bench/results.json and BENCHMARKS.md. Measures wall time, peak memory of the whole
 * process tree (sampled from /proc), pages, ms per page, HTML+CSS bytes per page (raw and gzip),
 * JavaScript on content pages, the Pagefind index size, and, in Chromium, the time to the first
 * search result and the bytes fetched for five queries. Timing lives here, never in tests.
 */
import { spawn, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './bench/generate.ts';
import { writeStarlightSite } from './bench/starlight.ts';
import { renderBenchmarks } from './bench/report.ts';
import { copyProject } from './lib/project.ts';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});
if (values.report) {
  // Re-render BENCHMARKS.md from bench/results.json and bench/reading.md, without measuring.
  const readingPath = join(root, 'bench/reading.md');
  writeFileSync(
    join(root, 'BENCHMARKS.md'),
    renderBenchmarks(
      JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8')),
      existsSync(readingPath) ? readFileSync(readingPath, 'utf8') : '',
    ),
  );
  console.log('bench: rewrote BENCHMARKS.md from bench/results.json');
  process.exit(0);
}
const sizes = (values.sizes ?? (values.quick ? '100,500' : '100,1000,10000')).split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'cybercbm-bench-'));
console.log(`bench: sizes ${sizes.join(', ')} in ${work}`);

interface RunResult {
  ok: boolean;
  seconds: number;
  peakRssMb: number;
  output: string;
}

/** Runs a command, sampling the RSS of its whole process tree every 100 ms from /proc. */
function measure(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        ok: code === 0,
        seconds: (performance.now() - started) / 1000,
        peakRssMb: Math.round(peak / 1024),
        output,
      });
    });
  });
}

/** Resident memory (kB) of a process and all its descendants. */
function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* the process ended */
    }
  }
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* ended */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? dirSize(path) : statSync(path).size);
  }, 0);
}

/** Bytes a content page costs: its HTML plus its stylesheets and scripts (local files). */
function pageWeights(dist: string, isContent: (rel: string) => boolean) {
  const files = htmlFiles(dist).filter((f) => isContent(relative(dist, f)));
  let raw = 0;
  let gz = 0;
  let js = 0;
  let jsGz = 0;
  const asset = new Map<string, { raw: number; gz: number }>();
  const sizeOf = (url: string) => {
    if (!asset.has(url)) {
      const path = join(dist, url.split('?')[0]!);
      const buf = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      asset.set(url, { raw: buf.length, gz: gzipSync(buf).length });
    }
    return asset.get(url)!;
  };
  for (const f of files) {
    const html = readFileSync(f);
    raw += html.length;
    gz += gzipSync(html).length;
    const text = html.toString('utf8');
    for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)) {
      const s = sizeOf(m[1]!);
      raw += s.raw;
      gz += s.gz;
    }
    for (const m of text.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) {
      const s = sizeOf(m[1]!);
      js += s.raw;
      jsGz += s.gz;
    }
    for (const m of text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g))
      js += m[1]!.length;
  }
  const n = Math.max(1, files.length);
  return {
    contentPages: files.length,
    htmlCssBytes: Math.round(raw / n),
    htmlCssGzipBytes: Math.round(gz / n),
    jsBytes: Math.round(js / n),
    jsGzipBytes: Math.round(jsGz / n),
  };
}

const QUERIES = ['vulnerabilities', 'Hamburg', 'critical infrastructure', 'Decision No. 1202', 'workshop Vienna'];

/**
 * Per query, in a fresh browser context (nothing cached): /search/?q=… is opened and we record the
 * time from navigation start to the first result on screen and the bytes fetched from /pagefind/;
 * then the same page runs a second query (Pagefind warm) and we time that too.
 */
async function browserSearch(dist: string) {
  const { launchChromium } = await import('./lib/browser.ts');
  const { serveDist } = await import('./lib/server.ts');
  const server = await serveDist(dist);
  const browser = await launchChromium();
  const results: { query: string; firstResultMs: number; bytes: number; warmMs: number; results: number }[] = [];
  try {
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', async (r) => {
        if (new URL(r.url()).pathname.startsWith('/pagefind/'))
          bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('.result-link');
      const firstResultMs = Math.round(await page.evaluate(() => performance.now()));
      await page.waitForTimeout(300);
      const count = await page.$$eval('.result', (r) => r.length);
      const t0 = Date.now();
      await page.fill('#q', 'security');
      await page.press('#q', 'Enter');
      await page.waitForFunction(() => document.getElementById('search-summary')?.textContent?.includes('“security”'));
      results.push({ query, firstResultMs, bytes, warmMs: Date.now() - t0, results: count });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

async function benchOurs(size: number) {
  const dir = join(work, `ours-${size}`);
  mkdirSync(dir);
  copyProject(dir, { content: false });
  const corpus = generateCorpus(root, dir, size);
  // `npm run build` is astro build (whose integration runs the content check first) + Pagefind.
  const build = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], dir);
  if (!build.ok) throw new Error(`build ${size} failed:\n${build.output.slice(-3000)}`);
  const checkMs = Number(/pass the content check in (\d+) ms/.exec(build.output)?.[1] ?? 0);
  const index = await measure(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], dir);
  const dist = join(dir, 'dist');
  const pages = htmlFiles(dist).length;
  const seconds = build.seconds + index.seconds;
  const isContent = (rel: string) =>
    /^(decisions|cbms|documents|events|activities|bodies|states|sources)\/[^/]+\/index\.html$/.test(rel);
  return {
    size,
    entries: corpus.entries,
    pages,
    seconds: round(seconds),
    checkSeconds: round(checkMs / 1000),
    astroSeconds: round(build.seconds - checkMs / 1000),
    pagefindSeconds: round(index.seconds),
    msPerPage: round((seconds * 1000) / pages),
    peakRssMb: Math.max(build.peakRssMb, index.peakRssMb),
    ...pageWeights(dist, isContent),
    cssFiles:
      readdirSync(dist).filter((f) => f.endsWith('.css')).length +
      (existsSync(join(dist, '_astro'))
        ? readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).length
        : 0),
    pagefindIndexBytes: dirSize(join(dist, 'pagefind')),
    dist,
  };
}

async function starlightProject(): Promise<string> {
  const dir = join(work, 'starlight-project');
  mkdirSync(dir);
  const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'bench-starlight',
        private: true,
        type: 'module',
        dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest' },
      },
      null,
      2,
    ),
  );
  console.log('bench: installing @astrojs/starlight from the registry for the peer build');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

async function benchStarlight(size: number, project: string) {
  const dir = join(work, `starlight-${size}`);
  mkdirSync(dir);
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(project, 'package.json'), join(dir, 'package.json'));
  const corpusDir = join(work, `ours-${size}`);
  writeStarlightSite(join(corpusDir, 'content'), dir);
  const build = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], dir);
  if (!build.ok) throw new Error(`starlight build ${size} failed:\n${build.output.slice(-3000)}`);
  const dist = join(dir, 'dist');
  const pages = htmlFiles(dist).length;
  const isContent = (rel: string) =>
    /^(decisions|cbms|documents|events|activities|bodies|states|sources)\/[^/]+\/index\.html$/.test(rel);
  return {
    size,
    pages,
    seconds: round(build.seconds),
    msPerPage: round((build.seconds * 1000) / pages),
    peakRssMb: build.peakRssMb,
    ...pageWeights(dist, isContent),
    starlightVersion: JSON.parse(readFileSync(join(project, 'node_modules/@astrojs/starlight/package.json'), 'utf8'))
      .version,
  };
}

function round(n: number) {
  return Math.round(n * 100) / 100;
}

const ours = [];
for (const size of sizes) {
  console.log(`bench: building our site with ${size} entries`);
  const r = await benchOurs(size);
  console.log(
    `bench:   ${r.pages} pages in ${r.seconds} s (${r.msPerPage} ms/page), peak ${r.peakRssMb} MB, ${r.htmlCssGzipBytes} B gzip per content page`,
  );
  ours.push(r);
}

const starlight = [];
if (!values['no-starlight']) {
  const project = await starlightProject();
  for (const size of sizes) {
    console.log(`bench: building the Starlight peer with ${size} entries`);
    const r = await benchStarlight(size, project);
    console.log(
      `bench:   ${r.pages} pages in ${r.seconds} s (${r.msPerPage} ms/page), ${r.htmlCssGzipBytes} B gzip, ${r.jsBytes} B JS per content page`,
    );
    starlight.push(r);
  }
}

let search: Awaited<ReturnType<typeof browserSearch>> = [];
if (!values['no-browser']) {
  const largest = ours.at(-1)!;
  console.log(`bench: searching the ${largest.size}-entry site in Chromium`);
  search = await browserSearch(largest.dist);
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    platform: process.platform,
    arch: process.arch,
  },
  versions: {
    node: process.version,
    astro: JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version,
    pagefind: JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')).version,
    starlight: starlight[0]?.starlightVersion,
  },
  sizes,
  ours: ours.map(({ dist: _d, ...r }) => r),
  starlight,
  search: { corpus: ours.at(-1)?.size, queries: search },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const readingFile = join(root, 'bench/reading.md');
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  renderBenchmarks(results, existsSync(readingFile) ? readFileSync(readingFile, 'utf8') : ''),
);
console.log('bench: wrote bench/results.json and BENCHMARKS.md');
if (!values.keep) rmSync(work, { recursive: true, force: true });
