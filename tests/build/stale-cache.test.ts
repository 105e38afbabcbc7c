/**
 * The build's private caches are named by the fingerprint of the code (src/build/fingerprint.ts),
 * so a change of code that shapes cached HTML is never served from an old cache. The case that was
 * once wrong: build, change the glossary's URL segment in src/lib/urls.ts (and the one content link
 * that names it), build again without clearing any cache; every body must link the new addresses.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project.ts';

const run = promisify(execFile);
const dir = copyProject(mkdtempSync(join(tmpdir(), 'cybercbm-stale-')));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const build = () =>
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env, maxBuffer: 64 << 20 });
const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
/** The glossary links in the body of a page (the body's own HTML, which the loader caches). */
const bodyLinks = (html: string) => [...html.matchAll(/<a href="(\/[a-z-]+\/)[^"]*" class="term"/g)].map((m) => m[1]);
const edit = (path: string, from: string, to: string) => {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.split(from).join(to));
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a change of code after a build', () => {
  it('is in every cached body of the next build, with no cache cleared', async () => {
    await build();
    const before = bodyLinks(page('cbms/8'));
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before)).toEqual(new Set(['/glossary/']));
    const caches = readdirSync(join(dir, '.astro/cybercbm'));
    expect(caches).toHaveLength(1);

    edit('src/lib/urls.ts', "{ terms: 'glossary' }", "{ terms: 'terms-of-the-record' }");
    edit('content/cbms/09.mdx', '(/glossary/)', '(/terms-of-the-record/)');
    await build();
    const after = bodyLinks(page('cbms/8'));
    expect(after).toHaveLength(before.length);
    expect(new Set(after)).toEqual(new Set(['/terms-of-the-record/']));
    // Every body of the site, not only CBM 8's: no page links the old segment any more.
    for (const collection of ['cbms', 'decisions', 'events', 'documents', 'activities']) {
      for (const id of readdirSync(join(dir, 'dist', collection), { withFileTypes: true }))
        if (id.isDirectory()) expect(page(`${collection}/${id.name}`)).not.toContain('href="/glossary/');
    }
    // One folder of private caches: the old code's went.
    const now = readdirSync(join(dir, '.astro/cybercbm'));
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(caches);
  });
});
