/**
 * The Highwire Press `citation_*` meta tags (Google Scholar's inclusion guidelines; Zotero's
 * "Embedded Metadata" reads them) of a decision, measure or document page, from the same CSL item
 * as "Cite this" and the downloads, so the three never disagree. The README's table "Citation meta
 * tags" lists which tag comes from which field. Events get none: a meeting is not a scholarly work,
 * and Google Scholar and Zotero would file it as a paper (their pages keep schema.org JSON-LD).
 */
import type { CollectionName } from '../../schemas/index.ts';
import type { CslItem } from '../citations/items.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** The collections whose pages carry Highwire tags. */
export const HIGHWIRE_COLLECTIONS: readonly CollectionName[] = ['decisions', 'cbms', 'documents'];

/** CSL date parts as Google Scholar asks for them: `2016/03/10`, `2016/03` or `2016`. */
export function highwireDate(parts: number[]): string {
  return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/');
}

/**
 * The tags of one page, in the order Google Scholar lists them. `officialUrl` is the entry's own
 * `officialUrl` field (an address an editor has checked), given as the full text's address only
 * where the entry has one; a guess is never printed.
 */
export function highwireTags(collection: CollectionName, item: CslItem, officialUrl?: string): MetaTag[] {
  if (!HIGHWIRE_COLLECTIONS.includes(collection)) return [];
  const tag = (name: string, content: string | undefined): MetaTag[] =>
    content ? [{ name: `citation_${name}`, content }] : [];
  const issued = item.issued?.['date-parts'][0];
  return [
    ...tag('title', item.title),
    ...item.author.flatMap((a) => tag('author', a.literal)),
    ...tag('publication_date', issued && highwireDate(issued)),
    ...tag('publisher', item.publisher),
    ...tag('technical_report_number', item.number),
    ...tag('language', item.language),
    ...tag('public_url', item.URL),
    ...tag('fulltext_html_url', officialUrl),
  ];
}
