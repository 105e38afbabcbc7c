/**
 * Bad content must stop the build with a message naming the file and the field. Each fixture
 * under tests/fixtures/<case>/ overlays a few files onto a *copy* of the real content (the real
 * content/ is never touched) and says in expected.json what the message must contain. Each case
 * runs through both `npm run check`'s script and a real `astro build`.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures');
const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'expected.json')));
const made: string[] = [];

interface Expected {
  file: string;
  field: string;
  message: string;
  line?: number;
  expected?: string;
}

/** A throwaway copy of the project with the fixture's files laid over its content. */
function projectWith(fixture: string): string {
  const dir = copyProject(mkdtempSync(join(tmpdir(), `cybercbm-${fixture}-`)));
  made.push(dir);
  cpSync(join(fixtures, fixture, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

async function fails(cwd: string, args: string[]): Promise<string> {
  try {
    await run(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    expect(e.code, 'exit code').not.toBe(0);
    return `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
  }
  throw new Error(`${args.join(' ')} succeeded in ${cwd}, but the fixture should have failed it`);
}

/** The problem line for the expected file and field: `file:line  field  message`. */
function expectProblem(output: string, expected: Expected) {
  const lines = output.split('\n').filter((l) => l.startsWith(`${expected.file}:`) && l.includes(`  ${expected.field}  `));
  expect(lines, `no problem line for ${expected.file} ${expected.field} in:\n${output}`).not.toHaveLength(0);
  const line = lines.find((l) => l.includes(expected.message));
  expect(line, `no line with "${expected.message}" in:\n${lines.join('\n')}`).toBeDefined();
  if (expected.expected !== undefined) expect(line).toContain(`(expected ${expected.expected})`);
  if (expected.line !== undefined) expect(line).toMatch(new RegExp(`^${expected.file.replace(/[.]/g, '\\.')}:${expected.line}  `));
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe.each(cases)('bad content: %s', (fixture) => {
  const expected = JSON.parse(readFileSync(join(fixtures, fixture, 'expected.json'), 'utf8')) as Expected;
  const dir = projectWith(fixture);

  it('fails `npm run check` naming the file, line and field', async () => {
    expectProblem(await fails(dir, ['scripts/check.ts']), expected);
  });

  it('fails a real `astro build` with the same message', async () => {
    const output = await fails(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
    expect(output).toContain('The content check failed; the site was not built.');
    expectProblem(output, expected);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
  });
});
