/** The BibTeX and RIS downloads of citation items, written by citation-js. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './items.ts';

export function toBibtex(items: CslItem[]): string {
  return new Cite(items).format('bibtex') as string;
}

export function toRis(items: CslItem[]): string {
  return new Cite(items).format('ris') as string;
}
