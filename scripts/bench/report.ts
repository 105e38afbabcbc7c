/** BENCHMARKS.md from bench/results.json: the tables, the ratios and the reading. */
import { median } from './protocol.ts';

type Row = Record<string, unknown>;
/** The sentence on the corpora's Russian translations (issue 25), from the rows' counts. */
function translations(rows: Row[]): string {
  const counted = rows.filter((row) => row['translated'] !== undefined);
  if (!counted.length) return 'The corpora have no translations (`--no-translations`, or a run before issue 25).';
  const sizes = counted.map((row) => `${row['translated']} of ${row['size']}`).join(', ');
  return `A tenth of the generated entries has a Russian translation (${sizes}; sources are not translated): every translatable text and the body, in a word-for-word Russian stand-in that keeps figures and links. Both sites get them: ours as \`content/translations/ru/…\`, Starlight as its \`ru\` locale with English at the root. Starlight's own i18n also renders a Russian fallback copy (English text under its notice) of every page without a translation, so its page count is about twice ours; ours renders a Russian page only for a translated entry, besides the Russian indexes.`;
}

interface Results {
  date: string;
  machine: { cpus: number; cpuModel?: string; memoryGb: number };
  versions: Record<string, string | undefined>;
  protocol?: { runs?: number; order?: string };
  ours: Row[];
  starlight: Row[];
  search: { corpus?: number; ours?: Row[]; starlight?: Row[] };
}

const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const show = (x: unknown) => (num(x) ?? '–').toString();
const kb = (b: unknown) => (num(b) !== undefined ? (num(b)! / 1024).toFixed(1) : '–');
const ratio = (a: unknown, b: unknown) => (num(a) !== undefined && num(b) ? (num(a)! / num(b)!).toFixed(2) : '–');
/** A nested figure, e.g. `at(row, 'rebuild', 'noChange', 'seconds')`. */
const at = (row: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Row)[k] : undefined), row);
/** The figure of each cold run, e.g. `3.1, 3.0, 3.2`. */
const each = (row: Row, key: string) =>
  Array.isArray(row['runs']) ? (row['runs'] as Row[]).map((r) => show(r[key])).join(', ') : '–';
const memory = (row: Row) =>
  row['peakRssMbMax'] !== undefined ? `${show(row['peakRssMb'])} (max ${show(row['peakRssMbMax'])})` : show(row['peakRssMb']);
const sameSize = (rows: Row[], size: unknown): Row => rows.find((x) => x['size'] === size) ?? {};
/** The median of a column over the queries, for the table's last line. */
/** The median of a column over the queries: to 0.1 (a share to 0.001). */
const overall = (rows: Row[], key: string) => {
  const scale = key === 'ownShare' ? 1000 : 10;
  return Math.round(median(rows.map((r) => num(r[key])).filter((x) => x !== undefined)) * scale) / scale;
};

/** The line stating how the figures were taken (results from before the protocol say so). */
function protocol(runs: number | undefined, order?: string): string {
  if (runs === undefined)
    return '**Protocol.** These figures predate the protocol of issue 12: one build per site and size, caches not cleared, no rebuilds; search on our site alone, uncompressed.';
  return `**Protocol.** For each size the corpus is generated once for both sites; then ${runs} cold build${runs > 1 ? 's' : ''} of each
site, ${order === 'ours only' ? 'ours alone (Starlight not run)' : 'alternating (ours, Starlight, ours, Starlight, …)'}, with \`dist/\`, \`.astro/\`, \`node_modules/.astro\`
and \`node_modules/.vite\` deleted in the site's folder before each run (each folder has its own
\`node_modules/\`, linked package by package, so the caches are its own). Build figures are medians of
the ${runs} run${runs > 1 ? 's' : ''} (the runs are listed beside them); peak memory is the median of the runs' peaks of the whole
process tree, sampled from /proc every 100 ms, with the highest in brackets. Ours is timed as the project
builds: the commands of its \`build\` script (\`astro build\`, whose content check runs in worker threads beside it, then Pagefind
and the search-index step), run by \`sh\` as \`npm run build\` runs them but without npm's own process, since
Starlight is timed as \`astro build\` alone (its Pagefind runs inside). Then each site is rebuilt twice without clearing
anything: once with no change, once after one sentence is appended to the same event's body in both.
Search runs on the largest size, both sites served by the same local server, which gzips
\`.js\`, \`.mjs\`, \`.css\`, \`.html\`, \`.json\` and \`.wasm\` as a host would (Pagefind's own files are
compressed already); medians of ${runs} run${runs > 1 ? 's' : ''} per query.`;
}

