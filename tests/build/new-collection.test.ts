/**
 * Per-collection behaviour is written so that the compiler checks it is complete: a collection
 * added to COLLECTIONS without its cases fails the type check in every view that has not decided
 * what to do with it (before, four of them fell through to a silent default). Run in a copy of the
 * project with TypeScript 7, as `npm run typecheck` does.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, copyProject } from '../../scripts/lib/project.ts';

const run = promisify(execFile);
const dir = copyProject(mkdtempSync(join(tmpdir(), 'cybercbm-collection-')), { content: false });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Astro's generated types, as `astro sync` wrote them for the real project.
mkdirSync(join(dir, '.astro'), { recursive: true });
for (const name of ['types.d.ts', 'content.d.ts'])
  if (existsSync(join(ROOT, '.astro', name))) cpSync(join(ROOT, '.astro', name), join(dir, '.astro', name));

/** The type check of the copy: its errors, or undefined when it passes. */
const typeCheck = () =>
  run(process.execPath, ['node_modules/typescript-native/bin/tsc', '--noEmit'], { cwd: dir, maxBuffer: 16 << 20 }).then(
    () => undefined,
    (error: { stdout: string }) => error.stdout,
  );

describe('a collection added to COLLECTIONS and handled nowhere', () => {
  it('control: the unchanged copy passes the type check', async () => {
    expect(await typeCheck()).toBeUndefined();
  });

  it('fails the type check in each view with a per-collection table or switch', async () => {
    const file = join(dir, 'src/schemas/collections.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace("  'norms',\n] as const;", "  'norms',\n  'statements',\n] as const;"),
    );
    const failure = await typeCheck();
    expect(failure, 'the type check passed with an unhandled collection').toBeDefined();
    const files = new Set([...failure!.matchAll(/^(src\/[^(]+)\(\d+,\d+\): error/gm)].map((m) => m[1]));
    for (const view of [
      'src/lib/views/metadata.ts',
      'src/lib/search-meta.ts',
      'src/lib/views/collection-index.ts',
      'src/lib/corpus/naming.ts',
      'src/schemas/capabilities.ts',
      'src/lib/collection-info.ts',
      'src/lib/check/corpus-rules.ts',
      'src/lib/authoring/scaffold.ts',
      'src/lib/views/jsonld.ts',
      'src/lib/citations/items.ts',
    ])
      expect(files, view).toContain(view);
  });
});
