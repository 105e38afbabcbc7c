/**
 * The benchmark's peer: the same synthetic corpus as an Astro Starlight site, in a temporary folder
 * outside the project. Starlight runs with its defaults (its own search with Pagefind, its
 * styles and scripts) except one: the sidebar lists the eight collections instead of every page,
 * because the default sidebar would put all 10,000 links on each of the 10,000 pages.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';

const COLLECTIONS = ['decisions', 'cbms', 'documents', 'events', 'activities', 'bodies', 'states', 'sources'];

export function writeStarlightSite(contentDir: string, dir: string): number {
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [starlight({ title: 'CyberCBM on Starlight', sidebar: ${JSON.stringify(COLLECTIONS.map((c) => ({ label: c, link: `/${c}/` })))} })],
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
  for (const c of COLLECTIONS) {
    const out = join(dir, 'src/content/docs', c);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.md'), `---\ntitle: ${c}\n---\n\nThe ${c} of the corpus.\n`);
    for (const name of readdirSync(join(contentDir, c))) {
      const parsed = parseFrontmatter(readFileSync(join(contentDir, c, name), 'utf8'));
      const data = (parsed.data ?? {}) as Record<string, unknown>;
      const title = String(data['title'] ?? data['name'] ?? `CBM ${data['number']}`);
      const description = typeof data['summary'] === 'string' ? data['summary'] : '';
      writeFileSync(join(out, name.replace(/\.mdx$/, '.md')), `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${parsed.body}`);
      pages++;
    }
  }
  return pages;
}
