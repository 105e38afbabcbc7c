/**
 * The build's private caches are named by the fingerprint of the code (src/build/fingerprint.ts),
 * so a change of code that shapes cached HTML is never served from an old cache. The case that was
 * once wrong: build, change the glossary's URL segment in src/lib/urls.ts (and the content links
 * that name it), build again without clearing any cache; every body must link the new addresses.
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
    // The build's process has ended: its claim on the folder went with it.
    expect(readdirSync(join(dir, '.astro/cybercbm', caches[0]!)).filter((f) => f.startsWith('.owner-'))).toEqual([]);

    edit('src/lib/urls.ts', "{ terms: 'glossary' }", "{ terms: 'terms-of-the-record' }");
    // …and the content links that name it, wherever they are.
    for (const file of readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.mdx'),
    )) {
      const text = readFileSync(join(dir, 'content', file), 'utf8');
      if (text.includes('](/glossary/'))
        writeFileSync(join(dir, 'content', file), text.split('](/glossary/').join('](/terms-of-the-record/'));
    }
    await build();
    const after = bodyLinks(page('cbms/8'));
    expect(after).toHaveLength(before.length);
    expect(new Set(after)).toEqual(new Set(['/terms-of-the-record/']));
    // Every page of the site, not only CBM 8's: none links the old segment any more.
    const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(500);
    for (const file of pages)
      expect(readFileSync(join(dir, 'dist', file), 'utf8'), file).not.toContain('href="/glossary/');
    // The new code's caches are in new folders, for the check's facts and for the bodies alike; the
    // old code's stay for ten minutes after their last change (src/build/fingerprint.ts), then go.
    const now = readdirSync(join(dir, '.astro/cybercbm'));
    expect(now).toHaveLength(2);
    expect(now).toContain(caches[0]);
    const fresh = now.find((name) => name !== caches[0])!;
    expect(readdirSync(join(dir, '.astro/cybercbm', fresh))).toContain('facts.bin');
    const bodies = join(dir, 'node_modules/.astro/cybercbm-bodies');
    const [project] = readdirSync(bodies);
    expect(readdirSync(join(bodies, project!)).sort()).toEqual([...now].sort());
    const packs = readdirSync(join(bodies, project!, fresh), { recursive: true, encoding: 'utf8' });
    expect(packs.some((f) => f.startsWith(join('build', 'cbms')) && f.endsWith('.html'))).toBe(true);
    // Two whole builds of the real site.
  }, 400_000);
});
