/** Which page a content file makes: `content/cbms/15.mdx` → `/cbms/15/`. */
import { COLLECTIONS, ID, type CollectionName } from '../../schemas/index.ts';
import { entryUrl } from '../urls.ts';

/**
 * The site path of the page a content file makes, or undefined for a file that makes none
 * (outside a collection, not `.mdx`, or a name that cannot be an id).
 * @param path a path relative to the project, e.g. `content/decisions/pc-1202.mdx`
 */
export function pageOfFile(path: string, contentDir = 'content'): string | undefined {
  const m = new RegExp(`^${contentDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+)/([^/]+)\\.mdx$`).exec(path);
  if (!m || !(COLLECTIONS as readonly string[]).includes(m[1]!) || !ID.test(m[2]!)) return undefined;
  return entryUrl(m[1] as CollectionName, m[2]!);
}
