/**
 * The `cybercbm()` integration under each Astro command, with a fake content worker: the table
 * of src/build/index.ts row by row (which virtual module waits for what, and what it exports),
 * the build's gate at `astro:build:start`, and the downloads moved at `astro:build:done`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import cybercbm from '../../../src/build/index.ts';
import type { CheckOutcome, CitationResult, ContentJob, ContentWork } from '../../../src/build/content-worker.ts';

const root = mkdtempSync(join(tmpdir(), 'cybercbm-integration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Command = 'dev' | 'build' | 'sync' | 'preview';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((yes) => (resolve = yes));
  return { promise, resolve };
}

const TEXTS: CitationResult = {
  texts: [['decisions/pc-1202', { apa: 'APA text', harvard1: 'Harvard text' }]],
  downloads: [['/cite/decisions/pc-1202.bib', '@misc{pc-1202}']],
};

/** Sets the integration up under `command` with a worker whose results the test settles. */
function setUp(command: Command) {
  const check = deferred<CheckOutcome>();
  const citations = deferred<CitationResult>();
  const staged = deferred<number>();
  const jobs: ContentJob[] = [];
  const integration = cybercbm({
    contentWork: (job) => {
      jobs.push(job);
      return { check: check.promise, citations: citations.promise, staged: staged.promise } satisfies ContentWork;
    },
  });
  const plugins: Plugin[] = [];
  const logged: string[] = [];
  const logger = {
    info: (m: string) => logged.push(m),
    error: (m: string) => logged.push(`error: ${m}`),
    warn: (m: string) => logged.push(`warn: ${m}`),
  };
  const hooks = integration.hooks as Required<AstroIntegration['hooks']>;
  void hooks['astro:config:setup']({
    config: { root: pathToFileURL(`${root}/`), site: 'https://example.org/' },
    command,
    logger,
    updateConfig: (update: { vite: { plugins: Plugin[] } }) => plugins.push(...update.vite.plugins),
  } as never);
  return { hooks, plugins, check, citations, staged, jobs, logged, logger };
}

/** The module's code, or 'pending' when it is still waiting after the event loop has turned. */
async function load(plugin: Plugin, id: string): Promise<string> {
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const loadHook = plugin.load as (id: string) => Promise<string> | string | undefined;
  const resolved = resolveId(id);
  if (!resolved) return 'not provided';
  const code = Promise.resolve(loadHook(resolved)!);
  const pending = new Promise<string>((yes) => setTimeout(() => yes('pending'), 20));
  return Promise.race([code, pending]);
}

const PASSED: CheckOutcome = { problems: [], files: 3, ms: 1 };
const FAILED: CheckOutcome = {
  problems: [{ file: 'content/events/x.mdx', line: 2, field: 'start', message: 'Expected a date' }] as never,
  files: 3,
  ms: 1,
};

describe('cybercbm() under each command (the table in src/build/index.ts)', () => {
  it('sets nothing up for `astro preview`', () => {
    const { plugins, jobs } = setUp('preview');
    expect(plugins).toEqual([]);
    expect(jobs).toEqual([]);
  });

  it('`astro dev`: the check modules load at once; the citations wait for the worker and are inlined', async () => {
    const { plugins, citations, check } = setUp('dev');
    const [plugin] = plugins;
    expect(await load(plugin!, 'virtual:cybercbm/content-check')).toBe('export const syncFailure = null ?? undefined;');
    expect(await load(plugin!, 'virtual:cybercbm/content-verdict')).toBe('export const failure = null ?? undefined;');
    expect(await load(plugin!, 'virtual:cybercbm/citations')).toBe('pending');
    citations.resolve(TEXTS);
    check.resolve(PASSED);
    expect(await load(plugin!, 'virtual:cybercbm/citations')).toContain('APA text');
  });

  it('`astro build`: the verdict waits for the check; the citations read the file writeBundle writes', async () => {
    const { plugins, check, citations, jobs } = setUp('build');
    const [plugin] = plugins;
    expect(await load(plugin!, 'virtual:cybercbm/content-check')).toBe('export const syncFailure = null ?? undefined;');
    expect(await load(plugin!, 'virtual:cybercbm/content-verdict')).toBe('pending');
    const code = await load(plugin!, 'virtual:cybercbm/citations');
    expect(code).toContain('readFileSync');
    const file = join(jobs[0]!.cache, 'citations.json');
    expect(code).toContain(JSON.stringify(file));
    citations.resolve(TEXTS);
    await (plugin!.writeBundle as () => Promise<void>)();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(TEXTS.texts);
    check.resolve(FAILED);
    expect(await load(plugin!, 'virtual:cybercbm/content-verdict')).toContain('content/events/x.mdx');
  });

  it('`astro sync`: the check module waits for the check and hands its report; no citations', async () => {
    const { plugins, check } = setUp('sync');
    const [plugin] = plugins;
    expect(await load(plugin!, 'virtual:cybercbm/content-check')).toBe('pending');
    expect(await load(plugin!, 'virtual:cybercbm/citations')).toBe('not provided');
    check.resolve(FAILED);
    const code = await load(plugin!, 'virtual:cybercbm/content-check');
    expect(code).toMatch(/^export const syncFailure = ".*The content check failed.*content\/events\/x\.mdx/s);
  });

  it('a build stops at astro:build:start on a failed check, and goes on past a passed one', async () => {
    const failing = setUp('build');
    failing.check.resolve(FAILED);
    await expect(failing.hooks['astro:build:start']({} as never)).rejects.toThrow(/content\/events\/x\.mdx/);
    const passing = setUp('build');
    passing.check.resolve(PASSED);
    await expect(passing.hooks['astro:build:start']({} as never)).resolves.toBeUndefined();
    expect(passing.logged.some((m) => m.startsWith('3 content files pass'))).toBe(true);
  });

  it('moves the staged downloads into the site at astro:build:done and compiles the client assets', async () => {
    const { hooks, staged, jobs, logger } = setUp('build');
    const site = join(root, 'dist');
    mkdirSync(site, { recursive: true });
    const staging = jobs[0]!.staging!;
    mkdirSync(join(staging, 'cite/decisions'), { recursive: true });
    writeFileSync(join(staging, 'cite/decisions/pc-1202.bib'), '@misc{pc-1202}');
    writeFileSync(join(site, 'site.css'), '/* the site */\na {\n  color: red;\n}\n');
    writeFileSync(join(site, 'print.css'), '/* on paper */\na {\n  color: black;\n}\n');
    staged.resolve(1);
    await hooks['astro:build:done']({ dir: pathToFileURL(`${site}/`), logger } as never);
    expect(readFileSync(join(site, 'cite/decisions/pc-1202.bib'), 'utf8')).toBe('@misc{pc-1202}');
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(join(site, 'site.css'), 'utf8')).toBe('a{color:red}\n');
    expect(readFileSync(join(site, 'print.css'), 'utf8')).toBe('a{color:#000}\n');
    // The scripts, compiled from src/client/: search.js still loads /search-facets.js at run time.
    const search = readFileSync(join(site, 'search.js'), 'utf8');
    expect(search).toMatch(/from"\/search-facets\.js"/);
    expect(search).not.toContain('function filterAndCount');
    expect(readFileSync(join(site, 'search-facets.js'), 'utf8')).toMatch(/export\{[^}]*\w+ as filterAndCount\b/);
    expect(readFileSync(join(site, 'site.js'), 'utf8')).not.toMatch(/\bexport\b/);
  });
});
