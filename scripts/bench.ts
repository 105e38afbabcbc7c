/**
 * `npm run bench [-- --sizes 100,1000,10000] [--runs 3] [--quick] [--no-starlight] [--no-browser] [--no-translations] [--keep] [--report]`
 *
 * Builds synthetic corpora with the real build command (`npm run build`: the content check,
 * astro build, Pagefind) in temporary folders, and the same corpora as an Astro Starlight site with
 * its defaults, following the protocol of issue 12 (scripts/bench/protocol.ts): per size, cold
 * builds alternating ours and Starlight's (`--runs` each, every cache cleared before each), then a
 * rebuild with no change and one after a one-sentence change. Then, on the largest size, search in
 * Chromium on both sites, served gzip-compressed. Writes bench/results.json and BENCHMARKS.md.
 * Measures wall time, peak memory of the whole process tree (sampled from /proc), pages, ms per
 * page, HTML+CSS bytes per page (raw and gzip), JavaScript on content pages, the Pagefind index
 * size, and search timings and bytes. Timing lives here, never in tests.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/generate.ts';
import { measure, type RunResult } from './bench/measure.ts';
import {
  APPENDED_SENTENCE,
  appendSentence,
  clearBuildCaches,
  coldRunOrder,
  eventToChange,
  median,
  round,
} from './bench/protocol.ts';
import { renderBenchmarks } from './bench/report.ts';
import { writeStarlightSite } from './bench/starlight.ts';
import { cssFiles, dirSize, htmlFiles, isContentPage, pageWeights } from './bench/weights.ts';
import { BUILD_CACHES, copyProject, linkNodeModules } from './lib/project.ts';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string', default: '3' },
    quick: { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-translations': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});
const readingPath = join(root, 'bench/reading.md');
const reading = () => (existsSync(readingPath) ? readFileSync(readingPath, 'utf8') : '');
if (values.report) {
  // Re-render BENCHMARKS.md from bench/results.json and bench/reading.md, without measuring.
  const results = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  writeFileSync(join(root, 'BENCHMARKS.md'), renderBenchmarks(results, reading()));
  console.log('bench: rewrote BENCHMARKS.md from bench/results.json');
  process.exit(0);
}
const sizes = (values.sizes ?? (values.quick ? '100,500' : '100,1000,10000')).split(',').map(Number);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not ${values.runs}`);
const buildScript: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build;
const work = mkdtempSync(join(tmpdir(), 'cybercbm-bench-'));
console.log(`bench: sizes ${sizes.join(', ')}, ${runs} cold runs per site, in ${work}`);

/** One site of one size: its folder, how it is built, and what its build log tells. */
interface Site {
  name: 'ours' | 'starlight';
  dir: string;
  /** The content file the rebuild changes, relative to `dir`, and the page it becomes. */
  changed: { file: string; page: string };
  build: () => Promise<RunResult>;
}

/** A cold or warm run's figures. Ours splits the check and Pagefind out of its build log. */
function runFigures(r: RunResult) {
  const check = /pass the content check in (\d+) ms/.exec(r.output)?.[1];
  const pagefind = /Finished in ([\d.]+) seconds/.exec(r.output)?.[1];
  return {
    seconds: round(r.seconds),
    peakRssMb: r.peakRssMb,
    ...(check ? { checkSeconds: round(Number(check) / 1000) } : {}),
    ...(pagefind ? { pagefindSeconds: round(Number(pagefind)) } : {}),
  };
}
type RunFigures = ReturnType<typeof runFigures>;

/** Medians of the cold runs (peak memory: the median, with the highest kept beside it). */
function summarise(cold: RunFigures[]) {
  const of = (key: 'seconds' | 'peakRssMb' | 'checkSeconds' | 'pagefindSeconds') => {
    const xs = cold.map((r) => r[key]).filter((x): x is number => typeof x === 'number');
    return xs.length ? round(median(xs)) : undefined;
  };
  return {
    seconds: of('seconds')!,
    peakRssMb: of('peakRssMb')!,
    peakRssMbMax: Math.max(...cold.map((r) => r.peakRssMb)),
    checkSeconds: of('checkSeconds'),
    pagefindSeconds: of('pagefindSeconds'),
  };
}

async function run(site: Site, label: string): Promise<RunFigures> {
  const r = await site.build();
  if (!r.ok) throw new Error(`${site.name} ${label} build in ${site.dir} failed:\n${r.output.slice(-3000)}`);
  const figures = runFigures(r);
  console.log(`bench:   ${site.name} ${label}: ${figures.seconds} s, peak ${figures.peakRssMb} MB`);
  return figures;
}