/** The tables, followed by the hand-written reading in bench/reading.md (kept with the code). */
export function renderBenchmarks(r: Results, reading = ''): string {
  const ours = r.ours
    .map(
      (o) =>
        `| ${o['size']} | ${o['pages']} | ${show(o['seconds'])} | ${each(o, 'seconds')} | ${show(o['checkSeconds'])} / ${show(o['astroSeconds'])} / ${show(o['pagefindSeconds'])} | ${show(o['msPerPage'])} | ${memory(o)} | ${kb(o['htmlCssBytes'])} | ${kb(o['htmlCssGzipBytes'])} | ${show(o['jsBytes'])} | ${kb(o['pagefindIndexBytes'])} |`,
    )
    .join('\n');
  const peer = r.starlight
    .map((s) => {
      const o = sameSize(r.ours, s['size']);
      const oursWeight = Number(o['htmlCssGzipBytes']) + Number(o['jsGzipBytes'] ?? 0);
      const theirWeight = Number(s['htmlCssGzipBytes']) + Number(s['jsGzipBytes'] ?? 0);
      return `| ${s['size']} | ${s['pages']} | ${show(s['seconds'])} | ${each(s, 'seconds')} | ${show(s['msPerPage'])} | ${kb(s['htmlCssGzipBytes'])} | ${kb(s['jsBytes'])} | ${ratio(o['seconds'], s['seconds'])} | ${ratio(o['msPerPage'], s['msPerPage'])} | ${ratio(o['htmlCssGzipBytes'], s['htmlCssGzipBytes'])} | ${ratio(theirWeight, oursWeight)}× |`;
    })
    .join('\n');
  const rebuilds = r.ours
    .map((o) => {
      const s = sameSize(r.starlight, o['size']);
      const [on, oc, sn, sc] = [
        at(o, 'rebuild', 'noChange', 'seconds'),
        at(o, 'rebuild', 'oneChange', 'seconds'),
        at(s, 'rebuild', 'noChange', 'seconds'),
        at(s, 'rebuild', 'oneChange', 'seconds'),
      ];
      return `| ${o['size']} | ${show(o['seconds'])} | ${show(on)} | ${show(oc)} | ${show(s['seconds'])} | ${show(sn)} | ${show(sc)} | ${ratio(on, sn)} | ${ratio(oc, sc)} |`;
    })
    .join('\n');
  const memoryRows = r.ours
    .map((o) => {
      const s = sameSize(r.starlight, o['size']);
      return `| ${o['size']} | ${memory(o)} | ${each(o, 'peakRssMb')} | ${show(at(o, 'rebuild', 'oneChange', 'peakRssMb'))} | ${memory(s)} | ${each(s, 'peakRssMb')} | ${show(at(s, 'rebuild', 'oneChange', 'peakRssMb'))} | ${ratio(o['peakRssMb'], s['peakRssMb'])} |`;
    })
    .join('\n');
  const oursSearch = r.search.ours ?? [];
  const peerSearch = r.search.starlight ?? [];
  const searchRow = (label: string, o: Row, s: Row) =>
    `| ${label} | ${show(o['results'])} | ${show(o['submitToPaintedMs'])} | ${show(o['pagefindAloneMs'])} | ${show(s['submitToPaintedMs'])} | ${ratio(o['submitToPaintedMs'], s['submitToPaintedMs'])} | ${show(o['warmMs'])} | ${show(s['warmMs'])} | ${ratio(o['warmMs'], s['warmMs'])} | ${show(o['deepLinkPaintedMs'])} | ${show(o['deepLinkEncodedPaintedMs'])} | ${kb(o['pagefindBytes'])} | ${kb(s['pagefindBytes'])} | ${ratio(o['pagefindBytes'], s['pagefindBytes'])} | ${show(o['ownScriptMs'])} | ${Number.isFinite(num(o['ownShare'])) ? `${(Number(o['ownShare']) * 100).toFixed(1)} %` : '–'} |`;
  const columns = [
    'submitToPaintedMs',
    'pagefindAloneMs',
    'warmMs',
    'deepLinkPaintedMs',
    'deepLinkEncodedPaintedMs',
    'pagefindBytes',
    'ownScriptMs',
    'ownShare',
  ];
  const search = oursSearch.length
    ? [
        ...oursSearch.map((o) => searchRow(String(o['query']), o, peerSearch.find((s) => s['query'] === o['query']) ?? {})),
        searchRow(
          '**median of the queries**',
          Object.fromEntries(columns.map((c) => [c, overall(oursSearch, c)])),
          Object.fromEntries(columns.map((c) => [c, overall(peerSearch, c)])),
        ),
      ].join('\n')
    : '';
  return `# Benchmarks

Generated by \`npm run bench\` on ${r.date.slice(0, 10)} (${r.machine.cpus} cores, ${r.machine.memoryGb} GB, ${r.machine.cpuModel ?? 'unknown CPU'}).
Versions: Node ${r.versions['node']}, Astro ${r.versions['astro']}, Pagefind ${r.versions['pagefind']}${r.versions['starlight'] ? `, Starlight ${r.versions['starlight']}` : ''}.
The raw figures, every run included, are in [bench/results.json](bench/results.json).

${protocol(r.protocol?.runs, r.protocol?.order)}

## Our build (cold)

Synthetic corpora: the real content plus generated entries (decisions 6 %, documents 14 %, events 40 %,
activities 22 %, bodies 6 %, sources 12 %), each with a body of several hundred words, three headings,
a GFM table, internal links, references and sources, all passing \`npm run check\`.
${translations(r.ours)}
"Time" is the whole build script. The split comes from the build's log: the content check's own
line (it runs in a worker thread while Astro starts, so it is not part of the sum), Pagefind's
"Finished in", and the rest (Astro, the search-index step and the shell's start). Bytes are per
content page: its HTML plus the stylesheet it links (raw and gzip); JS is what a content page loads.

| entries | pages | time (s, median) | runs (s) | check (worker) / astro / pagefind (s) | ms per page | peak RSS (MB) | HTML+CSS (KB) | HTML+CSS gzip (KB) | JS per content page (B) | Pagefind index (KB) |
|---|---|---|---|---|---|---|---|---|---|---|
${ours}

## Side by side with Starlight (cold)

The same corpus built as an Astro Starlight site with its defaults (see \`scripts/bench/starlight.ts\`
for the one change: a sidebar of the eight collections rather than every page on every page).
Ratios are ours ÷ Starlight's, except the last column: how many times heavier Starlight's pages are.

| entries | pages | time (s, median) | runs (s) | ms per page | HTML+CSS gzip (KB) | JS per page (KB) | time ratio | ms/page ratio | HTML+CSS gzip ratio | Starlight page weight ÷ ours |
|---|---|---|---|---|---|---|---|---|---|---|
${peer || '| (not run) | | | | | | | | | | |'}

## Rebuilds

Seconds. "Cold" is the median above; "no change" is the same build run again with its caches and
\`dist/\` kept; "one change" the next build after one sentence was appended to one event. Ratios are
ours ÷ Starlight's.

| entries | ours cold | ours, no change | ours, one change | Starlight cold | Starlight, no change | Starlight, one change | ratio, no change | ratio, one change |
|---|---|---|---|---|---|---|---|---|
${rebuilds}

## Peak memory

MB, of the whole process tree of the build. Median of the cold runs (highest in brackets), each run,
and the rebuild after one change.

| entries | ours | ours, runs | ours, rebuild | Starlight | Starlight, runs | Starlight, rebuild | ratio (median) |
|---|---|---|---|---|---|---|---|
${memoryRows}

## Search on the ${r.search.corpus ?? '–'}-entry sites (Chromium, 127.0.0.1, gzip)

Each query in a fresh browser context (nothing cached). Ours: \`/search/\` is opened, the query typed
into the box and sent with Enter. Starlight: a content page is opened, its search dialog opened with
its button and the query typed; Starlight searches as you type, after a 300 ms pause (Pagefind UI's
\`debounceTimeoutMs\`, its default), and that pause is part of its figure as it is of its readers' wait.
"Typed" is the time from the last keydown (ours: Enter), as the browser stamped the event, to the
first result painted (its link in the DOM, then a requestAnimationFrame and a setTimeout). "Warm" is a second query typed the same
way on the same page. "Deep link" (ours only) is \`/search/?q=…\` from navigation start to the first
result painted; "deep link, encoded" is the same from a server that sends Pagefind's own files
(already gzip) with \`Content-Encoding: gzip\`, so that the browser inflates them rather than
Pagefind's JavaScript (README, "Hosting"). "Fetched" is what the browser received from
\`/pagefind/\` for the cold query, as transferred (compressed). "Our scripts" is the self time of the
site's own scripts (\`/search.js\`, \`/search-facets.js\`) in a Chromium CPU profile (sampled every
100 µs) of the typed query, from just before Enter to the first result painted, in runs of their own;
"share" divides it by that run's time from Enter to the first result (the profile runs a little past
the paint: an upper bound). "Pagefind alone" is the floor under our typed query: the same index,
options and query in a page of the site that runs none of its scripts, searched once, then timed a
second time with every file in memory, from the search call to the data of as many results as our
page drew and the frame after (in runs of their own; the first call in a fresh page is no floor,
since our page's browse on load has already run Pagefind's code).
Medians of the runs; ratios are ours ÷ Starlight's.

| query | results drawn, ours | typed, ours (ms) | Pagefind alone (ms) | typed, Starlight (ms) | ratio | warm, ours (ms) | warm, Starlight (ms) | ratio | deep link, ours (ms) | deep link, encoded (ms) | fetched, ours (KB) | fetched, Starlight (KB) | ratio | our scripts (ms) | share |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${search || '| (not run) | | | | | | | | | | | | | | | |'}
${reading ? `\n${reading.trim()}\n` : ''}`;
}
