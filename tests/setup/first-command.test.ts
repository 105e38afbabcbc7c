/**
 * The README's first command, `npm install && npm start`, as a newcomer runs it: on a fresh clone,
 * in a clean environment whose `node` is the system's (Debian's Node 20 on the project's machines,
 * which Astro 7 refuses), until the served home page answers. It works because the `node` dev
 * dependency puts Node 24 first on the PATH of every npm script.
 *
 * The clone is of the committed tree (HEAD), not of uncommitted changes. The README's second
 * command (`npm test`) is not run here: it runs this test.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/project.ts';

/** The distribution's Node, as a newcomer's shell finds it (SYSTEM_NODE_DIR overrides). */
const SYSTEM_BIN = process.env['SYSTEM_NODE_DIR'] ?? '/usr/bin';
const LIMIT_MS = 8 * 60_000;

let dir: string | undefined;
let child: ChildProcess | undefined;

/** Ends the whole process group (npm, astro preview) that the command started. */
async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  try {
    process.kill(-proc.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-proc.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

afterAll(async () => {
  if (child) await stop(child);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const atLeast22_12 = (version: string) => {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
};

describe('the Node that npm scripts run on', () => {
  it('is the node dev dependency (22.12 or newer) for Vitest and for every `node` the scripts start', () => {
    expect(atLeast22_12(process.version), process.version).toBe(true);
    // `npm test` puts node_modules/.bin first on PATH: the `node` found there is what astro, tsc,
    // pagefind and `node scripts/x.ts` (all `#!/usr/bin/env node`) run on.
    const onPath = execFileSync('node', ['-p', 'process.version'], { encoding: 'utf8' }).trim();
    expect(atLeast22_12(onPath), onPath).toBe(true);
  });
});

describe("the README's first command on a fresh clone", () => {
  it(
    'installs, builds and serves the site with the system Node first on PATH',
    { timeout: LIMIT_MS + 30_000 },
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'cybercbm-clone-'));
      const clone = join(dir, 'cybercbm');
      execFileSync('git', ['clone', '--quiet', ROOT, clone]);
      // CI's layout: the steering repository's shared/ folder beside the clone.
      const shared = join(ROOT, '..', 'shared');
      if (existsSync(shared)) symlinkSync(shared, join(dir, 'shared'), 'dir');

      // A login shell's environment, not npm's: no node_modules/.bin, no npm_* variables.
      const env: Record<string, string> = {
        PATH: `${SYSTEM_BIN}:/usr/local/bin:/usr/bin:/bin`,
        HOME: process.env['HOME'] ?? dir,
        LANG: process.env['LANG'] ?? 'C.UTF-8',
        ASTRO_TELEMETRY_DISABLED: '1',
        PORT: String(await freePort()),
      };
      const systemNode = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim();
      console.log(`first command: system node ${systemNode}, serving on port ${env['PORT']}`);

      let output = '';
      child = spawn('sh', ['-c', 'npm install && npm start'], {
        cwd: clone,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d) => {
        output += d;
      });
      child.stderr!.on('data', (d) => {
        output += d;
      });

      const deadline = Date.now() + LIMIT_MS;
      let body = '';
      let status = 0;
      while (Date.now() < deadline && child.exitCode === null) {
        try {
          const response = await fetch(`http://127.0.0.1:${env['PORT']}/`);
          status = response.status;
          body = await response.text();
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
      await stop(child);
      expect(status, `no answer from the served site; the command printed:\n${output.slice(-3000)}`).toBe(200);
      expect(body).toContain('<title>CyberCBM: the OSCE cyber/ICT-security knowledge base</title>');
    },
  );
});
