import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GRACE_MS,
  buildFingerprint,
  cacheFolder,
  forgetFingerprints,
  privateCache,
} from '../../../src/build/fingerprint.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cybercbm-fp-'));
  forgetFingerprints();
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  forgetFingerprints();
});

function write(relative: string, text: string) {
  mkdirSync(join(root, relative, '..'), { recursive: true });
  writeFileSync(join(root, relative), text);
}

describe('buildFingerprint', () => {
  beforeEach(() => {
    write('src/lib/urls.ts', "export const glossary = '/glossary/';");
    write('astro.config.mjs', 'export default {};');
    write('package-lock.json', '{}');
    write('node_modules/.package-lock.json', '{}');
    write('content/cbms/8.mdx', '---\nnumber: 8\n---');
  });

  const after = (change: () => void) => {
    const before = buildFingerprint(root);
    change();
    forgetFingerprints();
    return [before, buildFingerprint(root)];
  };

  it.each([
    ['a file under src/', () => write('src/lib/urls.ts', "export const glossary = '/terms/';")],
    ['a new file under src/', () => write('src/lib/new.ts', '')],
    ['astro.config.mjs', () => write('astro.config.mjs', 'export default { site: "x" };')],
    ['the lockfile', () => write('package-lock.json', '{"v":2}')],
    ["npm's record of the installed tree", () => write('node_modules/.package-lock.json', '{"v":2}')],
  ])('changes when %s changes', (_, change) => {
    const [before, now] = after(change);
    expect(now).not.toBe(before);
    expect(now).toMatch(/^[\w-]{16}$/);
  });

  it('does not change with the content (its caches key entries by file digest)', () => {
    const [before, now] = after(() => write('content/cbms/8.mdx', '---\nnumber: 8\ntitle: x\n---'));
    expect(now).toBe(before);
  });

  it('is computed once per process until forgotten', () => {
    const before = buildFingerprint(root);
    write('src/lib/urls.ts', 'changed');
    expect(buildFingerprint(root)).toBe(before);
    forgetFingerprints();
    expect(buildFingerprint(root)).not.toBe(before);
  });
});

describe('cacheFolder', () => {
  const parent = () => join(root, 'caches');
  const old = Date.now() - 2 * GRACE_MS;

  function folderOf(name: string, owner?: number, mtime = old) {
    const folder = join(parent(), name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'facts.bin'), 'x');
    if (owner !== undefined) writeFileSync(join(folder, `.owner-${owner}`), '');
    utimesSync(folder, mtime / 1000, mtime / 1000);
    return folder;
  }

  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    return Number(child.stdout.toString());
  }

  it('claims its own folder for this process and removes unclaimed folders of other code', () => {
    const stale = folderOf('old-code-fp-0001');
    const abandoned = folderOf('old-code-fp-0002', deadPid());
    const mine = cacheFolder(parent(), 'this-code-fp-001');
    expect(mine).toBe(join(parent(), 'this-code-fp-001'));
    expect(readdirSync(mine)).toContain(`.owner-${process.pid}`);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(abandoned)).toBe(false);
  });

  it('keeps the folder of a running process (an astro dev of older code, a parallel build)', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const serving = folderOf('older-code-fp-01', child.pid);
      cacheFolder(parent(), 'this-code-fp-001');
      expect(existsSync(join(serving, 'facts.bin'))).toBe(true);
    } finally {
      child.kill();
    }
  });

  it('keeps a folder changed within the grace period, though no process it can see claims it', () => {
    const recent = folderOf('other-machine-fp', undefined, Date.now() - GRACE_MS / 2);
    cacheFolder(parent(), 'this-code-fp-001');
    expect(existsSync(recent)).toBe(true);
    forgetFingerprints();
    cacheFolder(parent(), 'this-code-fp-001', Date.now() + GRACE_MS);
    expect(existsSync(recent)).toBe(false);
  });

  it('sweeps a parent once per process, and again after forgetFingerprints', () => {
    cacheFolder(parent(), 'this-code-fp-001');
    const later = folderOf('old-code-fp-0003');
    cacheFolder(parent(), 'this-code-fp-001');
    expect(existsSync(later)).toBe(true);
    forgetFingerprints();
    cacheFolder(parent(), 'this-code-fp-001');
    expect(existsSync(later)).toBe(false);
  });
});

describe('privateCache', () => {
  it("removes what the caches' layout before the fingerprint left in .astro/, and nothing of Astro's", () => {
    write('.astro/cybercbm-citation-cache.json', '{}');
    write('.astro/cybercbm-file-facts-abc.bin', 'x');
    write('.astro/cybercbm-downloads-123/apa.txt', 'x');
    write('.astro/collections/events.schema.json', '{}');
    write('.astro/content.d.ts', '');
    const folder = privateCache(root);
    expect(folder).toBe(join(root, '.astro', 'cybercbm', buildFingerprint(root)));
    expect(readdirSync(join(root, '.astro')).sort()).toEqual(['collections', 'content.d.ts', 'cybercbm']);
  });
});