function ourSite(size: number): { site: Site; entries: number; translated: number } {
  const dir = join(work, `ours-${size}`);
  mkdirSync(dir);
  copyProject(dir, { content: false });
  const corpus = generateCorpus(root, dir, size, { translations: !values['no-translations'] });
  const event = eventToChange(join(dir, 'content'));
  return {
    entries: corpus.entries,
    translated: corpus.translated,
    site: {
      name: 'ours',
      dir,
      changed: { file: `content/events/${event}.mdx`, page: `events/${event}/index.html` },
      // The project's own build command, whatever package.json says it is today, run by a shell
      // as npm runs it (its node_modules/.bin first on PATH) but without npm's own process, which
      // would stay in the measured process tree (about 70 MB) while Starlight's \`astro build\` is
      // run without it.
      build: () =>
        measure('sh', ['-c', buildScript], dir, { PATH: `${join(dir, 'node_modules/.bin')}:${process.env['PATH']}` }),
    },
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

function starlightSite(size: number, project: string, ours: Site): Site {
  const dir = join(work, `starlight-${size}`);
  mkdirSync(dir);
  linkNodeModules(project, dir);
  cpSync(join(project, 'package.json'), join(dir, 'package.json'));
  writeStarlightSite(join(ours.dir, 'content'), dir);
  const event = /content\/events\/(.+)\.mdx$/.exec(ours.changed.file)![1]!;
  return {
    name: 'starlight',
    dir,
    changed: { file: `src/content/docs/events/${event}.md`, page: `events/${event}/index.html` },
    // Starlight's Pagefind runs inside `astro build`.
    build: () => measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], dir),
  };
}

/** The cold runs, alternating the sites, then the two rebuilds of each site with its caches kept. */
async function buildSize(sites: Site[]) {
  const cold = new Map<Site, RunFigures[]>(sites.map((s) => [s, []]));
  let pass = 0;
  for (const site of coldRunOrder(sites, runs)) {
    if (site === sites[0]) pass++;
    clearBuildCaches(site.dir);
    cold.get(site)!.push(await run(site, `cold ${pass}/${runs}`));
  }
  const noChange = new Map<Site, RunFigures>();
  for (const site of sites) noChange.set(site, await run(site, 'rebuild, no change'));
  for (const site of sites) appendSentence(join(site.dir, site.changed.file));
  const oneChange = new Map<Site, RunFigures>();
  for (const site of sites) {
    oneChange.set(site, await run(site, 'rebuild after one change'));
    const page = join(site.dir, 'dist', site.changed.page);
    if (!existsSync(page) || !readFileSync(page, 'utf8').includes(APPENDED_SENTENCE.trim()))
      console.warn(`bench:   warning: ${site.name}'s rebuilt ${site.changed.page} does not show the change`);
  }
  return sites.map((site) => {
    const dist = join(site.dir, 'dist');
    const summary = summarise(cold.get(site)!);
    const pages = htmlFiles(dist).length;
    return {
      site,
      dist,
      figures: {
        pages,
        ...summary,
        msPerPage: round((summary.seconds * 1000) / pages),
        runs: cold.get(site)!,
        rebuild: {
          changed: site.changed.file,
          noChange: noChange.get(site)!,
          oneChange: oneChange.get(site)!,
        },
        ...pageWeights(dist),
      },
    };
  });
}

