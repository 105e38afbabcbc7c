/**
 * The benchmark's peer: the same synthetic corpus as an Astro Starlight site, in a temporary folder
 * outside the project. Starlight runs with its defaults (its own search with Pagefind, its
 * styles and scripts) except one: the sidebar lists the collections instead of every page,
 * because the default sidebar would put all 10,000 links on each of the 10,000 pages. Every
 * collection of the corpus is written (the reference ones too: terms, norms, frameworks), so that
 * both sites hold and index the same entries.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';

/** The collections of a corpus: its content/ folders, the record's first. */
function collections(contentDir: string): string[] {
  const record = ['decisions', 'cbms', 'documents', 'events', 'activities', 'bodies', 'states', 'sources'];
  const folders = readdirSync(contentDir).filter((name) => statSync(join(contentDir, name)).isDirectory());
  return [...record.filter((c) => folders.includes(c)), ...folders.filter((c) => !record.includes(c)).sort()];
}

export function writeStarlightSite(contentDir: string, dir: string): number {
  const folders = collections(contentDir);
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [starlight({ title: 'CyberCBM on Starlight', sidebar: ${JSON.stringify(folders.map((c) => ({ label: c, link: `/${c}/` })))} })],
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
      const title = String(data['title'] ?? data['name'] ?? data['term'] ?? `CBM ${data['number']}`);
      const summary = data['summary'] ?? data['definition'];
      const description = typeof summary === 'string' ? summary : '';
      writeFileSync(join(out, name.replace(/\.mdx$/, '.md')), `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${parsed.body}`);
      pages++;
    }
  }
  return pages;
}
