/**
 * Bad content must stop the build. Every fixture under tests/fixtures/ is checked in-process
 * (tests/unit/check/index.test.ts); here one of them, an impossible date that Astro's own YAML
 * reader would silently roll over into a real one, goes through `npm run check` and a real
 * `astro build` in a copy of the project (the real content/ is never touched).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, copyProject } from '../../scripts/lib/project.ts';

const run = promisify(execFile);
const fixture = 'impossible-date';
const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', fixture, 'expected.json'), 'utf8')) as {
  file: string;
  line: number;
  field: string;
  message: string;
};
const dir = copyProject(mkdtempSync(join(tmpdir(), `cybercbm-${fixture}-`)));
cpSync(join(ROOT, 'tests/fixtures', fixture, 'content'), join(dir, 'content'), { recursive: true });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fails(args: string[]): Promise<string> {
  try {
    await run(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    expect(e.code, 'exit code').not.toBe(0);
    return `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
  }
  throw new Error(`${args.join(' ')} succeeded, but the fixture ${fixture} should have failed it`);
}

/** The problem line `file:line  field  message …` is in the output. */
function expectProblem(output: string) {
  const line = output.split('\n').find((l) => l.startsWith(`${expected.file}:${expected.line}  ${expected.field}  `));
  expect(line, output).toBeDefined();
  expect(line).toContain(expected.message);
}

describe(`bad content stops the build: ${fixture}`, () => {
  it('fails `npm run check` naming the file, line and field', async () => {
    expectProblem(await fails(['scripts/check.ts']));
  });

  it('fails a real `astro build` with the same message, and writes no page', async () => {
    const output = await fails(['node_modules/astro/bin/astro.mjs', 'build']);
    expect(output).toContain('The content check failed; the site was not built.');
    expectProblem(output);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
  });
});
