/**
 * The glossary as the Markdown processor needs it (src/lib/markdown/glossary-links.ts): each
 * term's id, page and names, read from content/terms/ on disk, because the processor runs while
 * Astro syncs content, before any collection can be queried. Read once per process; the content
 * loader folds `glossaryFingerprint()` into each entry's digest, so a changed glossary renders
 * every body again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { termNames, type GlossaryTerm } from '../lib/markdown/glossary-links.ts';
import { entryUrl } from '../lib/urls.ts';

function termFiles(root: string): { id: string; text: string }[] {
  const dir = join(root, 'content/terms');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ id: f.slice(0, -'.mdx'.length), text: readFileSync(join(dir, f), 'utf8') }));
}

const cache = new Map<string, GlossaryTerm[]>();

/** The glossary of the project at `root`. A file whose front matter cannot be read is left out (the content check reports it). */
export function glossaryTerms(root: string = process.cwd()): GlossaryTerm[] {
  let terms = cache.get(root);
  if (!terms) {
    terms = termFiles(root).flatMap(({ id, text }) => {
      try {
        // Read as Astro reads the term's own entry (js-yaml), so the names are the ones its page shows.
        const data = parseFrontmatter(text).frontmatter as { term?: unknown; aliases?: unknown };
        if (typeof data.term !== 'string') return [];
        const aliases = Array.isArray(data.aliases)
          ? data.aliases.filter((a): a is string => typeof a === 'string')
          : [];
        return [{ id, href: entryUrl('terms', id), names: termNames(data.term, aliases) }];
      } catch {
        return [];
      }
    });
    cache.set(root, terms);
  }
  return terms;
}

/** A digest of the glossary files: part of every entry's cache key, since every body links to the glossary. */
export function glossaryFingerprint(root: string = process.cwd()): string {
  const hash = createHash('sha256');
  for (const { id, text } of termFiles(root)) hash.update(`${id}\0${text}\0`);
  return hash.digest('hex').slice(0, 16);
}
