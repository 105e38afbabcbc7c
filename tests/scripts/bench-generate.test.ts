/**
 * The benchmark's synthetic corpus must be valid content: a corpus that fails the check would make
 * `npm run bench` measure a failed build. Generated in a temporary folder and checked in memory.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, pseudoRussian } from '../../scripts/bench/generate.ts';
import { writeStarlightSite } from '../../scripts/bench/starlight.ts';
import { ROOT } from '../../scripts/lib/project.ts';
import { formatProblems } from '../../src/lib/check/index.ts';
import { checkProject } from '../../src/adapter/content-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'cybercbm-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark corpus', () => {
  it('fills the real content up to the size asked for, and passes the content check', () => {
    const real = checkProject(ROOT).files;
    const corpus = generateCorpus(ROOT, dir, real + 150);
    // A tenth of the generated entries is translated into Russian, and none of the real translations is kept.
    expect(corpus).toMatchObject({ entries: real + 150, generated: 150, translated: 15 });
    const result = checkProject(dir);
    expect(formatProblems(result.problems)).toBe('');
    expect(result.files).toBe(real + 150);
    expect(result.translations).toBe(15);
    expect(result.stale).toEqual([]);
    expect(readdirSync(join(dir, 'content/translations'))).toEqual(['ru']);
  });

  it('gives Starlight the same translations as its ru locale', () => {
    const site = join(dir, 'starlight');
    const russian = join(dir, 'content/translations/ru');
    const translated = readdirSync(russian, { recursive: true })
      .filter((f) => String(f).endsWith('.mdx'))
      .map(String);
    const pages = writeStarlightSite(join(dir, 'content'), site);
    expect(pages).toBe(checkProject(dir).files + translated.length);
    expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain("ru: { label: 'Русский', lang: 'ru' }");
    for (const file of translated) {
      const page = join(site, 'src/content/docs/ru', file.replace(/\.mdx$/, '.md'));
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, 'utf8')).toMatch(/^---\ntitle: "[^"]*[а-я]/);
    }
  });

  it('writes its Russian stand-in word for word, keeping figures and link targets', () => {
    expect(pseudoRussian('Workshop on risk 12. See [CBM 8](/cbms/8/) and [pc 1106](/decisions/pc-1106/).')).toBe(
      'Семинар о риск 12. См. [МД 8](/cbms/8/) и [ПС 1106](/decisions/pc-1106/).',
    );
  });
});
