/**
 * The benchmark's peer: the same synthetic corpus as an Astro Starlight site, in a temporary folder
 * outside the project. Starlight runs with its defaults (its own search with Pagefind, its
 * styles and scripts) except one: the sidebar lists the collections instead of every page,
 * because the default sidebar would put all 10,000 links on each of the 10,000 pages. Every
 * collection of the corpus is written (the reference ones too: terms, norms, frameworks), so that
 * both sites hold and index the same entries. The corpus's Russian translations become Starlight's
 * `ru` locale (English stays at the root): Starlight's own i18n, which also renders a Russian
 * fallback copy, in English under its notice, of every page that has no translation.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';

/** The collections of a corpus: its content/ folders, the record's first. */
function collections(contentDir: string): string[] {
  const record = ['decisions', 'cbms', 'documents', 'events', 'activities', 'bodies', 'states', 'sources'];
  const folders = readdirSync(contentDir).filter((name) => name !== 'translations' && statSync(join(contentDir, name)).isDirectory());
  return [...record.filter((c) => folders.includes(c)), ...folders.filter((c) => !record.includes(c)).sort()];
}

/** A Starlight page: its title and description from an entry's front matter, then its body. */
function page(data: Record<string, unknown>, body: string, fallback?: Record<string, unknown>): string {
  const field = (...names: string[]) => names.map((n) => data[n] ?? fallback?.[n]).find((v) => v !== undefined);
  const title = String(field('title', 'name', 'term') ?? `CBM ${field('number')}`);
  const summary = field('summary', 'definition');
  const description = typeof summary === 'string' ? summary : '';
  return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${body}`;
}

/** Writes the Starlight site; returns how many entry pages (translations included) it has. */
export function writeStarlightSite(contentDir: string, dir: string): number {
  const folders = collections(contentDir);
  const russian = join(contentDir, 'translations', 'ru');
  const locales = existsSync(russian) ? `, locales: { root: { label: 'English', lang: 'en' }, ru: { label: 'Русский', lang: 'ru' } }` : '';
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [starlight({ title: 'CyberCBM on Starlight', sidebar: ${JSON.stringify(folders.map((c) => ({ label: c, link: `/${c}/` })))}${locales} })],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: CyberCBM on Starlight\n---\n\nThe benchmark corpus.\n');
  let pages = 0;
  for (const c of folders) {
    const out = join(dir, 'src/content/docs', c);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.md'), `---\ntitle: ${c}\n---\n\nThe ${c} of the corpus.\n`);
    for (const name of readdirSync(join(contentDir, c))) {
      const parsed = parseFrontmatter(readFileSync(join(contentDir, c, name), 'utf8'));
      const data = (parsed.data ?? {}) as Record<string, unknown>;
      writeFileSync(join(out, name.replace(/\.mdx$/, '.md')), page(data, parsed.body));
      pages++;
      const translation = join(russian, c, name);
      if (!existsSync(translation)) continue;
      // The same page in Russian: the translation's texts, the original's for what it leaves in English.
      const ru = parseFrontmatter(readFileSync(translation, 'utf8'));
      mkdirSync(join(dir, 'src/content/docs/ru', c), { recursive: true });
      writeFileSync(join(dir, 'src/content/docs/ru', c, name.replace(/\.mdx$/, '.md')), page((ru.data ?? {}) as Record<string, unknown>, ru.body.trim() ? ru.body : parsed.body, data));
      pages++;
    }
  }
  return pages;
}
