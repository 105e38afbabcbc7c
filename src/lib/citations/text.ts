/**
 * The citation texts pages show, formatted by citeproc with the APA and Harvard styles that ship
 * inside @citation-js/plugin-csl (nothing is fetched at build time). Run by the content worker
 * (src/build/content-thread.ts); pages get the texts from it.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import type { CitationFormat, CslItem } from './items.ts';

/**
 * One citeproc engine per style, reused for every call. citation-js builds a new engine on each
 * `format()` call, a cost worth paying once rather than per entry.
 *
 * Pages show bibliography entries only, never in-text citations, so each style's `<citation>`
 * element is replaced by a one-line layout (`bibliographyOnly`). That does two things:
 * - each entry is cited on its own: the disambiguation options live there, and without them a
 *   whole batch formats in one bibliography without citeproc telling entries of the same author
 *   and year apart ("2016a", "2016b"). The texts are the same as those of one entry formatted
 *   alone with the style as published (a unit test compares them); a batch is faster
 *   than one entry at a time (BENCHMARKS.md);
 * - APA's engine builds faster (its in-text layout is most of its macros).
 * Together they stop the citations being the last thing a 1,000-entry build waits for.
 */
const engines = new Map<CitationFormat, { engine: CiteprocEngine; items: Map<string, CslItem> }>();

interface CiteprocEngine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[], noSort?: boolean): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
}

const CITATION = /<citation\b[^>]*>[\s\S]*?<\/citation>/;
const BIBLIOGRAPHY = /<bibliography\b[^>]*>[\s\S]*?<\/bibliography>/;
const SORT = /<sort>[\s\S]*?<\/sort>/;

/** What makes one entry's text depend on the entries formatted with it: a batch could not give the text of the entry alone. */
const NEIGHBOURLY = /subsequent-author-substitute|variable="citation-number"/;

/**
 * A CSL style for bibliography entries only: its `<citation>` element (the in-text layout and its
 * disambiguation options) replaced by one that prints the title, and its bibliography's `<sort>`
 * taken out. `formatCitations` keeps the items in the order it gives them (`updateItems` with
 * `noSort`) and matches the texts to their items by id, so the sort only made citeproc work out
 * every item's sort keys (a fifth of the citations' time). Fails if the style has no `<citation>`
 * element, or if an entry's text would depend on its neighbours in the batch (a repeated author
 * replaced by a dash, a number in the list): a batch cannot give such a style's entries as each
 * is alone.
 */
export function bibliographyOnly(style: string, name = 'the CSL style'): string {
  if (!CITATION.test(style)) throw new Error(`citations: ${name} has no <citation> element to replace`);
  const single = style.replace(CITATION, '<citation><layout><text variable="title"/></layout></citation>');
  const neighbourly = NEIGHBOURLY.exec(single);
  if (neighbourly)
    throw new Error(
      `citations: ${name} uses ${neighbourly[0]}, so an entry's text depends on the others formatted with it: formatCitations cannot batch it`,
    );
  return single.replace(BIBLIOGRAPHY, (bibliography) => bibliography.replace(SORT, ''));
}

function engineFor(style: CitationFormat) {
  let entry = engines.get(style);
  if (!entry) {
    const config = plugins.config.get('@csl') as {
      styles: { get(n: string): string };
      locales: { get(n: string): string };
    };
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine(
      { retrieveLocale: (lang: string) => config.locales.get(lang), retrieveItem: (id: string) => items.get(id) },
      bibliographyOnly(config.styles.get(style), `the CSL style "${style}"`),
      'en-US',
      true,
    ) as CiteprocEngine;
    engine.setOutputFormat('text');
    entry = { engine, items };
    engines.set(style, entry);
  }
  return entry;
}

/**
 * Each item's citation in a style, as plain text with the dataset version appended, by item id.
 * Fails, naming the entry, if citeproc gives one of them no text.
 */
export function formatCitations(
  items: readonly CslItem[],
  style: CitationFormat,
  version: string,
): Map<string, string> {
  if (!items.length) return new Map();
  const { engine, items: known } = engineFor(style);
  known.clear();
  for (const item of items) known.set(item.id, item);
  // `true`: no sort; the texts are matched to their items by id, so their order does not matter.
  engine.updateItems([...known.keys()], true);
  const [meta, texts] = engine.makeBibliography();
  const byId = new Map<string, string>();
  meta.entry_ids.forEach(([id], i) => {
    if (id !== undefined) byId.set(id, (texts[i] ?? '').trim());
  });
  const out = new Map<string, string>();
  for (const item of items) {
    const text = byId.get(item.id);
    if (!text) throw new Error(`citations: citeproc gave no ${style} text for ${item.id}`);
    out.set(item.id, `${text} CyberCBM dataset version ${version}.`);
  }
  return out;
}
