// First step of `npm test`: makes sure what the tests need is on the machine, so that the README's
// second command works as written on a fresh Debian machine.
// Plain JavaScript, not TypeScript like the other scripts: it may run on the distribution's old
// Node (18 or 20), which cannot run .ts files, when node_modules (and the Node 24 it brings as the
// `node` dev dependency) is not installed yet.
//  - node_modules missing: runs `npm install`.
//  - Chromium missing (CHROMIUM_PATH, else /usr/bin/chromium): as root, installs Debian's `chromium`
//    with apt-get; otherwise stops with one line saying what to run. No browser is ever downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('../', import.meta.url);

function run(command, args, env = process.env) {
  console.log(`prepare-tests: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(
      `prepare-tests: \`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
    process.exit(1);
  }
}

if (!existsSync(new URL('node_modules/.bin/astro', root))) {
  run('npm', ['install', '--no-audit', '--no-fund']);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.env.CHROMIUM_PATH) {
    console.error(
      `prepare-tests: CHROMIUM_PATH is ${chromium}, which does not exist: point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium.`,
    );
    process.exit(1);
  }
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.error(
      "prepare-tests: the browser tests need Debian's Chromium: run `sudo apt-get update && sudo apt-get install -y chromium`, then `npm test` again.",
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], env);
}
console.log(`prepare-tests: node ${process.version}, chromium at ${chromium}`);
