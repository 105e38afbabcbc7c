/**
 * `npm run audit`: Lighthouse as an outside judge of the built site. Serves dist/ on 127.0.0.1,
 * runs Lighthouse (mobile, its default) in Debian's Chromium over six pages, writes every score to
 * test-results/lighthouse.json, prints a table, and exits non-zero when accessibility, best
 * practices or SEO is below 100 on any page (performance is reported, not asserted: it depends on
 * the machine). Needs dist/ (`npm run build`) and Chromium (CHROME_PATH, else CHROMIUM_PATH, else
 * /usr/bin/chromium); never downloads a browser.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, serveDist } from './lib/server.ts';

const PAGES = ['/', '/cbms/15/', '/decisions/pc-1202/', '/matrix/', '/timeline/', '/search/?q=incident', '/ru/cbms/8/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const ASSERTED = new Set(['accessibility', 'best-practices', 'seo']);
const OUT = 'test-results/lighthouse.json';
const chromePath = process.env['CHROME_PATH'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

if (!existsSync(`${DIST}index.html`)) {
  console.error('audit: dist/ is not built: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(chromePath)) {
  console.error(
    `audit: no Chromium at ${chromePath}: run \`apt-get update && apt-get install -y chromium\` (or set CHROME_PATH).`,
  );
  process.exit(1);
}

const server = await serveDist();
// chrome-launcher adds its own quiet flags (no background networking, component updates or sync).
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
type Row = { page: string; scores: Record<string, number | null>; failing: string[] };
const rows: Row[] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(server.url + page, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
    );
    // The audits that cost points in an asserted category, named so that a failure says what to fix.
    const failing = CATEGORIES.filter((c) => ASSERTED.has(c)).flatMap((c) =>
      lhr.categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map(
        (ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]!.title})`,
      ),
    );
    rows.push({ page, scores, failing });
  }
} finally {
  chrome.kill();
  await server.close();
}

mkdirSync('test-results', { recursive: true });
writeFileSync(
  OUT,
  JSON.stringify(
    {
      lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
      chromium: chromePath,
      formFactor: 'mobile',
      pages: rows,
    },
    null,
    2,
  ) + '\n',
);

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('page', 22)}${CATEGORIES.map((c) => pad(c, 16)).join('')}`);
for (const { page, scores } of rows)
  console.log(`${pad(page, 22)}${CATEGORIES.map((c) => pad(String(scores[c] ?? '–'), 16)).join('')}`);
const failures = rows.flatMap((r) => r.failing.map((f) => `${r.page}  ${f}`));
const below = rows.filter((r) => [...ASSERTED].some((c) => r.scores[c] !== 100));
console.log(`\nScores written to ${OUT}.`);
if (below.length > 0) {
  console.error(
    `audit: below 100 in accessibility, best practices or SEO:\n${failures.map((f) => `  ${f}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('audit: 100 for accessibility, best practices and SEO on every page.');
