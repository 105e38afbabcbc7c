/** Page URLs, as DESIGN.md fixes them (trailing slash; CBMs by number, without leading zero). */
import type { CollectionName } from './types.ts';

export function entryUrl(collection: CollectionName, id: string): string {
  return collection === 'cbms' ? `/cbms/${Number(id)}/` : `/${collection}/${id}/`;
}

/** The URL segment of an entry: its id, or for a measure its number. */
export function entrySlug(collection: CollectionName, id: string): string {
  return collection === 'cbms' ? String(Number(id)) : id;
}

export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

/** The link to a measure's own place in its decision: `/decisions/pc-1202/#cbm-15`. */
export function measureAnchorUrl(decisionId: string, cbmNumber: number): string {
  return `/decisions/${decisionId}/#cbm-${cbmNumber}`;
}
