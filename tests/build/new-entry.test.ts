/**
 * A maintainer's whole path, in a temporary copy of the project (the real content/ is never
 * touched): `npm run new` writes a decision that fails the check; once filled in, it builds and
 * appears in its index page, the matrix, search (in a browser) and the data exports.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { copyProject } from '../../scripts/lib/project.ts';

const run = promisify(execFile);
const dir = copyProject(mkdtempSync(join(tmpdir(), 'cybercbm-new-')));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const node = (args: string[]) => run(process.execPath, args, { cwd: dir, env, maxBuffer: 32 * 1024 * 1024 });
const file = join(dir, 'content/decisions/pc-9001.mdx');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('adding a decision with npm run new', () => {
  it('scaffolds a file that fails the check until it is filled in, and refuses an existing id', async () => {
    const { stdout } = await node([
      'scripts/new.ts',
      'decisions',
      '--symbol',
      'PC.DEC/9001',
      '--title',
      'Fixture Decision on Testing the Pipeline',
    ]);
    expect(stdout).toContain('content/decisions/pc-9001.mdx');
    await expect(node(['scripts/check.ts'])).rejects.toMatchObject({
      stdout: '',
      stderr: expect.stringContaining('content/decisions/pc-9001.mdx:'),
    });
    await expect(node(['scripts/new.ts', 'decisions', '--symbol', 'PC.DEC/9001'])).rejects.toMatchObject({
      stderr: expect.stringContaining('exists already'),
    });
  });

  it('builds once filled in, and the decision is in its index, the matrix, search and the exports', async () => {
    const text = readFileSync(file, 'utf8')
      .replace(/body: .*$/m, 'body: permanent-council')
      .replace(/adopted: .*$/m, 'adopted: 2020-01-16')
      .replace(/venue: .*$/m, 'venue: Vienna')
      .replace(
        /summary: .*$/m,
        'summary: "A fixture decision that reaffirms measure 15, used only to test the pipeline."',
      )
      .replace(/ {2}- source: .*$/m, '  - source: pc-dec-1202')
      .replace(/ {4}locator: .*$/m, '    locator: "fixture"')
      .replace(/ {4}grade: .*$/m, '    grade: inferred')
      .replace(/^# .*\n/gm, '')
      .replace(
        /TODO\(cybercbm\): in your own words, with a source for every fact/g,
        'Zyxwvutsrq is the fixture word that only this decision contains.',
      )
      .replace('---\n\n## What', 'cbms:\n  - cbm: 15\n    role: reaffirms\n---\n\n## What');
    writeFileSync(file, text);
    const check = await node(['scripts/check.ts']);
    expect(check.stdout).toContain('✓');
    // The three steps of `npm run build`.
    await node(['node_modules/astro/bin/astro.mjs', 'build']);
    await node(['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist']);
    await node(['scripts/search-index.ts']);
    const dist = join(dir, 'dist');
    expect(existsSync(join(dist, 'decisions/pc-9001/index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'decisions/index.html'), 'utf8')).toContain('/decisions/pc-9001/');
    const matrix = readFileSync(join(dist, 'matrix/index.html'), 'utf8');
    expect(matrix).toContain('PC 9001');
    const matrixJson = JSON.parse(readFileSync(join(dist, 'data/matrix.json'), 'utf8'));
    expect(matrixJson.rows[14].cells['PC.DEC/9001']).toBe('reaffirmed');
    expect(
      JSON.parse(readFileSync(join(dist, 'data/decisions.json'), 'utf8')).map((d: { id: string }) => d.id),
    ).toContain('pc-9001');
    expect(readFileSync(join(dist, 'data/citations.bib'), 'utf8')).toContain('PC.DEC/9001');
    // Search: the search page, in Chromium, finds the new decision by its own word and its symbol.
    const server = await serveDist(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const q of ['Zyxwvutsrq', 'PC.DEC/9001']) {
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
        await page.waitForSelector('.result-link');
        const first = await page.$eval('.result-link', (a) => new URL((a as HTMLAnchorElement).href).pathname);
        expect(first, q).toBe('/decisions/pc-9001/');
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
