/**
 * The glossary as the Markdown processor needs it (src/lib/markdown/glossary-links.ts): each
 * term's id, page and names, read from content/terms/ on disk, because the processor runs while
 * Astro syncs content, before any collection can be queried. Read once, and again when changed; the content
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

// Held on globalThis: the configuration (which hands the terms to the Markdown processor) and the
// content loader (which asks for the fingerprint) load this module in separate module graphs.
const cache: Map<string, { fingerprint: string; terms: GlossaryTerm[] }> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('cybercbm.glossary-terms')
] ??= new Map()) as Map<string, { fingerprint: string; terms: GlossaryTerm[] }>;

const digest = (files: { id: string; text: string }[]) => {
  const hash = createHash('sha256');
  for (const { id, text } of files) hash.update(`${id}\0${text}\0`);
  return hash.digest('hex').slice(0, 16);
};

/**
 * The glossary of the project at `root`, read once and again whenever `glossaryFingerprint` finds
 * the files changed (the loader asks at each load, so `astro dev` links a changed glossary). A file
 * whose front matter cannot be read is left out (the content check reports it).
 */
export function glossaryTerms(root: string = process.cwd()): GlossaryTerm[] {
  const known = cache.get(root);
  if (known) return known.terms;
  const files = termFiles(root);
  const terms = files.flatMap(({ id, text }) => {
    try {
      // Read as Astro reads the term's own entry (js-yaml), so the names are the ones its page shows.
      const data = parseFrontmatter(text).frontmatter as { term?: unknown; aliases?: unknown };
      if (typeof data.term !== 'string') return [];
      const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
      return [{ id, href: entryUrl('terms', id), names: termNames(data.term, aliases) }];
    } catch {
      return [];
    }
  });
  cache.set(root, { fingerprint: digest(files), terms });
  return terms;
}

/** A digest of the glossary files: part of every entry's cache key, since every body links to the glossary. */
export function glossaryFingerprint(root: string = process.cwd()): string {
  const fingerprint = digest(termFiles(root));
  if (cache.get(root)?.fingerprint !== fingerprint) cache.delete(root);
  return fingerprint;
}