const ours = [];
const starlight = [];
const largest: { ours?: string; starlight?: string } = {};
const project = values['no-starlight'] ? undefined : await starlightProject();
const starlightVersion = project
  ? JSON.parse(readFileSync(join(project, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version
  : undefined;
for (const size of sizes) {
  console.log(`bench: ${size} entries`);
  const mine = ourSite(size);
  const sites = [mine.site, ...(project ? [starlightSite(size, project, mine.site)] : [])];
  const [o, s] = await buildSize(sites);
  const dist = o!.dist;
  ours.push({
    size,
    entries: mine.entries,
    ...(values['no-translations'] ? {} : { translated: mine.translated }),
    ...o!.figures,
    // The rest of the build: Astro, npm's and the shell's start. The content check runs beside it,
    // in a worker thread, so its time is not subtracted.
    astroSeconds:
      o!.figures.pagefindSeconds !== undefined ? round(o!.figures.seconds - o!.figures.pagefindSeconds) : undefined,
    cssFiles: cssFiles(dist),
    pagefindIndexBytes: dirSize(join(dist, 'pagefind')),
  });
  largest.ours = dist;
  console.log(
    `bench:   ours: ${o!.figures.pages} pages, median ${o!.figures.seconds} s (${o!.figures.msPerPage} ms/page), peak ${o!.figures.peakRssMb} MB`,
  );
  if (s) {
    starlight.push({ size, ...s.figures, pagefindIndexBytes: dirSize(join(s.dist, 'pagefind')), starlightVersion });
    largest.starlight = s.dist;
    console.log(
      `bench:   starlight: ${s.figures.pages} pages, median ${s.figures.seconds} s (${s.figures.msPerPage} ms/page), peak ${s.figures.peakRssMb} MB`,
    );
  }
}

/** Search on the largest size, both sites served by the same gzip-compressing server. */
async function browserSearch(oursDist: string, starlightDist?: string) {
  const { launchChromium } = await import('./lib/browser.ts');
  const { precompress, serveDist } = await import('./lib/server.ts');
  const { ourSearch, starlightSearch, timeDeepLinks, timeOwnShare, timePagefindAlone, timeTypedQueries } =
    await import('./bench/search.ts');
  const oursServer = await serveDist(oursDist, { gzip: precompress(oursDist) > 0 });
  // The same site from a host that sends Pagefind's gzip files with Content-Encoding (README, "Hosting").
  const encodedServer = await serveDist(oursDist, { gzip: true, pagefindEncoding: true });
  const peerServer = starlightDist
    ? await serveDist(starlightDist, { gzip: precompress(starlightDist) > 0 })
    : undefined;
  const browser = await launchChromium();
  try {
    console.log('bench:   ours: typed queries');
    const typed = await timeTypedQueries(browser, ourSearch(oursServer.url), runs);
    console.log('bench:   ours: deep links');
    const deep = await timeDeepLinks(browser, oursServer.url, runs);
    console.log("bench:   ours: deep links, Pagefind's files sent with Content-Encoding: gzip");
    const encoded = await timeDeepLinks(browser, encodedServer.url, runs);
    console.log("bench:   ours: typed queries under Chromium's profiler (our scripts' share)");
    const share = await timeOwnShare(browser, oursServer.url, runs);
    console.log('bench:   ours: Pagefind alone (the floor under the typed query)');
    const drawn = Object.fromEntries(typed.map((t) => [t.query, t.results]));
    const alone = await timePagefindAlone(browser, oursServer.url, runs, drawn);
    let peer: typeof typed = [];
    if (peerServer && starlightDist) {
      // A content page present in both corpora (the real content); any content page otherwise.
      const page = existsSync(join(starlightDist, 'decisions/pc-1106/index.html'))
        ? '/decisions/pc-1106/'
        : `/${relative(
            starlightDist,
            htmlFiles(starlightDist).find((f) => isContentPage(relative(starlightDist, f)))!,
          ).replace(/index\.html$/, '')}`;
      console.log(`bench:   starlight: typed queries from ${page}`);
      peer = await timeTypedQueries(browser, starlightSearch(peerServer.url, page), runs);
    }
    return {
      chromium: browser.version(),
      ours: typed.map((t, i) => ({
        ...t,
        ...deep[i],
        ...share[i],
        ...alone[i],
        deepLinkEncodedPaintedMs: encoded[i]!.deepLinkPaintedMs,
        pagefindBytes: t.pagefindBytes,
      })),
      starlight: peer,
    };
  } finally {
    await browser.close();
    await oursServer.close();
    await encodedServer.close();
    await peerServer?.close();
  }
}

let search: Awaited<ReturnType<typeof browserSearch>> | undefined;
if (!values['no-browser'] && largest.ours) {
  console.log(`bench: searching the ${sizes.at(-1)}-entry sites in Chromium`);
  search = await browserSearch(largest.ours, largest.starlight);
  for (const q of search.ours) {
    const p = search.starlight.find((x) => x.query === q.query);
    console.log(
      `bench:   ${q.query}: ours ${q.submitToPaintedMs} ms (warm ${q.warmMs}, deep link ${q.deepLinkPaintedMs}, encoded ${q.deepLinkEncodedPaintedMs}, ${q.pagefindBytes} B)` +
        (p ? `; starlight ${p.submitToPaintedMs} ms (warm ${p.warmMs}, ${p.pagefindBytes} B)` : ''),
    );
  }
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
    starlight: starlightVersion,
  },
  protocol: {
    runs,
    order: project ? 'ours, Starlight, alternating' : 'ours only',
    cleared: ['dist', ...BUILD_CACHES],
    ours: `sh -c '${buildScript}' (the build script, as npm runs it, without npm's own process)`,
    starlight: 'astro build (Starlight runs Pagefind inside it)',
    peakRss: 'median of the cold runs (the highest in peakRssMbMax)',
    rebuild: 'caches and dist kept; no change, then one sentence appended to the same event in both sites',
    search:
      'fresh browser context per cold query; served by scripts/lib/server.ts with gzip (level 6) for .js/.mjs/.css/.html/.json/.wasm; medians of the runs',
  },
  sizes,
  ours,
  starlight,
  search: search ? { corpus: sizes.at(-1), runs, ...search } : { corpus: undefined, ours: [], starlight: [] },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(root, 'BENCHMARKS.md'), renderBenchmarks(results, reading()));
console.log('bench: wrote bench/results.json and BENCHMARKS.md');
if (!values.keep) rmSync(work, { recursive: true, force: true });
