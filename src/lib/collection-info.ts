/**
 * How each collection is named for readers in English: its index title, the name of one entry, a
 * description, what a count of its entries is called. The words live in the English dictionary
 * (src/lib/i18n/en.ts, `collections`), beside their translations; this is the English view of them
 * for the pages and exports that exist only in English.
 */
import type { CollectionName } from '../schemas/index.ts';
import { en } from './i18n/en.ts';
import type { Plural } from './i18n/index.ts';

export interface CollectionInfo {
  title: string;
  singular: string;
  description: string;
  /** What a count of its entries is called, by plural form ("1 glossary term", "32 glossary terms"). */
  counted: Plural;
}

export const COLLECTION_INFO: Record<CollectionName, CollectionInfo> = en.collections;
